import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, ESM_REQUIRE_BANNER } from '../../infra/bundling.js';
import { FUNCTION_ENTRIES, measureBundles, type BundleSize } from '../../infra/measure-bundles.js';
import { exampleConfig, resourcesOf, ROOT, synth, type Synthesized } from './synth.js';

const CDK = { timeout: 60_000 };
const entriesExist = Object.values(FUNCTION_ENTRIES).every((entry) => existsSync(path.join(ROOT, entry)));

// The one synth that really bundles the handlers with the local esbuild (no Docker).
describe.runIf(entriesExist)('bundled functions', () => {
  let s: Synthesized;
  let sizes: BundleSize[];
  beforeAll(async () => {
    s = synth(exampleConfig(), { bundle: true });
    sizes = await measureBundles(ROOT);
  }, 120_000);

  /** Bytes of each deployed function's index.mjs, by function name as measureBundles names them. */
  function assetSizes(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [id, fn] of resourcesOf(s.template, 'AWS::Lambda::Function').filter(([id]) => /^(Inbound|FollowUp)Function/.test(id))) {
      expect(fn.Properties?.Handler).toBe('index.handler');
      // The code's S3 key is `<asset hash>.zip`; the assembly keeps the staged files in `asset.<hash>/`.
      const key = String((fn.Properties?.Code as { S3Key?: string }).S3Key);
      const assetPath = path.join(s.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
      expect(existsSync(path.join(assetPath, 'index.mjs.map'))).toBe(true);
      expect((fn.Properties?.Environment as { Variables: Record<string, string> }).Variables.NODE_OPTIONS).toBe('--enable-source-maps');
      const code = readFileSync(path.join(assetPath, 'index.mjs'), 'utf8');
      // ESM output (static import of node builtins via the require banner) and minified (few, very long lines).
      // Booleans, not toMatch: a failure must not print a megabyte of minified code.
      expect(code.startsWith(ESM_REQUIRE_BANNER), 'starts with the ESM require banner').toBe(true);
      expect(/export\{[^}]*\bhandler\b[^}]*\}/.test(code), 'exports handler as an ES module').toBe(true);
      expect(code.split('\n').length).toBeLessThan(code.length / 1000);
      result[id.startsWith('Inbound') ? 'inbound' : 'follow-up'] = statSync(path.join(assetPath, 'index.mjs')).size;
    }
    return result;
  }

  it('ship a minified ESM bundle with its source map, loaded as index.handler', CDK, () => {
    expect(Object.keys(assetSizes()).sort()).toEqual(['follow-up', 'inbound']);
  });

  it('measure exactly what CDK bundles, so the bench and docs/deploy.md report the deployed size', CDK, () => {
    const deployed = assetSizes();
    for (const size of sizes) {
      expect(size.bytes).toBe(deployed[size.name]);
      // The 250 KB budget itself is reported (and enforced with exit 1) by `npm run bench -- bundle-size`.
      expect(size.withinBudget).toBe(size.bytes <= BUNDLE_BUDGET_BYTES);
    }
  });

  it('pass cdk-nag exactly as deployed', CDK, () => {
    expect(s.nagViolations).toEqual([]);
  });
});
