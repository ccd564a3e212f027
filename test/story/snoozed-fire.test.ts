import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_ARN } from '../functions/lambda-context.js';
import { Story } from './harness.js';

// A step that comes due while its application is snoozed is moved by the follow-up function
// itself: the new schedule must target the follow-up function (its own ARN, unqualified).
const ADA = 'ada@example.com';

describe('a step firing into a snooze', () => {
  let story: Story;
  beforeAll(async () => {
    story = await Story.start({
      now: '2026-03-02T13:05:00Z',
      users: [{ email: ADA, name: 'Ada Lovelace', timeZone: 'Europe/Berlin' }],
    });
  });
  afterAll(async () => story?.stop());

  it('is rescheduled once, to the snooze end, targeting the follow-up function; then sent once', async () => {
    // Arrange: the interview is known; the application is snoozed (as a snooze reply leaves it)
    // while its thank-you schedule still stands.
    const received = await story.receive(readFileSync(new URL('./mail/1-interview.eml', import.meta.url)), ADA);
    expect(received.errors).toEqual([]);
    const thankYou = story.pending().find((p) => p.step === 'thank-you');
    expect(thankYou).toBeDefined();
    const [app] = await story.store.listApplications(ADA);
    const until = '2026-03-09T07:00:00.000Z';
    await story.store.saveApplication({ ...app!, snoozedUntil: until });

    // Act: Scheduler fires the thank-you at its time, through an alias-qualified invocation.
    story.live.delete(thankYou!.name);
    story.clock.set(new Date(thankYou!.payload.at));
    const fired = await story.fire(thankYou!.payload, `${FOLLOW_UP_ARN}:live`);

    // Assess: nothing sent, one new schedule at the snooze end, aimed at the unqualified function.
    expect(fired.errors).toEqual([]);
    expect(fired.results.map((r) => (r as { outcome: string }).outcome)).toContain('rescheduled');
    expect(story.delivered).toEqual([]);
    const moved = story.pending().filter((p) => p.step === 'thank-you');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      target: FOLLOW_UP_ARN,
      zone: 'Europe/Berlin',
      expression: 'at(2026-03-09T08:00:00)',
      payload: { v: 1, user: ADA, step: 'thank-you', at: until },
    });

    await story.advanceTo('2026-03-09T08:00:00Z');
    expect(story.delivered.map((d) => d.step)).toEqual(['thank-you']);
  });
});
