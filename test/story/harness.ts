/**
 * The story harness: the real Lambda handlers (factories) over the real AWS adapters, each
 * against its stand-in (dynalite, s3rver, aws-ses-v2-local, a mocked Scheduler that behaves like
 * the service: conflicts, not-found, delete after completion), with a fake clock that the harness
 * moves from one recorded schedule to the next, firing each through the follow-up handler.
 * Every trigger is delivered several times, partly concurrently, as AWS may deliver it.
 */
import { SchedulerClient, type CreateScheduleCommandInput, type DeleteScheduleCommandInput } from '@aws-sdk/client-scheduler';
import PostalMime from 'postal-mime';
import { DynamoDbStore } from '../../shared/adapters/aws/dynamodb-store.js';
import { EventBridgeScheduler } from '../../shared/adapters/aws/eventbridge-scheduler.js';
import { S3RawMailStore } from '../../shared/adapters/aws/s3-raw-mail-store.js';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.js';
import type { User } from '../../shared/domain/types.js';
import type { FirePayload, Mailer, OutgoingMail } from '../../shared/ports/index.js';
import { workflowConfig, type WorkflowDeps } from '../../shared/workflow/index.js';
import { createFollowUpHandler, unqualifiedArn } from '../../functions/follow-up/handler.js';
import { createInboundHandler } from '../../functions/inbound/handler.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { CapturingLogger, FixedClock, SequentialIds } from '../support/fakes.js';
import { startLocalS3, type LocalS3 } from '../support/s3-local.js';
import { startLocalSes, type LocalSes } from '../support/ses-local.js';
import { FOLLOW_UP_ARN, INBOUND_ARN, lambdaContext } from '../functions/lambda-context.js';
import { SchedulerEmulator, fireTime } from './scheduler-emulator.js';
import { FROM_ADDRESS, INBOUND_ADDRESS, sesEvent, type Delivered } from './story-mail.js';

export { replyTo, type Delivered } from './story-mail.js';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/runnerup-scheduler';
const DLQ_ARN = 'arn:aws:sqs:eu-west-1:123456789012:runnerup-scheduler-dlq';
const GROUP = 'runnerup';
/** Lambda's async invoke: the first attempt plus two retries. */
const LAMBDA_ATTEMPTS = 3;

/** Wraps the real SES mailer to keep what the story needs to read back (and reply to). */
class RecordingMailer implements Mailer {
  readonly delivered: Delivered[] = [];
  constructor(private readonly inner: Mailer) {}
  async send(mail: OutgoingMail) {
    const out = await this.inner.send(mail);
    const parsed = await PostalMime.parse(mail.raw);
    const header = (name: string) => parsed.headers.find((h) => h.key === name)?.value.trim() ?? '';
    this.delivered.push({
      to: mail.to,
      step: mail.meta?.step ?? header('x-runnerup-step'),
      subject: parsed.subject ?? '',
      messageIdHeader: parsed.messageId ?? '',
      sesMessageId: out.messageId,
      text: parsed.text ?? '',
    });
    return out;
  }
}

export interface TriggerOutcome {
  /** Each delivery's final result (after Lambda-style retries), or its last error. */
  results: unknown[];
  errors: unknown[];
  /** Errors of attempts that a Lambda-style retry then got past (e.g. a lost optimistic write). */
  retried: unknown[];
}

export class Story {
  readonly logger = new CapturingLogger();
  private readonly mailer: RecordingMailer;
  private readonly inbound: ReturnType<typeof createInboundHandler>;
  private readonly followUp: ReturnType<typeof createFollowUpHandler>;
  private sesIds = 0;
  /** Every error a retry got past, over the whole story. */
  readonly retriedErrors: unknown[] = [];

  private constructor(
    readonly clock: FixedClock,
    readonly db: RunningDynalite,
    readonly store: DynamoDbStore,
    readonly s3: LocalS3,
    readonly ses: LocalSes,
    private readonly scheduler: SchedulerEmulator,
  ) {
    this.mailer = new RecordingMailer(new SesMailer({ client: ses.client, from: FROM_ADDRESS }));
    const ids = new SequentialIds('app');
    const deps = (targetArn: string): WorkflowDeps => ({
      store,
      users: store,
      rawMail: new S3RawMailStore({ client: s3.client, bucket: s3.bucket }),
      scheduler: new EventBridgeScheduler({
        client: new SchedulerClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
        clock: this.clock,
        groupName: GROUP,
        targetArn,
        roleArn: ROLE_ARN,
        deadLetterArn: DLQ_ARN,
      }),
      mailer: this.mailer,
      clock: this.clock,
      ids,
      logger: this.logger,
      config: workflowConfig({
        fromAddress: FROM_ADDRESS,
        inboundAddress: INBOUND_ADDRESS,
        requireAuthentication: true,
        rawMailPrefix: 'inbound/',
      }),
    });
    this.inbound = createInboundHandler(deps(FOLLOW_UP_ARN));
    // As in Lambda: the follow-up function targets itself, from its invocation context.
    this.followUp = createFollowUpHandler((context) => deps(unqualifiedArn(context.invokedFunctionArn)));
  }

