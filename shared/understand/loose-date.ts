import * as chrono from 'chrono-node';
import { parseHeaderDate, type HeaderDate } from './date-header.js';

const LOCALES = [chrono.en.casual, chrono.fr.casual, chrono.de.casual, chrono.es.casual];

/**
 * Parses a date as forward header blocks print it ("Mon, Mar 2, 2026 at 10:15 AM",
 * "lun. 2 mars 2026 à 10:15"). Clients print it in the forwarder's zone without saying so,
 * hence `fallbackOffsetMinutes` (the outer Date header's offset).
 */
export function parseLooseDate(raw: string | null | undefined, fallbackOffsetMinutes: number | null): HeaderDate | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
  const strict = parseHeaderDate(text);
  if (strict && /[+-]\d{4}|\b(GMT|UTC|UT)\b/.test(text)) return strict;
  for (const locale of LOCALES) {
    const [result] = locale.parse(text, { instant: new Date(0), timezone: fallbackOffsetMinutes ?? 0 });
    if (result && result.start.isCertain('year')) {
      const offset = result.start.get('timezoneOffset') ?? fallbackOffsetMinutes ?? 0;
      return { iso: result.start.date().toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
    }
  }
  return strict;
}
