import * as chrono from 'chrono-node';
import type { TimeReference } from './prose-time.js';

// A sentence that promises a decision (or asks for one) by a date.
const DECISION = /\b(decid|decision|let you know|get back to you|hear (back )?from (us|me)|update you|respond|reply|answer|accept|sign|outcome|feedback|come back to you)\w*\b[^.]{0,80}?\b(by|before|no later than|until|on or before|end of)\b/i;
const MAX_DECISION_SENTENCES = 80;
// The reader's own deadline ("please reply by", "accept by", "sign and return by") is not the employer's decision.
const READER_DEADLINE = /^(respond|reply|answer|accept|sign)/i;
// "let us know your decision by Friday": the reader's decision.
const READER_BEFORE = /\b(your|let (us|me) know|tell (us|me)|inform (us|me))\s*$/i;

/** The date a decision is promised or due ("we'll decide by Friday"), as YYYY-MM-DD in the reference zone. */
export function decisionDate(sentences: readonly string[], ref: TimeReference): string | null {
  for (const sentence of sentences.slice(0, MAX_DECISION_SENTENCES)) {
    const m = DECISION.exec(sentence);
    if (!m || READER_DEADLINE.test(m[1] ?? '') || READER_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const tail = sentence.slice(m.index + m[0].length - (m[4]?.length ?? 0)).slice(0, 160);
    // "by the end of next week": the Friday of that week (chrono reads it as a Saturday or a range).
    const week = /^\w+\s+(?:the\s+)?end of (this|the|next) week\b/i.exec(tail);
    if (week) {
      const local = new Date(ref.instant.getTime() + ref.offsetMinutes * 60_000);
      const weekday = local.getUTCDay() || 7;
      const friday = new Date(local.getTime() + ((5 - weekday) + (week[1]?.toLowerCase() === 'next' ? 7 : 0)) * 86_400_000);
      return friday.toISOString().slice(0, 10);
    }
    const [r] = chrono.casual.parse(tail.replace(/\bend of (the )?(day|business) /i, ''), { instant: ref.instant, timezone: ref.offsetMinutes }, { forwardDate: true });
    if (!r || !(r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month'))) continue;
    // chrono's components are already the local calendar date the text names.
    const y = r.start.get('year');
    const mo = r.start.get('month');
    const d = r.start.get('day');
    if (!y || !mo || !d) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
