/**
 * The fuzzing harness: the `.eml` corpus, seeded mutations of it (byte flips, truncation, header
 * duplication, boundary damage, charset lies, huge headers...), generated mail, and one run of
 * the whole `receive` use case over fresh in-memory fakes with its duration measured.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { User } from '../../../shared/domain/types.js';
import { receive, type ReceiveResult } from '../../../shared/workflow/index.js';
import { fakeDeps } from '../../support/fakes.js';
import { ADA } from './mail.js';

const ROOTS = ['../../fixtures/emails', '../../fixtures/hostile', '../../fixtures/unit', '../../story/mail'];

function emlFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(emlFiles(path));
    else if (name.endsWith('.eml')) out.push(path);
  }
  return out;
}

/** Every `.eml` fixture we have, in a stable order. */
export const CORPUS: { name: string; raw: Buffer }[] = ROOTS.flatMap((r) => emlFiles(fileURLToPath(new URL(r, import.meta.url)))).map(
  (path) => ({ name: path.split('/test/')[1] ?? path, raw: readFileSync(path) }),
);

/** The senders of the corpus, registered so mutated mail reaches the deep paths (not just 'unregistered'). */
export const USERS: User[] = [
  ADA,
  ...[...new Set(CORPUS.map((c) => /^From:[^\n]*?<?([^\s<>]+@[^\s<>]+?)>?\s*$/im.exec(c.raw.toString('latin1'))?.[1]?.toLowerCase()).filter((a): a is string => !!a))].map(
    (email) => ({ email, name: null, timeZone: 'Europe/Berlin' }),
  ),
];

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'dup-header'; line: number; times: number }
  | { op: 'boundary'; how: 'drop-end' | 'rename' | 'strip-param' | 'nest' }
  | { op: 'charset'; to: string }
  | { op: 'encoding'; to: string }
  | { op: 'huge-header'; bytes: number; folded: boolean }
  | { op: 'crlf'; to: '\n' | '\r' | '\r\r\n' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const LIES = ['utf-16', 'utf-7', 'x-unknown-charset', 'iso-2022-jp', 'gb18030', 'windows-1252', '', 'utf-8"; charset="latin1', 'binary', 'ebcdic-cp-us'];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fraction }),
  fc.record({ op: fc.constant('insert' as const), at: fraction, bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('dup-header' as const), line: fc.nat(40), times: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(2_000)) }),
  fc.record({ op: fc.constant('boundary' as const), how: fc.constantFrom('drop-end' as const, 'rename' as const, 'strip-param' as const, 'nest' as const) }),
  fc.record({ op: fc.constant('charset' as const), to: fc.constantFrom(...LIES) }),
  fc.record({ op: fc.constant('encoding' as const), to: fc.constantFrom('base64', 'quoted-printable', 'x-uuencode', '8bit', 'binary', '7bit; x=') }),
  fc.record({ op: fc.constant('huge-header' as const), bytes: fc.constantFrom(10_000, 200_000, 1_000_000), folded: fc.boolean() }),
  fc.record({ op: fc.constant('crlf' as const), to: fc.constantFrom('\n' as const, '\r' as const, '\r\r\n' as const) }),
);

/** Most bytes one mutation may add (stacked mutations must not build inputs beyond SES's 40 MB). */
const MAX_GROWTH_BYTES = 2_000_000;

const pos = (buf: Buffer, at: number) => Math.min(buf.length, Math.floor(at * buf.length));

