/**
 * Commands by reply (product.md): the first word(s) of what the user typed decide.
 * Pure parsing; running them is run-command.ts.
 */
import { DateTime } from 'luxon';
import { isoUtc } from './time.js';

export type Command =
  | { name: 'stop' }
  | { name: 'stop-all' }
  | { name: 'snooze'; until: string }
  | { name: 'hired' }
  | { name: 'list' }
  | { name: 'timezone'; zone: string }
  | { name: 'help' }
  | { name: 'delete-my-data' };

export type ParsedCommand = Command | { name: 'invalid'; word: string; problem: string } | null;

/** The longest snooze we accept; longer is almost certainly a typo. */
export const MAX_SNOOZE_DAYS = 366;
/** When a snooze given as a date ends, local time (the start of that working day). */
export const SNOOZE_UNTIL_LOCAL_HOUR = 8;

const COMMAND_WORDS = ['stop', 'snooze', 'hired', 'list', 'timezone', 'tz', 'help', 'delete'];
const UNITS: Record<string, 'days' | 'weeks' | 'months'> = {
  d: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', week: 'weeks', weeks: 'weeks',
  m: 'months', mo: 'months', month: 'months', months: 'months',
};

/** The first line of the text, lower-cased words (punctuation trimmed). */
function firstWords(text: string): string[] {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.trim().split(/\s+/).filter(Boolean).slice(0, 6).map((w) => w.replace(/[.,;:!?]+$/, ''));
}

/** True when the text starts with a command word (then it is treated as a command, valid or not). */
export function looksLikeCommand(text: string): boolean {
  const first = firstWords(text)[0]?.toLowerCase();
  return first !== undefined && COMMAND_WORDS.includes(first);
}

/**
 * Parses a command from the top of a reply. `now` and `timeZone` resolve snooze durations and dates.
 * Null when the text does not start with a command word.
 */
export function parseCommand(text: string, now: Date, timeZone: string): ParsedCommand {
  const words = firstWords(text);
  const lower = words.map((w) => w.toLowerCase());
  const [first, second, third] = lower;
  switch (first) {
    case 'stop':
      return second === 'all' ? { name: 'stop-all' } : { name: 'stop' };
    case 'hired':
      return { name: 'hired' };
    case 'list':
      return { name: 'list' };
    case 'help':
      return { name: 'help' };
    case 'delete':
      return second === 'my' && third === 'data' ? { name: 'delete-my-data' } : { name: 'invalid', word: 'delete', problem: 'write "delete my data"' };
    case 'timezone':
    case 'tz': {
      const zone = words[1] ?? '';
      return DateTime.now().setZone(zone).isValid && zone
        ? { name: 'timezone', zone }
        : { name: 'invalid', word: 'timezone', problem: `"${zone.slice(0, 60)}" is not a time zone (e.g. Europe/Berlin)` };
    }
    case 'snooze': {
      const until = snoozeEnd(lower.slice(1), now, timeZone);
      return until ? { name: 'snooze', until } : { name: 'invalid', word: 'snooze', problem: 'write e.g. "snooze 2w", "snooze 3d" or "snooze until 2026-04-01"' };
    }
    default:
      return null;
  }
}

/** ISO-8601 UTC end of a snooze from "2w" / "3 days" / "1m" / "until 2026-04-01" / "2026-04-01". */
export function snoozeEnd(args: string[], now: Date, timeZone: string): string | null {
  const start = DateTime.fromJSDate(now).setZone(timeZone);
  if (!start.isValid) return null;
  const words = args[0] === 'until' || args[0] === 'till' ? args.slice(1) : args;
  const joined = words.join(' ');
  let end: DateTime | null = null;
  const date = /^(\d{4}-\d{2}-\d{2})$/.exec(words[0] ?? '');
  if (date?.[1]) {
    const day = DateTime.fromISO(date[1], { zone: timeZone });
    end = day.isValid ? day.set({ hour: SNOOZE_UNTIL_LOCAL_HOUR, minute: 0, second: 0, millisecond: 0 }) : null;
  } else {
    const m = /^(\d{1,3})\s*([a-z]+)$/.exec(joined);
    const unit = m?.[2] ? UNITS[m[2]] : undefined;
    if (m?.[1] && unit) end = start.plus({ [unit]: Number(m[1]) });
  }
  if (!end || end <= start || end > start.plus({ days: MAX_SNOOZE_DAYS })) return null;
  return isoUtc(end.toJSDate());
}
