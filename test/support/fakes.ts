/**
 * In-memory fakes of every workflow port, for use-case tests (and anyone else's tests).
 * Each async method yields to the event loop first, so `Promise.all` really interleaves callers
 * the way concurrent Lambda invocations interleave on DynamoDB.
 */
import type { User } from '../../shared/domain/types.js';
import type { Clock, IdSource, Logger, Mailer, OutgoingMail, RawMailStore, ScheduleRequest, Scheduler } from '../../shared/ports/index.js';
import type { Application } from '../../shared/workflow/application.js';
import { workflowConfig, type WorkflowConfig, type WorkflowDeps } from '../../shared/workflow/deps.js';
import { VersionConflictError } from '../../shared/workflow/errors.js';
import type { ApplicationStore, ClaimState, UserAdmin } from '../../shared/workflow/ports.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const norm = (email: string) => email.trim().toLowerCase();

/** ApplicationStore + UserAdmin in memory, with the same conditional semantics as DynamoDbStore. */
export class InMemoryStore implements ApplicationStore, UserAdmin {
  /** `${user}\u0000${sk}` → item; `sk` as in the DynamoDB layout, so tests can inspect it. */
  readonly items = new Map<string, { user: string; sk: string; value: unknown; expiresAt?: number }>();
  readonly users = new Map<string, User>();
  constructor(private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000)) {}

  private k(user: string, sk: string) {
    return `${norm(user)}\u0000${sk}`;
  }
  private live(user: string, sk: string) {
    const item = this.items.get(this.k(user, sk));
    if (!item) return undefined;
    if (item.expiresAt !== undefined && item.expiresAt < this.nowSeconds()) return undefined;
    return item;
  }
  private set(user: string, sk: string, value: unknown, expiresAt?: number) {
    this.items.set(this.k(user, sk), { user: norm(user), sk, value: structuredClone(value), expiresAt });
  }
  /** Items of one user whose sort key starts with the prefix. */
  itemsOf(user: string, prefix = ''): { sk: string; value: unknown }[] {
    return [...this.items.values()].filter((i) => i.user === norm(user) && i.sk.startsWith(prefix));
  }

  async getApplication(user: string, id: string) {
    await tick();
    const item = this.items.get(this.k(user, `APP#${id}`));
    return item ? (structuredClone(item.value) as Application) : null;
  }
  async saveApplication(app: Application) {
    await tick();
    const current = this.items.get(this.k(app.user, `APP#${app.id}`))?.value as Application | undefined;
    if ((current?.version ?? 0) !== app.version) throw new VersionConflictError(app.user, app.id);
    const next = { ...structuredClone(app), version: app.version + 1 };
    this.set(app.user, `APP#${app.id}`, next);
    return structuredClone(next);
  }
  async listApplications(user: string) {
    await tick();
    return this.itemsOf(user, 'APP#').map((i) => structuredClone(i.value) as Application);
  }
  async findThread(user: string, messageIds: readonly string[]) {
    await tick();
    for (const id of messageIds) {
      const item = this.live(user, `THREAD#${id}`);
      if (item) return item.value as string;
    }
    return null;
  }
  async linkThread(user: string, messageId: string, applicationId: string) {
    await tick();
    if (!this.live(user, `THREAD#${messageId}`)) this.set(user, `THREAD#${messageId}`, applicationId);
  }
  async findKey(user: string, key: string) {
    await tick();
    return (this.live(user, `KEY#${key}`)?.value as string | undefined) ?? null;
  }
  async claimKey(user: string, key: string, applicationId: string) {
    await tick();
    const existing = this.live(user, `KEY#${key}`);
    if (existing) return existing.value as string;
    this.set(user, `KEY#${key}`, applicationId);
    return applicationId;
  }
  async setKey(user: string, key: string, applicationId: string) {
    await tick();
    this.set(user, `KEY#${key}`, applicationId);
  }
  async getInbound(user: string, messageId: string) {
    await tick();
    return (this.live(user, `INBOUND#${messageId}`)?.value as string | undefined) ?? null;
  }
  async markInbound(user: string, messageId: string, outcome: string, expiresAt: number) {
    await tick();
    this.set(user, `INBOUND#${messageId}`, outcome, expiresAt);
  }
  async claim(user: string, name: string, expiresAt: number) {
    await tick();
    if (this.live(user, `CLAIM#${name}`)) return false;
    this.set(user, `CLAIM#${name}`, true, expiresAt);
    return true;
  }
  async settleClaim(user: string, name: string, expiresAt: number) {
    await tick();
    const item = this.live(user, `CLAIM#${name}`);
    this.set(user, `CLAIM#${name}`, 'settled', item?.expiresAt ?? expiresAt);
  }
  async claimState(user: string, name: string): Promise<ClaimState> {
    await tick();
    const item = this.live(user, `CLAIM#${name}`);
    return !item ? 'free' : item.value === 'settled' ? 'settled' : 'held';
  }
  async release(user: string, name: string) {
    await tick();
    this.items.delete(this.k(user, `CLAIM#${name}`));
  }
  async takeQuota(user: string, day: string, cap: number, expiresAt: number) {
    await tick();
    const count = (this.live(user, `QUOTA#${day}`)?.value as number | undefined) ?? 0;
    if (count >= cap) return false;
    this.set(user, `QUOTA#${day}`, count + 1, expiresAt);
    return true;
  }
  async recordRawMail(user: string, key: string, expiresAt: number) {
    await tick();
    this.set(user, `RAW#${key}`, key, expiresAt);
  }
  async listRawMail(user: string) {
    await tick();
    return this.itemsOf(user, 'RAW#').map((i) => i.value as string);
  }
  async deleteUserData(user: string, keepClaims: readonly string[] = []) {
    await tick();
    const keep = new Set(keepClaims.map((name) => `CLAIM#${name}`));
    for (const [k, item] of this.items) if (item.user === norm(user) && !keep.has(item.sk)) this.items.delete(k);
  }
  async getUser(email: string) {
    await tick();
    const user = this.users.get(norm(email));
    return user ? structuredClone(user) : null;
  }
  async putUser(user: User) {
    await tick();
    this.users.set(norm(user.email), structuredClone({ ...user, email: norm(user.email) }));
  }
  async removeUser(email: string) {
    await tick();
    return this.users.delete(norm(email));
  }
  async listUsers() {
    await tick();
    return [...this.users.values()].map((u) => structuredClone(u));
  }
}

