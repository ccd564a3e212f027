import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleConfig, onlyResource, resourcesOf, synth, type Synthesized } from './synth.js';

const CDK = { timeout: 60_000 };
let s: Synthesized;

beforeAll(() => {
  s = synth(exampleConfig());
}, 60_000);

/** Every IAM statement in the template, with the logical id of its policy. */
function statements(): { policy: string; statement: Record<string, unknown> }[] {
  return resourcesOf(s.template, 'AWS::IAM::Policy').flatMap(([policy, r]) => {
    const doc = r.Properties?.PolicyDocument as { Statement: Record<string, unknown>[] };
    return doc.Statement.map((statement) => ({ policy, statement }));
  });
}

function functionLogicalId(pathPart: string): string {
  const found = resourcesOf(s.template, 'AWS::Lambda::Function').find(([id]) => id.startsWith(pathPart));
  if (!found) throw new Error(`no function ${pathPart}`);
  return found[0];
}

describe('raw-mail bucket', () => {
  it('is encrypted, private, SSL-only and expires mail after the retention days', CDK, () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: exampleConfig().retentionDays, Status: 'Enabled' })]) },
    });
    s.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('lets SES put objects only for our account and our receipt rule, before the rule exists', CDK, () => {
    const [policyId, policy] = onlyResource(s.template, 'AWS::S3::BucketPolicy');
    const sesStatement = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement.find((st) => JSON.stringify(st.Principal).includes('ses.amazonaws.com'));
    expect(sesStatement?.Action).toBe('s3:PutObject');
    const condition = sesStatement?.Condition as { StringEquals: Record<string, unknown> };
    expect(condition.StringEquals['aws:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
    const [, rule] = onlyResource(s.template, 'AWS::SES::ReceiptRule');
    expect(JSON.stringify(condition.StringEquals['aws:SourceArn'])).toContain(`:receipt-rule/${(rule.Properties.Rule as { Name: string }).Name}`);
    expect(rule.DependsOn).toContain(policyId);
  });
});

describe('SES receipt rule', () => {
  it('accepts the inbound address only, scans, requires TLS, stores to S3 then invokes the function as an Event', CDK, () => {
    s.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Recipients: [exampleConfig().inboundAddress],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Enabled: true,
        Actions: [
          { S3Action: { BucketName: Match.anyValue(), ObjectKeyPrefix: 'inbound/' } },
          { LambdaAction: { FunctionArn: { 'Fn::GetAtt': [functionLogicalId('Inbound'), 'Arn'] }, InvocationType: 'Event' } },
        ],
      },
    });
  });

  it('grants SES invoke on the inbound function for our rule, before the rule exists', CDK, () => {
    const sesPermissions = resourcesOf(s.template, 'AWS::Lambda::Permission').filter(([, r]) => r.Properties?.Principal === 'ses.amazonaws.com');
    expect(sesPermissions).toHaveLength(1);
    const permissionId = sesPermissions[0]?.[0];
    s.template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
    });
    const [, rule] = onlyResource(s.template, 'AWS::SES::ReceiptRule');
    expect(rule.DependsOn).toContain(permissionId);
  });

  it('creates its rule set inactive in create-inactive mode and says how to activate it', CDK, () => {
    s.template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    s.template.resourceCountIs('Custom::AWS', 0);
    const outputs = Object.values(s.template.findOutputs('*')).map((o) => JSON.stringify(o.Value));
    expect(outputs.some((v) => v.includes('set-active-receipt-rule-set'))).toBe(true);
  });
});

describe('state table', () => {
  it('is on-demand with PITR, TTL on expiresAt, encryption, deletion protection, and retained', CDK, () => {
    s.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
  });
});

