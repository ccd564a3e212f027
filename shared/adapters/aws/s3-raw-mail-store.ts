import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { RawMailStore } from '../../ports/index.js';

export interface S3RawMailStoreOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /**
   * Prepended to every key. SES's S3 action writes `<prefix><SES message id>`, so with the same
   * prefix here the workflow can address raw mail by message id alone.
   */
  readonly prefix?: string;
}

/** Raw inbound mail in S3, addressed by message id (the key under the configured prefix). */
export class S3RawMailStore implements RawMailStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3RawMailStoreOptions) {
    if (!options.bucket) throw new TypeError('S3RawMailStore: bucket is required');
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
  }

  async put(key: string, raw: Uint8Array): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: raw,
        ContentType: 'message/rfc822',
      }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
      if (!out.Body) return null;
      return await out.Body.transformToByteArray();
    } catch (error) {
      if (isNoSuchKey(error)) return null;
      throw error;
    }
  }

  /** S3 deletes are idempotent: deleting a missing key succeeds. */
  async delete(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
    );
  }

  private objectKey(key: string): string {
    return `${this.prefix}${key}`;
  }
}

function isNoSuchKey(error: unknown): boolean {
  // Some S3-compatible servers answer a missing key with a bare 404 instead of NoSuchKey; a
  // missing bucket is a misconfiguration and must surface, not read as "no mail".
  if (error instanceof NoSuchKey) return true;
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  if (e?.name === 'NoSuchKey') return true;
  return e?.$metadata?.httpStatusCode === 404 && e.name !== 'NoSuchBucket';
}