export class InMemoryRawMail implements RawMailStore {
  readonly objects = new Map<string, Uint8Array>();
  async put(key: string, raw: Uint8Array) {
    await tick();
    this.objects.set(key, raw);
  }
  async get(key: string) {
    await tick();
    return this.objects.get(key) ?? null;
  }
  async delete(key: string) {
    await tick();
    this.objects.delete(key);
  }
}

/** Records schedules by name (creating a name twice keeps one), and every call. */
export class RecordingScheduler implements Scheduler {
  readonly active = new Map<string, ScheduleRequest>();
  readonly created: ScheduleRequest[] = [];
  readonly cancelled: string[] = [];
  async schedule(request: ScheduleRequest) {
    await tick();
    if (this.active.has(request.name)) return;
    this.active.set(request.name, structuredClone(request));
    this.created.push(structuredClone(request));
  }
  async cancel(name: string) {
    await tick();
    if (this.active.delete(name)) this.cancelled.push(name);
  }
  /** Pending schedules in time order. */
  pending(): ScheduleRequest[] {
    return [...this.active.values()].sort((a, b) => a.at.localeCompare(b.at));
  }
}

export class CapturingMailer implements Mailer {
  readonly sent: (OutgoingMail & { text: string })[] = [];
  /** Set to make the next sends fail (then cleared). */
  failNext = 0;
  async send(mail: OutgoingMail) {
    await tick();
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('injected send failure');
    }
    this.sent.push({ ...mail, text: Buffer.from(mail.raw).toString('utf8') });
    return { messageId: `sent-${this.sent.length}` };
  }
  /** X-Runnerup-Step of each sent mail, in order. */
  steps(): string[] {
    return this.sent.map((m) => m.meta?.step ?? /^X-Runnerup-Step:\s*(.+)$/im.exec(m.text)?.[1]?.trim() ?? '?');
  }
}

export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  set(iso: string | Date) {
    this.current = new Date(iso);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export class SequentialIds implements IdSource {
  private n = 0;
  constructor(private readonly prefix = 'id') {}
  next() {
    this.n += 1;
    return `${this.prefix}${String(this.n).padStart(4, '0')}`;
  }
}

export class CapturingLogger implements Logger {
  readonly lines: { level: string; message: string; attributes?: Record<string, unknown> }[] = [];
  debug(message: string, attributes?: Record<string, unknown>) {
    this.lines.push({ level: 'debug', message, attributes });
  }
  info(message: string, attributes?: Record<string, unknown>) {
    this.lines.push({ level: 'info', message, attributes });
  }
  warn(message: string, attributes?: Record<string, unknown>) {
    this.lines.push({ level: 'warn', message, attributes });
  }
  error(message: string, attributes?: Record<string, unknown>) {
    this.lines.push({ level: 'error', message, attributes });
  }
  messages(level?: string): string[] {
    return this.lines.filter((l) => !level || l.level === level).map((l) => l.message);
  }
}

export interface FakeDeps extends WorkflowDeps {
  store: InMemoryStore;
  users: InMemoryStore;
  rawMail: InMemoryRawMail;
  scheduler: RecordingScheduler;
  mailer: CapturingMailer;
  clock: FixedClock;
  ids: SequentialIds;
  logger: CapturingLogger;
}

/** A full set of fakes; the store also serves as the user directory. */
export function fakeDeps(options: { now?: string; config?: Partial<WorkflowConfig>; users?: User[] } = {}): FakeDeps {
  const clock = new FixedClock(new Date(options.now ?? '2026-03-02T15:00:00Z'));
  const store = new InMemoryStore(() => Math.floor(clock.now().getTime() / 1000));
  for (const user of options.users ?? []) store.users.set(norm(user.email), { ...user, email: norm(user.email) });
  return {
    store,
    users: store,
    rawMail: new InMemoryRawMail(),
    scheduler: new RecordingScheduler(),
    mailer: new CapturingMailer(),
    clock,
    ids: new SequentialIds('app'),
    logger: new CapturingLogger(),
    config: workflowConfig({
      fromAddress: 'Runner-Up <drafts@runnerup.test>',
      inboundAddress: 'followups@runnerup.test',
      requireAuthentication: false,
      rawMailPrefix: 'inbound/',
      ...options.config,
    }),
  };
}