  static async start(options: { now: string; users: User[] }): Promise<Story> {
    const db = await startDynalite();
    const s3 = await startLocalS3('runnerup-raw-mail');
    const ses = await startLocalSes();
    const clock = new FixedClock(new Date(options.now));
    const scheduler = new SchedulerEmulator(clock, GROUP);
    // The store judges marker expiry by the same fake clock as the use cases.
    const store = new DynamoDbStore({ client: db.client, tableName: db.tableName, clock });
    const story = new Story(clock, db, store, s3, ses, scheduler);
    for (const user of options.users) await store.putUser(user);
    return story;
  }

  async stop(): Promise<void> {
    this.scheduler.restore();
    await Promise.all([this.db.stop(), this.s3.stop(), this.ses.stop()]);
  }

  /** Schedules that exist now, as Scheduler holds them (deleted on cancel and after firing). */
  get live(): Map<string, CreateScheduleCommandInput> {
    return this.scheduler.live;
  }
  get created(): readonly CreateScheduleCommandInput[] {
    return this.scheduler.created;
  }
  get deleted(): readonly DeleteScheduleCommandInput[] {
    return this.scheduler.deleted;
  }

  /** Every mail sent so far. */
  get delivered(): readonly Delivered[] {
    return this.mailer.delivered;
  }

  /**
   * An email reaches SES: the S3 action stores it under inbound/<SES message id>, then the Lambda
   * action invokes the inbound handler, here three times (two at once, then a late duplicate).
   */
  async receive(
    raw: string | Uint8Array,
    from: string,
    receipt: Record<string, unknown> = {},
  ): Promise<TriggerOutcome> {
    this.sesIds += 1;
    const messageId = `story${String(this.sesIds).padStart(4, '0')}qg2l1ah4hmq1a2c0rk7n3ej8rmcd`;
    const bytes = typeof raw === 'string' ? Buffer.from(raw.replace(/\r?\n/g, '\r\n')) : raw;
    await new S3RawMailStore({ client: this.s3.client, bucket: this.s3.bucket }).put(`inbound/${messageId}`, bytes);
    const event = sesEvent(messageId, from, this.clock.now().toISOString(), receipt);
    return this.deliver(() => this.inbound(structuredClone(event), lambdaContext(INBOUND_ARN)));
  }

  /**
   * Fires one payload through the follow-up handler, three times (two at once, then again).
   * `invokedArn` is what the Lambda context reports (a qualified ARN when invoked through an alias).
   */
  async fire(payload: FirePayload, invokedArn = FOLLOW_UP_ARN): Promise<TriggerOutcome> {
    return this.deliver(() => this.followUp(structuredClone(payload), lambdaContext(invokedArn)));
  }

  /**
   * Moves the clock to `iso`, stopping at each live schedule that comes due on the way: the clock
   * is set to its time, it is fired (and deleted, ActionAfterCompletion DELETE), in time order.
   */
  async advanceTo(iso: string): Promise<TriggerOutcome[]> {
    const target = new Date(iso).getTime();
    const outcomes: TriggerOutcome[] = [];
    for (;;) {
      const next = [...this.live.entries()]
        .map(([name, input]) => ({ name, input, at: fireTime(input) }))
        .filter((s) => s.at <= target)
        .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name))[0];
      if (!next) break;
      if (next.at > this.clock.now().getTime()) this.clock.set(new Date(next.at));
      this.live.delete(next.name);
      outcomes.push(await this.fire(JSON.parse(next.input.Target?.Input ?? 'null') as FirePayload));
    }
    this.clock.set(new Date(target));
    return outcomes;
  }

  /** Live schedules as (step, local expression, zone, payload), in time order. */
  pending(): { name: string; step: string; expression: string; zone: string; payload: FirePayload; target: string }[] {
    return [...this.live.entries()]
      .sort((a, b) => fireTime(a[1]) - fireTime(b[1]))
      .map(([name, input]) => {
        const payload = JSON.parse(input.Target?.Input ?? 'null') as FirePayload;
        return {
          name,
          step: payload.step,
          expression: input.ScheduleExpression ?? '',
          zone: input.ScheduleExpressionTimezone ?? '',
          payload,
          target: input.Target?.Arn ?? '',
        };
      });
  }

  private async deliver(invoke: () => Promise<unknown>): Promise<TriggerOutcome> {
    const retried: unknown[] = [];
    const once = async () => {
      let lastError: unknown;
      for (let attempt = 0; attempt < LAMBDA_ATTEMPTS; attempt += 1) {
        try {
          const value = await invoke();
          if (attempt > 0) retried.push(lastError);
          return { ok: true as const, value };
        } catch (error) {
          lastError = error;
        }
      }
      return { ok: false as const, error: lastError };
    };
    const all = [...(await Promise.all([once(), once()])), await once()];
    this.retriedErrors.push(...retried);
    return {
      results: all.filter((r) => r.ok).map((r) => (r as { value: unknown }).value),
      errors: all.filter((r) => !r.ok).map((r) => (r as { error: unknown }).error),
      retried,
    };
  }

}
