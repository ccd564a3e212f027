import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FirePayload, ScheduleRequest } from '../../shared/ports/index.js';
import { createConsoleLogger } from '../../local/console-logger.js';
import { LocalScheduler } from '../../local/local-scheduler.js';
import { VirtualClock } from '../../local/virtual-clock.js';
import { tempDir, waitFor } from './helpers.js';

const logger = createConsoleLogger('silent');
const DAY = 86_400_000;

function request(name: string, atMs: number, application = 'app-1', step: FirePayload['step'] = 'growth-ask'): ScheduleRequest {
  const at = new Date(atMs).toISOString();
  return { name, at, timeZone: 'UTC', payload: { v: 1, user: 'ann@example.com', application, step, at } };
}

describe('LocalScheduler', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function open(options: { speed?: number; start?: Date; fire?: (p: FirePayload) => Promise<void> } = {}, dir?: string) {
    let d = dir;
    if (d === undefined) {
      const t = await tempDir();
      cleanups.push(t.remove);
      d = t.path;
    }
    const fired: FirePayload[] = [];
    const clock = new VirtualClock({ speed: options.speed ?? 1, start: options.start });
    const scheduler = await LocalScheduler.open({
      file: join(d, 'schedules.json'),
      clock,
      logger,
      fire: options.fire ?? (async (p) => void fired.push(p)),
    });
    cleanups.push(() => scheduler.stop());
    return { dir: d, scheduler, fired, clock };
  }

  it('fires steps due weeks ahead, in time order, when the clock runs fast', async () => {
    const { scheduler, fired, clock } = await open({ speed: 1e7 });
    const now = clock.nowMs();
    await scheduler.schedule(request('c', now + 182 * DAY, 'app-1', 'keep-in-touch-3'));
    await scheduler.schedule(request('a', now + 45 * DAY, 'app-1', 'keep-in-touch-1'));
    await scheduler.schedule(request('b', now + 91 * DAY, 'app-1', 'keep-in-touch-2'));
    scheduler.start();
    await waitFor(async () => (fired.length === 3 ? true : undefined), 'three fires');
    expect(fired.map((p) => p.step)).toEqual(['keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);
    expect(scheduler.pending()).toEqual([]);
  });

  it('keeps pending steps on disk across a restart and fires overdue ones exactly once on start', async () => {
    const first = await open({ speed: 1 });
    const now = first.clock.nowMs();
    await first.scheduler.schedule(request('overdue', now + 50));
    await first.scheduler.schedule(request('later', now + 30 * DAY));
    await first.scheduler.stop(); // never started: nothing fired
    expect(first.fired).toEqual([]);
    const onDisk = JSON.parse(await readFile(join(first.dir, 'schedules.json'), 'utf8'));
    expect(onDisk.schedules.map((s: ScheduleRequest) => s.name).sort()).toEqual(['later', 'overdue']);

    await new Promise((r) => setTimeout(r, 60));
    const second = await open({ speed: 1 }, first.dir);
    second.scheduler.start();
    await waitFor(async () => (second.fired.length >= 1 ? true : undefined), 'overdue fire');
    await second.scheduler.stop();
    expect(second.fired.map((p) => p.at)).toEqual([new Date(now + 50).toISOString()]);
    expect(second.scheduler.pending().map((s) => s.name)).toEqual(['later']);

    const third = await open({ speed: 1 }, first.dir);
    third.scheduler.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(third.fired).toEqual([]);
  });

  it('treats a second schedule of the same name as a no-op and cancels idempotently', async () => {
    const { scheduler, clock } = await open();
    const r = request('same', clock.nowMs() + DAY);
    await scheduler.schedule(r);
    await scheduler.schedule({ ...r, at: new Date(clock.nowMs() + 2 * DAY).toISOString() });
    expect(scheduler.pending()).toEqual([r]);
    await scheduler.cancel('same');
    await scheduler.cancel('same');
    await scheduler.cancel('never-existed');
    expect(scheduler.pending()).toEqual([]);
  });

  it('keeps a step whose fire failed and retries it until fire succeeds', async () => {
    let calls = 0;
    const { scheduler, clock } = await open({
      fire: async () => {
        calls += 1;
        if (calls < 3) throw new Error('store throttled');
      },
    });
    await scheduler.schedule(request('flaky', clock.nowMs()));
    scheduler.start();
    await waitFor(async () => (scheduler.pending().length === 0 ? true : undefined), 'the retried step to go');
    expect(calls).toBe(3);
  });

  it('does not fire a step cancelled before it came due', async () => {
    const { scheduler, fired, clock } = await open({ speed: 1e6 });
    await scheduler.schedule(request('cancel-me', clock.nowMs() + 10 * DAY));
    await scheduler.schedule(request('keep-me', clock.nowMs() + 20 * DAY, 'app-2'));
    scheduler.start();
    await scheduler.cancel('cancel-me');
    await waitFor(async () => (fired.length === 1 ? true : undefined), 'one fire');
    expect(fired.map((p) => p.application)).toEqual(['app-2']);
  });

  it('waits longer than setTimeout can (24.8 days) by re-arming, and fires on time', async () => {
    // The clock reads performance.now, so it is created under the fake timers it will be driven by.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let fired: FirePayload[] = [];
    try {
      const opened = await open();
      fired = opened.fired;
      await opened.scheduler.schedule(request('in-60-days', opened.clock.nowMs() + 60 * DAY));
      opened.scheduler.start();
      await vi.advanceTimersByTimeAsync(59 * DAY);
      expect(fired).toEqual([]);
      await vi.advanceTimersByTimeAsync(DAY + 1_000);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(async () => (fired.length === 1 ? true : undefined), 'the 60-day fire');
    expect(fired[0]?.step).toBe('growth-ask');
  });
});
