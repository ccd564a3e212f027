/**
 * Scores the understanding engine on any directory of labelled mail (`.eml` + `.json` beside it, the
 * fixture format of docs/fixtures.md), without requiring 100%: for fresh, unseen mail.
 *
 *   npx tsx test/understand/score-dir.ts DIR [--json]
 *
 * Prints the per-field accuracy table and every mismatch; with --json, one summary line at the end.
 * Exit code 0 whatever the accuracy (2 when DIR holds no labelled mail or a label is invalid).
 */
import { parseArgs } from 'node:util';
import { accuracyTable, describeMismatches, evaluateFixture, fieldAccuracy, FIELDS, loadCorpus, type Mismatch } from './corpus-report.js';

const { values, positionals } = parseArgs({ options: { json: { type: 'boolean' } }, allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: npx tsx test/understand/score-dir.ts DIR [--json]\n');
  process.exit(2);
}
let corpus;
try {
  corpus = loadCorpus(dir);
} catch (err) {
  process.stderr.write(`score-dir: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
if (corpus.length === 0) {
  process.stderr.write(`score-dir: no .eml files under ${dir}\n`);
  process.exit(2);
}
const mismatches: Mismatch[] = [];
for (const f of corpus) mismatches.push(...(await evaluateFixture(f)));
process.stdout.write(`${accuracyTable(corpus.length, mismatches)}\n\n${describeMismatches(mismatches)}\n`);
if (values.json) {
  const perField = Object.fromEntries(FIELDS.map((field) => [field, fieldAccuracy(corpus.length, mismatches, field)]));
  process.stdout.write(`${JSON.stringify({ name: 'score', messages: corpus.length, fullyRight: corpus.length - new Set(mismatches.map((m) => m.id)).size, perField })}\n`);
}
