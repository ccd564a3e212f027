/** Whether a source has a "|" outside groups and classes. */
function topLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A long alternation of words as a regex source grouped by first letter:
 * ["engineer", "executive", "developer"] -> "e(?:ngineer|xecutive)|d(?:eveloper)".
 *
 * V8 tries a flat alternation's branches one after another at every position of the text, so a list of
 * 300 job nouns costs 300 tests per position; grouped, a position whose letter starts no branch fails
 * after one test per letter. The pattern matches the same strings at the same places: branches that
 * start with different letters cannot match at the same position, so only their relative order
 * changes, and branches with the same first letter keep theirs. A branch that starts with anything but
 * a plain letter (a class, a group, an escape, a non-ASCII letter) could match where a lettered one
 * does, so it closes the run: groups never move a branch across it.
 */
export function byFirstLetter(alternatives: readonly string[], ignoreCase: boolean): string {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const flush = (): void => {
    for (const [letter, rests] of run) out.push(rests.length === 1 ? letter + rests[0]! : `${letter}(?:${rests.join('|')})`);
    run = new Map();
  };
  for (const alt of alternatives) {
    // Group numbers would move with the branches: the words are written without capturing groups.
    if (/\((?!\?)/.test(alt.replace(/\\./g, ''))) throw new Error(`byFirstLetter: capturing group in "${alt}"`);
    if (topLevelBar(alt)) throw new Error(`byFirstLetter: "${alt}" is itself an alternation`);
    const first = alt.charAt(0);
    // A letter followed by a quantifier ("s?tudent") is not a fixed first letter.
    if (!/^[A-Za-z]$/.test(first) || /^[?*+{]/.test(alt.slice(1))) {
      flush();
      out.push(alt);
      continue;
    }
    const key = ignoreCase ? first.toLowerCase() : first;
    const rests = run.get(key) ?? [];
    rests.push(alt.slice(1));
    run.set(key, rests);
  }
  flush();
  return out.join('|');
}
