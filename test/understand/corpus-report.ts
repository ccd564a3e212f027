/**
 * Fixture corpus helpers: load every `.eml` + `.json` pair under test/fixtures/emails,
 * compare the engine's answer with the hand-written expectation field by field, and
 * render a per-field accuracy table. Normalisation rules are documented in docs/fixtures.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as z from 'zod';
import { KINDS, type Understood } from '../../shared/domain/types.js';
import { understand } from '../../shared/understand/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'emails');

const nullableString = z.string().min(1).nullable();
/** The expected-output file beside each fixture: the `parse` contract minus `file`. */
export const expectedSchema = z
  .object({
    forwardedBy: z.string().email(),
    kind: z.enum(KINDS as [string, ...string[]]),
    company: nullableString,
    role: nullableString,
    contact: z.object({ name: nullableString, email: z.string().email().nullable() }),
    interviewAt: z.string().datetime({ offset: true }).nullable(),
    decisionBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    userNote: nullableString,
    original: z.object({
      from: z.object({ name: nullableString, email: z.string().email() }),
      subject: z.string(),
      date: z.string().datetime({ offset: true }).nullable(),
    }),
    /** Other acceptable values for a field, when a careful reader would accept either (e.g. with or without "Group"). */
    also: z.record(z.string(), z.array(z.string().nullable())).optional(),
    /** Why the expected value is what it is, for the trap cases. */
    comment: z.string().optional(),
  })
  .strict();
export type Expected = z.infer<typeof expectedSchema>;

export interface Fixture {
  /** Path relative to the corpus directory, without extension, e.g. "gmail/interview-invite-prose-et". */
  id: string;
  emlPath: string;
  expected: Expected;
}

/** Every fixture pair under `dir`, sorted by id. Throws when a `.eml` has no valid `.json`. */
export function loadCorpus(dir: string = CORPUS_DIR): Fixture[] {
  const out: Fixture[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.eml')) {
        const jsonPath = p.replace(/\.eml$/, '.json');
        const expected = expectedSchema.parse(JSON.parse(readFileSync(jsonPath, 'utf8')));
        out.push({ id: relative(dir, p).replace(/\.eml$/, '').split('\\').join('/'), emlPath: p, expected });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The fields we score, in report order. */
export const FIELDS = [
  'forwardedBy',
  'kind',
  'company',
  'role',
  'contact.name',
  'contact.email',
  'interviewAt',
  'decisionBy',
  'userNote',
  'original.from.email',
  'original.subject',
] as const;
export type Field = (typeof FIELDS)[number];

// Legal-form suffixes a reader does not consider part of the name ("Cascade Freight Inc." = "Cascade Freight").
const LEGAL_SUFFIX =
  /[\s,]+(inc|incorporated|llc|llp|ltd|limited|plc|gmbh|ag|kg|sas|sarl|sa|s\.a|sl|s\.l|srl|spa|s\.p\.a|bv|b\.v|nv|as|a\/s|aps|ab|oy|pty|sp\. z o\.o|corp|corporation|co)\.?$/i;

const text = (v: string): string => v.normalize('NFC').replace(/\s+/g, ' ').trim();
const loose = (v: string): string => text(v).toLowerCase().replace(/^["'“]+|["'”.,;:!]+$/g, '');

function norm(field: Field, v: string | null | undefined): string | null {
  if (v === null || v === undefined || text(v) === '') return null;
  switch (field) {
    case 'forwardedBy':
    case 'contact.email':
    case 'original.from.email':
      return text(v).toLowerCase();
    case 'interviewAt': {
      const ms = Date.parse(v);
      return Number.isNaN(ms) ? `invalid:${v}` : new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
    }
    case 'decisionBy':
      return text(v);
    case 'userNote':
      return text(v);
    case 'company': {
      let s = loose(v);
      while (LEGAL_SUFFIX.test(s)) s = s.replace(LEGAL_SUFFIX, '').trim();
      return s;
    }
    default:
      return loose(v);
  }
}

function pick(field: Field, o: { [k: string]: unknown }): string | null {
  let cur: unknown = o;
  for (const k of field.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return typeof cur === 'string' ? cur : null;
}

export interface Mismatch {
  id: string;
  field: Field;
  expected: string | null;
  actual: string | null;
}

/** Compares one answer with its expectation; returns one entry per wrong field. */
export function compareFixture(f: Fixture, actual: Understood): Mismatch[] {
  const out: Mismatch[] = [];
  for (const field of FIELDS) {
    const want = pick(field, f.expected as unknown as Record<string, unknown>);
    const got = pick(field, actual as unknown as Record<string, unknown>);
    const accepted = [want, ...(f.expected.also?.[field] ?? [])].map((v) => norm(field, v));
    if (!accepted.includes(norm(field, got))) out.push({ id: f.id, field, expected: want, actual: got });
  }
  return out;
}

/** Understands one fixture and compares; a fixture the engine rejects is wrong on every field. */
export async function evaluateFixture(f: Fixture): Promise<Mismatch[]> {
  try {
    return compareFixture(f, await understand(await readFile(f.emlPath)));
  } catch (err) {
    return FIELDS.map((field) => ({ id: f.id, field, expected: 'an answer', actual: `threw ${err instanceof Error ? err.message : String(err)}` }));
  }
}

/** Share of `total` fixtures right on `field`. */
export function fieldAccuracy(total: number, mismatches: readonly Mismatch[], field: Field): number {
  return total === 0 ? 0 : (total - mismatches.filter((m) => m.field === field).length) / total;
}

/** Per-field accuracy table (plain text) for `total` fixtures and the mismatches found. */
export function accuracyTable(total: number, mismatches: Mismatch[]): string {
  const rows = FIELDS.map((field) => {
    const wrong = mismatches.filter((m) => m.field === field).length;
    const pct = fieldAccuracy(total, mismatches, field) * 100;
    return `${field.padEnd(22)} ${String(total - wrong).padStart(4)}/${String(total).padEnd(4)} ${pct.toFixed(1).padStart(6)}%`;
  });
  const wrongFixtures = new Set(mismatches.map((m) => m.id)).size;
  return [`field                  correct       accuracy`, ...rows, `fixtures fully right: ${total - wrongFixtures}/${total}`].join('\n');
}

/** One line per mismatch, for the failure message. */
export function describeMismatches(mismatches: Mismatch[]): string {
  return mismatches
    .map((m) => `${m.id}: ${m.field} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.actual)}`)
    .join('\n');
}
