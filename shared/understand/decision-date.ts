import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { TimeReference } from './prose-time.js';

// A sentence that promises a decision (or asks for one) by a date.
const DECISION = /\b(decid|decision|let you know|get back to you|hear (back )?from (us|me)|update you|respond|reply|answer|accept|sign|outcome|feedback|come back to you)\w*\b[^.]{0,80}\b(by|before|no later than|until|on or before|end of)\b/i;
const MAX_DECISION_SENTENCES = 80;

/** The date a decision is promised or due ("we'll decide by Friday"), as YYYY-MM-DD in the reference zone. */
export function decisionDate(sentences: readonly string[], ref: TimeReference): string | null {
  for (const sentence of sentences.slice(0, MAX_DECISION_SENTENCES)) {
    const m = DECISION.exec(sentence);
    if (!m) continue;
    const tail = sentence.slice(m.index + m[0].length - (m[4]?.length ?? 0)).slice(0, 160);
    const [r] = chrono.casual.parse(tail.replace(/\bend of (the )?(day|business) /i, ''), { instant: ref.instant, timezone: ref.offsetMinutes }, { forwardDate: true });
    if (!r || !(r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month'))) continue;
    const local = DateTime.fromJSDate(r.start.date(), { zone: 'UTC' }).plus({ minutes: r.start.get('timezoneOffset') ?? ref.offsetMinutes });
    return local.toISODate();
  }
  return null;
}
