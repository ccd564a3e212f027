/**
 * A production-shaped world for the duplicate and fault suites: the real Lambda handlers over the
 * DynamoDB store on dynalite (a fresh table each time), with a scheduler that records every call,
 * a capturing mailer and a fixed clock. Every adapter can be swapped for a faulty wrapper.
 */
import type { User } from '../../../shared/domain/types.js';
import type { FirePayload, Mailer, RawMailStore, ScheduleRequest, Scheduler } from '../../../shared/ports/index.js';
import { DynamoDbStore } from '../../../shared/adapters/aws/dynamodb-store.js';
import { workflowConfig, type ApplicationStore, type WorkflowDeps } from '../../../shared/workflow/index.js';
import { createFollowUpHandler } from '../../../functions/follow-up/handler.js';
import { createInboundHandler } from '../../../functions/inbound/handler.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { CapturingLogger, CapturingMailer, FixedClock, InMemoryRawMail, SequentialIds } from '../../support/fakes.js';
import { FOLLOW_UP_ARN, INBOUND_ARN, lambdaContext } from '../../functions/lambda-context.js';
import { ADA, sesEvent, sesMessageId, type EventSpec } from './mail.js';

/** Scheduler as EventBridge behaves for us (a name created twice is one schedule), recording every call. */
export class CountingScheduler implements Scheduler {
  readonly calls: ScheduleRequest[] = [];
  readonly cancels: string[] = [];
  readonly active = new Map<string, ScheduleRequest>();
  async schedule(request: ScheduleRequest) {
    await new Promise<void>((r) => setImmediate(r));
    this.calls.push(structuredClone(request));
    if (!this.active.has(request.name)) this.active.set(request.name, structuredClone(request));
  }
  async cancel(name: string) {
    await new Promise<void>((r) => setImmediate(r));
    this.cancels.push(name);
    this.active.delete(name);
  }
  pending(): ScheduleRequest[] {
    return [...this.active.values()].sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name));
  }
}

export interface WorldOptions {
  now?: string;
  users?: User[];
  store?: (store: DynamoDbStore) => ApplicationStore;
  scheduler?: (inner: CountingScheduler) => Scheduler;
  mailer?: (inner: CapturingMailer) => Mailer;
  rawMail?: (inner: InMemoryRawMail) => RawMailStore;
  /** A DynamoDB client to use instead of dynalite's own (e.g. one with a fault middleware). */
  client?: (db: RunningDynalite) => RunningDynalite['client'];
}

export interface Attempt {
  ok: boolean;
  value?: unknown;
  error?: unknown;
}

export class World {
  readonly clock: FixedClock;
  readonly store: DynamoDbStore;
  readonly scheduler = new CountingScheduler();
  readonly mailer = new CapturingMailer();
  readonly raw = new InMemoryRawMail();
  readonly logger = new CapturingLogger();
  readonly deps: WorkflowDeps;
  private readonly inbound: ReturnType<typeof createInboundHandler>;
  private readonly followUp: ReturnType<typeof createFollowUpHandler>;

  private constructor(readonly db: RunningDynalite, options: WorldOptions) {
    this.clock = new FixedClock(new Date(options.now ?? '2026-03-02T13:05:00Z'));
    this.store = new DynamoDbStore({ client: options.client?.(db) ?? db.client, tableName: db.tableName, clock: this.clock });
    this.deps = {
      store: options.store?.(this.store) ?? this.store,
      users: this.store,
      rawMail: options.rawMail?.(this.raw) ?? this.raw,
      scheduler: options.scheduler?.(this.scheduler) ?? this.scheduler,
      mailer: options.mailer?.(this.mailer) ?? this.mailer,
      clock: this.clock,
      ids: new SequentialIds('app'),
      logger: this.logger,
      config: workflowConfig({ fromAddress: 'Runner-Up <drafts@runnerup.test>', inboundAddress: 'followups@runnerup.test', requireAuthentication: true, rawMailPrefix: 'inbound/' }),
    };
    this.inbound = createInboundHandler(this.deps);
    this.followUp = createFollowUpHandler(this.deps);
  }

  static async start(options: WorldOptions = {}): Promise<World> {
    const db = await startDynalite({ tableName: `hardening-${Math.random().toString(36).slice(2, 10)}` });
    const world = new World(db, options);
    for (const user of options.users ?? [ADA]) await world.store.putUser(user);
    return world;
  }

  async stop(): Promise<void> {
    await this.db.stop();
  }

  /** Stores the mail as the SES S3 action does; returns the SES message id. */
  async arrive(raw: string | Uint8Array): Promise<string> {
    const messageId = sesMessageId('d');
    await this.raw.put(`inbound/${messageId}`, typeof raw === 'string' ? Buffer.from(raw) : raw);
    return messageId;
  }

  /** One invocation of the inbound handler for a stored message. */
  invokeInbound(messageId: string, spec: EventSpec = {}): Promise<unknown> {
    return this.inbound(sesEvent(messageId, spec), lambdaContext(INBOUND_ARN));
  }

  invokeFollowUp(payload: FirePayload): Promise<unknown> {
    return this.followUp(structuredClone(payload), lambdaContext(FOLLOW_UP_ARN));
  }

  /** Delivers one trigger `concurrent` times at once, then `later` more times one after another. */
  async deliver(invoke: () => Promise<unknown>, concurrent = 3, later = 2): Promise<Attempt[]> {
    const attempt = async (): Promise<Attempt> => {
      try {
        return { ok: true, value: await invoke() };
      } catch (error) {
        return { ok: false, error };
      }
    };
    const out = await Promise.all(Array.from({ length: concurrent }, attempt));
    for (let i = 0; i < later; i += 1) out.push(await attempt());
    return out;
  }

  /** The state that matters, without ids and timestamps that differ between runs. */
  async snapshot(user = ADA.email) {
    const apps = await this.store.listApplications(user);
    return {
      applications: apps
        .map((a) => ({
          company: a.company,
          role: a.role,
          stage: a.stage,
          version: a.version,
          applied: a.applied.length,
          snoozedUntil: a.snoozedUntil,
          steps: a.steps.map((s) => ({ step: s.step, at: s.at, status: s.status })).sort((x, y) => `${x.at}${x.step}${x.status}`.localeCompare(`${y.at}${y.step}${y.status}`)),
        }))
        .sort((a, b) => `${a.company}`.localeCompare(`${b.company}`)),
      pending: this.scheduler.pending().map((s) => ({ step: s.payload.step, at: s.at })),
      mails: this.mailer.steps(),
    };
  }

  /** The Message-ID header of the last mail sent with this step (to reply to it). */
  lastMessageId(step: string): string {
    const mail = [...this.mailer.sent].reverse().find((m) => m.meta?.step === step);
    const id = mail ? /^Message-ID:\s*(<[^>]+>)/im.exec(mail.text)?.[1] : undefined;
    if (!id) throw new Error(`no ${step} mail sent`);
    return id;
  }
}
