import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app.js';
import { exampleConfig, onlyResource, resourcesOf, ROOT, synth, type Synthesized } from './synth.js';

const CDK = { timeout: 60_000 };
const ZONE = { hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };

describe('create-and-activate with a hosted zone', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synth({ ...exampleConfig(), region: 'us-east-1', hostedZone: ZONE, receiptRuleSet: { mode: 'create-and-activate' } });
  }, 60_000);

  it('activates our rule set through a custom resource calling SetActiveReceiptRuleSet after the rule exists', CDK, () => {
    const [id, cr] = onlyResource(s.template, 'Custom::AWS');
    const create = JSON.stringify(cr.Properties.Create);
    expect(create).toContain('setActiveReceiptRuleSet');
    const [ruleSetId] = onlyResource(s.template, 'AWS::SES::ReceiptRuleSet');
    expect(create).toContain(`{"Ref":"${ruleSetId}"}`);
    const [ruleId] = onlyResource(s.template, 'AWS::SES::ReceiptRule');
    expect(cr.DependsOn).toEqual(expect.arrayContaining([ruleId]));
    expect(JSON.stringify(cr.Properties.Delete)).toContain('setActiveReceiptRuleSet');
    expect(id).toMatch(/^InboundMailActivate/);
    s.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'ses:SetActiveReceiptRuleSet', Effect: 'Allow', Resource: '*' }] },
    });
  });

  it('warns at synth that activation replaces whatever rule set is active, so it is never silent', CDK, () => {
    Annotations.fromStack(s.stack).hasWarning('/RunnerUp/InboundMail', Match.stringLikeRegexp('replacing any set active there now'));
  });

  it('creates the MX record and the DKIM (verification) CNAMEs in the zone instead of outputting them', CDK, () => {
    s.template.hasResourceProperties('AWS::Route53::RecordSet', {
      Type: 'MX',
      Name: 'mail.example.com.',
      HostedZoneId: ZONE.hostedZoneId,
      ResourceRecords: ['10 inbound-smtp.us-east-1.amazonaws.com'],
    });
    expect(resourcesOf(s.template, 'AWS::Route53::RecordSet').filter(([, r]) => r.Properties?.Type === 'CNAME')).toHaveLength(3);
    s.template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'mail.example.com' });
    const outputs = Object.values(s.template.findOutputs('*')).map((o) => JSON.stringify(o.Value));
    expect(outputs.some((v) => v.includes(' MX '))).toBe(false);
  });

  it('stays free of unsuppressed cdk-nag findings, custom resource included', CDK, () => {
    expect(s.nagViolations).toEqual([]);
    s.template.resourcePropertiesCountIs('AWS::IAM::Role', { ManagedPolicyArns: Match.anyValue() }, 0);
  });
});

describe('existing rule set', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synth({ ...exampleConfig(), receiptRuleSet: { mode: 'existing', name: 'team-rules' } });
  }, 60_000);

  it('adds our rule to the named set, creates no set and activates nothing', CDK, () => {
    s.template.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    s.template.resourceCountIs('Custom::AWS', 0);
    Annotations.fromStack(s.stack).hasNoWarning('*', Match.stringLikeRegexp('replacing any set active'));
    s.template.hasResourceProperties('AWS::SES::ReceiptRule', { RuleSetName: 'team-rules' });
    const bucketPolicy = JSON.stringify(resourcesOf(s.template, 'AWS::S3::BucketPolicy')[0]?.[1].Properties);
    expect(bucketPolicy).toContain(':receipt-rule-set/team-rules:receipt-rule/');
    expect(s.nagViolations).toEqual([]);
  });
});

describe('cdk-nag wiring', () => {
  it('fails synth and writes the finding to the validation report when a resource breaks a rule', CDK, () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'runnerup-nag-'));
    const { app, stack } = buildApp({
      env: {},
      root: ROOT,
      appProps: { outdir, context: { runnerup: exampleConfig() }, builtinCloudFormationValidation: false },
      functionCode: lambda.Code.fromInline('export const handler = async () => {};'),
    });
    new s3.Bucket(stack, 'UnencryptedLoggingFreeBucket');
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
    const report = readFileSync(path.join(outdir, 'validation-report.json'), 'utf8');
    expect(report).toContain('AwsSolutions-S10');
    expect(report).toContain('UnencryptedLoggingFreeBucket');
  });
});
