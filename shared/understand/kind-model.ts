/**
 * A word model of the five kinds, for mail the cue rules cannot place (kind-cues.ts speaks eleven
 * languages, but each new writer phrases a rejection or an offer a new way). Naive Bayes over the words and
 * word pairs of the subject and the original's sentences, trained on the labelled corpus
 * (`npx tsx test/understand/train-kind-model.ts`); deterministic, offline, and explained by the words
 * that weighed most. Consulted only when the rules found no kind, for mail not mostly in English (the rules
 * meet the bar there, and the model's guesses cost more than they gain: docs/understand.md).
 */
import model from './kind-model.json' with { type: 'json' };
import type { Kind } from '../domain/types.js';

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

/** The model's probability for its kind above which it decides (measured on held-out batches: docs/understand.md). */
export const MODEL_THRESHOLD = 0.99;
// The text read: the subject and the first sentences (a signature and a footer add only noise).
const MAX_CHARS = 6_000;

const WORD = /\p{L}+/gu;

/** The features of a text: its lower-case words and adjacent word pairs, each once. */
export function featuresOf(text: string): Set<string> {
  const words = text.slice(0, MAX_CHARS).toLowerCase().match(WORD) ?? [];
  const out = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

// Common English words: a text where more than ENGLISH_SHARE of the words are these is mostly English.
const ENGLISH = new Set('the and you your we to of for with our is are this that have will be at on in it as'.split(' '));
const ENGLISH_SHARE = 0.12;

/** Whether a text is mostly English (by its share of common English words). */
export function mostlyEnglish(text: string): boolean {
  const words = text.slice(0, MAX_CHARS).toLowerCase().match(WORD) ?? [];
  return words.length > 0 && words.filter((w) => ENGLISH.has(w)).length / words.length > ENGLISH_SHARE;
}

const trained = unpack(model as StoredKindModel);
const index = new Map(trained.features.map((f, i) => [f, i]));

export interface ModelGuess {
  kind: Kind;
  /** The model's probability for that kind. */
  p: number;
  /** The features that weighed most for it against the runner-up. */
  words: string[];
}

/** The kind the word model gives a subject and body, with its probability and the words behind it. */
export function guessKind(subject: string, sentences: readonly string[], m: KindModel = trained, at: Map<string, number> = index): ModelGuess | null {
  if (m.features.length === 0) return null;
  const scores = [...m.priors];
  const present: number[] = [];
  for (const f of featuresOf(`${subject}\n${sentences.join('\n')}`)) {
    const i = at.get(f);
    if (i === undefined) continue;
    present.push(i);
    const w = m.weights[i]!;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  const order = scores.map((s, k) => [s, k] as const).sort((a, b) => b[0] - a[0]);
  const [top, second] = [order[0]!, order[1]!];
  const z = scores.reduce((sum, s) => sum + Math.exp(s - top[0]), 0);
  const words = present
    .map((i) => [m.features[i]!, m.weights[i]![top[1]]! - m.weights[i]![second[1]]!] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([f]) => f);
  return { kind: m.kinds[top[1]]!, p: 1 / z, words };
}
