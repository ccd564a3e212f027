import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeWildcardResource } from '../nag.js';

export interface RawMailBucketProps {
  /** Days after which raw mail (personal data) is deleted. */
  readonly retentionDays: number;
  /** Key prefix SES writes under. @default 'inbound/' */
  readonly prefix?: string;
  /** What happens to the bucket when the stack is deleted. @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/** The bucket SES writes each received message into, keyed by SES message id under a prefix. */
export class RawMailBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly prefix: string;

  constructor(scope: Construct, id: string, props: RawMailBucketProps) {
    super(scope, id);
    this.prefix = props.prefix ?? 'inbound/';
    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      lifecycleRules: [
        { id: 'expire-raw-mail', expiration: Duration.days(props.retentionDays) },
        // Multipart uploads SES abandons would otherwise linger outside the retention rule.
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only SES writes here (bucket policy bound to our receipt rule) and only our two functions read; server access logs ' +
        'would add a second store to secure and expire. Enable CloudTrail S3 data events if an audit trail is required.',
    });
  }

  /** Read, write and delete raw messages under our prefix only ("delete my data" removes them); list that prefix. */
  grantReadWriteDelete(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], resources: [this.objectsArn()] }),
    );
    if (grantee.grantPrincipal instanceof iam.Role) {
      acknowledgeWildcardResource(
        grantee.grantPrincipal,
        this.objectsArn(),
        'Raw messages are keyed by SES message id, unknown until mail arrives; the grant covers our prefix in this bucket only.',
      );
    }
    // Without ListBucket, S3 answers a missing key with AccessDenied instead of NoSuchKey, and the inbound
    // function could not tell "SES has not written it yet" (retry) from a permission fault.
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${this.prefix}*`] } },
      }),
    );
  }

  /** Object ARN pattern covering every raw message under our prefix. */
  objectsArn(): string {
    return this.bucket.arnForObjects(`${this.prefix}*`);
  }
}
