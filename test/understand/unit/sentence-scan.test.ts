import { describe, expect, it } from 'vitest';
import { globalOf, SentenceText } from '../../../shared/understand/sentence-scan.js';

describe('SentenceText', () => {
  const text = new SentenceText(['We met Acme Corp.', '', 'Join Globex Inc today.'], '\0');

  it('maps each match to its sentence, in text order', () => {
    const found = text.matches(/\b([A-Z]\w+(?:\s+[A-Z]\w+)*)/g).map(({ sentence, match }) => [sentence, match[1]]);
    expect(found).toEqual([
      [0, 'We'],
      [0, 'Acme Corp'],
      [2, 'Join Globex Inc'],
    ]);
  });

  it('keeps \\s-gapped names from running across the separator', () => {
    const t = new SentenceText(['Thanks, Acme', 'Robotics team'], '\0');
    expect(t.matches(/Acme\s+Robotics/g)).toEqual([]);
    expect(new SentenceText(['Thanks, Acme', 'Robotics team'], '\n').matches(/Acme\s+Robotics/g)).toHaveLength(1);
  });

  it('gives the stretches around positions: their sentences and the neighbours, merged where they touch', () => {
    const t = new SentenceText(['aa', 'bbb', 'cc', 'dd', 'ee', 'ff', 'gg'], '\n');
    // Sentences start at 0, 3, 7, 10, 13, 16, 19.
    expect(t.around([4])).toEqual([[0, 9]]);
    expect(t.around([4, 5, 8])).toEqual([[0, 12]]);
    expect(t.around([0, 20])).toEqual([[0, 6], [16, 21]]);
    expect(t.around([11], 0)).toEqual([[10, 12]]);
    expect(t.around([])).toEqual([]);
  });

  it('terminates on patterns that match the empty string', () => {
    expect(text.matches(/x*/g).length).toBeGreaterThan(10);
  });

  it('makes a global copy only when needed', () => {
    const g = /a/g;
    expect(globalOf(g)).toBe(g);
    expect(globalOf(/a/iu).flags).toBe('giu');
  });
});
