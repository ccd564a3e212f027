import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../../shared/understand/alternation.js';

const WORDS = ['engineer', 'executive', 'Editor', 'dev', 'd[ée]veloppeu(?:r|se)', '[Ee]x', 'ex', 's?tudent', 'sre', 'é', 'lead', 'leader', 'le'];

function allMatches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('byFirstLetter', () => {
  it('groups branches by their first letter and leaves the others where they are', () => {
    expect(byFirstLetter(['engineer', 'executive', 'developer'], false)).toBe('e(?:ngineer|xecutive)|developer');
    expect(byFirstLetter(['engineer', 'Executive', '[Ee]x', 'dev', 's?x', 'dba'], true)).toBe('e(?:ngineer|xecutive)|[Ee]x|dev|s?x|dba');
  });

  it('matches the same strings at the same places as the flat alternation', () => {
    const texts = ['The Lead Engineer and the leader', 'un développeur, une développeuse', 'exex Executive-editor', 'student tudent sre é le', 'Ex-EX e'];
    // Random texts from the words' letters, so that near-misses and overlaps occur too.
    const letters = 'eEnginrxcutvdé[]lasopStudLR -';
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let t = '';
      for (let i = 0; i < 40; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += letters[seed % letters.length];
      }
      texts.push(t);
    }
    for (const flags of ['gi', 'g']) {
      const flat = new RegExp(`(${WORDS.join('|')})s?\\b`, flags);
      const grouped = new RegExp(`(${byFirstLetter(WORDS, flags.includes('i'))})s?\\b`, flags);
      for (const t of texts) expect(allMatches(grouped, t)).toEqual(allMatches(flat, t));
    }
  });

  it('refuses branches whose groups would be renumbered or that are alternations themselves', () => {
    expect(() => byFirstLetter(['ingenieur(in)?'], true)).toThrow(/capturing group/);
    expect(() => byFirstLetter(['a|b'], true)).toThrow(/alternation/);
    expect(byFirstLetter(['a\\(b', 'ab(?:c|d)'], true)).toBe('a(?:\\(b|b(?:c|d))');
  });
});
