import { Annotations, CfnOutput, Names, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { RunnerUpConfig } from '../config.js';
import type { RawMailBucket } from './raw-mail-bucket.js';

/** SES rule names: letters, digits, `.`, `_`, `-`, under 64 characters. */
const RULE_NAME_MAX_LENGTH = 63;

export interface InboundMailProps {
  /** The one address we accept mail for (the user forwards to it). */
  readonly recipient: string;
  readonly rawMail: RawMailBucket;
  /** Invoked asynchronously (Event) after SES stored the message. */
  readonly handler: lambda.IFunction;
  /** Create our rule set (activated or not) or add our rule to a named existing set. */
  readonly ruleSet: RunnerUpConfig['receiptRuleSet'];
}

/** The SES receipt rule: store the raw message in S3, then invoke the inbound function. */
export class InboundMail extends Construct {
  readonly ruleSet: ses.IReceiptRuleSet;
  readonly rule: ses.ReceiptRule;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.ruleSet =
      props.ruleSet.mode === 'existing'
        ? ses.ReceiptRuleSet.fromReceiptRuleSetName(this, 'RuleSet', props.ruleSet.name)
        : new ses.ReceiptRuleSet(this, 'RuleSet');
    // Named at synth (still generated, unique per stack path) so the bucket policy and the Lambda permission
    // can name this exact rule before it exists: SES test-writes and checks both when the rule is created.
    const ruleName = Names.uniqueResourceName(this, { maxLength: RULE_NAME_MAX_LENGTH, separator: '-' });
    const ruleArn = stack.formatArn({
      service: 'ses',
      resource: 'receipt-rule-set',
      resourceName: `${this.ruleSet.receiptRuleSetName}:receipt-rule/${ruleName}`,
    });
    const { bucket, prefix } = props.rawMail;
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSesReceiptRuleToStoreMail',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [props.rawMail.objectsArn()],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': ruleArn } },
      }),
    );
    const invokePermission = new lambda.CfnPermission(this, 'InvokePermission', {
      action: 'lambda:InvokeFunction',
      functionName: props.handler.functionArn,
      principal: 'ses.amazonaws.com',
      sourceAccount: stack.account,
      sourceArn: ruleArn,
    });
    this.rule = new ses.ReceiptRule(this, 'Rule', {
      ruleSet: this.ruleSet,
      receiptRuleName: ruleName,
      recipients: [props.recipient],
      enabled: true,
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.REQUIRE,
      actions: [
        { bind: () => ({ s3Action: { bucketName: bucket.bucketName, objectKeyPrefix: prefix } }) },
        // The Lambda event carries headers and verdicts only; the function reads the body the S3 action stored.
        { bind: () => ({ lambdaAction: { functionArn: props.handler.functionArn, invocationType: 'Event' } }) },
      ],
    });
    const bucketPolicy = bucket.policy;
    if (bucketPolicy) this.rule.node.addDependency(bucketPolicy);
    this.rule.node.addDependency(invokePermission);

    if (props.ruleSet.mode === 'create-and-activate') this.activate();
    if (props.ruleSet.mode === 'create-inactive') {
      new CfnOutput(this, 'ActivateCommand', {
        description: 'Our rule set is inactive (one active set per account and region). To activate it:',
        value: `aws ses set-active-receipt-rule-set --region ${stack.region} --rule-set-name ${this.ruleSet.receiptRuleSetName}`,
      });
    }
  }

  /**
   * CloudFormation creates rule sets inactive; SetActiveReceiptRuleSet makes ours the account's one active set,
   * displacing any other. Only reached when the configuration asks for it explicitly.
   */
  private activate(): void {
    const ruleSetName = this.ruleSet.receiptRuleSetName;
    Annotations.of(this).addWarningV2(
      'runnerup:activates-receipt-rule-set',
      `receiptRuleSet.mode is create-and-activate: deploying makes our rule set the active one in ${Stack.of(this).region}, ` +
        'replacing any set active there now (docs/deploy.md explains mode "existing").',
    );
    // Our own role and log group instead of the provider's AWSLambdaBasicExecutionRole default.
    const role = new iam.Role(this, 'ActivationRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const logGroup = new logs.LogGroup(this, 'ActivationLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    logGroup.grantWrite(role);
    const activation = new cr.AwsCustomResource(this, 'Activate', {
      installLatestAwsSdk: false,
      role,
      logGroup,
      onCreate: {
        service: 'SES',
        action: 'setActiveReceiptRuleSet',
        parameters: { RuleSetName: ruleSetName },
        physicalResourceId: cr.PhysicalResourceId.of(`active-receipt-rule-set-${ruleSetName}`),
      },
      onUpdate: {
        service: 'SES',
        action: 'setActiveReceiptRuleSet',
        parameters: { RuleSetName: ruleSetName },
        physicalResourceId: cr.PhysicalResourceId.of(`active-receipt-rule-set-${ruleSetName}`),
      },
      // An active set cannot be deleted; calling without a name deactivates receiving so the stack can go.
      onDelete: { service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
    });
    activation.node.addDependency(this.rule);
    Validations.of(activation).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ses:SetActiveReceiptRuleSet supports no resource-level permissions; this policy allows that one action only.',
    });
  }
}
