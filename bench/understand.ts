/**
 * `npm run bench -- understand [--corpus DIR] [--json]`: runs the whole understanding pipeline over
 * every .eml under DIR (default test/fixtures/emails, recursive) and, in the same run and on the same
 * bytes, postal-mime alone (the floor). Rounds alternate between the two so that machine noise hits
 * both alike. Prints a table; with --json the last line is the machine-readable summary.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PostalMime from 'postal-mime';
import type { Bench } from './bench.js';
import { understand } from '../shared/understand/index.js';

// Enough rounds for a stable mean on a ~100-message corpus without taking minutes.
const MIN_ROUNDS = 5;
const MIN_MEASURED_MS = 3_000;
const WARMUP_ROUNDS = 2;

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return emlFiles(p);
    return name.endsWith('.eml') ? [p] : [];
  });
}

async function timeEach(messages: readonly Uint8Array[], run: (m: Uint8Array) => Promise<unknown>, samples: number[]): Promise<number> {
  const start = performance.now();
  for (const m of messages) {
    const t = performance.now();
    await run(m).catch(() => undefined);
    samples.push(performance.now() - t);
  }
  return performance.now() - start;
}

const floor = (m: Uint8Array) => PostalMime.parse(m);
const pipeline = (m: Uint8Array) => understand(m);

export const bench: Bench = {
  async run(args) {
    const { values } = parseArgs({ args, options: { corpus: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false });
    const dir = values.corpus ?? 'test/fixtures/emails';
    const messages = emlFiles(dir).map((f) => new Uint8Array(readFileSync(f)));
    if (messages.length === 0) {
      process.stderr.write(`bench understand: no .eml files under ${dir}\n`);
      return 1;
    }
    for (let i = 0; i < WARMUP_ROUNDS; i++) {
      await timeEach(messages, floor, []);
      await timeEach(messages, pipeline, []);
    }
    const floorSamples: number[] = [];
    const fullSamples: number[] = [];
    let floorMs = 0;
    let fullMs = 0;
    let rounds = 0;
    while (rounds < MIN_ROUNDS || floorMs + fullMs < MIN_MEASURED_MS) {
      floorMs += await timeEach(messages, floor, floorSamples);
      fullMs += await timeEach(messages, pipeline, fullSamples);
      rounds++;
    }
    const n = messages.length * rounds;
    const perMessageMs = fullMs / n;
    const floorPerMessageMs = floorMs / n;
    const sorted = [...fullSamples].sort((a, b) => a - b);
    const p99Ms = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
    const ratio = perMessageMs / floorPerMessageMs;
    const r = (x: number) => Number(x.toFixed(4));
    process.stdout.write(
      [
        `understand benchmark: ${messages.length} messages from ${dir}, ${rounds} rounds`,
        `  ${'pipeline'.padEnd(26)} ${'per message (ms)'.padStart(18)}`,
        `  ${'postal-mime alone (floor)'.padEnd(26)} ${floorPerMessageMs.toFixed(3).padStart(18)}`,
        `  ${'understand()'.padEnd(26)} ${perMessageMs.toFixed(3).padStart(18)}`,
        `  ratio ${ratio.toFixed(2)} (target <= 1.5, limit 2.0), p99 ${p99Ms.toFixed(2)} ms`,
        '',
      ].join('\n'),
    );
    if (values.json) {
      process.stdout.write(JSON.stringify({ name: 'understand', messages: messages.length, perMessageMs: r(perMessageMs), floorPerMessageMs: r(floorPerMessageMs), ratio: r(ratio), p99Ms: r(p99Ms) }) + '\n');
    }
    return 0;
  },
};
