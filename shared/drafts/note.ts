import { MAX_NOTE_LENGTH, MAX_NOTE_WORDS } from './limits.js';
import { capLength, cleanText } from './sanitize.js';

/** The substance of the user's note, sorted into what a draft can say with it. */
export interface NoteParts {
  /** What was discussed, in the draft's voice ("your migration to dbt"). */
  topic: string | null;
  /** What the user wants to bring up ("my Airflow project", "that I'm available from March"). */
  mention: string | null;
  /** What the interviewer liked ("my dashboard"). */
  liked: string | null;
  /** What they asked the user about ("my SQL experience"). */
  asked?: string | null;
  /** What the employer is doing or looking for, as a clause ("building a new forecasting team"). */
  plans?: string | null;
  /** Anything else worth keeping, as a clause. */
  other: string | null;
}

const CLAUSE_WORDS = 20;
const TRIGGER = '(?:mention|bring up|highlight|remind|tell|add|note|say|send|keep|make|be|we|they|she|he|i)';
const SPLIT = new RegExp(
  `\\n|;|(?<=[.!?])\\s+|,\\s*(?=(?:and\\s+|but\\s+|also\\s+|so\\s+)?(?:please\\s+|pls\\s+)?${TRIGGER}\\b)|\\s+(?:and|but)\\s+(?=(?:please\\s+|also\\s+)?(?:mention|bring up|highlight|remind|tell them|add|say|we|they|she|he)\\b)`,
  'i',
);

const PATTERNS: { part: keyof NoteParts; re: RegExp }[] = [
  {
    part: 'plans',
    re: /^(?:they're|they are|she's|she is|he's|he is|the team is|the team's|they)\s+((?:building|launching|migrating|moving|rolling out|growing|expanding|rebuilding|scaling|hiring|planning|starting|looking for|want|need)\b.+)$/i,
  },
  {
    part: 'asked',
    re: /^(?:(?!(?:we|i)\s)(?:they|she|he|the interviewer|the panel|\p{Lu}\p{L}+)\s+)?(?:asked(?: me)?|grilled me|quizzed me|drilled into)\s+(?:a lot\s+)?(?:about|on)\s+(.+)$/iu,
  },
  {
    part: 'topic',
    re: /^(?:(?:we|i|they|she|he)\s+)?(?:(?:really|mostly|mainly)\s+)?(?:talked|spoke|chatted|discussed|covered|went over|got into|dug into)\s+(?:a lot\s+|at length\s+)?(?:about\s+|through\s+)?(.+)$/i,
  },
  {
    part: 'mention',
    re: /^(?:(?:i\s+)?(?:want to|should|need to|must)\s+)?(?:mention|bring up|highlight|add|note|say|remind (?:them|him|her)(?: of| about)?|tell (?:them|him|her)(?: about)?)\s+(.+)$/i,
  },
  {
    part: 'liked',
    re: /^(?!(?:we|i)\s)(?:they|she|he|the team|the interviewer|the panel|\p{Lu}\p{L}+)\s+(?:really\s+)?(?:liked|loved|enjoyed|was impressed by|were impressed by|was interested in|were interested in|seemed keen on)\s+(.+)$/iu,
  },
];

// Instructions to us about tone, bare enthusiasm (every draft has that) and who was in the room:
// nothing the employer needs to read back.
const INSTRUCTION =
  /^(?:keep it|make it|be |don'?t|do not|no need|not too|short|formal|casual|thanks|thank you|fyi|see below|pls|please|great (?:chat|call|interview|conversation)|went well|(?:really |very |so )?(?:excited|keen|thrilled|pumped|nervous|hopeful)\b|(?:the )?interviewers? (?:was|were|is|are)\b|(?:i )?(?:met|interviewed) with\b)/i;

const SECOND_PERSON: [RegExp, string][] = [
  [/\bthey're\b/gi, "you're"],
  [/\bthey've\b/gi, "you've"],
  [/\bthey'll\b/gi, "you'll"],
  [/\btheirs\b/gi, 'yours'],
  [/\btheir\b/gi, 'your'],
  [/\bthemselves\b/gi, 'yourselves'],
  [/\bthem\b/gi, 'you'],
  [/\bthey\b/gi, 'you'],
  [/(?<!\w)(?:his|her)\b(?=\s+\p{L})/giu, 'your'],
  [/\bi\b/g, 'I'],
  [/\bim\b/gi, "I'm"],
];

/** Rewrites a clause written about the employer ("their migration") to address them ("your migration"). */
export function toSecondPerson(clause: string): string {
  return SECOND_PERSON.reduce((s, [re, to]) => s.replace(re, to), clause);
}

function tidy(clause: string): string {
  const words = clause
    .replace(/^(?:and|but|also|so|plus|oh|ps:?)\s+/i, '')
    .replace(/^(?:please|pls)\s+/i, '')
    .replace(/[\s.,;:!?]+$/, '')
    .trim()
    .split(/\s+/);
  return words.slice(0, CLAUSE_WORDS).join(' ');
}

function asMention(raw: string): string {
  const m = toSecondPerson(raw).replace(/^about\s+/i, '');
  // "mention I'm available" -> "that I'm available"; noun phrases ("my project") stay as they are.
  return /^(?:I|I'm|I've|I'll|we)\b/.test(m) ? `that ${m}` : m;
}

/**
 * Reads the user's note (typed above the forward) into parts a template can turn into its own
 * sentences, e.g. "we talked about their migration to dbt, mention my Airflow project" ->
 * topic "your migration to dbt", mention "my Airflow project". Unrecognised text goes to `other`.
 */
export function readNote(note: string | null | undefined): NoteParts {
  const parts: NoteParts = { topic: null, mention: null, liked: null, asked: null, plans: null, other: null };
  const text = cleanText(note, MAX_NOTE_LENGTH);
  if (!text) return parts;
  const words = text.split(/\s+/).slice(0, MAX_NOTE_WORDS * 2).join(' ');
  for (const piece of words.split(SPLIT)) {
    const clause = tidy(piece ?? '');
    if (clause.split(/\s+/).length < 2 || INSTRUCTION.test(clause)) continue;
    const hit = PATTERNS.find((p) => p.re.test(clause));
    const body = hit ? (hit.re.exec(clause)?.[1] ?? '') : clause;
    const part = hit?.part ?? 'other';
    if (!body.trim()) continue;
    if (part === 'mention') {
      parts.mention = parts.mention ? `${parts.mention} and ${asMention(body)}` : asMention(body);
    } else if (part === 'plans') {
      // "they want someone who..." -> "looking for someone who..."
      parts.plans ??= toSecondPerson(body).replace(/^(?:want|need)\b/i, 'looking for');
    } else if (!parts[part]) {
      parts[part] = toSecondPerson(body);
    }
  }
  if (parts.other) parts.other = capLength(parts.other, 160);
  return parts;
}

/** True when the note gave the draft anything to say. */
export function hasSubstance(parts: NoteParts): boolean {
  return Boolean(parts.topic || parts.mention || parts.liked || parts.asked || parts.plans || parts.other);
}
