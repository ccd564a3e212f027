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

  /**
   * The stretches of text a pattern needs to be run on, given where the words it requires start (`at`, in text
   * order): each sentence holding one, with `around` sentences either side (for a match that runs on over a
   * separator), merged where they touch. Text positions, end exclusive.
   */
  around(at: readonly number[], around = 1): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const last = this.starts.length - 1;
    for (const index of at) {
      const i = this.sentenceAt(index);
      const from = Math.max(0, i - around);
      const to = Math.min(last, i + around);
      const start = this.startOf(from);
      const end = this.startOf(to) + (this.sentences[to]?.length ?? 0);
      const prev = out[out.length - 1];
      if (prev && start <= prev[1] + 1) prev[1] = Math.max(prev[1], end);
      else out.push([start, end]);
    }
    return out;
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
