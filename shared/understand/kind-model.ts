/**
 * A word model of the five kinds, for mail the cue rules misread or cannot place (kind-cues.ts speaks eleven
 * languages, but each new writer phrases a rejection or an offer a new way). Naive Bayes over the words and
 * word pairs of the subject and the original's sentences, trained on the labelled corpus
 * (`npx tsx test/understand/train-kind-model.ts`); deterministic, offline, and explained by the words
 * that weighed most. It overrules the rules only when far surer (OVERRULE_MARGIN), and places mail the rules found
 * no kind for when it is not mostly in English (in English a less sure model cost more than it gained):
 * `withWordModel`, measured on held-out rounds in docs/understand.md.
 */
import model from './kind-model.json' with { type: 'json' };
import type { Kind } from '../domain/types.js';
import type { Verdict } from './classify.js';

/** The model as stored (kind-model.json), compact: it ships inside the inbound Lambda bundle. */
export interface StoredKindModel {
  /** The kinds, in the order of each feature's weights. */
  kinds: Kind[];
  /** Per kind: the log prior. */
  priors: number[];
  /** Features (a word, or two words joined by a space), sorted, separated by '|' (a newline would become a
   * raw line break in the minified bundle, which esbuild writes as a template literal). */
  features: string;
  /**
   * Per feature, per kind, one character of WEIGHT_ALPHABET: log p(present | kind) - log p(absent | kind),
   * less the feature's largest (only differences between kinds matter), in steps of WEIGHT_STEP.
   */
  weights: string;
}

export interface KindModel {
  kinds: Kind[];
  priors: number[];
  features: string[];
  /** Per feature, per kind: the weight in log units. */
  weights: number[][];
}

export const WEIGHT_STEP = 0.2;
export const WEIGHT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Packs weights (log units) into the stored form. */
export function packWeights(weights: readonly (readonly number[])[]): string {
  return weights
    .map((w) => {
      const top = Math.max(...w);
      return w.map((x) => WEIGHT_ALPHABET[Math.min(WEIGHT_ALPHABET.length - 1, Math.round((top - x) / WEIGHT_STEP))]).join('');
    })
    .join('');
}

/** Unpacks a stored model. */
export function unpack(stored: StoredKindModel): KindModel {
  const features = stored.features ? stored.features.split('|') : [];
  const n = stored.kinds.length;
  const weights = features.map((_, i) => Array.from({ length: n }, (_, k) => -WEIGHT_ALPHABET.indexOf(stored.weights[i * n + k] ?? 'A') * WEIGHT_STEP));
  return { kinds: stored.kinds, priors: stored.priors, features, weights };
}

/** The model's probability for its kind above which it decides where the rules found none (measured on held-out batches: docs/understand.md). */
export const MODEL_THRESHOLD = 0.99;
/**
 * How far (log units) the model's kind must lead its runner-up for the model to overrule the cue rules. Measured on
 * blind rounds held out of its training and read by the engine as it stood before they were written: at 25 it mended
 * 43 kinds and broke 2 of 2,000 (batches 436-475), mended 39 and broke 3 of 1,600 (404-435); below 15 it breaks
 * three to five times as many (docs/understand.md).
 */
export const OVERRULE_MARGIN = 25;
// The text read: the subject and the first sentences (a signature and a footer add only noise).
const MAX_CHARS = 6_000;

const WORD = /\p{L}+/gu;

/** The lower-case words of a text, as the model reads it (its first MAX_CHARS characters). */
function wordsOf(text: string): string[] {
  return text.slice(0, MAX_CHARS).toLowerCase().match(WORD) ?? [];
}

/** The features of a text: its lower-case words and adjacent word pairs, each once. */
export function featuresOf(text: string): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

// Common English words: a text where more than ENGLISH_SHARE of the words are these is mostly English.
const ENGLISH = new Set('the and you your we to of for with our is are this that have will be at on in it as'.split(' '));
const ENGLISH_SHARE = 0.12;

/** Whether a text is mostly English (by its share of common English words). */
export function mostlyEnglish(text: string): boolean {
  return englishWords(wordsOf(text));
}

function englishWords(words: readonly string[]): boolean {
  return words.length > 0 && words.filter((w) => ENGLISH.has(w)).length / words.length > ENGLISH_SHARE;
}

/**
 * A model's features by word: each word of any feature gets a number, so a word pair is looked up by two numbers
 * rather than by building its string (most pairs of a mail are no feature).
 */
export interface ModelIndex {
  /** Each word that appears in a feature, alone or in a pair: its number. */
  words: Map<string, number>;
  /** Per word number: the feature that is the word alone, or -1. */
  alone: Int32Array;
  /** Per pair of word numbers (first * words.size + second): its feature. */
  pairs: Map<number, number>;
}

