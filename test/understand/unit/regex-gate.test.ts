import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_CUES, SUBJECT_CUES } from '../../../shared/understand/kind-cues.js';
import { Gates, requirement } from '../../../shared/understand/regex-gate.js';

const CUE_PATTERNS = [...BODY_CUES, ...SUBJECT_CUES].map((c) => c.re);

function emlTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return emlTexts(p);
    return name.endsWith('.eml') ? [readFileSync(p, 'latin1')] : [];
  });
}

describe('gated', () => {
  it('requires the words a pattern fixes on both sides, word starts where only the start is fixed', () => {
    expect(requirement(/\bregret to (inform|tell)\b/i)).toEqual({ all: [{ word: 'regret' }, { word: 'to' }, { any: [{ word: 'inform' }, { word: 'tell' }] }] });
    expect(requirement(/\b(?:bei|en)\s+(?:the\s+)?([A-Z]\w+)/)).toEqual({ any: [{ word: 'bei' }, { word: 'en' }] });
    expect(requirement(/\bunfortunately\b|\bleider\b/i)).toEqual({ any: [{ word: 'unfortunately' }, { word: 'leider' }] });
    expect(requirement(/\bschedul(e|ing)/i)).toEqual({ start: 'schedul' });
    expect(requirement(/\bpencil+ed\b/i)).toEqual({ start: 'pencil' });
    expect(requirement(/\bzoom\.us\b/i)).toEqual({ all: [{ word: 'zoom' }, { word: 'us' }] });
    expect(requirement(/\bvorstellungsgespräch/i)).toEqual({ word: 'vorstellungsgespr' });
    expect(requirement(/ offer (letter|package)\b/)).toEqual({ all: [{ word: 'offer' }, { any: [{ word: 'letter' }, { word: 'package' }] }] });
  });

  it('reads the /iu patterns\' word edges, "(?<!\\w)" and "(?!\\w)", as \\b', () => {
    expect(requirement(/(?<!\w)regret to(?!\w)/iu)).toEqual(requirement(/\bregret to\b/iu));
    expect(requirement(/(?<!\w)(?:stelle|position)\b/iu)).toEqual({ any: [{ word: 'stelle' }, { word: 'position' }] });
    expect(requirement(/(?<!\p{L})regret/iu)).toBe(true); // any other lookbehind fixes no edge
  });

  it('requires nothing it cannot be sure of', () => {
    expect(requirement(/offer/i)).toBe(true); // the ends are open: "counteroffers" matches
    expect(requirement(/\b(an?|the)? offer/i)).toEqual({ start: 'offer' }); // the optional group requires nothing
    expect(requirement(/\b(a|going|regret)\b/i)).toBe(true); // "a" is too short to require
    expect(requirement(/\bsch\b|\bsc/i)).toBe(true); // a two-letter word start gates nothing
    expect(requirement(/[A-Z]\w+ Inc\b/)).toEqual({ word: 'inc' }); // the class requires nothing, the word does
    expect(requirement(/[A-Z]\w+Inc\b/)).toBe(true);
    expect(requirement(/(?<=at )Acme\b/)).toBe(true);
    expect(requirement(/\u00e9t\u00e9 (\d+) years\b/)).toEqual({ word: 'years' });
    expect(requirement(/(?<name>x)\k<name> apples\b/)).toEqual({ word: 'apples' });
  });

  it('never says "cannot match" for a cue that matches, over the whole fixture corpus', () => {
    const texts = emlTexts(join(import.meta.dirname, '..', '..', 'fixtures', 'emails'));
    expect(texts.length).toBeGreaterThan(60);
    const gates = new Gates(CUE_PATTERNS);
    let skipped = 0;
    let matched = 0;
    for (const text of texts) {
      const may = gates.check(text);
      CUE_PATTERNS.forEach((re, i) => {
        const does = re.test(text);
        if (does) matched++;
        if (!may[i]) skipped++;
        expect(!may[i] && does, `${re} on a fixture`).toBe(false);
      });
    }
    // The gate earns its keep: most cue passes over most mail are skipped; and the corpus exercises the cues.
    expect(skipped).toBeGreaterThan((CUE_PATTERNS.length * texts.length) / 3);
    expect(matched).toBeGreaterThan(100);
  });

  it('never says "cannot match" when the pattern matches, on generated text', () => {
    // Text made of the cues' own words in mixed case, so that matches are frequent.
    const words = [...new Set(CUE_PATTERNS.flatMap((re) => re.source.match(/[a-zé'ä-ü]{2,}/gi) ?? []))];
    const gates = new Gates(CUE_PATTERNS);
    let matches = 0;
    const word = fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), `x${w}`, `${w}s`));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', ', ', '. ', '\n', "'", '-'), (ws, sep) => {
        const text = ws.join(sep);
        const may = gates.check(text);
        CUE_PATTERNS.forEach((re, i) => {
          const does = re.test(text);
          if (does) matches++;
          expect(!may[i] && does, `${re} on ${JSON.stringify(text)}`).toBe(false);
        });
      }),
      { numRuns: Number(process.env.GATE_RUNS ?? 1500) },
    );
    // About 15 cue matches per 100 generated texts (~230 here): the property is exercised, not vacuous.
    expect(matches).toBeGreaterThan(60);
  });

  it('locates the words a match holds: every match of a cue contains a position it gives, over the fixture corpus', () => {
    const texts = emlTexts(join(import.meta.dirname, '..', '..', 'fixtures', 'emails'));
    const gates = new Gates(CUE_PATTERNS);
    let matched = 0;
    for (const text of texts) {
      const at = gates.locate(text);
      const may = gates.check(text);
      CUE_PATTERNS.forEach((re, i) => {
        const where = at[i] ?? null;
        // The same verdict as check(): null (always open) or a non-empty list exactly where check() says "may".
        expect(where === null || where.length > 0, `${re}`).toBe(may[i]);
        if (where === null) return;
        for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
          matched++;
          expect(where.some((p) => p >= m.index && p < m.index + m[0].length), `${re} at ${m.index}: ${m[0]}`).toBe(true);
        }
      });
    }
    expect(matched).toBeGreaterThan(100);
    expect(new Gates([/\boffer letter\b/i, /x/]).locate('An offer. The Offer letter, offer letters')).toEqual([[20], null]); // (the rarer word of the two, whole);
  });

  it('reads the odd characters that case-insensitive unicode patterns fold', () => {
    const re = /\bschedul/iu;
    expect(re.test('ſcheduled')).toBe(true);
    expect(new Gates([re]).check('ſcheduled')).toEqual([true]);
  });
});
