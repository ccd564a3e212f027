import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../shared/workflow/application.js';
import { VersionConflictError } from '../../shared/workflow/errors.js';
import type { ApplicationStore, UserAdmin } from '../../shared/workflow/ports.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { InMemoryStore } from '../support/fakes.js';
import { sampleApplication } from '../support/samples.js';

type Store = ApplicationStore & UserAdmin;
const future = () => Math.floor(Date.now() / 1000) + 3600;
const past = () => Math.floor(Date.now() / 1000) - 10;

let db: RunningDynalite;
beforeAll(async () => {
  db = await startDynalite();
});
afterAll(async () => {
  await db?.stop();
});

// The same contract runs against dynalite (the real adapter) and the in-memory fake, so the fake stays honest.
const stores: [string, () => Store][] = [
  ['DynamoDbStore on dynalite', () => db.store],
  ['InMemoryStore', () => new InMemoryStore()],
];

describe.each(stores)('%s', (_name, make) => {
  let n = 0;
  const user = () => `User${++n}-${Math.random().toString(36).slice(2, 8)}@Example.com`;

  it('creates an application once and rejects a second create of the same id', async () => {
    const store = make();
    const app: Application = sampleApplication({ user: user().toLowerCase() });
    const saved = await store.saveApplication(app);
    expect(saved.version).toBe(1);
    await expect(store.saveApplication(app)).rejects.toBeInstanceOf(VersionConflictError);
    expect(await store.getApplication(app.user, app.id)).toEqual(saved);
  });

  it('updates only from the version it read (optimistic concurrency)', async () => {
    const store = make();
    const saved = await store.saveApplication(sampleApplication({ user: user().toLowerCase() }));
    const a = await store.saveApplication({ ...saved, stage: 'rejected' });
    expect(a.version).toBe(2);
    await expect(store.saveApplication({ ...saved, stage: 'offer' })).rejects.toBeInstanceOf(VersionConflictError);
    const results = await Promise.allSettled([store.saveApplication({ ...a, stage: 'hired' }), store.saveApplication({ ...a, stage: 'stopped' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(['hired', 'stopped']).toContain((await store.getApplication(a.user, a.id))?.stage);
  });

  it('lists only the user’s own applications, and another user cannot read them', async () => {
    const store = make();
    const u1 = user().toLowerCase();
    const u2 = user().toLowerCase();
    await store.saveApplication(sampleApplication({ user: u1, id: 'a1' }));
    await store.saveApplication(sampleApplication({ user: u1, id: 'a2' }));
    await store.saveApplication(sampleApplication({ user: u2, id: 'b1' }));
    expect((await store.listApplications(u1)).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(await store.getApplication(u2, 'a1')).toBeNull();
  });

  it('links thread message ids and keys, first link wins', async () => {
    const store = make();
    const u = user();
    await store.linkThread(u, '<m1@x>', 'a1');
    await store.linkThread(u, '<m1@x>', 'a2');
    expect(await store.findThread(u, ['<none@x>', '<m1@x>'])).toBe('a1');
    expect(await store.findThread(u, ['<none@x>'])).toBeNull();
    const long = `<${'x'.repeat(2000)}@y>`;
    await store.linkThread(u, long, 'a3');
    expect(await store.findThread(u, [long])).toBe('a3');
    const winners = await Promise.all([store.claimKey(u, 'acme|engineer', 'k1'), store.claimKey(u, 'acme|engineer', 'k2')]);
    expect(new Set(winners).size).toBe(1);
    expect(await store.findKey(u, 'acme|engineer')).toBe(winners[0]);
    expect(await store.findKey(user(), 'acme|engineer')).toBeNull();
    await store.setKey(u, 'company:acme', 'k1');
    await store.setKey(u, 'company:acme', 'k3');
    expect(await store.findKey(u, 'company:acme')).toBe('k3');
  });

  it('claims a marker once, gives it back on release, and treats an expired one as absent', async () => {
    const store = make();
    const u = user();
    const first = await Promise.all([store.claim(u, 'SENT#a#b', future()), store.claim(u, 'SENT#a#b', future()), store.claim(u, 'SENT#a#b', future())]);
    expect(first.filter(Boolean)).toHaveLength(1);
    await store.release(u, 'SENT#a#b');
    expect(await store.claim(u, 'SENT#a#b', future())).toBe(true);
    await store.claim(u, 'old', past());
    expect(await store.claim(u, 'old', future())).toBe(true);
  });

  it('tells a free, held and settled claim apart', async () => {
    const store = make();
    const u = user();
    expect(await store.claimState(u, 'SENT#x')).toBe('free');
    await store.claim(u, 'SENT#x', future());
    expect(await store.claimState(u, 'SENT#x')).toBe('held');
    await store.settleClaim(u, 'SENT#x', future());
    expect(await store.claimState(u, 'SENT#x')).toBe('settled');
    expect(await store.claim(u, 'SENT#x', future())).toBe(false);
    await store.claim(u, 'old', past());
    expect(await store.claimState(u, 'old')).toBe('free');
  });

  it('records inbound outcomes, ignoring expired ones', async () => {
    const store = make();
    const u = user();
    expect(await store.getInbound(u, 'm1')).toBeNull();
    await store.markInbound(u, 'm1', 'processed', future());
    await store.markInbound(u, 'm2', 'processed', past());
    expect(await store.getInbound(u, 'm1')).toBe('processed');
    expect(await store.getInbound(u, 'm2')).toBeNull();
  });

  it('counts the daily quota up to the cap, also under concurrency', async () => {
    const store = make();
    const u = user();
    const taken = await Promise.all(Array.from({ length: 5 }, () => store.takeQuota(u, '2026-03-02', 3, future())));
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await store.takeQuota(u, '2026-03-03', 3, future())).toBe(true);
  });

  it('deletes all of one user’s items and nothing of another’s', async () => {
    const store = make();
    const u1 = user().toLowerCase();
    const u2 = user().toLowerCase();
    await store.saveApplication(sampleApplication({ user: u1, id: 'a1' }));
    await store.linkThread(u1, 'm', 'a1');
    await store.recordRawMail(u1, 'inbound/m', future());
    await store.claim(u1, 'c', future());
    await store.saveApplication(sampleApplication({ user: u2, id: 'b1' }));
    expect(await store.listRawMail(u1)).toEqual(['inbound/m']);
    await store.deleteUserData(u1);
    expect(await store.listApplications(u1)).toEqual([]);
    expect(await store.findThread(u1, ['m'])).toBeNull();
    expect(await store.listRawMail(u1)).toEqual([]);
    expect(await store.claim(u1, 'c', future())).toBe(true);
    expect((await store.listApplications(u2)).map((a) => a.id)).toEqual(['b1']);
    // A claim named to keep survives (the answer to the request that deleted the data).
    await store.claim(u1, 'keep', future());
    await store.deleteUserData(u1, ['keep']);
    expect(await store.claim(u1, 'keep', future())).toBe(false);
    expect(await store.claim(u1, 'c', future())).toBe(true);
  });

  it('manages users case-insensitively and lists them without a scan', async () => {
    const store = make();
    const email = user();
    await store.putUser({ email, name: 'Ada', timeZone: 'Europe/Berlin', dailySendCap: 10 });
    expect(await store.getUser(email.toUpperCase())).toEqual({ email: email.toLowerCase(), name: 'Ada', timeZone: 'Europe/Berlin', dailySendCap: 10 });
    expect((await store.listUsers()).map((u) => u.email)).toContain(email.toLowerCase());
    expect(await store.removeUser(email)).toBe(true);
    expect(await store.removeUser(email)).toBe(false);
    expect(await store.getUser(email)).toBeNull();
  });
});
