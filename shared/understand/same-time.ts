import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { inferTimeZone } from '../cadence/infer-time-zone.js';
import { EXTRA_ZONE_ABBR, proseTime, type TimeReference } from './prose-time.js';

// "move it to Thursday, same time", "Wednesday 17 June at the same time": a new day, the old hour.
const SAME_TIME = /\b(?:(?:at )?the same time|same time(?: as before)?)\b/i;
// Longest sentence read for the new day.
const MAX_SENTENCE_CHARS = 300;

/**
 * A reschedule that names only the new day and keeps the time ("bring your onsite forward from Friday
 * 19 June to Wednesday 17 June, same time"): the time of day comes from the quoted earlier message,
 * kept as wall-clock time in the sender's zone. Returns ISO-8601 UTC or null.
 */
export function sameTimeMoved(sentences: readonly string[], history: readonly string[], ref: TimeReference): string | null {
  const sentence = sentences.find((s) => SAME_TIME.test(s))?.slice(0, MAX_SENTENCE_CHARS);
  if (!sentence || history.length === 0) return null;
  const earlier = proseTime(history, ref);
  if (!earlier) return null;
  // The last day the sentence names is the new one ("from Friday 19 June to Wednesday 17 June").
  const days = chrono.casual
    .parse(sentence, { instant: ref.instant, timezone: ref.offsetMinutes }, { forwardDate: true, timezones: EXTRA_ZONE_ABBR })
    .map((r) => r.end ?? r.start)
    .filter((c) => c.isCertain('day') || c.isCertain('weekday'));
  const day = days[days.length - 1];
  if (!day) return null;
  const zone = inferTimeZone(ref.offsetMinutes, ref.instant);
  const old = DateTime.fromISO(earlier, { zone });
  const at = (year: number) => DateTime.fromObject({ year, month: day.get('month') ?? old.month, day: day.get('day') ?? old.day, hour: old.hour, minute: old.minute }, { zone });
  // chrono moves a range's end a year on when it is earlier than its start ("from 19 June to 17 June"):
  // unless the year is written, the new day is the next one on or after the mail's date.
  const sent = DateTime.fromJSDate(ref.instant, { zone });
  let moved = day.isCertain('year') ? at(day.get('year') ?? sent.year) : at(sent.year);
  if (!day.isCertain('year') && moved < sent.startOf('day')) moved = at(sent.year + 1);
  return moved.isValid ? moved.toUTC().toISO({ suppressMilliseconds: true }) : null;
}
