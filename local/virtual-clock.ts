import type { Clock } from '../shared/ports/index.js';
import { MAX_SPEED } from './limits.js';

export class InvalidSpeedError extends Error {
  constructor(speed: number) {
    super(`--speed must be a number between 1 and ${MAX_SPEED}, got ${speed}`);
    this.name = 'InvalidSpeedError';
  }
}

/**
 * The local clock, optionally running `speed` times faster than real time:
 * virtual now = start + real elapsed × speed. Monotonic (performance.now), so a wall-clock
 * jump does not fire a month of follow-ups at once.
 */
export class VirtualClock implements Clock {
  readonly speed: number;
  private readonly startVirtualMs: number;
  private readonly startRealMs: number;

  constructor(options: { speed?: number; start?: Date } = {}) {
    const speed = options.speed ?? 1;
    if (!Number.isFinite(speed) || speed < 1 || speed > MAX_SPEED) throw new InvalidSpeedError(speed);
    this.speed = speed;
    this.startVirtualMs = (options.start ?? new Date()).getTime();
    this.startRealMs = performance.now();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.startVirtualMs + Math.floor((performance.now() - this.startRealMs) * this.speed);
  }

  /** Real milliseconds until the virtual instant `atMs` (0 when it is already past). */
  realDelayUntil(atMs: number): number {
    return Math.max(0, Math.ceil((atMs - this.nowMs()) / this.speed));
  }
}
