import { createHash } from 'node:crypto';

/** EventBridge Scheduler: names are 1-64 chars of [0-9a-zA-Z-_.]. */
export const SCHEDULE_NAME_MAX = 64;

/**
 * The deterministic schedule name of one planned step: the same user, application, step and time
 * always give the same name, so creating it twice is a no-op (ConflictException = already there).
 * A readable prefix helps operators; the hash makes it unique.
 */
export function scheduleName(user: string, application: string, step: string, at: string): string {
  const hash = createHash('sha256').update(`${user.toLowerCase()}\n${application}\n${step}\n${at}`).digest('hex').slice(0, 32);
  const prefix = `ru-${step}`.replace(/[^0-9a-zA-Z_.-]/g, '').slice(0, SCHEDULE_NAME_MAX - hash.length - 1);
  return `${prefix}-${hash}`;
}
