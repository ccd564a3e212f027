import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../shared/adapters/aws/dynamodb-client.js';
import { EventBridgeScheduler } from '../../shared/adapters/aws/eventbridge-scheduler.js';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.js';
import type { Mailer, OutgoingMail, RawMailStore, ScheduleRequest, Scheduler } from '../../shared/ports/index.js';
import type { ApplicationStore } from '../../shared/workflow/index.js';
import { ConflictRetriesExhaustedError } from '../../shared/workflow/index.js';
import { RawMailNotFoundError } from '../../functions/inbound/handler.js';
import { startLocalSes, type LocalSes } from '../support/ses-local.js';
import { World, type Attempt } from './support/dynamo-world.js';
import { awsError, emulateScheduler, injectFaults, type FaultPlan } from './support/faults.js';
import { ADA, forward, REJECTION_BLOCK } from './support/mail.js';

// Faults (issue 7, suite 6): injected inside the SDK's retry loop of the real adapters. Retryable
// faults are retried by the SDK; the rest surface (the handler rethrows: Lambda retries, then the
// on-failure destination). Once the fault clears, replaying the same event converges on the state
// of a run without faults: no step lost, none doubled.

const INTERVIEW = forward({ messageId: '<fault-interview@mail.example.com>' });
const REJECTION = forward({ messageId: '<fault-rejection@mail.example.com>', subject: 'Fwd: Your application for Senior Data Analyst at Northwind', note: 'Sad.', body: REJECTION_BLOCK });
type Snapshot = Awaited<ReturnType<World['snapshot']>>;
const withoutVersions = (s: Snapshot) => ({ ...s, applications: s.applications.map((a) => ({ ...a, version: 0 })) });

const worlds: World[] = [];
async function world(options: Parameters<typeof World.start>[0] = {}): Promise<World> {
  const w = await World.start(options);
  worlds.push(w);
  return w;
}
afterAll(async () => {
  await Promise.all(worlds.map((w) => w.stop()));
});
/** Stops a world early (the crash loop starts many). */
async function release(w: World) {
  worlds.splice(worlds.indexOf(w), 1);
  await w.stop();
}

/** The reference: the interview (then the rejection) delivered once each, without faults. */
let control: { interview: Snapshot; rejection: Snapshot };
beforeAll(async () => {
  const w = await world();
  await w.invokeInbound(await w.arrive(INTERVIEW));
  const interview = await w.snapshot();
  w.clock.set('2026-03-03T10:00:00Z');
  await w.invokeInbound(await w.arrive(REJECTION));
  control = { interview, rejection: await w.snapshot() };
  expect(interview.pending.length).toBeGreaterThan(0);
  expect(control.rejection.applications[0]?.stage).toBe('rejected');
}, 60_000);

const errorName = (a: Attempt | undefined) => (a?.error as Error | undefined)?.name;

