import { afterEach, describe, expect, it } from 'vitest';
import { World, type Attempt } from './support/dynamo-world.js';
import { forward, REJECTION_BLOCK, userMail } from './support/mail.js';

// Duplicates and races (issue 7, suite 5): every trigger (SES inbound event, Scheduler fire,
// reply command) delivered once in a control world, and 3x at once plus 2x later in another,
// both on the DynamoDB store against dynalite. The states must be the same: exactly one effect.

const INTERVIEW = forward({ messageId: '<dup-interview@mail.example.com>' });
const REJECTION = forward({ messageId: '<dup-rejection@mail.example.com>', subject: 'Fwd: Your application for Senior Data Analyst at Northwind', note: 'Sad.', body: REJECTION_BLOCK });
const reply = (inReplyTo: string, body: string, id: string) => userMail(body, [`In-Reply-To: ${inReplyTo}`, `References: ${inReplyTo}`]).replace(/^Message-ID: .*$/m, `Message-ID: <${id}@mail.example.com>`);

type Times = { concurrent: number; later: number };
const ONCE: Times = { concurrent: 1, later: 0 };
const MANY: Times = { concurrent: 3, later: 2 };

function expectAllOk(attempts: Attempt[]) {
  expect(attempts.filter((a) => !a.ok).map((a) => String(a.error))).toEqual([]);
}

/** Fires every pending schedule due by `until` (each delivered `times`), as Scheduler would. */
async function fireDue(world: World, until: string, times: Times) {
  for (;;) {
    const due = world.scheduler.pending().find((s) => s.at <= until);
    if (!due) break;
    world.clock.set(due.at > world.clock.now().toISOString() ? due.at : world.clock.now());
    world.scheduler.active.delete(due.name); // ActionAfterCompletion: DELETE
    expectAllOk(await world.deliver(() => world.invokeFollowUp(due.payload), times.concurrent, times.later));
  }
}

/** The story, each trigger delivered `times`; returns the snapshot after each stage. */
async function story(world: World, times: Times) {
  const snaps: unknown[] = [];
  const inbound = async (raw: string) => {
    const id = await world.arrive(raw);
    expectAllOk(await world.deliver(() => world.invokeInbound(id), times.concurrent, times.later));
  };
  await inbound(INTERVIEW);
  snaps.push(await world.snapshot());
  await fireDue(world, '2026-03-04T18:00:00Z', times);
  snaps.push(await world.snapshot());
  world.clock.set('2026-03-05T09:00:00Z');
  await inbound(reply(world.lastMessageId('thank-you'), 'snooze 3d', 'dup-snooze'));
  snaps.push(await world.snapshot());
  world.clock.set('2026-03-10T16:30:00Z');
  await inbound(REJECTION);
  snaps.push(await world.snapshot());
  await fireDue(world, '2026-03-10T17:30:00Z', times);
  snaps.push(await world.snapshot());
  await inbound(reply(world.lastMessageId('thank-you'), 'stop', 'dup-stop'));
  snaps.push(await world.snapshot());
  return snaps;
}

describe('duplicates and races against DynamoDB (dynalite)', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    await Promise.all(worlds.splice(0).map((w) => w.stop()));
  });

  it('gives exactly the effects of single delivery when every trigger arrives 3x at once and 2x later', { timeout: 120_000 }, async () => {
    const control = await World.start();
    const dup = await World.start();
    worlds.push(control, dup);

    const expected = await story(control, ONCE);
    const actual = await story(dup, MANY);

    // The control story did something at every stage (else equality would prove nothing).
    const [afterInterview, afterFire, afterSnooze, afterRejection, , afterStop] = expected as Awaited<ReturnType<World['snapshot']>>[];
    expect(afterInterview?.applications).toHaveLength(1);
    expect(afterInterview?.pending.length).toBeGreaterThan(0);
    expect(afterFire?.mails).toContain('thank-you');
    expect(afterSnooze?.applications[0]?.snoozedUntil).not.toBeNull();
    expect(afterRejection?.applications[0]?.stage).toBe('rejected');
    expect(afterStop?.pending).toEqual([]);

    expect(actual).toEqual(expected);
    // One application, one draft per step, one schedule name per step.
    expect(await dup.store.listApplications('ada@example.com')).toHaveLength(1);
    const perStep = new Map<string, Set<string>>();
    for (const c of dup.scheduler.calls) perStep.set(`${c.payload.step}@${c.at}`, (perStep.get(`${c.payload.step}@${c.at}`) ?? new Set()).add(c.name));
    for (const names of perStep.values()) expect(names.size).toBe(1);
    expect(dup.mailer.sent.length).toBe(control.mailer.sent.length);
  });

  it('records a message once however many deliveries race on it (one application update)', { timeout: 60_000 }, async () => {
    const world = await World.start();
    worlds.push(world);
    const id = await world.arrive(INTERVIEW);
    const attempts = await world.deliver(() => world.invokeInbound(id), 5, 3);
    expectAllOk(attempts);
    const [app, ...others] = await world.store.listApplications('ada@example.com');
    expect(others).toEqual([]);
    expect(app?.applied).toEqual([id]);
    // version 1: created once, never rewritten by a duplicate.
    expect(app?.version).toBe(1);
    expect(await world.store.getInbound('ada@example.com', id)).not.toBeNull();
  });

  it('sends one draft when the same schedule fires 5x at once', { timeout: 60_000 }, async () => {
    const world = await World.start();
    worlds.push(world);
    const id = await world.arrive(INTERVIEW);
    await world.invokeInbound(id);
    const step = world.scheduler.pending()[0];
    if (!step) throw new Error('nothing scheduled');
    world.clock.set(step.at);
    expectAllOk(await world.deliver(() => world.invokeFollowUp(step.payload), 5, 2));
    expect(world.mailer.steps()).toEqual([step.payload.step]);
    const app = (await world.store.listApplications('ada@example.com'))[0];
    expect(app?.steps.filter((s) => s.step === step.payload.step && s.status === 'sent')).toHaveLength(1);
  });
});
