import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** Dead letters are kept the SQS maximum, so a long weekend does not lose them. */
const DEAD_LETTER_RETENTION = Duration.days(14);

/** An encrypted, SSL-only queue used as a dead-letter / failure destination (nothing consumes it automatically). */
export function secureQueue(scope: Construct, id: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: DEAD_LETTER_RETENTION,
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the dead-letter destination; messages are inspected and redriven by an operator (docs/deploy.md).',
  });
  return queue;
}
