import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { S3RawMailStore } from '../../shared/adapters/aws/s3-raw-mail-store.js';
import { startLocalS3, type LocalS3 } from '../support/s3-local.js';

describe('S3RawMailStore against s3rver', () => {
  let s3: LocalS3;
  let store: S3RawMailStore;

  beforeAll(async () => {
    s3 = await startLocalS3();
    store = new S3RawMailStore({ client: s3.client, bucket: s3.bucket, prefix: 'inbound/' });
  });
  afterAll(async () => s3.stop());

  it('stores raw mail under the prefix and reads back the same bytes', async () => {
    // Bytes that are not valid UTF-8 prove nothing re-encodes the message.
    const raw = new Uint8Array([...Buffer.from('Subject: hi\r\n\r\nbody '), 0xff, 0xfe, 0x00]);
    await store.put('msg-1', raw);

    expect(await store.get('msg-1')).toEqual(raw);
    const direct = await s3.client.send(
      new GetObjectCommand({ Bucket: s3.bucket, Key: 'inbound/msg-1' }),
    );
    expect(await direct.Body?.transformToByteArray()).toEqual(raw);
  });

  it('returns null for a key that does not exist', async () => {
    expect(await store.get('never-written')).toBeNull();
  });

  it('deletes, and deleting again succeeds', async () => {
    await store.put('msg-2', Buffer.from('x'));
    await store.delete('msg-2');
    expect(await store.get('msg-2')).toBeNull();
    await expect(store.delete('msg-2')).resolves.toBeUndefined();
  });

  it('surfaces a missing bucket instead of reading it as no mail', async () => {
    const wrong = new S3RawMailStore({ client: s3.client, bucket: 'no-such-bucket' });
    await expect(wrong.get('msg-1')).rejects.toThrow();
  });
});