describe('DynamoDB faults', () => {
  let plan: FaultPlan;
  const faulty = () =>
    world({
      client: (db) => {
        const client = createDynamoDbClient({ endpoint: db.endpoint });
        plan = injectFaults(client);
        return client;
      },
    });

  it('retries throttled requests (ProvisionedThroughputExceededException) and succeeds on the same invocation', { timeout: 60_000 }, async () => {
    const w = await faulty();
    plan.remaining = 2;
    const id = await w.arrive(INTERVIEW);
    await expect(w.invokeInbound(id)).resolves.toMatchObject({ results: [{ outcome: 'processed' }] });
    expect(plan.faults).toHaveLength(2);
    expect(await w.snapshot()).toEqual(control.interview);
  });

  it('surfaces persistent throttling for Lambda to retry, and converges when the replay succeeds', { timeout: 60_000 }, async () => {
    const w = await faulty();
    plan.remaining = Infinity;
    const id = await w.arrive(INTERVIEW);
    const [failed] = await w.deliver(() => w.invokeInbound(id), 1, 0);
    expect(errorName(failed)).toBe('ProvisionedThroughputExceededException');
    expect(plan.faults.length).toBeGreaterThanOrEqual(3); // the SDK tried more than once
    expect(w.raw.objects.has(`inbound/${id}`)).toBe(true);
    plan.clear();
    await w.deliver(() => w.invokeInbound(id), 2, 1);
    expect(await w.snapshot()).toEqual(control.interview);
  });

  it('converges after a crash at any DynamoDB call of the inbound work (replayed as Lambda would)', { timeout: 180_000 }, async () => {
    // Count the calls of a clean run, then crash (a non-retryable fault) at each one in turn.
    const clean = await faulty();
    const cleanId = await clean.arrive(INTERVIEW);
    plan.attempts.length = 0;
    await clean.invokeInbound(cleanId);
    const calls = plan.attempts.length;
    expect(calls).toBeGreaterThan(3);
    const cuts = Array.from({ length: calls }, (_, i) => i);
    let surfaced = 0;
    for (const cut of cuts) {
      const w = await faulty();
      plan.make = () => awsError('InjectedCrash', 400, `crash at call ${cut}`);
      plan.skip = cut;
      plan.remaining = 1;
      const id = await w.arrive(INTERVIEW);
      const [first] = await w.deliver(() => w.invokeInbound(id), 1, 0);
      if (!first?.ok) surfaced += 1;
      const replays = await w.deliver(() => w.invokeInbound(id), 2, 1);
      expect(replays.every((r) => r.ok), `cut ${cut}`).toBe(true);
      expect(withoutVersions(await w.snapshot()), `cut ${cut}`).toEqual(withoutVersions(control.interview));
      await release(w);
    }
    // Most crashes surface (rethrown for Lambda); a fault in best-effort bookkeeping may be absorbed.
    expect(surfaced).toBeGreaterThan(calls / 2);
  });

  it('retries conditional-check conflicts from a concurrent writer and applies the mail once', { timeout: 60_000 }, async () => {
    let conflicts = 0;
    const w = await world({ store: (inner) => competingWriter(inner, () => (conflicts-- > 0)) });
    await w.invokeInbound(await w.arrive(INTERVIEW));
    conflicts = 2;
    w.clock.set('2026-03-03T10:00:00Z');
    await expect(w.invokeInbound(await w.arrive(REJECTION))).resolves.toMatchObject({ results: [{ outcome: 'processed' }] });
    expect(conflicts).toBeLessThan(0);
    expect(withoutVersions(await w.snapshot())).toEqual(withoutVersions(control.rejection));
  });

  it('surfaces conflicts that never stop (ConflictRetriesExhaustedError), and converges on replay', { timeout: 60_000 }, async () => {
    let conflicting = false;
    const w = await world({ store: (inner) => competingWriter(inner, () => conflicting) });
    await w.invokeInbound(await w.arrive(INTERVIEW));
    conflicting = true;
    w.clock.set('2026-03-03T10:00:00Z');
    const id = await w.arrive(REJECTION);
    const [failed] = await w.deliver(() => w.invokeInbound(id), 1, 0);
    expect(failed?.error).toBeInstanceOf(ConflictRetriesExhaustedError);
    conflicting = false;
    await w.deliver(() => w.invokeInbound(id), 2, 1);
    expect(withoutVersions(await w.snapshot())).toEqual(withoutVersions(control.rejection));
  });
});

