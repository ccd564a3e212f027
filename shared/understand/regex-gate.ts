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
// Shorter words are in nearly every text and gate nothing.
const MIN_WORD = 3;

type Atom =
  | { t: 'char'; c: string }
  | { t: 'boundary' }
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
    return alts.map((items) => items.flatMap((it) => (it.once ? [it.atom] : it.required ? [it.atom, { t: 'other' } as Atom] : [{ t: 'other' } as Atom])));
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
      if (/[a-zA-Z]/.test(n)) return { t: 'other' }; // \s \d \w \B \n \t ...
      return { t: 'char', c: n };
    }
    if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      i++;
      return { t: 'other' };
    }
    if (c === '(') {
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

// Whether an atom, seen from a neighbouring word character, is certainly a word end.
const isEdge = (a: Atom | undefined, outside: boolean): boolean =>
  a === undefined ? outside : a.t === 'boundary' || (a.t === 'char' && !WORD_CHAR.test(a.c));

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
    else if (left && w.length >= MIN_WORD) parts.push({ start: w });
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

/** A requirement over literal ids: a leaf is an id; otherwise all (op 0) or any (op 1) of its kids. */
type Node = number | { op: 0 | 1; kids: Node[] } | true;

function holds(n: Node, sat: readonly boolean[]): boolean {
  if (n === true) return true;
  if (typeof n === 'number') return sat[n] === true;
  if (n.op === 0) {
    for (const k of n.kids) if (!holds(k, sat)) return false;
    return true;
  }
  for (const k of n.kids) if (holds(k, sat)) return true;
  return false;
}

/**
 * Gates for a list of patterns, checked together: one regex pass over a text finds every word that
 * starts with one of the required literals (a word of the text as \b sees it), marks the literals those
 * words satisfy, and each pattern's requirement reads the marks.
 */
export class Gates {
  readonly needs: readonly Requirement[];
  private readonly nodes: readonly Node[];
  private readonly scanner: RegExp | null;
  /** Whole-word literal -> id. */
  private readonly words = new Map<string, number>();
  /** Word-start literal -> id. */
  private readonly starts = new Map<string, number>();
  /** Scanned literal -> ids of the word starts it satisfies (itself and the starts it begins with). */
  private readonly startsOf = new Map<string, number[]>();
  private size = 0;

  constructor(patterns: readonly RegExp[]) {
    this.needs = patterns.map(requirement);
    this.nodes = this.needs.map((r) => this.compile(r));
    const all = [...new Set([...this.words.keys(), ...this.starts.keys()])].sort((a, b) => b.length - a.length);
    for (const lit of all) this.startsOf.set(lit, [...this.starts].filter(([s]) => lit.startsWith(s)).map(([, id]) => id));
    // Longest first, so the literal captured is the longest one the word starts with; literals are
    // [a-z0-9_] only (no escaping needed); the tail runs to the end of the word.
    this.scanner = all.length ? new RegExp(`\\b(${all.join('|')})[a-z0-9_]*`, 'gi') : null;
  }

  private id(map: Map<string, number>, literal: string): number {
    let id = map.get(literal);
    if (id === undefined) map.set(literal, (id = this.size++));
    return id;
  }

  private compile(r: Requirement): Node {
    if (r === true) return true;
    if ('word' in r) return this.id(this.words, r.word);
    if ('start' in r) return this.id(this.starts, r.start);
    return { op: 'all' in r ? 0 : 1, kids: ('all' in r ? r.all : r.any).map((p) => this.compile(p)) };
  }

  /** Marks of the literals `text` satisfies. */
  private satisfied(text: string): boolean[] {
    const sat: boolean[] = new Array<boolean>(this.size).fill(false);
    if (!this.scanner) return sat;
    // "ſ" and the Kelvin sign match s and k under /iu; fold them so that such text is not under-read.
    const t = /[ſ\u212a]/.test(text) ? text.replace(/ſ/g, 's').replace(/\u212a/g, 'k') : text;
    this.scanner.lastIndex = 0;
    for (let m = this.scanner.exec(t); m; m = this.scanner.exec(t)) {
      const k = this.words.get(m[0].toLowerCase());
      if (k !== undefined) sat[k] = true;
      // Every start literal the word begins with is a prefix of the longest literal captured.
      for (const s of this.startsOf.get(m[1]!.toLowerCase()) ?? []) sat[s] = true;
    }
    return sat;
  }

  /** For each pattern, false only when it cannot match `text`. */
  check(text: string): boolean[] {
    const sat = this.satisfied(text);
    return this.nodes.map((n) => holds(n, sat));
  }
}
