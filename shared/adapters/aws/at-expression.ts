/**
 * The `at()` expression of a one-time EventBridge Scheduler schedule for an instant (pure, so
 * the DST and lead-time rules are testable to the second).
 */
import { DateTime, IANAZone } from 'luxon';

const AT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

/**
 * Scheduler rejects an `at()` in the past and fires with about a minute's precision, so a step
 * due now (or already overdue, e.g. a retried inbound mail) is scheduled this far ahead instead.
 * The payload keeps the planned time, so the workflow still recognises the step as the same one.
 */
export const MIN_LEAD_SECONDS = 120;

/** An instant that is not an ISO-8601 date. */
export class InvalidScheduleTimeError extends Error {
  override readonly name = 'InvalidScheduleTimeError';
  constructor(readonly at: string, readonly timeZone: string) {
    super(`invalid schedule time "${at}" in zone "${timeZone}"`);
  }
}

/**
 * The `at()` expression for an instant: local wall time in the user's zone, at least
 * MIN_LEAD_SECONDS after now, rounded up to the whole second. The instant is what matters, so
 * it is expressed in UTC instead when the zone would get it wrong: a wall time that occurs twice
 * (the repeated hour when clocks go back; Scheduler could pick the other one), or a zone that is
 * not an IANA name Scheduler accepts (bad user data must not block the user's mail).
 */
export function atExpression(
  atIso: string,
  timeZone: string,
  now: Date,
): { expression: string; timeZone: string } {
  const planned = DateTime.fromISO(atIso, { zone: 'utc' });
  if (!planned.isValid) throw new InvalidScheduleTimeError(atIso, timeZone);
  const earliest = DateTime.fromJSDate(now, { zone: 'utc' }).plus({ seconds: MIN_LEAD_SECONDS });
  let instant = planned < earliest ? earliest : planned;
  if (instant.millisecond > 0) instant = instant.startOf('second').plus({ seconds: 1 });
  const local = IANAZone.isValidZone(timeZone) ? instant.setZone(timeZone) : null;
  if (!local?.isValid || local.getPossibleOffsets().length > 1) {
    return { expression: `at(${instant.toFormat(AT_FORMAT)})`, timeZone: 'UTC' };
  }
  return { expression: `at(${local.toFormat(AT_FORMAT)})`, timeZone };
}
