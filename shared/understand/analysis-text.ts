import { MAX_LINE_CHARS } from './limits.js';
import { quoteStart } from './top-text.js';

// Classification and extraction read the start of the original; decisions live there.
const MAX_ANALYSIS_CHARS = 20_000;

// A sentence ends at . ! ? and white space before a capital, except after ordinals ("10. März") and
// titles ("Dr."). Found by scanning for the punctuation (fast) and checking what precedes it in code:
// a split pattern with lookbehinds costs a lookbehind at every position of the text.
// ("?" and "!" end a sentence before a lower-case word too: "can you come by at 10am? should only take 30 min".)
const END_CANDIDATE = /([.!?])(\s+)(?=[\p{L}"(\d])/gu;
const SENTENCE_START = /[\p{Lu}"(\d]/u;
// (Polish: "o godz. 11:00", "ul. Lubicz", "Specjalista ds. Rekrutacji"; references: "(réf. 178452W)", "Req. 4471".)
const ABBREVIATION_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|vs|approx|ca|Nr|No|e\.g|i\.e|kl|klo|godz|ul|ds|tel|nr|réf|Réf|Req|req|Ref|ref|Ing|cat|Lic|Atte|Co)$/u;
// "8:00 a.m. Pacific (11:00 a.m. Eastern)": a zone after a.m./p.m. goes on the same sentence.
const MERIDIEM_BEFORE = /\b[ap]\.m$/i;
// (Or a place's time: "9:00 a.m. Chile time", "10:00 a.m. New York time".)
const ZONE_AFTER = /^(?:Pacific|Eastern|Central|Mountain|Atlantic|Hawaii|Alaska|Newfoundland|[ECMP]T\b(?!\s*[-–—])|[A-Z]{2,4}T\b|GMT|UTC|\(|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? time\b)/u;

function splitSentences(p: string): string[] {
  const out: string[] = [];
  let from = 0;
  END_CANDIDATE.lastIndex = 0;
  for (let m = END_CANDIDATE.exec(p); m; m = END_CANDIDATE.exec(p)) {
    const at = m.index;
    // "!" and "?" always end a sentence; "." only after a letter or sign that is not a digit, and not a title's.
    const next = p[at + 1 + (m[2]?.length ?? 0)] ?? '';
    const ends = m[1] !== '.' ? true : SENTENCE_START.test(next) && (at > 0 && !/[\d\s.]/u.test(p[at - 1]!) && !ABBREVIATION_BEFORE.test(p.slice(Math.max(0, at - 10), at)) && !(MERIDIEM_BEFORE.test(p.slice(Math.max(0, at - 4), at)) && ZONE_AFTER.test(p.slice(at + 1 + (m[2]?.length ?? 0), at + 16))));
    if (ends) {
      out.push(p.slice(from, at + 1));
      from = at + 1 + (m[2]?.length ?? 0);
    }
  }
  out.push(p.slice(from));
  return out;
}

/** The original's own words, prepared once for classification and extraction. */
export interface AnalysisText {
  /** Body without quoted history, lines capped. */
  body: string;
  /** Non-empty trimmed lines of `body`. */
  lines: string[];
  /** Sentences (paragraph lines joined, then split at sentence ends). */
  sentences: string[];
  /** Sentences of the quoted history below the latest reply (empty when there is none). */
  history: string[];
}

function sentencesOf(body: string): string[] {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return paragraphs.flatMap(splitSentences).map((s) => s.trim()).filter(Boolean);
}

/** Prepares the original's body for reading: drops quoted history and absurd lines. */
export function analysisText(text: string): AnalysisText {
  const raw = (text.length > MAX_ANALYSIS_CHARS ? text.slice(0, MAX_ANALYSIS_CHARS) : text)
    .replace(/\r/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  let all = raw.split('\n').map((l) => (l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l));
  const cut = quoteStart(all);
  let history: string[] = [];
  // The recruiter's reply sits above the quoted thread; keep the thread only if nothing is above it.
  if (all.slice(0, cut).join('').trim().length > 0) {
    history = sentencesOf(all.slice(cut).map((l) => l.replace(/^\s*(>\s?)+/, '')).join('\n'));
    all = all.slice(0, cut);
  }
  // Everything quoted ("> > Hallo Frau Weber"): an original forwarded with its quote markers; read it bare.
  // (Its own quoted thread then starts at the next opener: "On 8 May, Eleri Vaughan wrote:" under the reply.)
  if (cut === 0 && all.some((l) => /^\s*>/.test(l))) {
    all = all.map((l) => l.replace(/^\s*(>\s?)+/, ''));
    const inner = quoteStart(all);
    if (inner < all.length && all.slice(0, inner).join('').trim().length > 0) {
      history = sentencesOf(all.slice(inner).join('\n'));
      all = all.slice(0, inner);
    }
  }
  const body = all.join('\n');
  const lines = all.map((l) => l.trim()).filter(Boolean);
  return { body, lines, sentences: sentencesOf(body), history };
}
