/**
 * A cheap gate in front of an expensive regex: the words a text must contain for the pattern to match.
 * Looking words up in a set (built once per text) costs far less than running a long alternation over
 * the whole text, and most patterns do not occur in most mail, so most regex passes are skipped.
 *
 * The gate is derived from the pattern's source, conservatively (the idea of RE2's prefilters, on words):
 * a literal word is required only when the pattern fixes both its ends (\b or a non-word character on
 * each side), a word start when only its start is fixed; optional parts require nothing; a group requires
 * one of its alternatives. Anything the reader does not understand requires nothing. So a gate can only
 * skip a pattern that could not have matched (tested against the patterns and the corpus).
 */

/** What a text must contain: words, word starts, all of, one of; `true` when nothing is known. */
export type Requirement = true | { word: string } | { start: string } | { all: Requirement[] } | { any: Requirement[] };

// Word characters as \b sees them.
const WORD_CHAR = /^[A-Za-z0-9_]$/;
// A word start shorter than this is in nearly every text and gates nothing (whole words may be shorter:
// "en" or "bei" in a pattern's alternatives gate French, Spanish and German phrasing).
const MIN_START = 3;
const MIN_WORD = 2;

type Atom =
  | { t: 'char'; c: string }
  | { t: 'boundary' }
  /** \s or \W: always a non-word character. */
  | { t: 'gap' }
  | { t: 'group'; alts: Atom[][]; look: boolean }
  | { t: 'other' };
interface Item {
  atom: Atom;
  /** At least once (no ?, *, {0,...}). */
  required: boolean;
  /** Exactly once (no quantifier, or {1}). */
  once: boolean;
}

/** Parses the subset of regex syntax our patterns use; unknown constructs become opaque atoms. */
function parse(src: string): Atom[][] {
  let i = 0;
  const alternation = (): Atom[][] => {
    const alts: Item[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = single();
      const q = quantifier();
      alts[alts.length - 1]!.push({ atom, ...q });
    }
    // Keep quantifier facts by wrapping: an item that is not exactly once is an opaque or grouped atom.
    return alts.map((items) =>
      items.flatMap((it): Atom[] => {
        if (it.once) return [it.atom];
        if (!it.required) return [{ t: 'other' }];
        // "\s+": whatever repeats, both neighbours of the run are non-word characters.
        if (isGap(it.atom)) return [{ t: 'gap' }];
        return [it.atom, { t: 'other' }];
      }),
    );
  };
  const single = (): Atom => {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      i += 2;
      if (n === 'b') return { t: 'boundary' };
      if (n === 'p' || n === 'P') {
        if (src[i] === '{') i = src.indexOf('}', i) + 1 || src.length;
        return { t: 'other' };
      }
      // Escapes with arguments (\uXXXX, \u{...}, \xXX, \cX, \k<name>, \1): skip them whole.
      if (n === 'u') i += src[i] === '{' ? src.indexOf('}', i) + 1 - i : 4;
      else if (n === 'x') i += 2;
      else if (n === 'c') i += 1;
      else if (n === 'k' && src[i] === '<') i = src.indexOf('>', i) + 1;
      else if (/[0-9]/.test(n)) while (/[0-9]/.test(src[i] ?? '')) i++;
      if ('uxck0123456789'.includes(n)) return { t: 'other' };
      if (n === 's' || n === 'W') return { t: 'gap' };
      if (/[a-zA-Z]/.test(n)) return { t: 'other' }; // \d \w \B \n \t ...
      return { t: 'char', c: n };
    }
    if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      i++;
      return { t: 'other' };
    }
    if (c === '(') {
      // "(?<!\w)" and "(?!\w)": word edges as our /iu patterns write them (see test/understand/word-edge.ts).
      if (src.startsWith('(?<!\\w)', i) || src.startsWith('(?!\\w)', i)) {
        i += src[i + 2] === '<' ? 7 : 6;
        return { t: 'boundary' };
      }
      let look = false;
      if (src.startsWith('(?:', i)) i += 3;
      else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
        look = true;
        i += src[i + 2] === '<' ? 4 : 3;
      } else if (src.startsWith('(?<', i)) i = src.indexOf('>', i) + 1;
      else i++;
      const alts = alternation();
      i++; // ')'
      return { t: 'group', alts, look };
    }
    i++;
    if (c === '.' || c === '^' || c === '$') return { t: 'other' };
    return { t: 'char', c };
  };
  const quantifier = (): { required: boolean; once: boolean } => {
    const c = src[i];
    let q = { required: true, once: true };
    if (c === '?' || c === '*') {
      i++;
      q = { required: false, once: false };
    } else if (c === '+') {
      i++;
      q = { required: true, once: false };
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i))!;
      i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      q = { required: min >= 1, once: min === 1 && max === 1 };
    }
    if (src[i] === '?') i++; // lazy
    return q;
  };
  return alternation();
}

// An atom that always matches one non-word character.
const isGap = (a: Atom): boolean => a.t === 'gap' || (a.t === 'char' && !WORD_CHAR.test(a.c));

// Whether an atom, seen from a neighbouring word character, is certainly a word end.
const isEdge = (a: Atom | undefined, outside: boolean): boolean => (a === undefined ? outside : a.t === 'boundary' || isGap(a));