/** A store whose saveApplication first lets "another Lambda" write the same item (a real conditional-check failure follows). */
function competingWriter(inner: ApplicationStore, active: () => boolean): ApplicationStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'saveApplication') {
        return async (app: Parameters<ApplicationStore['saveApplication']>[0]) => {
          if (app.version > 0 && active()) {
            const current = await target.getApplication(app.user, app.id);
            if (current) await target.saveApplication({ ...current, updatedAt: new Date().toISOString() });
          }
          return target.saveApplication(app);
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('S3 faults', () => {
  it('fails (for retry) when the S3 object is not there yet, and processes it once when it is', { timeout: 60_000 }, async () => {
    const w = await world();
    const id = 'early0000000000000000000000000000000001';
    const [early] = await w.deliver(() => w.invokeInbound(id), 2, 0);
    expect(early?.error).toBeInstanceOf(RawMailNotFoundError);
    expect(await w.store.listApplications(ADA.email)).toEqual([]);
    await w.raw.put(`inbound/${id}`, Buffer.from(INTERVIEW));
    await w.deliver(() => w.invokeInbound(id), 2, 1);
    expect(await w.snapshot()).toEqual(control.interview);
  });

  it('gives one effect when a slow S3 read lets duplicate deliveries overlap', { timeout: 60_000 }, async () => {
    const w = await world({ rawMail: (inner) => slowReads(inner, 300) });
    const id = await w.arrive(INTERVIEW);
    await w.deliver(() => w.invokeInbound(id), 3, 1);
    expect(await w.snapshot()).toEqual(control.interview);
  });
});

function slowReads(inner: RawMailStore, ms: number): RawMailStore {
  return {
    put: (k, v) => inner.put(k, v),
    delete: (k) => inner.delete(k),
    get: async (k) => {
      await new Promise((r) => setTimeout(r, ms));
      return inner.get(k);
    },
  };
}

describe('SES faults (the real SES adapter against aws-ses-v2-local)', () => {
  let ses: LocalSes;
  beforeAll(async () => {
    ses = await startLocalSes();
  });
  afterAll(async () => ses?.stop());

  /** Sends through SES, then records the mail in the world's capturing mailer (for snapshots). */
  const viaSes = (mailer: SesMailer) => (inner: Mailer): Mailer => ({
    send: async (mail: OutgoingMail) => {
      const out = await mailer.send(mail);
      await inner.send(mail);
      return out;
    },
  });

  async function dueStep(plan: () => FaultPlan) {
    await ses.clear();
    const w = await world({ mailer: viaSes(new SesMailer({ client: ses.client, from: 'drafts@runnerup.test' })) });
    await w.invokeInbound(await w.arrive(INTERVIEW));
    const step = w.scheduler.pending()[0];
    if (!step) throw new Error('nothing scheduled');
    w.clock.set(step.at);
    plan().attempts.length = 0;
    return { w, step };
  }

  let plan: FaultPlan;
  beforeAll(() => {
    plan = injectFaults(ses.client, () => awsError('TooManyRequestsException', 429));
    plan.only = /SendEmail/;
  });

  it('retries SES throttling (TooManyRequestsException) and sends the draft once', { timeout: 60_000 }, async () => {
    const { w, step } = await dueStep(() => plan);
    plan.make = () => awsError('TooManyRequestsException', 429);
    plan.remaining = 2;
    await expect(w.invokeFollowUp(step.payload)).resolves.toMatchObject({ outcome: 'sent' });
    expect(plan.faults.length).toBeGreaterThanOrEqual(2);
    const sent = await ses.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.destination.to.join()).toContain(ADA.email);
  });

  it('surfaces an SES rejection without retrying it, then sends once when the replay succeeds', { timeout: 60_000 }, async () => {
    const { w, step } = await dueStep(() => plan);
    plan.make = () => awsError('MessageRejected', 400, 'Email address is not verified.');
    plan.remaining = 1;
    const [failed] = await w.deliver(() => w.invokeFollowUp(step.payload), 1, 0);
    expect(errorName(failed)).toBe('MessageRejected');
    expect(plan.attempts.filter((a) => /SendEmail/.test(a))).toHaveLength(1); // not retried by the SDK
    expect(await ses.sent()).toEqual([]);
    const app = (await w.store.listApplications(ADA.email))[0];
    expect(app?.steps.find((s) => s.step === step.payload.step && s.at === step.payload.at)?.status).toBe('scheduled');
    plan.clear();
    await w.deliver(() => w.invokeFollowUp(step.payload), 2, 2);
    expect(await ses.sent()).toHaveLength(1);
    expect(w.mailer.steps()).toEqual([step.payload.step]);
  });

  it('surfaces SES throttling that outlasts the SDK retries, then sends once on replay', { timeout: 60_000 }, async () => {
    const { w, step } = await dueStep(() => plan);
    plan.make = () => awsError('TooManyRequestsException', 429);
    plan.remaining = Infinity;
    const [failed] = await w.deliver(() => w.invokeFollowUp(step.payload), 2, 0);
    expect(errorName(failed)).toBe('TooManyRequestsException');
    plan.clear();
    await w.deliver(() => w.invokeFollowUp(step.payload), 2, 1);
    expect(await ses.sent()).toHaveLength(1);
  });
});

describe('EventBridge Scheduler faults (the real Scheduler adapter against an emulated service)', () => {
  async function schedulerWorld() {
    const client = new SchedulerClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const service = emulateScheduler(client);
    const plan = injectFaults(client, () => awsError('ThrottlingException', 429));
    const w = await world({
      scheduler: (inner) => recordingThrough(new EventBridgeScheduler({ client, clock: { now: () => w.clock.now() }, groupName: 'runnerup', targetArn: 'arn:aws:lambda:eu-west-1:123456789012:function:runnerup-follow-up', roleArn: 'arn:aws:iam::123456789012:role/s', deadLetterArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq' }), inner),
    });
    return { w, plan, service };
  }

  it('retries Scheduler throttling and creates each schedule once', { timeout: 60_000 }, async () => {
    const { w, plan, service } = await schedulerWorld();
    plan.remaining = 2;
    await expect(w.invokeInbound(await w.arrive(INTERVIEW))).resolves.toMatchObject({ results: [{ outcome: 'processed' }] });
    expect(plan.faults).toHaveLength(2);
    expect(service.created).toHaveLength(control.interview.pending.length);
    expect(await w.snapshot()).toEqual(control.interview);
  });

  it('surfaces a Scheduler error, and the replay creates the missing schedules exactly once', { timeout: 60_000 }, async () => {
    const { w, plan, service } = await schedulerWorld();
    plan.make = () => awsError('ServiceQuotaExceededException', 402);
    plan.only = /CreateSchedule/;
    plan.skip = 1;
    plan.remaining = 1;
    const id = await w.arrive(INTERVIEW);
    const [failed] = await w.deliver(() => w.invokeInbound(id), 1, 0);
    expect(errorName(failed)).toBe('ServiceQuotaExceededException');
    await w.deliver(() => w.invokeInbound(id), 2, 1);
    expect(await w.snapshot()).toEqual(control.interview);
    expect([...service.live.keys()].sort()).toEqual([...new Set(service.created)].sort());
    expect(service.created).toHaveLength(new Set(service.created).size);
  });

  it('surfaces a failed cancellation, and the replay cancels and plans exactly once', { timeout: 60_000 }, async () => {
    const { w, plan, service } = await schedulerWorld();
    await w.invokeInbound(await w.arrive(INTERVIEW));
    w.clock.set('2026-03-03T10:00:00Z');
    plan.make = () => awsError('InternalServerException', 500);
    plan.only = /DeleteSchedule/;
    plan.remaining = Infinity;
    const id = await w.arrive(REJECTION);
    const [failed] = await w.deliver(() => w.invokeInbound(id), 1, 0);
    expect(errorName(failed)).toBe('InternalServerException');
    plan.clear();
    await w.deliver(() => w.invokeInbound(id), 2, 1);
    expect(await w.snapshot()).toEqual(control.rejection);
    expect(service.created).toHaveLength(new Set(service.created).size);
    expect([...service.live.keys()].sort()).toEqual(w.scheduler.pending().map((p) => p.name).sort());
  });
});

/** The real scheduler adapter, mirrored into the world's recording scheduler when a call succeeds. */
function recordingThrough(real: Scheduler, record: Scheduler): Scheduler {
  return {
    schedule: async (r: ScheduleRequest) => {
      await real.schedule(r);
      await record.schedule(r);
    },
    cancel: async (name: string) => {
      await real.cancel(name);
      await record.cancel(name);
    },
  };
}
