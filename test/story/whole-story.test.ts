import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_ARN } from '../functions/lambda-context.js';
import { Story, replyTo, type Delivered, type TriggerOutcome } from './harness.js';
import { STEP_IDS } from '../../shared/domain/types.js';

// Ada (Berlin) forwards an interview invitation, later the rejection, gets her keep-in-touch
// drafts, snoozes by reply, and finally reports she was hired. Everything runs through the two
// Lambda handlers and the AWS adapters against their stand-ins; every trigger arrives three
// times (two of them at once), and each step must still produce exactly one draft.
const ADA = 'ada@example.com';
const mail = (name: string) => readFileSync(new URL(`./mail/${name}`, import.meta.url));
// Every step this story can reach (it has no application stage, hence no nudge).
const STEP_DRAFTS = new Set<string>(STEP_IDS.filter((step) => step !== 'application-nudge'));

function expectNoFailures(outcome: TriggerOutcome | TriggerOutcome[]): void {
  for (const o of [outcome].flat()) expect(o.errors).toEqual([]);
}

describe('the whole story, through the Lambda handlers', () => {
  let story: Story;
  const draftsOf = () => story.delivered.filter((d) => STEP_DRAFTS.has(d.step));
  const stepsSent = () => draftsOf().map((d) => d.step);
  const lastDraft = (step: string): Delivered => {
    const found = draftsOf().filter((d) => d.step === step).at(-1);
    if (!found) throw new Error(`no ${step} draft was sent`);
    return found;
  };

  beforeAll(async () => {
    story = await Story.start({
      now: '2026-03-02T13:05:00Z',
      users: [{ email: ADA, name: 'Ada Lovelace', timeZone: 'Europe/Berlin' }],
    });
  });
  afterAll(async () => story?.stop());

  it('1. an interview invitation schedules the interview steps once, in Ada\'s zone', async () => {
    expectNoFailures(await story.receive(mail('1-interview.eml'), ADA));

    const pending = story.pending();
    expect(pending.map((p) => p.step)).toEqual(['thank-you', 'status-check']);
    // Interview Wed 4 Mar 15:00 CET; thank-you 2 hours after it starts, in Berlin wall time.
    expect(pending[0]).toMatchObject({ expression: 'at(2026-03-04T17:00:00)', zone: 'Europe/Berlin', target: FOLLOW_UP_ARN });
    // Three deliveries of the same SES message: one CreateSchedule per step.
    expect(story.created).toHaveLength(2);
    expect(stepsSent()).toEqual([]);
    expect((await story.store.listApplications(ADA)).map((a) => a.stage)).toEqual(['interviewing']);
  });

  it('2. the thank-you draft arrives once, to Ada only, threaded for a reply', async () => {
    expectNoFailures(await story.advanceTo('2026-03-04T18:00:00Z'));

    expect(stepsSent()).toEqual(['thank-you']);
    const draft = lastDraft('thank-you');
    expect(draft.to).toBe(ADA);
    expect(draft.subject).toMatch(/Priya Natarajan/);
    expect(draft.text).toMatch(/churn dashboards/);
  });

  it('3. the rejection cancels the status check and starts the rejection steps', async () => {
    story.clock.set('2026-03-10T16:30:00Z');
    expectNoFailures(await story.receive(mail('2-rejection.eml'), ADA));
    expectNoFailures(await story.advanceTo('2026-03-10T16:45:00Z'));

    expect(story.deleted.map((d) => d.Name)).toContain(
      story.created.find((c) => c.Target?.Input?.includes('"status-check"'))?.Name,
    );
    expect(stepsSent()).toEqual(['thank-you', 'rejection-reply']);
    expect(story.pending().map((p) => p.step)).toEqual([
      'growth-ask',
      'keep-in-touch-1',
      'keep-in-touch-2',
      'keep-in-touch-3',
    ]);
    expect((await story.store.listApplications(ADA)).map((a) => a.stage)).toEqual(['rejected']);
  });

  it('4. the growth ask and the first keep-in-touch arrive once each, at 08:00 Berlin time', async () => {
    expectNoFailures(await story.advanceTo('2026-05-01T00:00:00Z'));

    expect(stepsSent()).toEqual(['thank-you', 'rejection-reply', 'growth-ask', 'keep-in-touch-1']);
    const keep = story.created.find((c) => c.Target?.Input?.includes('"keep-in-touch-1"'));
    expect(keep?.ScheduleExpression).toMatch(/^at\(2026-04-2\dT08:00:00\)$/);
    expect(keep?.ScheduleExpressionTimezone).toBe('Europe/Berlin');
  });

  it('5. "snooze 2w" by reply holds the next keep-in-touch until the snooze ends, then sends it once', async () => {
    const original = story.pending().find((p) => p.step === 'keep-in-touch-2');
    expect(original).toBeDefined();
    const dueAt = new Date(original!.payload.at);
    // Ada answers her keep-in-touch draft a week before the next one is due.
    story.clock.set(new Date(dueAt.getTime() - 7 * 86_400_000));
    const snoozedAt = story.clock.now();
    expectNoFailures(
      await story.receive(replyTo(lastDraft('keep-in-touch-1'), ADA, 'snooze 2w', snoozedAt), ADA),
    );

    // The step now waits for the end of the snooze: the old schedule is gone, a new one targets
    // the follow-up function, and Ada got one acknowledgement (not three).
    const snoozeEnds = snoozedAt.getTime() + 14 * 86_400_000;
    const moved = story.pending().find((p) => p.step === 'keep-in-touch-2');
    expect(moved?.name).not.toBe(original!.name);
    expect(moved?.target).toBe(FOLLOW_UP_ARN);
    expect(new Date(moved!.payload.at).getTime()).toBeGreaterThanOrEqual(snoozeEnds);
    expect(story.delivered.filter((d) => d.step === 'command-ack')).toHaveLength(1);

    // Scheduler may still deliver the old schedule (deleted too late): at its time it sends nothing.
    story.clock.set(dueAt);
    expectNoFailures(await story.fire(original!.payload));
    expectNoFailures(await story.advanceTo(new Date(snoozeEnds - 60_000).toISOString()));
    expect(stepsSent()).toEqual(['thank-you', 'rejection-reply', 'growth-ask', 'keep-in-touch-1']);

    expectNoFailures(await story.advanceTo(new Date(snoozeEnds + 2 * 86_400_000).toISOString()));
    expect(stepsSent()).toEqual([
      'thank-you',
      'rejection-reply',
      'growth-ask',
      'keep-in-touch-1',
      'keep-in-touch-2',
    ]);
  });

  it('6. "hired" by reply closes the application: no further draft, even from a stale schedule', async () => {
    const stale = story.pending().find((p) => p.step === 'keep-in-touch-3');
    expect(stale).toBeDefined();
    expectNoFailures(
      await story.receive(replyTo(lastDraft('keep-in-touch-2'), ADA, 'hired', story.clock.now()), ADA),
    );

    expect((await story.store.listApplications(ADA)).map((a) => a.stage)).toEqual(['hired']);
    expect(story.pending()).toEqual([]);
    // A schedule that fires anyway (deleted too late, or fired twice) sends nothing.
    expectNoFailures(await story.fire(stale!.payload));
    expectNoFailures(await story.advanceTo('2027-01-01T00:00:00Z'));
    expect(stepsSent()).toEqual([
      'thank-you',
      'rejection-reply',
      'growth-ask',
      'keep-in-touch-1',
      'keep-in-touch-2',
    ]);
  });

  it('every mail went through SES to Ada alone, and each draft exactly once', async () => {
    const inStandIn = await story.ses.sent();
    expect(inStandIn.map((e) => e.messageId).sort()).toEqual(story.delivered.map((d) => d.sesMessageId).sort());
    expect(new Set(story.delivered.map((d) => d.to))).toEqual(new Set([ADA]));
    for (const email of inStandIn) expect(email.destination.to.join(',')).toContain(ADA);
    // Concurrent duplicates are absorbed by idempotency, not by luck of a retry.
    expect(story.retriedErrors).toEqual([]);
    const steps = stepsSent();
    expect(new Set(steps).size).toBe(steps.length);
    // Besides the drafts, one acknowledgement per command mail (snooze, hired).
    expect(story.delivered.filter((d) => !STEP_DRAFTS.has(d.step)).map((d) => d.step)).toEqual([
      'command-ack',
      'command-ack',
    ]);
  });
});