/** The index of a model's features. */
export function indexModel(m: KindModel): ModelIndex {
  const words = new Map<string, number>();
  const number = (w: string): number => {
    let n = words.get(w);
    if (n === undefined) words.set(w, (n = words.size));
    return n;
  };
  const split = m.features.map((f) => f.split(' '));
  for (const parts of split) for (const w of parts) number(w);
  const alone = new Int32Array(words.size).fill(-1);
  const pairs = new Map<number, number>();
  split.forEach((parts, i) => {
    if (parts.length === 1) alone[number(parts[0]!)] = i;
    // A feature is a word or two; anything else can never be present (the text's words hold no space).
    else if (parts.length === 2) pairs.set(number(parts[0]!) * words.size + number(parts[1]!), i);
  });
  return { words, alone, pairs };
}

const trained = unpack(model as StoredKindModel);
const index = indexModel(trained);

export interface ModelGuess {
  kind: Kind;
  /** The model's probability for that kind. */
  p: number;
  /** How far (log units) its kind's score is ahead of the runner-up's. */
  margin: number;
  /** The features that weighed most for it against the runner-up. */
  words: string[];
}

/**
 * The rules' verdict, or the word model's: where it is far surer than the rules (OVERRULE_MARGIN), or where the rules
 * placed the mail nowhere, nothing says it is bulk mail, and it is not mostly English (there the rules' `other` is
 * more often right than a less sure model).
 */
export function withWordModel(verdict: Verdict, guess: ModelGuess | null, english: boolean): Verdict {
  if (!guess || guess.kind === verdict.kind) return verdict;
  const words = guess.words.join(', ');
  if (guess.margin >= OVERRULE_MARGIN) return { kind: guess.kind, cues: [`${guess.kind}: word model (${words}) over the rules' ${verdict.kind}`, ...verdict.cues] };
  if (verdict.kind === 'other' && !english && guess.p >= MODEL_THRESHOLD && !verdict.cues.some((c) => c.startsWith('other:'))) {
    return { kind: guess.kind, cues: [...verdict.cues, `${guess.kind}: word model (${words})`] };
  }
  return verdict;
}

/** The kind the word model gives a subject and body, with its probability and the words behind it. */
export function guessKind(subject: string, sentences: readonly string[], m: KindModel = trained, at: ModelIndex = m === trained ? index : indexModel(m)): ModelGuess | null {
  return guessFrom(wordsOf(`${subject}\n${sentences.join('\n')}`), m, at);
}

/** The model's guess for a subject and body, and whether they are mostly English, from one reading of the words. */
export function readKind(subject: string, sentences: readonly string[]): { guess: ModelGuess | null; english: boolean } {
  // Only as many sentences as the model reads.
  let n = 0;
  for (let chars = subject.length; n < sentences.length && chars < MAX_CHARS; n++) chars += 1 + sentences[n]!.length;
  const words = wordsOf(`${subject}\n${sentences.slice(0, n).join('\n')}`);
  return { guess: guessFrom(words, trained, index), english: englishWords(words) };
}

function guessFrom(words: readonly string[], m: KindModel, at: ModelIndex): ModelGuess | null {
  if (m.features.length === 0) return null;
  const scores = [...m.priors];
  const present: number[] = [];
  // Each feature once (the model is Bernoulli: a feature is present or not), the words and the pairs of the text,
  // in the text's order (each word, then the pair it starts).
  const seen = new Uint8Array(m.features.length);
  const take = (i: number | undefined): void => {
    if (i === undefined || i < 0 || seen[i]) return;
    seen[i] = 1;
    present.push(i);
    const w = m.weights[i]!;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  };
  const size = at.words.size;
  let next = at.words.get(words[0] ?? '') ?? -1;
  for (let j = 0; j < words.length; j++) {
    const n = next;
    next = j + 1 < words.length ? (at.words.get(words[j + 1]!) ?? -1) : -1;
    if (n < 0) continue;
    take(at.alone[n]);
    if (next >= 0) take(at.pairs.get(n * size + next));
  }
  const order = scores.map((s, k) => [s, k] as const).sort((a, b) => b[0] - a[0]);
  const [top, second] = [order[0]!, order[1]!];
  const z = scores.reduce((sum, s) => sum + Math.exp(s - top[0]), 0);
  // The three features that weighed most for the kind against the runner-up (ties by name), without sorting them all.
  const best: Array<readonly [string, number]> = [];
  for (const i of present) {
    const entry = [m.features[i]!, m.weights[i]![top[1]]! - m.weights[i]![second[1]]!] as const;
    let at = best.length;
    while (at > 0 && (best[at - 1]![1] < entry[1] || (best[at - 1]![1] === entry[1] && best[at - 1]![0] > entry[0]))) at--;
    if (at < 3) {
      best.splice(at, 0, entry);
      best.length = Math.min(best.length, 3);
    }
  }
  const words3 = best.map(([f]) => f);
  return { kind: m.kinds[top[1]]!, p: 1 / z, margin: top[0] - second[0], words: words3 };
}
