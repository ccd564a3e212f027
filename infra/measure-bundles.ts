import path from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_BUDGET_BYTES, ESBUILD_OPTIONS } from './bundling.js';

export interface BundleSize {
  readonly name: string;
  readonly entry: string;
  /** Minified ESM bundle (index.mjs), the code Lambda loads. */
  readonly bytes: number;
  /** Its source map, shipped alongside but not loaded unless an error is mapped. */
  readonly mapBytes: number;
  readonly withinBudget: boolean;
}

/** The two Lambda entries, relative to the project root. */
export const FUNCTION_ENTRIES = {
  inbound: 'functions/inbound/handler.ts',
  'follow-up': 'functions/follow-up/handler.ts',
} as const;

/** Bundles each entry in memory with the construct's esbuild options and returns the output sizes. */
export async function measureBundles(root: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
    const result = await build({
      ...ESBUILD_OPTIONS,
      external: [...ESBUILD_OPTIONS.external],
      mainFields: [...ESBUILD_OPTIONS.mainFields],
      entryPoints: [path.join(root, entry)],
      outfile: path.join(root, '.tmp', 'bundle-size', name, 'index.mjs'),
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles.find((f) => f.path.endsWith('.mjs'));
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
    const bytes = code?.contents.byteLength ?? 0;
    sizes.push({ name, entry, bytes, mapBytes: map?.contents.byteLength ?? 0, withinBudget: bytes <= BUNDLE_BUDGET_BYTES });
  }
  return sizes;
}
