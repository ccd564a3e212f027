import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// The few files that take minutes start first, so that on a clean clone (no timing cache) they do not start last
// and leave the other workers idle while they finish. Among the rest, vitest's own order.
const LONG_FIRST = [/understand\/fresh\.test\.ts$/, /hardening\/faults\.test\.ts$/, /hardening\/fuzz-mutated\.test\.ts$/];
const rank = (spec: TestSpecification) => {
  const i = LONG_FIRST.findIndex((re) => re.test(spec.moduleId));
  return i < 0 ? LONG_FIRST.length : i;
};
class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // vitest's default on a two-core machine (CI's) is one worker; the fresh-mail test alone takes minutes, so two
    // workers let the rest run beside it (about 420 s of tests down to about 325 s here).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongFirstSequencer },
  },
});