function sequence(atoms: Atom[], leftEdge: boolean, rightEdge: boolean): Requirement {
  const parts: Requirement[] = [];
  let k = 0;
  while (k < atoms.length) {
    const a = atoms[k]!;
    if (a.t === 'group') {
      if (!a.look) parts.push(anyOf(a.alts, isEdge(atoms[k - 1], leftEdge), isEdge(atoms[k + 1], rightEdge)));
      k++;
      continue;
    }
    if (a.t !== 'char' || !WORD_CHAR.test(a.c)) {
      k++;
      continue;
    }
    // A run of word characters: a word whose ends the neighbours may fix.
    let j = k;
    let word = '';
    while (j < atoms.length && atoms[j]!.t === 'char' && WORD_CHAR.test((atoms[j] as { c: string }).c)) word += (atoms[j++] as { c: string }).c;
    const left = isEdge(atoms[k - 1], leftEdge);
    const right = isEdge(atoms[j], rightEdge);
    const w = word.toLowerCase();
    if (left && right && w.length >= MIN_WORD) parts.push({ word: w });
    else if (left && w.length >= MIN_START) parts.push({ start: w });
    k = j;
  }
  const known = parts.filter((p) => p !== true);
  return known.length === 0 ? true : known.length === 1 ? known[0]! : { all: known };
}

function anyOf(alts: Atom[][], leftEdge: boolean, rightEdge: boolean): Requirement {
  const options: Requirement[] = [];
  for (const alt of alts) {
    const r = sequence(alt, leftEdge, rightEdge);
    if (r === true) return true;
    options.push(r);
  }
  return options.length === 1 ? options[0]! : { any: options };
}

/** The words a text must contain for `re` to match it. */
export function requirement(re: RegExp): Requirement {
  const top = parse(re.source);
  // Start and end of the text count as word ends for \b.
  return anyOf(top, false, false);
}

type Leaf = { word: string } | { start: string };

// Words in nearly every recruiting mail: the poorest choice of the one part of an `all` to check.
const COMMON = new Set(
  'the to of and a in you your we our for is are be will with at on this that it as by from have has not can if or an any would like want been was were all new now next time job role call team us me my i do'.split(' '),
);

/**
 * A weaker requirement that is only "one of these literals": an `all` keeps its most selective part
 * (longest literals). Dropping conjuncts only lets more texts through, so the gate stays sound.
 * Null when nothing is required.
 */
function disjunction(r: Requirement): Leaf[] | null {
  if (r === true) return null;
  if ('word' in r || 'start' in r) return [r];
  if ('any' in r) {
    const out: Leaf[] = [];
    for (const p of r.any) {
      const d = disjunction(p);
      if (!d) return null;
      out.push(...d);
    }
    return out;
  }
  let best: Leaf[] | null = null;
  // Longer literals are rarer; a word found in nearly every mail gates nothing.
  const rarity = (l: Leaf) => ('word' in l ? (COMMON.has(l.word) ? 0 : l.word.length + 1) : l.start.length);
  const score = (d: Leaf[]) => Math.min(...d.map(rarity)) - d.length / 100;
  for (const p of r.all) {
    const d = disjunction(p);
    if (d && (!best || score(d) > score(best))) best = d;
  }
  return best;
}

/**
 * Gates for a list of patterns, checked together: one regex pass over a text finds every word that
 * starts with one of the required literals (a word of the text as \b sees it); each literal found
 * opens the patterns that wait for it. A pattern that requires nothing is always open.
 */
export class Gates {
  private readonly scanner: RegExp | null;
  /** Patterns opened by a whole word. */
  private readonly byWord = new Map<string, number[]>();
  /** Scanned literal -> patterns opened by a word that starts with it (or with a literal it starts with). */
  private readonly byStart = new Map<string, number[]>();
  private readonly open: readonly boolean[];

  constructor(readonly patterns: readonly RegExp[]) {
    const starts = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
    this.open = patterns.map(requirement).map((r, i) => {
      const d = disjunction(r);
      for (const leaf of d ?? []) if ('word' in leaf) add(this.byWord, leaf.word, i);
      else add(starts, leaf.start, i);
      return d === null;
    });
    const all = [...new Set([...this.byWord.keys(), ...starts.keys()])].sort((a, b) => b.length - a.length);
    for (const lit of all) {
      const opened = [...starts].filter(([s]) => lit.startsWith(s)).flatMap(([, ids]) => ids);
      if (opened.length) this.byStart.set(lit, [...new Set(opened)]);
    }
    // Longest first, so the literal captured is the longest one the word starts with (every start
    // literal the word begins with is a prefix of it); literals are [a-z0-9_] only (no escaping
    // needed); the tail runs to the end of the word.
    this.scanner = all.length ? new RegExp(`\\b(${all.join('|')})[a-z0-9_]*`, 'gi') : null;
  }

  /** For each pattern, false only when it cannot match `text`. */
  check(text: string): boolean[] {
    const may = [...this.open];
    this.scan(text, (i) => {
      may[i] = true;
    });
    return may;
  }

  /**
   * For each pattern, where the words that open it start in `text` (in text order; a match of the pattern holds one
   * of them), or null when the pattern is always open. An empty list: the pattern cannot match.
   */
  locate(text: string): Array<number[] | null> {
    const at: Array<number[] | null> = this.open.map((o) => (o ? null : []));
    this.scan(text, (i, index) => {
      const list = at[i];
      if (list && list[list.length - 1] !== index) list.push(index);
    });
    return at;
  }

  private scan(text: string, opened: (pattern: number, index: number) => void): void {
    if (!this.scanner) return;
    // "ſ" and the Kelvin sign match s and k under /iu; fold them so that such text is not under-read (same length).
    const t = /[ſ\u212a]/.test(text) ? text.replace(/ſ/g, 's').replace(/\u212a/g, 'k') : text;
    this.scanner.lastIndex = 0;
    for (let m = this.scanner.exec(t); m; m = this.scanner.exec(t)) {
      for (const i of this.byWord.get(m[0].toLowerCase()) ?? []) opened(i, m.index);
      for (const i of this.byStart.get(m[1]!.toLowerCase()) ?? []) opened(i, m.index);
    }
  }
}
