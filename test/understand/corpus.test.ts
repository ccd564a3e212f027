/**
 * The fixture corpus (test/fixtures/emails): every hand-written expectation must be met.
 * One test per fixture for diagnosis, then a summary that prints the per-field accuracy
 * table and fails listing every mismatch. Normalisation: see docs/fixtures.md.
 */
import { describe, expect, it } from 'vitest';
import { accuracyTable, describeMismatches, evaluateFixture, type Fixture, loadCorpus, type Mismatch } from './corpus-report.js';

const corpus = loadCorpus();

// Each fixture is understood once; the per-fixture tests and the summary share the answer,
// so the summary is complete even when only some tests are selected.
const answers = new Map<string, Promise<Mismatch[]>>();
function evaluate(fixture: Fixture): Promise<Mismatch[]> {
  let answer = answers.get(fixture.id);
  if (!answer) {
    answer = evaluateFixture(fixture);
    answers.set(fixture.id, answer);
  }
  return answer;
}

describe('fixture corpus', () => {
  it('holds at least 64 fixtures, each with a valid expectation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(64);
    for (const f of corpus) expect(f.expected.kind, f.id).toMatch(/^(interview|rejection|offer|application|other)$/);
  });

  for (const fixture of corpus) {
    it(`understands ${fixture.id}`, async () => {
      expect(describeMismatches(await evaluate(fixture))).toBe('');
    });
  }

  it('scores 100% on every field (summary with the per-field accuracy table)', async () => {
    const mismatches = (await Promise.all(corpus.map(evaluate))).flat();
    console.log(`\nUnderstanding accuracy on ${corpus.length} fixtures\n${accuracyTable(corpus.length, mismatches)}\n`);
    expect(describeMismatches(mismatches)).toBe('');
  });
});
