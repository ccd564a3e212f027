/**
 * `npm run bench -- <name> [options]`: benchmarks print ratios against a baseline measured in the same run.
 * Each benchmark lives in bench/<name>.ts and exports `bench: Bench`.
 */
import type { Bench } from './bench.js';

const BENCHES: Record<string, () => Promise<{ bench: Bench }>> = {
  understand: () => import('./understand.js'),
  local: () => import('./local.js'),
  'bundle-size': () => import('./bundle-size.js'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? BENCHES[name] : undefined;
  if (!load) {
    process.stderr.write(`Usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]\n`);
    return 2;
  }
  const { bench } = await load();
  return bench.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