describe('functions', () => {
  it('run on the newest Node runtime, arm64, with tracing, explicit memory and timeout, and their own log group', CDK, () => {
    for (const name of ['Inbound', 'FollowUp']) {
      const id = functionLogicalId(name);
      const fn = s.template.toJSON().Resources[id].Properties;
      expect(fn).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' }, MemorySize: 512, Timeout: 30 });
      const logGroupId = (fn.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(s.template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(exampleConfig().logRetentionDays);
    }
  });

  it('send failed async invocations to an encrypted SSL-only queue after two retries', CDK, () => {
    const configs = resourcesOf(s.template, 'AWS::Lambda::EventInvokeConfig');
    expect(configs).toHaveLength(2);
    for (const [, c] of configs) {
      expect(c.Properties).toMatchObject({ MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } } } });
    }
  });

  it('get exactly the environment the handlers read', CDK, () => {
    const common = ['TABLE_NAME', 'RAW_MAIL_BUCKET', 'RAW_MAIL_PREFIX', 'FROM_ADDRESS', 'INBOUND_ADDRESS', 'SCHEDULE_GROUP', 'SCHEDULER_ROLE_ARN', 'SCHEDULER_DLQ_ARN', 'DAILY_SEND_CAP', 'RETENTION_DAYS', 'LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME', 'NODE_OPTIONS'];
    const env = (name: string) => s.template.toJSON().Resources[functionLogicalId(name)].Properties.Environment.Variables as Record<string, unknown>;
    expect(Object.keys(env('Inbound')).sort()).toEqual([...common, 'FOLLOW_UP_FUNCTION_ARN'].sort());
    expect(Object.keys(env('FollowUp')).sort()).toEqual([...common].sort());
    expect(env('Inbound').FOLLOW_UP_FUNCTION_ARN).toEqual({ 'Fn::GetAtt': [functionLogicalId('FollowUp'), 'Arn'] });
    expect(env('Inbound')).toMatchObject({ RAW_MAIL_PREFIX: 'inbound/', FROM_ADDRESS: exampleConfig().fromAddress, DAILY_SEND_CAP: '50', RETENTION_DAYS: String(exampleConfig().retentionDays), LOG_LEVEL: 'INFO' });
  });

  it('are granted schedules in our group, PassRole on the scheduler role and sending from our identity only', CDK, () => {
    for (const name of ['Inbound', 'FollowUp']) {
      const policyStatements = statements().filter(({ policy }) => policy.startsWith(`${name}Role`)).map(({ statement }) => statement);
      const byAction = (action: string) => policyStatements.find((st) => ([] as unknown[]).concat(st.Action).includes(action));
      expect(JSON.stringify(byAction('scheduler:CreateSchedule')?.Resource)).toMatch(/:schedule\/RunnerUp-Scheduling-Group-[0-9A-F]+\/\*"/);
      expect(byAction('iam:PassRole')).toMatchObject({
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SchedulingRole/), 'Arn'] },
        Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      });
      expect(JSON.stringify(byAction('ses:SendEmail')?.Resource)).toContain(`:identity/${exampleConfig().mailDomain}`);
      expect(byAction('dynamodb:Scan')).toBeUndefined();
    }
  });

  it('never grant a wildcard resource except X-Ray, which has no resource-level permissions', CDK, () => {
    const wildcards = statements().filter(({ statement }) => JSON.stringify(statement.Resource) === '"*"');
    for (const { statement } of wildcards) expect(statement.Action).toEqual(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']);
    s.template.resourcePropertiesCountIs('AWS::IAM::Role', { ManagedPolicyArns: Match.anyValue() }, 0);
  });
});

describe('follow-up scheduling', () => {
  it('has a group, a role only Scheduler for this account may assume that invokes the follow-up function, and a DLQ', CDK, () => {
    s.template.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
    s.template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } })],
      },
    });
    const schedulerStatements = statements().filter(({ policy }) => policy.startsWith('SchedulingRole')).map(({ statement }) => statement);
    expect(schedulerStatements).toContainEqual({ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::GetAtt': [functionLogicalId('FollowUp'), 'Arn'] } });
    expect(schedulerStatements.some((st) => ([] as unknown[]).concat(st.Action).includes('sqs:SendMessage'))).toBe(true);
  });

  it('keeps every queue encrypted and SSL-only', CDK, () => {
    const queues = resourcesOf(s.template, 'AWS::SQS::Queue');
    expect(queues).toHaveLength(3);
    for (const [, q] of queues) expect(q.Properties).toMatchObject({ SqsManagedSseEnabled: true });
    const queuePolicies = resourcesOf(s.template, 'AWS::SQS::QueuePolicy');
    expect(queuePolicies).toHaveLength(3);
    for (const [, p] of queuePolicies) expect(JSON.stringify(p.Properties)).toContain('"aws:SecureTransport":"false"');
  });
});

describe('alarms and dashboard', () => {
  it('alarm on DLQ depth, function errors and throttles into one encrypted topic with the email subscribed', CDK, () => {
    const alarms = resourcesOf(s.template, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties as Record<string, unknown>);
    const metricNames = alarms.map((a) => a.MetricName).sort();
    expect(metricNames).toEqual(['ApproximateNumberOfMessagesVisible', 'ApproximateNumberOfMessagesVisible', 'ApproximateNumberOfMessagesVisible', 'Errors', 'Errors', 'Throttles', 'Throttles']);
    for (const a of alarms) expect(a).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [{ Ref: expect.stringMatching(/^OperationsTopic/) }] });
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    s.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: exampleConfig().alarmEmail });
    s.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});

describe('outputs', () => {
  it('give the inbound address, the MX record to create, the table and the bucket', CDK, () => {
    const outputs = s.template.findOutputs('*');
    expect(outputs.InboundAddress?.Value).toBe(exampleConfig().inboundAddress);
    expect(outputs.TableName?.Value).toEqual({ Ref: expect.stringMatching(/^StateTable/) });
    expect(outputs.RawMailBucketName?.Value).toEqual({ Ref: expect.stringMatching(/^RawMailBucket/) });
    const mx = Object.values(outputs).find((o) => String(o.Value).includes(' MX '));
    expect(mx?.Value).toBe('mail.example.com MX 10 inbound-smtp.eu-west-1.amazonaws.com');
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unsuppressed error or warning', CDK, () => {
    expect(s.nagViolations).toEqual([]);
    const nagReports = s.validationReport.pluginReports.filter((r) => JSON.stringify(r).includes('AwsSolutions'));
    for (const r of nagReports) expect(r.violations ?? []).toEqual([]);
  });
});
