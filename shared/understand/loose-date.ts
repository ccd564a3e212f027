import * as chrono from 'chrono-node';
import { IANAZone } from 'luxon';
import { inferTimeZone } from '../cadence/infer-time-zone.js';
import { parseHeaderDate, type HeaderDate } from './date-header.js';
import { CY_MONTHS, GA_MONTHS } from './foreign-dates.js';

/**
 * What a zoneless header date is read in: the forwarder's zone, as the outer Date header names it by its
 * offset AT ITS OWN DATE. Clients print quoted dates in that zone's local time, so a mail written before
 * a clock change and forwarded after it has the zone's earlier offset, not the outer one.
 */
export interface FallbackZone {
  offsetMinutes: number | null;
  /** The outer message's date, when known: with the offset, it names the zone. */
  at?: Date | null;
}

function offsetAt(fallback: FallbackZone, wall: { year: number; month: number; day: number; hour: number; minute: number }): number {
  if (fallback.offsetMinutes === null) return 0;
  if (!fallback.at || Number.isNaN(fallback.at.getTime())) return fallback.offsetMinutes;
  const zone = IANAZone.create(inferTimeZone(fallback.offsetMinutes, fallback.at));
  if (!zone.isValid) return fallback.offsetMinutes;
  // The zone's offset at that wall time: guess with the outer offset, then correct once (two lookups, not
  // a luxon DateTime, which costs several).
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = zone.offset(local - fallback.offsetMinutes * 60_000);
  return first === fallback.offsetMinutes ? first : zone.offset(local - first * 60_000);
}

