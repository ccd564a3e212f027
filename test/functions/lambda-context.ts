/** A Lambda context as the runtime passes it, for invoking handlers in tests. */
import type { Context } from 'aws-lambda';

export const FOLLOW_UP_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:runnerup-follow-up';
export const INBOUND_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:runnerup-inbound';

let requests = 0;

export function lambdaContext(functionArn: string): Context {
  requests += 1;
  const name = functionArn.split(':')[6] ?? 'fn';
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArn,
    memoryLimitInMB: '512',
    awsRequestId: `req-${requests}`,
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: '2026/03/02/[$LATEST]abc',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
