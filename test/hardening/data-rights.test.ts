import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { userPk } from '../../shared/adapters/aws/dynamodb-keys.js';
import { TTL_ATTRIBUTE } from '../../shared/adapters/aws/dynamodb-store.js';
import { DEFAULT_MARKER_RETENTION_DAYS } from '../../shared/workflow/deps.js';
import { exampleConfig, synth } from '../infra/synth.js';
import { World } from './support/dynamo-world.js';
import { ADA, forward, REJECTION_BLOCK, userMail } from './support/mail.js';

// Data rights (issue 7, suite 7): `delete my data` removes the user's items, raw mail and pending
// schedules (and nobody else's); raw mail and markers expire after the retention period.

const BOB = { email: 'bob@example.org', name: 'Bob', timeZone: 'UTC' };
const DAY = 86_400;

async function partition(world: World, user: string) {
  const doc = DynamoDBDocumentClient.from(world.db.client);
  const out = await doc.send(new QueryCommand({ TableName: world.db.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': userPk(user) }, ConsistentRead: true }));
  return (out.Items ?? []) as { sk: string; expiresAt?: number }[];
}

describe('delete my data', () => {
  const worlds: World[] = [];
  afterAll(async () => Promise.all(worlds.map((w) => w.stop())));

  it("removes the user's applications, raw mail and pending schedules, and nothing of anyone else", { timeout: 90_000 }, async () => {
    const w = await World.start({ users: [ADA, BOB] });
    worlds.push(w);
    const adaMail = [
      await w.arrive(forward()),
      await w.arrive(forward({ subject: 'Fwd: Your application at Contoso', body: REJECTION_BLOCK.replace(/Northwind/g, 'Contoso') })),
    ];
    for (const id of adaMail) await w.invokeInbound(id);
    const bobMail = await w.arrive(forward({ from: 'Bob <bob@example.org>', body: REJECTION_BLOCK.replace(/Ada/g, 'Bob').replace(/ada@example.com/g, 'bob@example.org') }));
    await w.invokeInbound(bobMail, { source: BOB.email });
    const adaSchedules = w.scheduler.pending().filter((s) => s.payload.user === ADA.email);
    const bobSchedules = w.scheduler.pending().filter((s) => s.payload.user === BOB.email);
    expect(adaSchedules.length).toBeGreaterThan(0);
    expect(bobSchedules.length).toBeGreaterThan(0);
    expect((await w.store.listApplications(ADA.email)).length).toBeGreaterThanOrEqual(1);
    const sentBefore = w.mailer.sent.length;

    w.clock.set('2026-03-03T09:00:00Z');
    const del = await w.arrive(userMail('delete my data'));
    await w.deliver(() => w.invokeInbound(del), 2, 1);

    expect(await w.store.listApplications(ADA.email)).toEqual([]);
    expect(w.scheduler.pending().filter((s) => s.payload.user === ADA.email)).toEqual([]);
    for (const id of [...adaMail, del]) expect(w.raw.objects.has(`inbound/${id}`), id).toBe(false);
    // What is left in Ada's partition: only idempotency markers and today's quota, expiring soon, no content.
    const left = await partition(w, ADA.email);
    for (const item of left) {
      expect(item.sk).toMatch(/^(INBOUND|CLAIM|QUOTA)#/);
      expect(item[TTL_ATTRIBUTE as 'expiresAt']).toBeLessThanOrEqual(w.clock.now().getTime() / 1000 + DEFAULT_MARKER_RETENTION_DAYS * DAY);
    }
    // One acknowledgement, to Ada only.
    expect(w.mailer.sent.slice(sentBefore).map((m) => [m.to, m.meta?.step])).toEqual([[ADA.email, 'command-ack']]);
    // Bob is untouched.
    expect(await w.store.listApplications(BOB.email)).toHaveLength(1);
    expect(w.scheduler.pending().filter((s) => s.payload.user === BOB.email)).toEqual(bobSchedules);
    expect(w.raw.objects.has(`inbound/${bobMail}`)).toBe(true);

    // A schedule already in flight when the data went fires into nothing.
    const late = adaSchedules[0]!;
    w.clock.set(late.at);
    await expect(w.invokeFollowUp(late.payload)).resolves.toMatchObject({ outcome: 'skipped' });
    expect(w.mailer.sent.slice(sentBefore)).toHaveLength(1);
  });

  it('ignores "delete my data" from anyone but the owner (forged or unregistered)', { timeout: 60_000 }, async () => {
    const w = await World.start();
    worlds.push(w);
    await w.invokeInbound(await w.arrive(forward()));
    const forged = await w.arrive(userMail('delete my data'));
    await w.invokeInbound(forged, { source: 'mallory@evil.example', verdicts: { dmarc: 'FAIL' } });
    const stranger = await w.arrive(userMail('delete my data', [], 'Mallory <mallory@evil.example>'));
    await w.invokeInbound(stranger, { source: 'mallory@evil.example' });
    expect(await w.store.listApplications(ADA.email)).toHaveLength(1);
    expect(w.scheduler.pending().length).toBeGreaterThan(0);
  });
});

describe('retention', () => {
  it('gives raw-mail records and idempotency markers a TTL of the retention period', { timeout: 60_000 }, async () => {
    const w = await World.start();
    try {
      const id = await w.arrive(forward());
      await w.invokeInbound(id);
      const items = await partition(w, ADA.email);
      const now = w.clock.now().getTime() / 1000;
      const byKind = (prefix: string) => items.filter((i) => i.sk.startsWith(prefix));
      expect(byKind('RAW#')).toHaveLength(1);
      expect(byKind('INBOUND#')).toHaveLength(1);
      for (const item of [...byKind('RAW#'), ...byKind('INBOUND#'), ...byKind('CLAIM#')]) {
        expect(item.expiresAt).toBeGreaterThan(now);
        expect(item.expiresAt).toBeLessThanOrEqual(now + DEFAULT_MARKER_RETENTION_DAYS * DAY);
      }
    } finally {
      await w.stop();
    }
  });

  it('expires raw mail in S3 after the configured days and enables TTL on the table (CDK)', { timeout: 120_000 }, () => {
    const { template } = synth({ ...exampleConfig(), retentionDays: 7 });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 7, Status: 'Enabled' })]) },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', { TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } });
  });
});
