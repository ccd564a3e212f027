import { DateTime } from 'luxon';

export interface HeaderDate {
  /** ISO-8601 UTC. */
  iso: string;
  /** Offset east of UTC in minutes, as the header states it. */
  offsetMinutes: number;
}

// Obsolete zone names RFC 5322 section 4.3 still allows in Date headers.
const NAMED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/** Parses an RFC 5322 Date header value (tolerating comments and sloppy spacing); null if it is not a date. */
export function parseHeaderDate(raw: string | null | undefined): HeaderDate | null {
  if (!raw) return null;
  const value = raw.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  const dt = DateTime.fromRFC2822(value, { setZone: true });
  if (dt.isValid) return { iso: dt.toUTC().toISO({ suppressMilliseconds: true })!, offsetMinutes: dt.offset };
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const m = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  let offset = 0;
  if (m) offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  else {
    const z = /\b([A-Z]{1,3})\s*$/.exec(value);
    if (z && z[1] && z[1] in NAMED_ZONES) offset = NAMED_ZONES[z[1]]!;
  }
  return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
}
