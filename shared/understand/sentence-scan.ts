/**
 * Many sentences scanned as one text: one regex pass instead of one per sentence, with each match
 * mapped back to its sentence. The separator must be a character the patterns cannot match across
 * (NUL for patterns whose gaps are \s and letters; a newline for patterns that stop at [^.\n]).
 */
export class SentenceText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    readonly sentences: readonly string[],
    separator: string,
  ) {
    let at = 0;
    for (const s of sentences) {
      this.starts.push(at);
      at += s.length + separator.length;
    }
    this.text = sentences.join(separator);
  }

  /** Text position where sentence `i` starts. */
  startOf(i: number): number {
    return this.starts[i] ?? 0;
  }

  /** Index of the sentence holding text position `index`. */
  sentenceAt(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Every match of a global pattern, with the index of its sentence, in text order. */
  matches(global: RegExp): Array<{ sentence: number; match: RegExpExecArray }> {
    const out: Array<{ sentence: number; match: RegExpExecArray }> = [];
    global.lastIndex = 0;
    for (let m = global.exec(this.text); m; m = global.exec(this.text)) {
      if (m[0] === '') global.lastIndex++;
      out.push({ sentence: this.sentenceAt(m.index), match: m });
    }
    return out;
  }
}

/** The global version of a pattern (for one pass over a SentenceText). */
export function globalOf(re: RegExp): RegExp {
  return re.global ? re : new RegExp(re.source, `${re.flags}g`);
}
