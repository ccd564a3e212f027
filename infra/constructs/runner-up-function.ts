import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUNDLING, LAMBDA_RUNTIME } from '../bundling.js';
import { secureQueue } from './secure-queue.js';

export interface RunnerUpFunctionProps {
  /** Path of the TypeScript entry exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  /** @default 512 MB: MIME parsing of a large message is the peak. */
  readonly memorySize?: number;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /** Async retries before the event goes to the failure queue. @default 2 (the Lambda maximum) */
  readonly retryAttempts?: number;
  /**
   * Test-only: use this code instead of bundling `entry` with esbuild, so template tests need not bundle.
   * @default the entry bundled by NodejsFunction with BUNDLING
   */
  readonly code?: lambda.Code;
}

/** Every Lambda default in one place: runtime, arm64, ESM bundle, log group, tracing, failure queue, own role. */
export class RunnerUpFunction extends Construct {
  readonly fn: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  /** Receives async invocations that failed after every retry (SES and Scheduler invoke asynchronously). */
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: RunnerUpFunctionProps) {
    super(scope, id);
    // Our own role instead of the AWSLambdaBasicExecutionRole managed policy: logs only to our own group.
    this.role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.logGroup.grantWrite(this.role);
    this.failureQueue = secureQueue(this, 'FailureQueue');
    const common = {
      description: props.description,
      role: this.role,
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      // Stack traces in the logs point into the TypeScript sources through the bundled source map.
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      retryAttempts: props.retryAttempts ?? 2,
      onFailure: new SqsDestination(this.failureQueue),
    };
    this.fn = props.code
      ? new lambda.Function(this, 'Function', {
          ...common,
          code: props.code,
          handler: 'index.handler',
        })
      : new NodejsFunction(this, 'Function', { ...common, entry: props.entry, handler: 'handler', bundling: BUNDLING });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments/PutTelemetryRecords (added by active tracing) support no resource-level permissions.',
    });
  }
}
