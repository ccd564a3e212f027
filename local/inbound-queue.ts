import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Logger, RawMailStore } from '../shared/ports/index.js';
import { writeFileAtomic } from '../shared/adapters/fs/files.js';
import { BUSY_RECEIVE_CONCURRENCY, MAX_RECEIVE_ATTEMPTS, RECEIVE_CONCURRENCY, RETRY_BASE_MS, RETRY_MAX_MS } from './limits.js';

export interface Envelope {
  mailFrom: string;
  recipients: string[];
}

export interface InboundItem {
  messageId: string;
  envelope: Envelope;
  /** ISO-8601 real time of acceptance. */
  acceptedAt: string;
}

export interface InboundQueueOptions {
  /** `<data-dir>/inbox`: one marker per accepted, not yet processed message. */
  dir: string;
  /** `<data-dir>/failed`: markers of messages that failed every attempt (raw mail kept). */
  failedDir: string;
  rawMail: RawMailStore;
  /** Raw-mail key of a message id (the workflow's prefix + id). */
  rawKey: (messageId: string) => string;
  /** Runs the workflow on one message; must be idempotent on the message id. */
  process: (item: InboundItem, raw: Uint8Array) => Promise<void>;
  logger: Logger;
  concurrency?: number;
  /**
   * True while mail is arriving: processing then runs at most BUSY_RECEIVE_CONCURRENCY at a time,
   * so acceptance (the part a sender waits for) keeps the CPU it needs. Call nudge() when it ends.
   */
  arriving?: () => boolean;
}

/**
 * Accepted mail, durable: accept() stores the raw mail and a marker (both fsynced) before it
 * resolves, so the SMTP 250 means "kept". Processing runs in the background with bounded
 * concurrency, one message at a time per sender so a user's forwards apply in order; the marker
 * is removed only after processing succeeded. recover() requeues the markers of a previous run.
 */
export class InboundQueue {
  private readonly waiting: InboundItem[] = [];
  private readonly busySenders = new Set<string>();
  private readonly attempts = new Map<string, number>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private active = 0;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: InboundQueueOptions) {}

  async accept(raw: Uint8Array, envelope: Envelope): Promise<string> {
    const messageId = `local-${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`;
    const item: InboundItem = { messageId, envelope, acceptedAt: new Date().toISOString() };
    // Both fsynced before we resolve (so before the 250), in parallel to halve the wait. A marker
    // whose raw mail never landed belongs to a mail that was not acknowledged: recovery drops it.
    await Promise.all([
      this.options.rawMail.put(this.options.rawKey(messageId), raw),
      writeFileAtomic(this.markerPath(messageId), JSON.stringify(item)),
    ]);
    this.enqueue(item);
    return messageId;
  }

  /** Requeues what a previous run accepted but did not finish; returns how many. */
  async recover(): Promise<number> {
    await mkdir(this.options.dir, { recursive: true });
    const names = (await readdir(this.options.dir)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      try {
        this.enqueue(JSON.parse(await readFile(join(this.options.dir, name), 'utf8')) as InboundItem);
      } catch (err) {
        this.options.logger.error('unreadable inbox marker, moved aside', { name, error: String(err) });
        await this.moveToFailed(name);
      }
    }
    return names.length;
  }

  /** Messages accepted and not yet processed (queued or running). */
  get size(): number {
    return this.waiting.length + this.active;
  }

  /** Stops taking new mail, finishes what is queued; messages waiting for a retry stay on disk. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.retryTimers) clearTimeout(t);
    this.retryTimers.clear();
    await this.idle();
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private markerPath(messageId: string): string {
    return join(this.options.dir, `${messageId}.json`);
  }

  private enqueue(item: InboundItem): void {
    this.waiting.push(item);
    this.pump();
  }

  /** Re-checks the concurrency limit (mail stopped arriving). */
  nudge(): void {
    this.pump();
  }

  private pump(): void {
    const full = this.options.concurrency ?? RECEIVE_CONCURRENCY;
    const concurrency = this.options.arriving?.() ? Math.min(full, BUSY_RECEIVE_CONCURRENCY) : full;
    for (let i = 0; i < this.waiting.length && this.active < concurrency; ) {
      const item = this.waiting[i]!;
      const sender = item.envelope.mailFrom.toLowerCase();
      if (this.busySenders.has(sender)) {
        i += 1;
        continue;
      }
      this.waiting.splice(i, 1);
      this.busySenders.add(sender);
      this.active += 1;
      void this.run(item).finally(() => {
        this.busySenders.delete(sender);
        this.active -= 1;
        this.pump();
        if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    }
  }

  private async run(item: InboundItem): Promise<void> {
    const { messageId } = item;
    try {
      const raw = await this.options.rawMail.get(this.options.rawKey(messageId));
      if (raw === null) {
        this.options.logger.warn('queued mail without its raw copy (never acknowledged); dropped', { messageId });
        await rm(this.markerPath(messageId), { force: true });
        return;
      }
      await this.options.process(item, raw);
      await rm(this.markerPath(messageId), { force: true });
      this.attempts.delete(messageId);
    } catch (err) {
      await this.failed(item, err);
    }
  }

  private async failed(item: InboundItem, err: unknown): Promise<void> {
    const attempts = (this.attempts.get(item.messageId) ?? 0) + 1;
    this.attempts.set(item.messageId, attempts);
    if (attempts >= MAX_RECEIVE_ATTEMPTS) {
      this.options.logger.error('receive failed every attempt; raw mail kept, marker in failed/', {
        messageId: item.messageId, attempts, error: String(err),
      });
      this.attempts.delete(item.messageId);
      await this.moveToFailed(`${item.messageId}.json`);
      return;
    }
    const wait = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempts - 1));
    this.options.logger.warn('receive failed, will retry', { messageId: item.messageId, attempts, retryInMs: wait, error: String(err) });
    if (this.closed) return; // the marker stays: the next start retries it
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      if (!this.closed) this.enqueue(item);
    }, wait);
    this.retryTimers.add(timer);
  }

  private async moveToFailed(name: string): Promise<void> {
    await mkdir(this.options.failedDir, { recursive: true });
    await rename(join(this.options.dir, name), join(this.options.failedDir, name)).catch((err: unknown) => {
      this.options.logger.error('could not move marker to failed/', { name, error: String(err) });
    });
  }
}
