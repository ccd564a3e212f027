import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
} from '@aws-sdk/client-scheduler';
import type { Clock, ScheduleRequest, Scheduler } from '../../ports/index.js';
import { atExpression } from './at-expression.js';

export { atExpression, InvalidScheduleTimeError, MIN_LEAD_SECONDS } from './at-expression.js';

/** EventBridge Scheduler's name rule: 1-64 characters of [0-9a-zA-Z-_.]. */
export const SCHEDULE_NAME_PATTERN = /^[0-9A-Za-z_.-]{1,64}$/;
/** Scheduler's own retries of a failed Lambda invoke (0-185); Lambda's async retries come on top. */
export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 10;
/** How long Scheduler keeps retrying before the event goes to the dead-letter queue (60-86400). */
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 6 * 60 * 60;

export class InvalidScheduleNameError extends Error {
  override readonly name = 'InvalidScheduleNameError';
  constructor(readonly scheduleName: string) {
    super(`invalid schedule name "${scheduleName}": 1-64 characters of [0-9a-zA-Z-_.]`);
  }
}

export interface EventBridgeSchedulerOptions {
  readonly client: SchedulerClient;
  readonly clock: Clock;
  readonly groupName: string;
  /** The follow-up function's ARN. */
  readonly targetArn: string;
  /** The role Scheduler assumes to invoke the target. */
  readonly roleArn: string;
  /** SQS queue receiving events Scheduler could not deliver. */
  readonly deadLetterArn: string;
  readonly maximumRetryAttempts?: number;
  readonly maximumEventAgeInSeconds?: number;
}

/** One-time EventBridge Scheduler schedules that invoke the follow-up function with a FirePayload. */
export class EventBridgeScheduler implements Scheduler {
  private readonly options: Required<EventBridgeSchedulerOptions>;

  constructor(options: EventBridgeSchedulerOptions) {
    for (const key of ['groupName', 'targetArn', 'roleArn', 'deadLetterArn'] as const) {
      if (!options[key]) throw new TypeError(`EventBridgeScheduler: ${key} is required`);
    }
    const retries = options.maximumRetryAttempts ?? DEFAULT_MAXIMUM_RETRY_ATTEMPTS;
    const age = options.maximumEventAgeInSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_SECONDS;
    if (!Number.isInteger(retries) || retries < 0 || retries > 185) {
      throw new RangeError('EventBridgeScheduler: maximumRetryAttempts must be 0-185');
    }
    if (!Number.isInteger(age) || age < 60 || age > 86_400) {
      throw new RangeError('EventBridgeScheduler: maximumEventAgeInSeconds must be 60-86400');
    }
    this.options = { ...options, maximumRetryAttempts: retries, maximumEventAgeInSeconds: age };
  }

  async schedule(request: ScheduleRequest): Promise<void> {
    assertName(request.name);
    const o = this.options;
    const when = atExpression(request.at, request.timeZone, o.clock.now());
    try {
      await o.client.send(
        new CreateScheduleCommand({
          Name: request.name,
          GroupName: o.groupName,
          ScheduleExpression: when.expression,
          ScheduleExpressionTimezone: when.timeZone,
          FlexibleTimeWindow: { Mode: 'OFF' },
          // Spent one-time schedules otherwise stay behind and count against the account quota.
          ActionAfterCompletion: 'DELETE',
          State: 'ENABLED',
          Target: {
            Arn: o.targetArn,
            RoleArn: o.roleArn,
            Input: JSON.stringify(request.payload),
            RetryPolicy: {
              MaximumRetryAttempts: o.maximumRetryAttempts,
              MaximumEventAgeInSeconds: o.maximumEventAgeInSeconds,
            },
            DeadLetterConfig: { Arn: o.deadLetterArn },
          },
        }),
      );
    } catch (error) {
      // Names are deterministic, so a conflict means this exact step is already scheduled.
      if (error instanceof ConflictException || nameOf(error) === 'ConflictException') return;
      throw error;
    }
  }

  async cancel(name: string): Promise<void> {
    assertName(name);
    try {
      await this.options.client.send(
        new DeleteScheduleCommand({ Name: name, GroupName: this.options.groupName }),
      );
    } catch (error) {
      // Already fired (ActionAfterCompletion deleted it) or cancelled before: done either way.
      if (error instanceof ResourceNotFoundException) return;
      if (nameOf(error) === 'ResourceNotFoundException') return;
      throw error;
    }
  }
}

function assertName(name: string): void {
  if (!SCHEDULE_NAME_PATTERN.test(name)) throw new InvalidScheduleNameError(name);
}

function nameOf(error: unknown): string | undefined {
  return (error as { name?: string } | null)?.name;
}
