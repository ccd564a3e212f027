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
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// The RFC 5322 layout nearly every Date header uses, read without luxon (which is slow per call).
const RFC5322 = /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2})(\d{2})|([a-z]{1,5}))?$/i;

function quick(value: string): HeaderDate | null {
  const m = RFC5322.exec(value);
  const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1;
  if (!m || month < 0) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  let offset = 0;
  if (m[7]) offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  else if (m[10]) {
    const z = NAMED_ZONES[m[10].toUpperCase()];
    if (z === undefined) return null;
    offset = z;
  }
  const ms = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
  return Number.isNaN(ms) ? null : { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
}

export function parseHeaderDate(raw: string | null | undefined): HeaderDate | null {
  if (!raw) return null;
  const value = raw.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  const fast = quick(value);
  if (fast) return fast;
  const dt = DateTime.fromRFC2822(value, { setZone: true });
  if (dt.isValid) return { iso: dt.toUTC().toISO({ suppressMilliseconds: true })!, offsetMinutes: dt.offset };
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const m = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  // "5:36:00 PM GMT+1" (Outlook's quoted header): the hours after GMT are the offset.
  const g = /\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$/i.exec(value);
  let offset = 0;
  if (g) offset = (g[1] === '-' ? -1 : 1) * (Number(g[2]) * 60 + Number(g[3] ?? 0));
  else if (m) offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  else {
    const z = /\b([A-Z]{1,3})\s*$/.exec(value);
    if (z && z[1] && z[1] in NAMED_ZONES) offset = NAMED_ZONES[z[1]]!;
  }
  return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
}
