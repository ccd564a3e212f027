import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Any failure is worth a look at our volume (a few mails a day per user); alarm on the first one. */
const ALARM_PERIOD = Duration.minutes(5);

export interface WatchedFunction {
  /** Short label used in alarm and widget names, e.g. `Inbound`. */
  readonly label: string;
  readonly fn: lambda.IFunction;
}

export interface WatchedQueue {
  readonly label: string;
  readonly queue: sqs.IQueue;
}

export interface OperationsAlarmsProps {
  readonly functions: readonly WatchedFunction[];
  /** Dead-letter / failure queues: any visible message raises an alarm. */
  readonly deadLetterQueues: readonly WatchedQueue[];
  /** Subscribed to the alarm topic by email (the recipient must confirm). @default no subscription */
  readonly alarmEmail?: string;
}

/** Alarms to one SNS topic (DLQ depth, function errors, throttles) and a small dashboard. */
export class OperationsAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    // A customer managed key: CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key.
    const key = new kms.Key(this, 'TopicKey', {
      enableKeyRotation: true,
      description: 'Runner-Up alarm topic',
      // Nothing outlives the topic that this key encrypts; deletion still waits the KMS pending window.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new sns.Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    for (const { label, fn } of props.functions) {
      this.alarm(`${label}Errors`, fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }), `${label} function threw`);
      this.alarm(`${label}Throttles`, fn.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' }), `${label} function throttled`);
    }
    for (const { label, queue } of props.deadLetterQueues) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: 'Maximum' });
      this.alarm(`${label}Depth`, depth, `${label} holds failed events: inspect and redrive (docs/deploy.md)`);
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      widgets: [
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        props.functions.map(
          ({ label, fn }) =>
            new cloudwatch.GraphWidget({
              title: `${label}: invocations, errors, throttles`,
              left: [fn.metricInvocations(), fn.metricErrors(), fn.metricThrottles()],
              right: [fn.metricDuration({ statistic: 'p95' })],
              width: 12,
            }),
        ),
        [
          new cloudwatch.GraphWidget({
            title: 'Dead-letter queues (visible messages)',
            left: props.deadLetterQueues.map(({ label, queue }) => queue.metricApproximateNumberOfMessagesVisible({ label })),
            width: 24,
          }),
        ],
      ],
    });
  }

  private alarm(id: string, metric: cloudwatch.IMetric, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
