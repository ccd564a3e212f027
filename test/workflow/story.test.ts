import { describe, expect, it } from 'vitest';
import { fire, receive } from '../../shared/workflow/index.js';
import type { FakeDeps } from '../support/fakes.js';
import { bytes, forwardedEmail, replyEmail } from '../support/mail.js';
import { ADA, lastSent, messageIdOf, pendingSteps, setup } from '../support/workflow.js';

/** Every trigger is delivered twice (SES and Scheduler are at-least-once), the second concurrently with the first. */
async function deliverTwice(deps: FakeDeps, messageId: string, raw: string) {
  const input = { messageId, raw: bytes(raw) };
  return (await Promise.all([receive(input, deps), receive(input, deps)]))[0];
}

async function fireDueTwice(deps: FakeDeps) {
  for (const request of deps.scheduler.pending()) {
    if (Date.parse(request.at) > deps.clock.now().getTime()) break;
    deps.scheduler.active.delete(request.name);
    await Promise.all([fire(request.payload, deps), fire(request.payload, deps)]);
    await fire(request.payload, deps);
  }
}

async function at(deps: FakeDeps, iso: string) {
  deps.clock.set(iso);
  await fireDueTwice(deps);
}

describe('the whole story, every trigger delivered more than once', () => {
  it('interview → rejection → keep-in-touch → "snooze 2w" → "hired", one effect each', async () => {
    const deps = setup();
    const interview = await deliverTwice(deps, 'm-interview', forwardedEmail('interview'));
    expect(pendingSteps(deps).map(([s]) => s)).toEqual(['thank-you', 'status-check']);

    await at(deps, '2026-03-04T17:00:00Z');
    expect(deps.mailer.steps()).toEqual(['thank-you']);

    deps.clock.set('2026-03-06T15:00:00Z');
    const rejection = await deliverTwice(deps, 'm-rejection', forwardedEmail('rejection'));
    expect(rejection.application).toBe(interview.application);
    expect(deps.mailer.steps()).toEqual(['thank-you', 'rejection-reply']);
    expect(pendingSteps(deps).map(([s]) => s)).toEqual(['growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);

    await at(deps, '2026-04-30T12:00:00Z');
    expect(deps.mailer.steps()).toEqual(['thank-you', 'rejection-reply', 'growth-ask', 'keep-in-touch-1']);

    const keepInTouch = messageIdOf(lastSent(deps, 'keep-in-touch-1').text);
    await deliverTwice(deps, 'm-snooze', replyEmail('snooze 2w', { inReplyTo: keepInTouch }));
    const app = await deps.store.getApplication(ADA.email, interview.application ?? '');
    expect(app?.snoozedUntil).toBe('2026-05-14T12:00:00Z');
    expect(pendingSteps(deps).map(([s]) => s)).toEqual(['keep-in-touch-2', 'keep-in-touch-3']);

    await deliverTwice(deps, 'm-hired', replyEmail('hired', { inReplyTo: keepInTouch }));
    expect(pendingSteps(deps)).toEqual([]);
    expect((await deps.store.getApplication(ADA.email, interview.application ?? ''))?.stage).toBe('hired');

    await at(deps, '2027-03-01T12:00:00Z');
    expect(deps.mailer.steps()).toEqual(['thank-you', 'rejection-reply', 'growth-ask', 'keep-in-touch-1', 'command-ack', 'command-ack']);
  });
});
