import * as chrono from 'chrono-node';
import { parseHeaderDate, type HeaderDate } from './date-header.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = { GMT: 0, UTC: 0, UT: 0, BST: 60, IST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
// English layouts of Gmail, Outlook, Apple Mail and Yahoo, read without chrono (which costs ~1 ms).
const EN_MDY = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*\(?([A-Z]{2,4})?\)?$/i;
const EN_DMY = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*\(?([A-Z]{2,4})?\)?$/i;

function fastEnglish(text: string, fallbackOffsetMinutes: number | null): HeaderDate | null {
  const mdy = EN_MDY.exec(text);
  const dmy = mdy ? null : EN_DMY.exec(text);
  const m = mdy ?? dmy;
  if (!m) return null;
  const [monthName, day] = mdy ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  let hour = Number(m[4]);
  const meridiem = m[7]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const zone = m[8]?.toUpperCase();
  if (zone && !(zone in ZONES)) return null;
  const offset = zone ? ZONES[zone]! : (fallbackOffsetMinutes ?? 0);
  const ms = Date.UTC(Number(m[3]), month, Number(day), hour, Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
  return Number.isNaN(ms) ? null : { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
}

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
  const fast = fastEnglish(text, fallbackOffsetMinutes);
  if (fast) return fast;
  // A leading weekday ("Mo.,", "lun.") only confuses the localised parsers.
  const dated = text.replace(/^[\p{L}]{2,12}\.{0,2},?\s+(?=\d)/u, '');
  let best: chrono.ParsedResult | null = null;
  for (const locale of LOCALES) {
    for (const r of locale.parse(dated, { instant: new Date(0), timezone: fallbackOffsetMinutes ?? 0 })) {
      if (r.start.isCertain('year') && (!best || r.text.length > best.text.length)) best = r;
    }
    // Each locale costs a full chrono pass: stop once one has read nearly the whole value.
    if (best && best.text.length >= dated.length * 0.8) break;
  }
  if (best) {
    const offset = best.start.get('timezoneOffset') ?? fallbackOffsetMinutes ?? 0;
    return { iso: best.start.date().toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
  }
  return strict;
}
