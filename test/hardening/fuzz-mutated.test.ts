import { describe, expect, it } from 'vitest';
import { CORPUS, fuzzReceive, mutatedMail, PER_MESSAGE_LIMIT_MS } from './support/fuzz.js';

// Fuzzing (issue 7, suite 4), part 1: seeded mutations of every .eml fixture through the whole
// receive use case. Reproduce a failure with the seed and the counterexample fast-check prints.
const SEED = 20_261_125;
const RUNS = Number(process.env.FUZZ_MUTATED_RUNS ?? 5_000);

describe('fuzzing receive with mutated fixtures', () => {
  it(`survives ${RUNS} mutated fixtures: no untyped failure, raw mail kept, each under ${PER_MESSAGE_LIMIT_MS} ms of CPU`, { timeout: 600_000 }, async () => {
    expect(CORPUS.length).toBeGreaterThan(50);
    const stats = await fuzzReceive(mutatedMail, (v) => v.raw, (v) => `${v.source} ${JSON.stringify(v.mutations).slice(0, 200)}`, { seed: SEED, numRuns: RUNS });
    console.info('fuzz (mutated):', JSON.stringify(stats));
    expect(stats.count).toBe(RUNS);
    expect(stats.slowestMs).toBeLessThan(PER_MESSAGE_LIMIT_MS);
  });
});