/** Applies one mutation (deterministic: the randomness is all in the mutation value). */
export function mutate(input: Buffer, m: Mutation): Buffer {
  const text = () => input.toString('latin1');
  const fromText = (s: string) => Buffer.from(s, 'latin1');
  switch (m.op) {
    case 'flip': {
      if (input.length === 0) return input;
      const out = Buffer.from(input);
      const i = Math.min(out.length - 1, pos(out, m.at));
      out[i] = (out[i] ?? 0) ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return input.subarray(0, pos(input, m.at));
    case 'insert': {
      const i = pos(input, m.at);
      return Buffer.concat([input.subarray(0, i), m.bytes, input.subarray(i)]);
    }
    case 'delete': {
      const i = pos(input, m.at);
      return Buffer.concat([input.subarray(0, i), input.subarray(i + m.length)]);
    }
    case 'dup-header': {
      const lines = text().split('\n');
      const end = lines.findIndex((l) => l.trim() === '');
      const headerLines = end < 0 ? lines.length : end;
      if (headerLines === 0) return input;
      const i = m.line % headerLines;
      const line = lines[i] ?? '';
      // Bounded so stacked mutations stay within what SES would deliver.
      const times = Math.min(m.times, Math.floor(MAX_GROWTH_BYTES / (line.length + 1)));
      lines.splice(i, 0, ...Array<string>(times).fill(line));
      return fromText(lines.join('\n'));
    }
    case 'boundary': {
      const s = text();
      const b = /boundary="?([^";\r\n]+)"?/i.exec(s)?.[1];
      if (m.how === 'nest') {
        const depth = 300;
        const head = Array.from({ length: depth }, (_, k) => `Content-Type: multipart/mixed; boundary="n${k}"\r\n\r\n--n${k}\r\n`).join('');
        return fromText(`From: Ada Lovelace <ada@example.com>\r\nSubject: nest\r\nMIME-Version: 1.0\r\n${head}Content-Type: text/plain\r\n\r\n${s.slice(0, 2_000)}`);
      }
      if (!b) return input;
      if (m.how === 'drop-end') return fromText(s.split(`--${b}--`).join(''));
      if (m.how === 'rename') return fromText(s.replace(/boundary="?[^";\r\n]+"?/i, 'boundary="not-the-one"'));
      return fromText(s.replace(/;\s*boundary="?[^";\r\n]+"?/i, ''));
    }
    case 'charset':
      return fromText(text().replace(/charset="?[^";\r\n]*"?/gi, `charset="${m.to}"`));
    case 'encoding':
      return fromText(text().replace(/^Content-Transfer-Encoding:.*$/gim, `Content-Transfer-Encoding: ${m.to}`));
    case 'huge-header': {
      const value = m.folded ? Array.from({ length: Math.ceil(m.bytes / 70) }, () => 'x'.repeat(68)).join('\r\n ') : 'y'.repeat(m.bytes);
      return Buffer.concat([Buffer.from(`Subject: ${value}\r\nX-Huge: ${value.slice(0, 1000)}\r\n`, 'latin1'), input]);
    }
    case 'crlf':
      return fromText(text().replace(/\r?\n/g, m.to));
  }
}

/** A corpus mail with one to four mutations applied. */
export const mutatedMail: fc.Arbitrary<{ source: string; mutations: Mutation[]; raw: Buffer }> = fc
  .record({ index: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
  .map(({ index, mutations }) => {
    const source = CORPUS[index % CORPUS.length]!;
    const raw = mutations.reduce(mutate, source.raw);
    // A failing run reports this summary, not the (possibly megabytes long) bytes.
    const summary = `${source.name} ${JSON.stringify(mutations)} (${raw.length} bytes)`;
    return { source: source.name, mutations, raw, [fc.toStringMethod]: () => summary };
  });

const headerName = fc.oneof(
  fc.constantFrom('From', 'To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Content-Type', 'Content-Transfer-Encoding', 'Auto-Submitted', 'Return-Path', 'X-Forwarded-For', 'Resent-From', 'Reply-To', 'MIME-Version', 'X-Runnerup-Step'),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('Ada Lovelace <ada@example.com>', '<>', '=?utf-8?B?AAAA?=', '=?x?Q?=0D=0A?=', 'multipart/mixed; boundary=""', 'multipart/alternative; boundary="b"', 'text/calendar; method=REQUEST', 'message/rfc822', '<ru.app0001.thank-you.x@runnerup.test>'),
);
const body = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.constantFrom('stop', 'snooze 2w', 'delete my data', 'hired', 'list', 'timezone Mars/Olympus', 'snooze until 1970-01-01', '--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:99999999T999999Z\r\nEND:VEVENT\r\nEND:VCALENDAR'),
);

/** Mail-shaped input built from scratch: random headers (some hostile) and a random body, or raw bytes. */
export const generatedMail: fc.Arbitrary<Buffer> = fc.oneof(
  fc
    .record({
      from: fc.constantFrom('Ada Lovelace <ada@example.com>', 'ada@example.com', 'Mallory <mallory@evil.example>', '', '<>', 'ADA@EXAMPLE.COM'),
      headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 12 }),
      body,
      eol: fc.constantFrom('\r\n', '\n'),
    })
    .map(({ from, headers, body: b, eol }) => Buffer.from([`From: ${from}`, ...headers.map(([n, v]) => `${n}: ${v}`), '', b].join(eol), 'utf8')),
  fc.uint8Array({ maxLength: 4_096 }).map((a) => Buffer.from(a)),
);

export interface Run {
  /** CPU time of this process while the message was handled (robust to other load on the machine). */
  ms: number;
  /** Wall-clock time: only a guard against hangs (a message waiting on something that never comes). */
  wallMs: number;
  result?: ReceiveResult;
  error?: unknown;
  rawKept: boolean;
}

let runs = 0;
/** One input through the whole receive use case (raw mail stored by receive itself, as `runnerup send` does). */
export async function runReceive(raw: Buffer): Promise<Run> {
  runs += 1;
  const deps = fakeDeps({ users: USERS });
  const messageId = `fuzz${runs}`;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const timing = () => {
    const used = process.cpuUsage(cpu);
    return { ms: (used.user + used.system) / 1000, wallMs: performance.now() - started };
  };
  try {
    const result = await receive({ messageId, raw, envelope: { mailFrom: ADA.email, recipients: ['followups@runnerup.test'] } }, deps);
    return { ...timing(), result, rawKept: deps.rawMail.objects.has(`inbound/${messageId}`) };
  } catch (error) {
    return { ...timing(), error, rawKept: deps.rawMail.objects.has(`inbound/${messageId}`) };
  }
}

/** A typed failure: an Error subclass with its own name (not a bare Error, TypeError, RangeError...). */
export function isTypedError(error: unknown): boolean {
  return error instanceof Error && !['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError'].includes(error.name) && error.constructor !== Error;
}

let warm = false;
/** Runs the corpus once unmeasured: module loading and JIT warm-up are a cold start, not a per-message cost. */
export async function warmUp(): Promise<void> {
  if (warm) return;
  for (const c of CORPUS) await runReceive(c.raw);
  warm = true;
}

/**
 * Every message must be done within this much CPU time. Generous on purpose, and CPU rather than
 * wall time, so a loaded 2-core CI machine (other suites run in parallel) never flakes.
 */
export const PER_MESSAGE_LIMIT_MS = 1_000;
/** Wall-clock guard against a message that hangs (waits forever) rather than computes. */
export const HANG_LIMIT_MS = 15_000;

export interface FuzzStats {
  count: number;
  slowestMs: number;
  slowest: string;
  outcomes: Record<string, number>;
  errors: Record<string, number>;
}

/**
 * Runs `numRuns` seeded inputs through receive; the property holds when nothing escapes untyped,
 * the raw mail is kept, and each message finishes within PER_MESSAGE_LIMIT_MS.
 */
export async function fuzzReceive<T>(arb: fc.Arbitrary<T>, raw: (value: T) => Buffer, label: (value: T) => string, options: { seed: number; numRuns: number }): Promise<FuzzStats> {
  const stats: FuzzStats = { count: 0, slowestMs: 0, slowest: '', outcomes: {}, errors: {} };
  await warmUp();
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      const run = await runReceive(raw(value));
      stats.count += 1;
      if (run.ms > stats.slowestMs) {
        stats.slowestMs = run.ms;
        stats.slowest = label(value);
      }
      if (run.error !== undefined) {
        const name = run.error instanceof Error ? run.error.name : typeof run.error;
        stats.errors[name] = (stats.errors[name] ?? 0) + 1;
        if (!isTypedError(run.error)) throw new Error(`untyped failure ${name}: ${String(run.error).slice(0, 300)} (${label(value)})`);
      } else {
        const key = `${run.result?.outcome}${run.result?.reason ? `:${run.result.reason}` : ''}`;
        stats.outcomes[key] = (stats.outcomes[key] ?? 0) + 1;
      }
      // `delete my data` deletes the raw mail too, as promised; everything else keeps it.
      if (!run.rawKept && run.result?.command !== 'delete-my-data') throw new Error(`raw mail not kept (${label(value)})`);
      if (run.ms >= PER_MESSAGE_LIMIT_MS) throw new Error(`took ${Math.round(run.ms)} ms of CPU (${label(value)})`);
      if (run.wallMs >= HANG_LIMIT_MS) throw new Error(`hung for ${Math.round(run.wallMs)} ms (${label(value)})`);
    }),
    { seed: options.seed, numRuns: options.numRuns, endOnFailure: true },
  );
  return stats;
}
