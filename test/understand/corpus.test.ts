/**
 * The fixture corpus (test/fixtures/emails): every hand-written expectation must be met.
 * One test per fixture for diagnosis, then a summary that prints the per-field accuracy
 * table and fails listing every mismatch. Normalisation: see docs/fixtures.md.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { understand } from '../../shared/understand/index.js';
import { accuracyTable, compareFixture, describeMismatches, FIELDS, loadCorpus, type Mismatch } from './corpus-report.js';

const corpus = loadCorpus();
const mismatches: Mismatch[] = [];
const failures: string[] = [];

describe('fixture corpus', () => {
  it('holds at least 64 fixtures, each with a valid expectation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(64);
    for (const f of corpus) expect(f.expected.kind, f.id).toMatch(/^(interview|rejection|offer|application|other)$/);
  });

  for (const fixture of corpus) {
    it(`understands ${fixture.id}`, async () => {
      let found: Mismatch[];
      try {
        found = compareFixture(fixture, await understand(await readFile(fixture.emlPath)));
      } catch (err) {
        failures.push(`${fixture.id}: threw ${err instanceof Error ? err.message : String(err)}`);
        found = FIELDS.map((field) => ({ id: fixture.id, field, expected: 'an answer', actual: 'threw' }));
      }
      mismatches.push(...found);
      expect(describeMismatches(found)).toBe('');
    });
  }

  afterAll(() => {
    console.log(`\nUnderstanding accuracy on ${corpus.length} fixtures\n${accuracyTable(corpus.length, mismatches)}\n`);
  });

  it('scores 100% on every field (summary)', () => {
    expect([...failures, describeMismatches(mismatches)].filter(Boolean).join('\n')).toBe('');
  });
});
