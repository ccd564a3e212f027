/**
 * Builds the workflow's dependencies from AWS adapters, once per cold start. Clients pick up
 * region and credentials from the Lambda environment.
 */
import { randomBytes } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { createDynamoDbClient } from '../shared/adapters/aws/dynamodb-client.js';
import { DynamoDbStore } from '../shared/adapters/aws/dynamodb-store.js';
import { EventBridgeScheduler } from '../shared/adapters/aws/eventbridge-scheduler.js';
import { PowertoolsLoggerAdapter } from '../shared/adapters/aws/powertools-logger.js';
import { S3RawMailStore } from '../shared/adapters/aws/s3-raw-mail-store.js';
import { SesMailer } from '../shared/adapters/aws/ses-mailer.js';
import type { Clock, IdSource } from '../shared/ports/index.js';
import { workflowConfig, type WorkflowDeps } from '../shared/workflow/deps.js';
import type { FunctionConfig } from './config.js';

/**
 * SDK attempts per call (default 3). SES sandbox sends 1 mail a second and Scheduler's API has
 * per-second quotas, so concurrent invocations can be throttled; the SDK backs off between tries
 * before the failure reaches Lambda's own (much coarser) retries.
 */
export const SDK_MAX_ATTEMPTS = 5;

export const systemClock: Clock = { now: () => new Date() };

/** 128 random bits, URL-safe: unguessable ids that sort nowhere in particular. */
export const randomIds: IdSource = { next: () => randomBytes(16).toString('base64url') };

export interface AwsDepsOptions {
  config: FunctionConfig;
  /** The function schedules invoke: the follow-up function's ARN. */
  followUpArn: string;
  serviceName: string;
}

/** The workflow's dependencies on AWS: DynamoDB, S3, EventBridge Scheduler, SES, Powertools. */
export function buildAwsDeps({ config, followUpArn, serviceName }: AwsDepsOptions): WorkflowDeps {
  const clock = systemClock;
  const store = new DynamoDbStore({ client: createDynamoDbClient(), tableName: config.TABLE_NAME, clock });
  return {
    store,
    users: store,
    // Keys carry the prefix themselves (workflow config rawMailPrefix), as SES's S3 action writes them.
    rawMail: new S3RawMailStore({ client: new S3Client({}), bucket: config.RAW_MAIL_BUCKET }),
    scheduler: new EventBridgeScheduler({
      client: new SchedulerClient({ maxAttempts: SDK_MAX_ATTEMPTS }),
      clock,
      groupName: config.SCHEDULE_GROUP,
      targetArn: followUpArn,
      roleArn: config.SCHEDULER_ROLE_ARN,
      deadLetterArn: config.SCHEDULER_DLQ_ARN,
    }),
    mailer: new SesMailer({
      client: new SESv2Client({ maxAttempts: SDK_MAX_ATTEMPTS }),
      from: config.FROM_ADDRESS,
      ...(config.SES_CONFIGURATION_SET ? { configurationSet: config.SES_CONFIGURATION_SET } : {}),
    }),
    clock,
    ids: randomIds,
    logger: new PowertoolsLoggerAdapter({ serviceName, logLevel: config.LOG_LEVEL }),
    config: workflowConfig({
      fromAddress: config.FROM_ADDRESS,
      inboundAddress: config.INBOUND_ADDRESS,
      dailySendCap: config.DAILY_SEND_CAP,
      markerRetentionDays: config.RETENTION_DAYS,
      requireAuthentication: true,
      rawMailPrefix: config.RAW_MAIL_PREFIX,
    }),
  };
}
