import type { FirePayload, Logger, Scheduler, ScheduleRequest } from '../shared/ports/index.js';
import { CoalescingWriter } from './coalescing-writer.js';
import { FIRE_CONCURRENCY, MAX_TIMER_MS, RETRY_BASE_MS, RETRY_MAX_MS } from './limits.js';
import { readSchedules, writeSchedules } from './schedule-file.js';
import type { VirtualClock } from './virtual-clock.js';

export interface LocalSchedulerOptions {
  /** `<data-dir>/schedules.json` */
  file: string;
  clock: VirtualClock;
  /** The workflow's fire use case; it is idempotent, so a step fired again after a crash sends nothing new. */
  fire: (payload: FirePayload) => Promise<void>;
  logger: Logger;
  concurrency?: number;
}

interface Entry {
  request: ScheduleRequest;
  atMs: number;
  firing: boolean;
  attempts: number;
  /** Real time (performance.now) before which a failed entry is not retried. */
  retryAfter: number;
  /** A schedule of the same name requested while this one was firing: it takes its place afterwards. */
  replacement?: ScheduleRequest;
}

/**
 * The Scheduler port for npm start: pending steps live in schedules.json (atomic writes) so they
 * survive a restart; each comes due on the virtual clock, calls fire(), and is removed only after
 * fire() succeeded. Failures are logged and retried with backoff. One timer, re-armed in chunks
 * because setTimeout cannot wait longer than about 24.8 days.
 */
export class LocalScheduler implements Scheduler {
  private readonly entries = new Map<string, Entry>();
  private readonly writer: CoalescingWriter;
  private readonly concurrency: number;
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  private constructor(private readonly options: LocalSchedulerOptions) {
    this.concurrency = options.concurrency ?? FIRE_CONCURRENCY;
    this.writer = new CoalescingWriter(() => writeSchedules(options.file, this.pending()));
  }

  /** Loads the pending steps of a previous run; firing starts with start(). */
  static async open(options: LocalSchedulerOptions): Promise<LocalScheduler> {
    const scheduler = new LocalScheduler(options);
    for (const request of await readSchedules(options.file)) scheduler.add(request);
    return scheduler;
  }

  async schedule(request: ScheduleRequest): Promise<void> {
    const existing = this.entries.get(request.name);
    if (existing && !existing.firing) return;
    if (existing) existing.replacement = request;
    else this.add(request);
    await this.writer.flush();
    this.arm();
  }

  async cancel(name: string): Promise<void> {
    if (!this.entries.delete(name)) return;
    await this.writer.flush();
    this.arm();
  }

  /** Pending steps, earliest first. */
  pending(): ScheduleRequest[] {
    return [...this.entries.values()].sort(byDue).map((e) => e.replacement ?? e.request);
  }

  /** Starts firing due steps (overdue ones right away). */
  start(): void {
    this.running = true;
    this.pump();
  }

  /** Stops firing, waits for fires in flight and the last write. Pending steps stay on disk. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.writer.idle();
  }

  private add(request: ScheduleRequest): void {
    const atMs = Date.parse(request.at);
    if (Number.isNaN(atMs)) throw new RangeError(`schedule ${request.name}: invalid at ${request.at}`);
    this.entries.set(request.name, { request, atMs, firing: false, attempts: 0, retryAfter: 0 });
  }

  /** Starts every due step it may (concurrency, one at a time per application), then re-arms the timer. */
  private pump(): void {
    if (!this.running) return;
    const busy = new Set([...this.entries.values()].filter((e) => e.firing).map(applicationOf));
    const now = this.options.clock.nowMs();
    const realNow = performance.now();
    for (const entry of [...this.entries.values()].sort(byDue)) {
      if (this.inFlight.size >= this.concurrency) break;
      if (entry.firing || entry.atMs > now || entry.retryAfter > realNow || busy.has(applicationOf(entry))) continue;
      busy.add(applicationOf(entry));
      this.launch(entry);
    }
    this.arm();
  }

  private launch(entry: Entry): void {
    entry.firing = true;
    const run = this.fireOne(entry).finally(() => {
      this.inFlight.delete(run);
      entry.firing = false;
      this.pump();
    });
    this.inFlight.add(run);
  }

  private async fireOne(entry: Entry): Promise<void> {
    const { name, payload } = entry.request;
    try {
      await this.options.fire(payload);
    } catch (err) {
      entry.attempts += 1;
      const wait = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (entry.attempts - 1));
      entry.retryAfter = performance.now() + wait;
      this.options.logger.error('follow-up fire failed, will retry', {
        name, step: payload.step, attempts: entry.attempts, retryInMs: wait, error: String(err),
      });
      return;
    }
    if (this.entries.get(name) !== entry) return; // cancelled while firing
    this.entries.delete(name);
    if (entry.replacement) this.add(entry.replacement);
    try {
      await this.writer.flush();
    } catch (err) {
      // The step stays in the file and fires again after a restart; fire() is idempotent.
      this.options.logger.error('could not persist schedules', { error: String(err) });
    }
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.running || this.inFlight.size >= this.concurrency) return;
    let delay = Infinity;
    const realNow = performance.now();
    const busy = new Set([...this.entries.values()].filter((e) => e.firing).map(applicationOf));
    for (const entry of this.entries.values()) {
      // An application with a step in flight is pumped again when that step finishes.
      if (entry.firing || busy.has(applicationOf(entry))) continue;
      const due = Math.max(this.options.clock.realDelayUntil(entry.atMs), entry.retryAfter - realNow);
      delay = Math.min(delay, due);
    }
    if (delay === Infinity) return;
    this.timer = setTimeout(() => this.pump(), Math.max(0, Math.min(MAX_TIMER_MS, delay)));
  }
}

function byDue(a: Entry, b: Entry): number {
  return a.atMs - b.atMs || (a.request.name < b.request.name ? -1 : a.request.name > b.request.name ? 1 : 0);
}

function applicationOf(entry: Entry): string {
  return `${entry.request.payload.user}\u0000${entry.request.payload.application}`;
}
