import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { buildAwsDeps, randomIds } from '../../functions/aws-deps.js';
import { parseFollowUpConfig, parseInboundConfig } from '../../functions/config.js';
import { FOLLOW_UP_ARN } from './lambda-context.js';

const env = {
  TABLE_NAME: 'runnerup-state',
  RAW_MAIL_BUCKET: 'runnerup-raw-mail',
  RAW_MAIL_PREFIX: 'mail/',
  FROM_ADDRESS: 'drafts@runnerup.example',
  INBOUND_ADDRESS: 'followups@runnerup.example',
  SCHEDULE_GROUP: 'runnerup',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/runnerup-scheduler',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:eu-west-1:123456789012:runnerup-scheduler-dlq',
  FOLLOW_UP_FUNCTION_ARN: FOLLOW_UP_ARN,
  DAILY_SEND_CAP: '12',
  RETENTION_DAYS: '90',
  SES_CONFIGURATION_SET: 'runnerup',
  LOG_LEVEL: 'SILENT',
};

describe('buildAwsDeps', () => {
  let mocks: ReturnType<typeof mockClient>[] = [];
  beforeEach(() => {
    mocks = [mockClient(S3Client), mockClient(SchedulerClient), mockClient(SESv2Client)];
  });
  afterEach(() => {
    for (const m of mocks) m.restore();
  });

  it('wires every configured value into the adapters and the workflow config', async () => {
    const [s3, scheduler, ses] = mocks as [
      ReturnType<typeof mockClient>,
      ReturnType<typeof mockClient>,
      ReturnType<typeof mockClient>,
    ];
    s3.on(GetObjectCommand).rejects(Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey' }));
    scheduler.on(CreateScheduleCommand).resolves({});
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    const config = parseInboundConfig({ ...env });
    const deps = buildAwsDeps({ config, followUpArn: config.FOLLOW_UP_FUNCTION_ARN, serviceName: 'runner-up-inbound' });

    expect(deps.config).toMatchObject({
      fromAddress: 'drafts@runnerup.example',
      inboundAddress: 'followups@runnerup.example',
      dailySendCap: 12,
      markerRetentionDays: 90,
      requireAuthentication: true,
      rawMailPrefix: 'mail/',
    });
    expect(deps.users).toBe(deps.store);

    expect(await deps.rawMail.get('mail/abc')).toBeNull();
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'runnerup-raw-mail', Key: 'mail/abc' });

    await deps.scheduler.schedule({
      name: 'ru-x',
      at: new Date(Date.now() + 86_400_000).toISOString(),
      timeZone: 'UTC',
      payload: { v: 1, user: 'a@b.example', application: 'app', step: 'thank-you', at: '2026-01-01T00:00:00Z' },
    });
    const create = scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    expect(create).toMatchObject({
      GroupName: 'runnerup',
      Target: {
        Arn: FOLLOW_UP_ARN,
        RoleArn: env.SCHEDULER_ROLE_ARN,
        DeadLetterConfig: { Arn: env.SCHEDULER_DLQ_ARN },
      },
    });

    await deps.mailer.send({ to: 'a@b.example', raw: Buffer.from('Subject: x\r\n\r\nx') });
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toMatchObject({
      FromEmailAddress: 'drafts@runnerup.example',
      ConfigurationSetName: 'runnerup',
    });
  });

  it('builds the follow-up deps without FOLLOW_UP_FUNCTION_ARN, targeting the given ARN', () => {
    const { FOLLOW_UP_FUNCTION_ARN: _omit, ...followUpEnv } = env;
    const deps = buildAwsDeps({
      config: parseFollowUpConfig(followUpEnv),
      followUpArn: FOLLOW_UP_ARN,
      serviceName: 'runner-up-follow-up',
    });
    expect(deps.config.rawMailPrefix).toBe('mail/');
  });

  it('makes unique URL-safe ids', () => {
    const ids = Array.from({ length: 1000 }, () => randomIds.next());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z_-]{22}$/);
  });
});
