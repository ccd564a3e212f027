import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import type { Construct } from 'constructs';
import type { RunnerUpConfig } from './config.js';
import { FollowUpScheduling } from './constructs/follow-up-scheduling.js';
import { InboundMail } from './constructs/inbound-mail.js';
import { MailIdentity } from './constructs/mail-identity.js';
import { OperationsAlarms } from './constructs/operations-alarms.js';
import { RawMailBucket } from './constructs/raw-mail-bucket.js';
import { RunnerUpFunction } from './constructs/runner-up-function.js';
import { StateTable } from './constructs/state-table.js';

export interface FunctionEntries {
  readonly inbound: string;
  readonly followUp: string;
}

export interface RunnerUpStackProps extends StackProps {
  readonly config: RunnerUpConfig;
  /** TypeScript entry files of the two handlers. */
  readonly entries: FunctionEntries;
  /** Test-only: skip bundling and deploy this code for both functions. @default bundle `entries` */
  readonly functionCode?: lambda.Code;
}

/** Runner-Up on AWS: stateful (table, raw-mail bucket; retained) and stateless (functions, rules, schedules, alarms). */
export class RunnerUpStack extends Stack {
  constructor(scope: Construct, id: string, props: RunnerUpStackProps) {
    super(scope, id, props);
    const { config } = props;

    const state = new StateTable(this, 'State');
    const rawMail = new RawMailBucket(this, 'RawMail', { retentionDays: config.retentionDays });
    const hostedZone = config.hostedZone
      ? route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', config.hostedZone)
      : undefined;
    const identity = new MailIdentity(this, 'MailIdentity', {
      mailDomain: config.mailDomain,
      region: config.region,
      hostedZone,
      sandboxRecipients: config.sesSandboxRecipients,
      configurationSetName: config.sesConfigurationSet,
    });
    const scheduling = new FollowUpScheduling(this, 'Scheduling');

    const shared: Record<string, string> = {
      TABLE_NAME: state.table.tableName,
      RAW_MAIL_BUCKET: rawMail.bucket.bucketName,
      RAW_MAIL_PREFIX: rawMail.prefix,
      FROM_ADDRESS: config.fromAddress,
      INBOUND_ADDRESS: config.inboundAddress,
      SCHEDULE_GROUP: scheduling.group.scheduleGroupName,
      SCHEDULER_ROLE_ARN: scheduling.role.roleArn,
      SCHEDULER_DLQ_ARN: scheduling.deadLetterQueue.queueArn,
      DAILY_SEND_CAP: String(config.dailySendCap),
      RETENTION_DAYS: String(config.retentionDays),
      LOG_LEVEL: config.logLevel,
      ...(config.sesConfigurationSet ? { SES_CONFIGURATION_SET: config.sesConfigurationSet } : {}),
    };
    const logRetention = config.logRetentionDays as logs.RetentionDays;
    // Follow-up first: the inbound function needs its ARN as the schedules' target. The follow-up function
    // targets itself through context.invokedFunctionArn, which avoids a self-reference in its own environment.
    const followUp = new RunnerUpFunction(this, 'FollowUp', {
      entry: props.entries.followUp,
      description: 'Runner-Up: a scheduled follow-up fired; draft and send it to the user',
      environment: { ...shared, POWERTOOLS_SERVICE_NAME: 'runner-up-follow-up' },
      logRetention,
      code: props.functionCode,
    });
    const inbound = new RunnerUpFunction(this, 'Inbound', {
      entry: props.entries.inbound,
      description: 'Runner-Up: understand a forwarded email, update state, schedule follow-ups',
      environment: { ...shared, FOLLOW_UP_FUNCTION_ARN: followUp.fn.functionArn, POWERTOOLS_SERVICE_NAME: 'runner-up-inbound' },
      logRetention,
      code: props.functionCode,
    });
    scheduling.allowInvoke(followUp.fn);
    for (const fn of [inbound, followUp]) {
      state.grantItemAccess(fn.fn);
      rawMail.grantReadWriteDelete(fn.fn);
      scheduling.grantManageSchedules(fn.fn);
      identity.grantSend(fn.fn);
    }

    new InboundMail(this, 'InboundMail', {
      recipient: config.inboundAddress,
      rawMail,
      handler: inbound.fn,
      ruleSet: config.receiptRuleSet,
    });

    const operations = new OperationsAlarms(this, 'Operations', {
      alarmEmail: config.alarmEmail,
      functions: [
        { label: 'Inbound', fn: inbound.fn },
        { label: 'FollowUp', fn: followUp.fn },
      ],
      deadLetterQueues: [
        { label: 'SchedulerDeadLetters', queue: scheduling.deadLetterQueue },
        { label: 'InboundFailures', queue: inbound.failureQueue },
        { label: 'FollowUpFailures', queue: followUp.failureQueue },
      ],
    });

    new CfnOutput(this, 'InboundAddress', { value: config.inboundAddress, description: 'Users forward job mail here' });
    new CfnOutput(this, 'TableName', { value: state.table.tableName, description: 'Pass to `runnerup users add --table`' });
    new CfnOutput(this, 'RawMailBucketName', { value: rawMail.bucket.bucketName });
    // What the runbook in docs/deploy.md needs, so ops never hunt for generated names.
    new CfnOutput(this, 'SchedulerDeadLetterQueueUrl', { value: scheduling.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'InboundFunctionName', { value: inbound.fn.functionName });
    new CfnOutput(this, 'InboundFailureQueueUrl', { value: inbound.failureQueue.queueUrl });
    new CfnOutput(this, 'FollowUpFunctionName', { value: followUp.fn.functionName });
    new CfnOutput(this, 'FollowUpFailureQueueUrl', { value: followUp.failureQueue.queueUrl });
    new CfnOutput(this, 'ScheduleGroupName', { value: scheduling.group.scheduleGroupName });
    new CfnOutput(this, 'AlarmTopicArn', { value: operations.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: operations.dashboard.dashboardName });
  }
}
