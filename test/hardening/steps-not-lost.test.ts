import { afterAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../shared/adapters/aws/dynamodb-client.js';
import { World } from './support/dynamo-world.js';
import { awsError, injectFaults, type FaultPlan } from './support/faults.js';
import { ADA, forward, userMail } from './support/mail.js';

// No step lost or doubled on the follow-up path (issue 7, suite 6): a crash at any DynamoDB call
// of a fire, replayed as Lambda would, ends with the draft sent once and the step recorded as
// sent; a step that fires while the user is at the daily cap is held back, not dropped.

const INTERVIEW = forward({ messageId: '<steps-interview@mail.example.com>' });
const worlds: World[] = [];
afterAll(async () => {
  await Promise.all(worlds.map((w) => w.stop()));
});

async function interviewWorld(plan?: { set?: (p: FaultPlan) => void }, options: Parameters<typeof World.start>[0] = {}) {
  const w = await World.start({
    ...options,
    client: (db) => {
      const client = createDynamoDbClient({ endpoint: db.endpoint });
      plan?.set?.(injectFaults(client));
      return client;
    },
  });
  worlds.push(w);
  await w.invokeInbound(await w.arrive(INTERVIEW));
  const step = w.scheduler.pending()[0];
  if (!step) throw new Error('nothing scheduled');
  w.clock.set(step.at);
  return { w, step };
}

const stepStatus = async (w: World, step: { payload: { step: string; at: string } }) =>
  (await w.store.listApplications(ADA.email))[0]?.steps.find((s) => s.step === step.payload.step && s.at === step.payload.at)?.status;

describe('no step lost or doubled when a fire crashes', () => {
  it('sends once and records the step as sent after a crash at any DynamoDB call of the fire', { timeout: 240_000 }, async () => {
    let plan!: FaultPlan;
    const clean = await interviewWorld({ set: (p) => (plan = p) });
    plan.attempts.length = 0;
    await clean.w.invokeFollowUp(clean.step.payload);
    const calls = plan.attempts.length;
    expect(calls).toBeGreaterThan(2);
    const failures: string[] = [];
    let surfaced = 0;
    for (let cut = 0; cut < calls; cut += 1) {
      const { w, step } = await interviewWorld({ set: (p) => (plan = p) });
      plan.make = () => awsError('InjectedCrash', 400, `crash at call ${cut}`);
      plan.skip = cut;
      plan.remaining = 1;
      const [first] = await w.deliver(() => w.invokeFollowUp(step.payload), 1, 0);
      // A fault in best-effort bookkeeping may be absorbed; what matters is where the replays end.
      if (!first?.ok) surfaced += 1;
      await w.deliver(() => w.invokeFollowUp(step.payload), 2, 1);
      const sent = w.mailer.steps().filter((s) => s === step.payload.step).length;
      const status = await stepStatus(w, step);
      if (sent !== 1 || status !== 'sent') failures.push(`crash at call ${cut} (${plan.faults.join()}): ${sent} draft(s), step ${status}`);
      worlds.splice(worlds.indexOf(w), 1);
      await w.stop();
    }
    expect(failures).toEqual([]);
    expect(surfaced).toBeGreaterThan(calls / 2);
  });
});

describe('no step lost at the daily cap', () => {
  it('holds back a step that fires while the user is at the cap, and delivers it once the cap resets', { timeout: 60_000 }, async () => {
    const { w, step } = await interviewWorld(undefined, { users: [{ ...ADA, dailySendCap: 1 }] });
    // Ada uses up today's quota herself.
    await w.invokeInbound(await w.arrive(userMail('list')));
    expect(w.mailer.steps()).toEqual(['list']);
    const out = await w.invokeFollowUp(step.payload);
    expect(w.mailer.steps()).toEqual(['list']);
    expect(out).toMatchObject({ outcome: expect.stringMatching(/skipped|rescheduled/) });
    // Something must bring the step back after the cap resets: a new schedule, or the step still pending.
    const again = w.scheduler.pending().find((s) => s.payload.step === step.payload.step);
    expect(again, 'the capped step is rescheduled').toBeDefined();
    w.clock.set(again!.at > '2026-03-05T00:00:00Z' ? again!.at : '2026-03-05T08:00:00Z');
    await w.invokeFollowUp(again!.payload);
    expect(w.mailer.steps()).toEqual(['list', step.payload.step]);
  });
});
