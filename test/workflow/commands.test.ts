import { describe, expect, it } from 'vitest';
import { fire } from '../../shared/workflow/index.js';
import { forwardedEmail, replyEmail } from '../support/mail.js';
import { ADA, BOB, deliver, lastSent, messageIdOf, pendingSteps, setup } from '../support/workflow.js';

/** Ada has a rejection (reply sent, four steps pending) and we hold the draft's Message-ID. */
async function withRejection() {
  const deps = setup();
  const res = await deliver(deps, forwardedEmail('rejection'));
  const draftId = messageIdOf(lastSent(deps, 'rejection-reply').text);
  return { deps, app: res.application ?? '', draftId };
}

describe('commands by reply', () => {
  it('stop: cancels the application’s pending steps, closes it and confirms', async () => {
    const { deps, app, draftId } = await withRejection();
    const res = await deliver(deps, replyEmail('stop', { inReplyTo: draftId }));
    expect(res).toMatchObject({ outcome: 'command', command: 'stop' });
    expect(res.cancelled).toHaveLength(4);
    expect(pendingSteps(deps)).toEqual([]);
    expect((await deps.store.getApplication(ADA.email, app))?.stage).toBe('stopped');
    expect(lastSent(deps, 'command-ack').text).toContain('Stopped');
  });

  it('stop without a draft to reply to explains itself and changes nothing', async () => {
    const { deps } = await withRejection();
    await deliver(deps, replyEmail('stop'));
    expect(pendingSteps(deps)).toHaveLength(4);
    expect(lastSent(deps, 'command-ack').text).toContain('stop all');
  });

  it('stop all: stops every active application', async () => {
    const { deps } = await withRejection();
    await deliver(deps, forwardedEmail('interview', { company: 'Contoso', role: 'Data Engineer', contactName: 'Sam Lee' }));
    expect(pendingSteps(deps)).toHaveLength(6);
    const res = await deliver(deps, replyEmail('Stop all'));
    expect(res.command).toBe('stop-all');
    expect(pendingSteps(deps)).toEqual([]);
    expect((await deps.store.listApplications(ADA.email)).map((a) => a.stage)).toEqual(['stopped', 'stopped']);
  });

  it('hired: closes the application and cancels everything', async () => {
    const { deps, app, draftId } = await withRejection();
    await deliver(deps, replyEmail('hired', { inReplyTo: draftId }));
    expect(pendingSteps(deps)).toEqual([]);
    expect((await deps.store.getApplication(ADA.email, app))?.stage).toBe('hired');
  });

  it('snooze 2w: moves steps due in the next two weeks to its end, and the old schedule no longer sends', async () => {
    const { deps, app, draftId } = await withRejection();
    const growth = deps.scheduler.pending()[0];
    expect(growth?.payload.step).toBe('growth-ask');
    const res = await deliver(deps, replyEmail('snooze 2w', { inReplyTo: draftId }));
    expect(res.command).toBe('snooze');
    // Two weeks of wall-clock time in New York: 10:00 EST on 2 March is 10:00 EDT on 16 March.
    expect(pendingSteps(deps)[0]).toEqual(['growth-ask', '2026-03-16T14:00:00Z']);
    expect(pendingSteps(deps)).toHaveLength(4);
    expect((await deps.store.getApplication(ADA.email, app))?.snoozedUntil).toBe('2026-03-16T14:00:00Z');
    // The old schedule, had it fired anyway (a race with the cancel), sends nothing.
    deps.clock.set(growth?.at ?? '');
    expect(await fire(growth!.payload, deps)).toMatchObject({ outcome: 'skipped', reason: 'superseded' });
  });

  it('snooze until a date: steps due before it wait until 08:00 that day, local time', async () => {
    const { deps, draftId } = await withRejection();
    await deliver(deps, replyEmail('snooze until 2026-04-01', { inReplyTo: draftId }));
    expect(pendingSteps(deps)[0]).toEqual(['growth-ask', '2026-04-01T12:00:00Z']);
  });

  it('snooze with nonsense answers how to write it and changes nothing', async () => {
    const { deps, draftId } = await withRejection();
    const before = pendingSteps(deps);
    await deliver(deps, replyEmail('snooze forever', { inReplyTo: draftId }));
    expect(pendingSteps(deps)).toEqual(before);
    expect(lastSent(deps, 'command-ack').text).toContain('snooze 2w');
  });

  it('list: sends a digest of the active applications', async () => {
    const { deps } = await withRejection();
    const res = await deliver(deps, replyEmail('list'));
    expect(res.command).toBe('list');
    expect(lastSent(deps, 'list').text).toContain('Northwind');
  });

  it('timezone: changes the user’s zone', async () => {
    const { deps } = await withRejection();
    await deliver(deps, replyEmail('timezone Europe/Berlin'));
    expect((await deps.users.getUser(ADA.email))?.timeZone).toBe('Europe/Berlin');
    await deliver(deps, replyEmail('timezone Mars/Olympus'));
    expect((await deps.users.getUser(ADA.email))?.timeZone).toBe('Europe/Berlin');
    expect(lastSent(deps, 'command-ack').text).toContain('not a time zone');
  });

  it('help: sends the help text', async () => {
    const { deps } = await withRejection();
    await deliver(deps, replyEmail('help'));
    expect(deps.mailer.steps()).toContain('help');
  });

  it('an unrecognised reply gets the help text once per day, not for every mail', async () => {
    const { deps, draftId } = await withRejection();
    await deliver(deps, replyEmail('thanks, looks great!', { inReplyTo: draftId }));
    await deliver(deps, replyEmail('what about tomorrow?', { inReplyTo: draftId }));
    expect(deps.mailer.steps().filter((s) => s === 'help')).toHaveLength(1);
    deps.clock.set('2026-03-03T15:00:00Z');
    await deliver(deps, replyEmail('hello again', { inReplyTo: draftId }));
    expect(deps.mailer.steps().filter((s) => s === 'help')).toHaveLength(2);
  });

  it('delete my data: removes the user’s items, raw mail and pending schedules', async () => {
    const { deps } = await withRejection();
    await deliver(deps, forwardedEmail('interview', { company: 'Contoso', role: 'Data Engineer', contactName: 'Sam Lee' }));
    expect(deps.rawMail.objects.size).toBe(2);
    const res = await deliver(deps, replyEmail('delete my data'), { messageId: 'del-1' });
    expect(res.command).toBe('delete-my-data');
    expect(pendingSteps(deps)).toEqual([]);
    expect(deps.rawMail.objects.size).toBe(0);
    expect(await deps.store.listApplications(ADA.email)).toEqual([]);
    expect(deps.store.itemsOf(ADA.email).map((i) => i.sk).filter((sk) => !/^(INBOUND|CLAIM|QUOTA)#/.test(sk))).toEqual([]);
    expect(lastSent(deps, 'command-ack').text).toContain('deleted');
  });

  it('only the owner can steer an application: another user’s "stop" on its draft changes nothing', async () => {
    const { deps, app, draftId } = await withRejection();
    const res = await deliver(deps, replyEmail('stop', { user: BOB.email, inReplyTo: draftId }));
    expect(res.user).toBe(BOB.email);
    expect(pendingSteps(deps)).toHaveLength(4);
    expect((await deps.store.getApplication(ADA.email, app))?.stage).toBe('rejected');
    expect(await deps.store.getApplication(BOB.email, app)).toBeNull();
  });
});