// Month names and the abbreviations clients print, in the languages of the forward headers we read
// (EN, FR, DE, ES, IT, NL, PT), accents stripped. A word that is the start of month names of one
// month only ("mär", "sept", "févr") names that month.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'janner', 'enero', 'gennaio', 'januari', 'janeiro'],
  ['february', 'fevrier', 'februar', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['march', 'mars', 'marz', 'maerz', 'marzo', 'maart', 'marco', 'mrt'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro'],
];
const MIN_MONTH_PREFIX = 3;
// Every prefix of at least 3 letters -> its month, or 0 when it starts names of two months.
const MONTH_PREFIXES = new Map<string, number>();
MONTH_NAMES.forEach((names, m) => {
  for (const name of names) {
    for (let n = MIN_MONTH_PREFIX; n <= name.length; n++) {
      const prefix = name.slice(0, n);
      const seen = MONTH_PREFIXES.get(prefix);
      MONTH_PREFIXES.set(prefix, seen === undefined || seen === m + 1 ? m + 1 : 0);
    }
  }
});
// Welsh and Irish month names (the lists foreign-dates.ts reads prose with), accents stripped, read whole only: their
// prefixes would take others' (Irish "meitheamh" starts like Dutch "mei"). Irish names of two words ("meán fómhair")
// are no single token here. Welsh "awst" (August) is left out: it is Australian Western Standard Time after a
// header's clock. (Welsh "Mawrth" is Tuesday too, "dydd Mawrth": a date's last month word wins, and a header's date
// names the month last.)
for (const months of [CY_MONTHS, GA_MONTHS]) {
  months.forEach((name, m) => {
    const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (plain !== 'awst' && !plain.includes(' ') && !MONTH_PREFIXES.get(plain)) MONTH_PREFIXES.set(plain, m + 1);
  });
}

/** Month (1-12) a word names, or 0: a full name, or a prefix of at least 3 letters that fits one month only. */
function monthOf(word: string): number {
  return MONTH_PREFIXES.get(word) ?? 0;
}

// Zone abbreviations that forward headers print (MEZ/MESZ are German for CET/CEST).
const ZONES: Record<string, number> = { GMT: 0, UTC: 0, UT: 0, WET: 0, BST: 60, IST: 60, WEST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const TIME = /\b(\d{1,2})(?::(\d{2})(?::(\d{2}))?|h(\d{2}))(?:\s*([ap])\.?\s?m\b\.?)?/i;
const OFFSET = /^\s*\(?\s*(?:(?:utc|gmt)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?\b|^\s*\(?\s*(utc|gmt)\b(?!\s*[+-]\d)/i;
const ZONE_WORD = /^\s*(?:uhr\s*)?\(?([a-z]{2,5})\)?(?=\W|$)/i;
const ISO_DAY = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DOTTED_DAY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
// (Or right after the year: "11.3.2027 14.35".)
const NORDIC_CLOCK = /(?:\b(?:klo|kl\.?|kello)\s*|(?<=\b\d{4},?\s))(\d{1,2})\.(\d{2})\b/i;

function zoneAt(rest: string, fallbackOffset: number | null): number | null {
  const o = OFFSET.exec(rest);
  if (o) return o[4] ? 0 : (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0));
  const z = ZONE_WORD.exec(rest)?.[1]?.toUpperCase();
  // "IST" is Irish summer time for a user on Irish time, and India's time (UTC+5:30) for everyone else.
  if (z === 'IST' && fallbackOffset !== 0 && fallbackOffset !== 60) return 330;
  return z && z in ZONES ? ZONES[z]! : null;
}

/** The calendar day in what is left of the value once the time is cut out: [year, month, day] or null. */
function dayOf(text: string): [number, number, number] | null {
  const iso = ISO_DAY.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dotted = DOTTED_DAY.exec(text);
  if (dotted) return [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  // Words and numbers: one month word, one 4-digit year, one day number (1-31) next to the month.
  const tokens = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z]+|\d+/g) ?? [];
  let year = 0;
  let month = 0;
  let monthAt = -1;
  const days: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\d{4}$/.test(t)) year = year || Number(t);
    else if (/^\d{1,2}$/.test(t)) days.push(i);
    else {
      // The last month word wins: "mar." before the day is Tuesday in French and Spanish ("mar. 3 févr.").
      const m = monthOf(t);
      if (m) [month, monthAt] = [m, i];
    }
  }
  // Nothing but the one unambiguous layout: a year, a month word, and a day number beside the month
  // (possibly across "de" or an ordinal suffix: "16 de febrero", "April 17th").
  const near = days.filter((i) => Math.abs(i - monthAt) <= 2);
  if (!year || !month || near.length !== 1) return null;
  const day = Number(tokens[near[0]!]);
  return day >= 1 && day <= 31 ? [year, month, day] : null;
}

/**
 * Forward header dates as mail clients print them ("Mon, Mar 2, 2026 at 10:15 AM", "lun. 2 mars 2026
 * à 10:15", "4. Mai 2026 um 08:21 Uhr", "16 de febrero de 2026 09:00", "20.01.2026 13:05 MEZ"), read
 * from tables: one clear day, one time, an optional zone. Null when the layout is anything else.
 */
function tableDate(raw: string, fallback: FallbackZone): HeaderDate | null {
  // ("to 11.3.2027 klo 14.35": a Nordic clock word's time with a dot.)
  const text = raw.replace(/(\d)T(?=\d)/, '$1 ').replace(NORDIC_CLOCK, '$1:$2');
  const t = TIME.exec(text);
  if (!t) return null;
  const day = dayOf(text.slice(0, t.index) + ' ' + text.slice(t.index + t[0].length));
  if (!day) return null;
  let hour = Number(t[1]);
  const minute = Number(t[2] ?? t[4]);
  const meridiem = t[5]?.toLowerCase();
  if (hour > 23 || minute > 59 || (meridiem && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const [year, month, date] = day;
  const offset = zoneAt(text.slice(t.index + t[0].length), fallback.offsetMinutes) ?? offsetAt(fallback, { year, month, day: date, hour, minute });
  const ms = Date.UTC(year, month - 1, date, hour, minute, Number(t[3] ?? 0)) - offset * 60_000;
  const check = new Date(ms + offset * 60_000);
  // Date.UTC rolls 31 February over into March: such a value is no date.
  if (Number.isNaN(ms) || check.getUTCDate() !== date || check.getUTCMonth() !== month - 1) return null;
  return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
}

const LOCALES = [chrono.en.casual, chrono.fr.casual, chrono.de.casual, chrono.es.casual];

/**
 * Parses a date as forward header blocks print it ("Mon, Mar 2, 2026 at 10:15 AM",
 * "lun. 2 mars 2026 à 10:15"). Clients print it in the forwarder's zone without saying so,
 * hence `fallbackOffsetMinutes` (the outer Date header's offset; with `fallbackAt`, the outer date, the offset
 * of the zone that offset names, at the quoted date: see FallbackZone). RFC 5322 dates and the
 * common client layouts are read from tables; chrono (about 0.3 ms a call) reads the rest.
 */
export function parseLooseDate(raw: string | null | undefined, fallbackOffsetMinutes: number | null, fallbackAt: Date | null = null): HeaderDate | null {
  const fallback: FallbackZone = { offsetMinutes: fallbackOffsetMinutes, at: fallbackAt };
  if (!raw) return null;
  // (A client may print the offset's sign as a minus sign or a dash: "UTC−5".)
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 200).replace(/(?<=\b(?:GMT|UTC)\s?)[\u2212\u2013]|[\u2212\u2013](?=\d{4}\b)/g, '-');
  if (/[+-]\d{4}|\b(GMT|UTC|UT)\b/.test(text)) {
    const strict = parseHeaderDate(text);
    if (strict) return strict;
  }
  const table = tableDate(text, fallback);
  if (table) return table;
  // A leading weekday ("Mo.,", "lun.") only confuses the localised parsers.
  const dated = text.replace(/^[\p{L}]{2,12}\.{0,2},?\s+(?=\d)/u, '');
  let best: chrono.ParsedResult | null = null;
  for (const locale of LOCALES) {
    for (const r of locale.parse(dated, { instant: new Date(0), timezone: fallbackOffsetMinutes ?? 0 })) {
      // Relative words ("tomorrow") are read against 1970 here: only a written year makes a date.
      if (r.start.isCertain('year') && /\d{4}/.test(r.text) && (!best || r.text.length > best.text.length)) best = r;
    }
    // Each locale costs a full chrono pass: stop once one has read nearly the whole value.
    if (best && best.text.length >= dated.length * 0.8) break;
  }
  if (best) {
    const stated = best.start.isCertain('timezoneOffset') ? best.start.get('timezoneOffset') : null;
    if (stated !== null && stated !== undefined) return { iso: best.start.date().toISOString().replace('.000Z', 'Z'), offsetMinutes: stated };
    const c = best.start;
    const wall = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')!, hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 };
    const offset = offsetAt(fallback, wall);
    const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, c.get('second') ?? 0) - offset * 60_000;
    return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), offsetMinutes: offset };
  }
  return parseHeaderDate(text);
}
