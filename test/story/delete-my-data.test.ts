import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { RawMailNotFoundError } from '../../functions/inbound/handler.js';
import { Story } from './harness.js';

// "delete my data" by mail, through the inbound handler: the user's items, raw mail in S3 and
// pending schedules go; nothing fires for them afterwards.
const ADA = 'ada@example.com';

describe('"delete my data" through the inbound handler', () => {
  let story: Story;
  beforeAll(async () => {
    story = await Story.start({
      now: '2026-03-02T13:05:00Z',
      users: [{ email: ADA, name: 'Ada Lovelace', timeZone: 'Europe/Berlin' }],
    });
  });
  afterAll(async () => story?.stop());

  const rawKeys = async () =>
    ((await story.s3.client.send(new ListObjectsV2Command({ Bucket: story.s3.bucket, Prefix: 'inbound/' }))).Contents ?? [])
      .map((o) => o.Key);

  it('removes the application, the raw mail and the pending schedules', async () => {
    const received = await story.receive(readFileSync(new URL('./mail/1-interview.eml', import.meta.url)), ADA);
    expect(received.errors).toEqual([]);
    const pending = story.pending();
    expect(pending.map((p) => p.step)).toEqual(['thank-you', 'status-check']);
    expect(await rawKeys()).toHaveLength(1);

    const request = [
      'From: Ada Lovelace <ada@example.com>',
      'To: followups@runnerup.test',
      'Date: Mon, 2 Mar 2026 14:10:00 +0000',
      'Message-ID: <delete-1@mail.example.com>',
      'Subject: delete my data',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'delete my data',
      '',
    ].join('\r\n');
    const deleted = await story.receive(request, ADA);

    // The request's own raw mail is deleted too, so a delivery that comes after it finds no S3
    // object and fails (Lambda retries, then the on-failure destination): the handler never
    // treats missing raw mail as done. One delivery did the work, and Ada got one answer.
    expect(deleted.results.length).toBeGreaterThanOrEqual(1);
    for (const error of deleted.errors) expect(error).toBeInstanceOf(RawMailNotFoundError);
    expect(story.delivered.map((d) => d.step)).toEqual(['command-ack']);
    expect(await story.store.listApplications(ADA)).toEqual([]);
    expect(story.pending()).toEqual([]);
    expect(story.deleted.map((d) => d.Name)).toEqual(expect.arrayContaining(pending.map((p) => p.name)));
    expect(await rawKeys()).toEqual([]);
    // A schedule that fires anyway finds nothing to send.
    const late = await story.fire(pending[0]!.payload);
    expect(late.errors).toEqual([]);
    expect(story.delivered.filter((d) => d.step === 'thank-you')).toEqual([]);
  });
});
