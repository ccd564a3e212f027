import { DateTime, IANAZone, FixedOffsetZone, type Zone } from 'luxon';

/** Raised for a time zone luxon cannot resolve. */
export class InvalidTimeZoneError extends Error {
  override readonly name = 'InvalidTimeZoneError';
  constructor(readonly zone: string) {
    super(`unknown time zone "${zone}" (expected an IANA name like Europe/Berlin, or UTC±hh:mm)`);
  }
}

/** Resolves an IANA name or a fixed `UTC±hh:mm` specifier; throws InvalidTimeZoneError. */
export function resolveZone(name: string): Zone {
  if (IANAZone.isValidZone(name)) return IANAZone.create(name);
  const fixed = FixedOffsetZone.parseSpecifier(name);
  if (fixed && fixed.isValid) return fixed;
  throw new InvalidTimeZoneError(name);
}

/** The instant `d` seen in `zone`. */
export function inZone(d: Date | string, zone: Zone): DateTime {
  const dt = typeof d === 'string' ? DateTime.fromISO(d, { zone: 'utc' }) : DateTime.fromJSDate(d);
  return dt.setZone(zone);
}

/** Splits 'HH:MM' (validated by the settings schema). */
export function parseHhmm(value: string): { hour: number; minute: number } {
  const [h, m] = value.split(':');
  return { hour: Number(h), minute: Number(m) };
}

/** Same local calendar day, at the given wall-clock time (luxon keeps wall time across DST). */
export function atLocal(day: DateTime, hhmm: string): DateTime {
  return day.set({ ...parseHhmm(hhmm), second: 0, millisecond: 0 });
}

/** Minutes since local midnight. */
export function minuteOfDay(dt: DateTime): number {
  return dt.hour * 60 + dt.minute;
}

/** Minutes since midnight of an HH:MM value. */
export function hhmmMinutes(hhmm: string): number {
  const { hour, minute } = parseHhmm(hhmm);
  return hour * 60 + minute;
}

/** Monday to Friday (public holidays are not known). */
export function isBusinessDay(dt: DateTime): boolean {
  return dt.weekday <= 5; // luxon: 1 = Monday ... 7 = Sunday
}

/** The n-th business day strictly after `day` (n >= 1); weekends are skipped, not counted. */
export function addBusinessDays(day: DateTime, n: number): DateTime {
  let d = day.startOf('day');
  let left = n;
  while (left > 0) {
    d = d.plus({ days: 1 });
    if (isBusinessDay(d)) left -= 1;
  }
  return d;
}

/** `day` itself when it is a business day, else the next one. */
export function onOrNextBusinessDay(day: DateTime): DateTime {
  let d = day.startOf('day');
  while (!isBusinessDay(d)) d = d.plus({ days: 1 });
  return d;
}

/** ISO-8601 UTC with a Z suffix, second precision. */
export function toUtcIso(dt: DateTime): string {
  return dt.toUTC().set({ millisecond: 0 }).toISO({ suppressMilliseconds: true }) ?? '';
}
