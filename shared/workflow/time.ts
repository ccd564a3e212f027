/** Small time helpers shared by the use cases (all from the injected clock's `now`). */

const DAY_MS = 86_400_000;

/** Epoch seconds `days` after `now` (the TTL attribute's unit). */
export function expiresAt(now: Date, days: number): number {
  return Math.floor((now.getTime() + days * DAY_MS) / 1000);
}


export { DAY_MS };

/** The one ISO-8601 form of instants the workflow stores and schedules: UTC, whole seconds, 'Z' (as the cadence engine emits). */
export function isoUtc(value: string | Date): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
