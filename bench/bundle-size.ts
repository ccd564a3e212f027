import { BUNDLE_BUDGET_BYTES } from '../infra/bundling.js';
import { measureBundles } from '../infra/measure-bundles.js';
import type { Bench } from './bench.js';

/** `npm run bench -- bundle-size`: each function's minified bundle against the 250 KB budget (exit 1 if over). */
export const bench: Bench = {
  async run() {
    const sizes = await measureBundles(process.cwd());
    for (const s of sizes) {
      const ratio = (s.bytes / BUNDLE_BUDGET_BYTES).toFixed(2);
      process.stdout.write(
        `bundle-size ${s.name}: ${(s.bytes / 1024).toFixed(1)} KB minified (map ${(s.mapBytes / 1024).toFixed(1)} KB), ` +
          `${ratio}x of the ${BUNDLE_BUDGET_BYTES / 1024} KB budget${s.withinBudget ? '' : ' OVER BUDGET'}\n`,
      );
    }
    return sizes.every((s) => s.withinBudget) ? 0 : 1;
  },
};
