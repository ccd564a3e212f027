import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../shared/adapters/aws/dynamodb-client.js';
import { DynamoDbStore } from '../../shared/adapters/aws/dynamodb-store.js';
import { fire } from '../../shared/workflow/index.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import type { FakeDeps } from '../support/fakes.js';
import { bytes, forwardedEmail, replyEmail } from '../support/mail.js';
import { ADA, BOB, lastSent, messageIdOf, setup } from '../support/workflow.js';
import { receive } from '../../shared/workflow/index.js';

let db: RunningDynalite;
let tables = 0;
beforeAll(async () => {
  db = await startDynalite();
});
afterAll(async () => {
  await db?.stop();
});

/** Fakes, with the store either in memory or the real DynamoDB adapter on dynalite (fresh table). */
async function depsWith(kind: string): Promise<FakeDeps> {
  const deps = setup();
  if (kind === 'dynalite') {
    const tableName = `idem${++tables}`;
    await ensureTable(db.client, tableName);
    const store = new DynamoDbStore({ client: db.client, tableName, clock: deps.clock });
    for (const user of [ADA, BOB]) await store.putUser(user);
    Object.assign(deps, { store, users: store });
  }
  return deps;
}

const input = (raw: string, messageId = 'ses-dup-1') => ({ messageId, raw: bytes(raw) });

describe.each(['in-memory', 'dynalite'])('idempotency with the %s store', (kind) => {
  it('applies the same inbound message once when delivered three times in a row', async () => {
    const deps = await depsWith(kind);
    const raw = forwardedEmail('rejection');
    const results = [];
    for (let i = 0; i < 3; i += 1) results.push(await receive(input(raw), deps));
    expect(results.map((r) => r.outcome)).toEqual(['processed', 'duplicate', 'duplicate']);
    const [app] = await deps.store.listApplications(ADA.email);
    expect(app?.version).toBe(2); // created, then marked the immediate draft as sent
    expect(deps.scheduler.created).toHaveLength(4);
    expect(deps.mailer.steps()).toEqual(['rejection-reply']);
  });

  it('applies the same inbound message once when delivered three times at once', async () => {
    const deps = await depsWith(kind);
    const raw = forwardedEmail('rejection');
    const results = await Promise.all([receive(input(raw), deps), receive(input(raw), deps), receive(input(raw), deps)]);
    expect(new Set(results.map((r) => r.application)).size).toBe(1);
    const apps = await deps.store.listApplications(ADA.email);
    expect(apps).toHaveLength(1);
    expect(apps[0]?.applied).toEqual(['ses-dup-1']);
    expect(apps[0]?.steps.map((s) => s.step)).toEqual(['rejection-reply', 'growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);
    expect(new Set(deps.scheduler.created.map((c) => c.name)).size).toBe(deps.scheduler.created.length);
    expect(deps.scheduler.active.size).toBe(4);
    expect(deps.mailer.steps()).toEqual(['rejection-reply']);
  });

  it('runs a command once when the reply is delivered twice at once', async () => {
    const deps = await depsWith(kind);
    await receive(input(forwardedEmail('rejection'), 'first'), deps);
    const draftId = messageIdOf(lastSent(deps, 'rejection-reply').text);
    const reply = replyEmail('snooze 2w', { inReplyTo: draftId });
    await Promise.all([receive(input(reply, 'cmd'), deps), receive(input(reply, 'cmd'), deps)]);
    expect(deps.mailer.steps()).toEqual(['rejection-reply', 'command-ack']);
    expect(deps.scheduler.active.size).toBe(4);
  });

  it('sends one draft when the same step fires three times at once', async () => {
    const deps = await depsWith(kind);
    await receive(input(forwardedEmail('interview'), 'iv'), deps);
    const thankYou = deps.scheduler.pending()[0]!;
    deps.clock.set(thankYou.at);
    const results = await Promise.all([1, 2, 3].map(() => fire(thankYou.payload, deps)));
    expect(results.filter((r) => r.outcome === 'sent')).toHaveLength(1);
    expect(deps.mailer.steps()).toEqual(['thank-you']);
  });

  it('recovers after a failed send: the retry of the whole inbound message sends the draft once', async () => {
    const deps = await depsWith(kind);
    const raw = forwardedEmail('rejection');
    deps.mailer.failNext = 1;
    await expect(receive(input(raw), deps)).rejects.toThrow('injected send failure');
    expect(deps.mailer.sent).toHaveLength(0);
    const retry = await receive(input(raw), deps);
    expect(retry.outcome).toBe('processed');
    expect(deps.mailer.steps()).toEqual(['rejection-reply']);
    expect(deps.scheduler.active.size).toBe(4);
    expect((await receive(input(raw), deps)).outcome).toBe('duplicate');
  });
});

describe('two different emails about one new application at once', () => {
  it('end in one application whose pending schedules match its plan', async () => {
    const deps = setup();
    await Promise.all([
      receive(input(forwardedEmail('interview'), 'race-interview'), deps),
      receive(input(forwardedEmail('rejection'), 'race-rejection'), deps),
    ]);
    const apps = await deps.store.listApplications(ADA.email);
    expect(apps).toHaveLength(1);
    expect(apps[0]?.applied.sort()).toEqual(['race-interview', 'race-rejection']);
    const planned = apps[0]!.steps.filter((s) => s.status === 'scheduled').map((s) => s.scheduleName).sort();
    expect([...deps.scheduler.active.keys()].sort()).toEqual(planned);
  });
});
