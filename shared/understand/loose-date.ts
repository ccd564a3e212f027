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
  // A leading weekday ("Mo.,", "lun.") only confuses the localised parsers.
  const dated = text.replace(/^[\p{L}]{2,12}\.{0,2},?\s+(?=\d)/u, '');
  let best: chrono.ParsedResult | null = null;
  for (const locale of LOCALES) {
    for (const r of locale.parse(dated, { instant: new Date(0), timezone: fallbackOffsetMinutes ?? 0 })) {
      if (r.start.isCertain('year') && (!best || r.text.length > best.text.length)) best = r;
    }
  }
  if (best) {
    const offset = best.start.get('timezoneOffset') ?? fallbackOffsetMinutes ?? 0;
    return { iso: best.start.date().toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
  }
  return strict;
}
