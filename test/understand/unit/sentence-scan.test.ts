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

  it('terminates on patterns that match the empty string', () => {
    expect(text.matches(/x*/g).length).toBeGreaterThan(10);
  });

  it('makes a global copy only when needed', () => {
    const g = /a/g;
    expect(globalOf(g)).toBe(g);
    expect(globalOf(/a/iu).flags).toBe('giu');
  });
});
