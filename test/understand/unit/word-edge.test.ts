import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { startsWithWord, wordStartEdges } from '../word-edge.js';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

/** Every regex literal in a file, with where it is. */
function regexLiterals(file: string): Array<{ at: string; body: string; flags: string }> {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ at: string; body: string; flags: string }> = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const slash = text.lastIndexOf('/');
      out.push({ at: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, body: text.slice(1, slash), flags: text.slice(slash + 1) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function allMatches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => `${m.index}:${m[0]}`);
}

describe('word edges in /iu patterns', () => {
  it('writes a \\b before a certain word character as a lookbehind', () => {
    expect(wordStartEdges(String.raw`\b(?:stelle|position)\b`)).toBe(String.raw`(?<!\w)(?:stelle|position)\b`);
    expect(wordStartEdges(String.raw`\bregret\b|\b\d{1,2}h\b|\b[Ss]ollicitatie`)).toBe(String.raw`(?<!\w)regret\b|(?<!\w)\d{1,2}h\b|(?<!\w)[Ss]ollicitatie`);
    expect(wordStartEdges(String.raw`x[^.\n]{0,40}\b(mit|durch(?:aus)?)`)).toBe(String.raw`x[^.\n]{0,40}(?<!\w)(mit|durch(?:aus)?)`);
  });

  it('leaves a \\b alone where the next character may be no word character', () => {
    for (const src of [
      String.raw`\bàs\b`, // "à" is no word character: \b before it needs a word character before
      String.raw`\b(?:alle|às)`, // one alternative starts with a non-word letter
      String.raw`\b(?:the )?offer`, // optional group
      String.raw`\bs?tudent`, // optional first letter
      String.raw`\b\p{L}+`, // a letter class beyond \w
      String.raw`\b(?=x)`, // a lookahead matches nothing
      String.raw`\b[a-zé]`, // a class with a non-word letter
      String.raw`\b[-a]`, // a class with a dash
      String.raw`[\b]x`, // a backspace in a class
      String.raw`\\bx`, // an escaped backslash and a "b"
      String.raw`\b`,
    ]) {
      expect(wordStartEdges(src), src).toBe(src);
    }
    expect(startsWithWord('(?:a|)', 0)).toBe(false);
    expect(startsWithWord('a{0,2}', 0)).toBe(false);
    expect(startsWithWord('a{1,2}', 0)).toBe(true);
  });

  it('matches the same as \\b under /iu, on word characters, accents, the long s and the Kelvin sign', () => {
    const pattern = String.raw`\b(?:stelle|skill|kelvin|\d+h|[Ss]ollicitatie)\b|x\b(?:abc|k)`;
    const fast = new RegExp(wordStartEdges(pattern), 'giu');
    const slow = new RegExp(pattern, 'giu');
    expect(fast.source).not.toBe(slow.source);
    const alphabet = fc.constantFrom('stelle', 'skill', 'kelvin', 'ſkill', '\u212aelvin', 'Sollicitatie', '12h', 'xk', 'xabc', 'é', 'ſ', '\u212a', 'a', '_', '1', ' ', '-', '\n', 'ß');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(allMatches(fast, text)).toEqual(allMatches(slow, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('every /iu regex literal in shared/ writes its word starts the fast way', () => {
    const slow = tsFiles('shared')
      .flatMap(regexLiterals)
      .filter((r) => r.flags.includes('i') && r.flags.includes('u') && wordStartEdges(r.body) !== r.body)
      .map((r) => r.at);
    expect(slow).toEqual([]);
    // (The check reads the literals: a file that has none would make it pass for nothing.)
    expect(tsFiles('shared').flatMap(regexLiterals).filter((r) => r.flags.includes('i') && r.flags.includes('u')).length).toBeGreaterThan(50);
  });
});
