import { describe, expect, it } from 'vitest';
import { fire, InvalidFirePayloadError } from '../../shared/workflow/index.js';
import { forwardedEmail, replyEmail } from '../support/mail.js';
import { ADA, deliver, lastSent, messageIdOf, pendingSteps, setup } from '../support/workflow.js';

async function withInterview() {
  const deps = setup();
  const res = await deliver(deps, forwardedEmail('interview'));
  const [thankYou, statusCheck] = deps.scheduler.pending();
  if (!thankYou || !statusCheck) throw new Error('interview steps not scheduled');
  return { deps, app: res.application ?? '', thankYou, statusCheck };
}

describe('fire: a scheduled step', () => {
  it('sends the draft to the user when the step still holds, and records it as sent', async () => {
    const { deps, app, thankYou } = await withInterview();
    deps.clock.set(thankYou.at);
    const res = await fire(thankYou.payload, deps);
    expect(res.outcome).toBe('sent');
    expect(deps.mailer.steps()).toEqual(['thank-you']);
    const mail = lastSent(deps, 'thank-you');
    expect(mail.to).toBe(ADA.email);
    expect(mail.text).toMatch(/^Auto-Submitted: auto-generated/m);
    const stored = await deps.store.getApplication(ADA.email, app);
    expect(stored?.steps.find((s) => s.step === 'thank-you')).toMatchObject({ status: 'sent', sentAt: thankYou.at.replace('Z', '.000Z') });
  });

  it('sends nothing on a second fire of the same step', async () => {
    const { deps, thankYou } = await withInterview();
    deps.clock.set(thankYou.at);
    await fire(thankYou.payload, deps);
    expect(await fire(thankYou.payload, deps)).toMatchObject({ outcome: 'duplicate' });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('sends exactly one draft when the same step fires three times at once', async () => {
    const { deps, thankYou } = await withInterview();
    deps.clock.set(thankYou.at);
    const results = await Promise.all([fire(thankYou.payload, deps), fire(thankYou.payload, deps), fire(thankYou.payload, deps)]);
    expect(results.filter((r) => r.outcome === 'sent')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(2);
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('gives the claim back when sending fails, so the retry sends', async () => {
    const { deps, thankYou } = await withInterview();
    deps.clock.set(thankYou.at);
    deps.mailer.failNext = 1;
    await expect(fire(thankYou.payload, deps)).rejects.toThrow('injected send failure');
    expect(deps.mailer.sent).toHaveLength(0);
    expect((await fire(thankYou.payload, deps)).outcome).toBe('sent');
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('records the step as sent on replay when the first fire crashed after sending', async () => {
    const { deps, app, thankYou } = await withInterview();
    deps.clock.set(thankYou.at);
    const save = deps.store.saveApplication.bind(deps.store);
    let failures = 1;
    deps.store.saveApplication = async (a) => (failures-- > 0 ? Promise.reject(new Error('injected store failure')) : save(a));
    await expect(fire(thankYou.payload, deps)).rejects.toThrow('injected store failure');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(await fire(thankYou.payload, deps)).toMatchObject({ outcome: 'duplicate' });
    expect(deps.mailer.sent).toHaveLength(1);
    const stored = await deps.store.getApplication(ADA.email, app);
    expect(stored?.steps.find((s) => s.step === 'thank-you')?.status).toBe('sent');
  });

  it('skips a step planned for another time (superseded by a re-plan)', async () => {
    const { deps, thankYou } = await withInterview();
    await deliver(deps, forwardedEmail('interview', {}, 'Friday, March 6, 2026 at 11:00 AM ET'));
    deps.clock.set(thankYou.at);
    // The re-plan cancelled the old record and planned a new time: the old fire sends nothing.
    expect(await fire(thankYou.payload, deps)).toMatchObject({ outcome: 'skipped', reason: 'cancelled' });
    expect(deps.mailer.sent).toEqual([]);
  });

  it('skips a cancelled step', async () => {
    const { deps, statusCheck } = await withInterview();
    await deliver(deps, forwardedEmail('offer'));
    deps.clock.set(statusCheck.at);
    const sentBefore = deps.mailer.sent.length;
    expect(await fire(statusCheck.payload, deps)).toMatchObject({ outcome: 'skipped', reason: 'cancelled' });
    expect(deps.mailer.sent).toHaveLength(sentBefore);
  });

  it('reschedules to the snooze end when a step comes due during a snooze', async () => {
    const { deps, app, thankYou } = await withInterview();
    await deps.store.saveApplication({ ...(await deps.store.getApplication(ADA.email, app))!, snoozedUntil: '2026-03-10T13:00:00Z' });
    deps.clock.set(thankYou.at);
    const res = await fire(thankYou.payload, deps);
    expect(res).toMatchObject({ outcome: 'rescheduled', rescheduled: { step: 'thank-you', at: '2026-03-10T13:00:00Z' } });
    expect(deps.mailer.sent).toEqual([]);
    expect(pendingSteps(deps)).toContainEqual(['thank-you', '2026-03-10T13:00:00Z']);
    // A duplicate of the same fire changes nothing more.
    expect(await fire(thankYou.payload, deps)).toMatchObject({ outcome: 'skipped', reason: 'superseded' });
    deps.clock.set('2026-03-10T13:00:00Z');
    const moved = deps.scheduler.pending().find((r) => r.payload.step === 'thank-you' && r.at === '2026-03-10T13:00:00Z');
    expect(await fire(moved!.payload, deps)).toMatchObject({ outcome: 'sent' });
  });

  it('skips steps of a user who is no longer registered, or of an application that is gone', async () => {
    const { deps, thankYou } = await withInterview();
    expect(await fire({ ...thankYou.payload, application: 'nope' }, deps)).toMatchObject({ outcome: 'skipped', reason: 'no-application' });
    await deps.users.removeUser(ADA.email);
    expect(await fire(thankYou.payload, deps)).toMatchObject({ outcome: 'skipped', reason: 'no-user' });
  });

  it('rejects a payload that is not ours with a named error', async () => {
    const deps = setup();
    await expect(fire({ v: 2, user: 'a@b.c', application: 'x', step: 'thank-you', at: 'now' } as never, deps)).rejects.toBeInstanceOf(InvalidFirePayloadError);
    await expect(fire({ v: 1, user: 'a@b.c', application: 'x', step: 'dance', at: '2026-03-02T15:00:00Z' } as never, deps)).rejects.toBeInstanceOf(InvalidFirePayloadError);
  });

  it('does not send over the daily cap', async () => {
    const { deps, thankYou } = await withInterview();
    await deps.users.putUser({ ...ADA, dailySendCap: 1 });
    deps.clock.set(thankYou.at);
    await deliver(deps, replyEmail('help'));
    expect(await fire(thankYou.payload, deps)).toMatchObject({ outcome: 'skipped', reason: 'daily-cap' });
    expect(deps.logger.messages('warn')).toContain('daily send cap reached: mail not sent');
  });
});
