import { describe, expect, it } from 'vitest';
import { fuzzReceive, generatedMail, PER_MESSAGE_LIMIT_MS } from './support/fuzz.js';

// Fuzzing (issue 7, suite 4), part 2: mail generated from scratch by fast-check (random and
// hostile headers, bodies, raw bytes) through the whole receive use case. Seeded, reproducible.
const SEED = 7_007;
const RUNS = Number(process.env.FUZZ_GENERATED_RUNS ?? 5_000);

describe('fuzzing receive with generated mail', () => {
  it(`survives ${RUNS} generated inputs: no untyped failure, raw mail kept, each under ${PER_MESSAGE_LIMIT_MS} ms of CPU`, { timeout: 600_000 }, async () => {
    const stats = await fuzzReceive(generatedMail, (v) => v, (v) => JSON.stringify(v.subarray(0, 200).toString('latin1')), { seed: SEED, numRuns: RUNS });
    console.info('fuzz (generated):', JSON.stringify(stats));
    expect(stats.count).toBe(RUNS);
    expect(stats.slowestMs).toBeLessThan(PER_MESSAGE_LIMIT_MS);
  });
});
