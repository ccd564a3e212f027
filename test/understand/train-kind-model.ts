/**
 * Trains the word model of the five kinds (shared/understand/kind-model.ts) on the labelled corpus:
 * test/fixtures/emails and test/fixtures/fresh, read through the same pipeline the engine uses.
 *
 *   npx tsx test/understand/train-kind-model.ts [--exclude 91,92] [--out FILE]
 *
 * --exclude leaves fresh batches out (to measure the model on mail it has not seen); --out writes
 * elsewhere than shared/understand/kind-model.json. Deterministic: the same corpus gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KINDS, type Kind } from '../../shared/domain/types.js';
import { analysisText } from '../../shared/understand/analysis-text.js';
import { featuresOf, packWeights, type StoredKindModel } from '../../shared/understand/kind-model.js';
import { parseMime } from '../../shared/understand/parse-mime.js';
import { unwrapForward } from '../../shared/understand/unwrap-forward.js';
import { loadCorpus } from './corpus-report.js';

// A feature seen in fewer mails than this says more about one writer than about a kind.
const MIN_MAILS = 3;
// The features kept: those that tell the kinds apart best (mutual information), to keep the model small.
const MAX_FEATURES = 12_000;

const { values } = parseArgs({ options: { exclude: { type: 'string' }, out: { type: 'string' } } });
const excluded = new Set((values.exclude ?? '').split(',').filter(Boolean).map((n) => `batch${n.trim()}/`));

const docs: Array<{ kind: Kind; features: Set<string> }> = [];
for (const dir of ['test/fixtures/emails', 'test/fixtures/fresh']) {
  for (const f of loadCorpus(dir)) {
    if ([...excluded].some((b) => f.id.startsWith(b))) continue;
    try {
      const original = unwrapForward(await parseMime(new Uint8Array(readFileSync(f.emlPath)))).original;
      docs.push({ kind: f.expected.kind as Kind, features: featuresOf(`${original.subject}\n${analysisText(original.text).sentences.join('\n')}`) });
    } catch {
      // Unreadable on purpose (the bad-input fixtures): nothing to learn.
    }
  }
}

const perKind = KINDS.map((k) => docs.filter((d) => d.kind === k).length);
const seen = new Map<string, number[]>();
for (const d of docs) {
  const k = KINDS.indexOf(d.kind);
  for (const f of d.features) {
    let counts = seen.get(f);
    if (!counts) seen.set(f, (counts = KINDS.map(() => 0)));
    counts[k]!++;
  }
}
const n = docs.length;
const information = (counts: number[]): number => {
  const df = counts.reduce((a, b) => a + b, 0);
  let mi = 0;
  counts.forEach((c, k) => {
    for (const [both, marginal] of [
      [c, df],
      [perKind[k]! - c, n - df],
    ] as const) {
      if (both > 0) mi += (both / n) * Math.log((both * n) / (marginal * perKind[k]!));
    }
  });
  return mi;
};
const kept = [...seen]
  .filter(([, counts]) => counts.reduce((a, b) => a + b, 0) >= MIN_MAILS)
  .map(([f, counts]) => ({ f, counts, mi: information(counts) }))
  .sort((a, b) => b.mi - a.mi || (a.f < b.f ? -1 : 1))
  .slice(0, MAX_FEATURES)
  .sort((a, b) => (a.f < b.f ? -1 : 1));

const model: StoredKindModel = {
  kinds: [...KINDS],
  priors: perKind.map((c) => Number(Math.log((c + 1) / (n + KINDS.length)).toFixed(4))),
  features: kept.map((x) => x.f).join('|'),
  weights: packWeights(
    kept.map(({ counts }) =>
      counts.map((c, k) => {
        const p = (c + 1) / (perKind[k]! + 2);
        return Math.log(p) - Math.log(1 - p);
      }),
    ),
  ),
};
const out = values.out ?? 'shared/understand/kind-model.json';
writeFileSync(out, `${JSON.stringify(model)}\n`);
process.stdout.write(`trained on ${n} mails (${KINDS.map((k, i) => `${k} ${perKind[i]}`).join(', ')}); ${kept.length} features -> ${out}\n`);
