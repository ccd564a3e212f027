/**
 * Hostile and broken input: every case either throws UnreadableMailError with one clear
 * sentence or returns a best-effort answer, and none hangs (generous per-test timeout, no
 * timing assertions). Inputs are generated here, never committed as files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../shared/domain/types.js';
import { MAX_SUBJECT_CHARS, understand, UnreadableMailError } from '../../shared/understand/index.js';
import { CORPUS_DIR } from './corpus-report.js';

const TIMEOUT_MS = 20_000;
const MB = 1024 * 1024;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const HEAD = [
  'From: Maya Chen <maya.chen@gmail.com>',
  'To: in@runnerup.example',
  'Subject: Fwd: Interview',
  'Date: Tue, 24 Feb 2026 19:05:00 -0500',
  'Message-ID: <bad-input@example.com>',
  'MIME-Version: 1.0',
].join('\r\n');

/** Deterministic pseudo-random bytes (xorshift), so the junk case is the same on every run. */
function junk(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = 0x9e3779b9;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function nestedMultipart(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += `Content-Type: multipart/mixed; boundary="level${i}"\r\n\r\n--level${i}\r\n`;
    close = `\r\n--level${i}--\r\n` + close;
  }
  return `${HEAD}\r\n${open}Content-Type: text/plain\r\n\r\nHello from the bottom.\r\n${close}`;
}

function manyParts(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`--many\r\nContent-Type: text/plain\r\n\r\nPart ${i} of the message.\r\n`);
  return `${HEAD}\r\nContent-Type: multipart/mixed; boundary="many"\r\n\r\n${parts.join('')}--many--\r\n`;
}

function bigMessage(bytes: number): Uint8Array {
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n';
  const head = `${HEAD}\r\nContent-Type: multipart/mixed; boundary="big"\r\n\r\n--big\r\nContent-Type: text/plain\r\n\r\nSee the attached file.\r\n--big\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="big.bin"\r\n\r\n`;
  const tail = '\r\n--big--\r\n';
  const out = new Uint8Array(bytes);
  const h = enc(head);
  out.set(h, 0);
  const l = enc(line);
  let pos = h.length;
  const end = bytes - tail.length;
  while (pos + l.length <= end) {
    out.set(l, pos);
    pos += l.length;
  }
  out.fill(0x0a, pos, end);
  out.set(enc(tail), end);
  return out;
}

/** A thrown error must be UnreadableMailError with one readable sentence; a result must be well-formed. */
async function expectGraceful(input: Uint8Array | string): Promise<'error' | 'result'> {
  try {
    const u = await understand(input);
    expect(KINDS).toContain(u.kind);
    expect(typeof u.original.subject).toBe('string');
    return 'result';
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableMailError);
    expectClearSentence((err as Error).message);
    return 'error';
  }
}

function expectClearSentence(message: string): void {
  expect(message).toMatch(/^[A-Z]/);
  expect(message).toMatch(/[.!]$/);
  expect(message.length).toBeLessThan(300);
  expect(message).not.toContain('\n');
}

async function expectUnreadable(input: Uint8Array | string): Promise<void> {
  const err = await understand(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnreadableMailError);
  expectClearSentence((err as Error).message);
}

describe('understand() on bad input', () => {
  it('rejects an empty file with UnreadableMailError', { timeout: TIMEOUT_MS }, async () => {
    await expectUnreadable(new Uint8Array(0));
  });

  it('rejects binary junk with UnreadableMailError', { timeout: TIMEOUT_MS }, async () => {
    await expectUnreadable(junk(64 * 1024));
  });

  it('rejects a text file that is not an email', { timeout: TIMEOUT_MS }, async () => {
    await expectUnreadable('# Groceries\n\n- eggs\n- oat milk\n- coffee beans\n\nRemember to call the plumber on Tuesday at 3pm.\n');
  });

  it('handles truncated MIME (a real forward cut mid-part)', { timeout: TIMEOUT_MS }, async () => {
    const full = readFileSync(join(CORPUS_DIR, 'gmail', 'interview-invite-prose-et.eml'));
    const outcome = await expectGraceful(full.subarray(0, Math.floor(full.length * 0.55)));
    expect(['error', 'result']).toContain(outcome);
  });

  it('handles a 40 MB message', { timeout: TIMEOUT_MS }, async () => {
    const outcome = await expectGraceful(bigMessage(40 * MB));
    expect(['error', 'result']).toContain(outcome);
  });

  it('handles multiparts nested 200 deep', { timeout: TIMEOUT_MS }, async () => {
    const outcome = await expectGraceful(nestedMultipart(200));
    expect(['error', 'result']).toContain(outcome);
  });

  it('handles a message with 5,000 parts', { timeout: TIMEOUT_MS }, async () => {
    const outcome = await expectGraceful(manyParts(5000));
    expect(['error', 'result']).toContain(outcome);
  });

  it('handles a 1 MB line without spaces inside a forward', { timeout: TIMEOUT_MS }, async () => {
    const body = `Content-Type: text/plain; charset=utf-8\r\n\r\nSee below\r\n\r\n---------- Forwarded message ---------\r\nFrom: Priya Raman <priya.raman@lumenpay.com>\r\nDate: Tue, Feb 24, 2026 at 11:42 AM\r\nSubject: Interview\r\nTo: <maya.chen@gmail.com>\r\n\r\n${'x'.repeat(MB)}\r\n`;
    const outcome = await expectGraceful(`${HEAD}\r\n${body}`);
    expect(['error', 'result']).toContain(outcome);
  });

  it('handles a forward of many lines each just at the line cap (2,000 characters)', { timeout: TIMEOUT_MS }, async () => {
    const lines = Array.from({ length: 60 }, () => 'x'.repeat(2000)).join('\r\n');
    const body = `Content-Type: text/plain; charset=utf-8\r\n\r\n---------- Forwarded message ---------\r\n${lines}\r\n`;
    const outcome = await expectGraceful(`${HEAD}\r\n${body}`);
    expect(['error', 'result']).toContain(outcome);
  });

  it('handles a 1 MB subject line without spaces', { timeout: TIMEOUT_MS }, async () => {
    const raw = `From: a@b.example\r\nTo: in@runnerup.example\r\nSubject: ${'Interview'.repeat(MB / 9)}\r\n\r\nhello\r\n`;
    const outcome = await expectGraceful(raw);
    expect(['error', 'result']).toContain(outcome);
  });

  // Before MAX_SUBJECT_CHARS this took 33 s (the subject patterns' cost grew with the square of a space run);
  // the per-test timeout catches a return of that, and the subject is reported cut to the cap.
  it('handles a subject of 100,000 spaces, outer and inside a forward', { timeout: TIMEOUT_MS }, async () => {
    const spaces = ' '.repeat(100_000);
    const direct = `From: a@b.example\r\nTo: in@runnerup.example\r\nSubject: Entretien${spaces}: Technicien\r\n\r\nhello\r\n`;
    const u = await understand(enc(direct));
    expect(u.original.subject.length).toBe(MAX_SUBJECT_CHARS);
    const forwarded = `${HEAD.replace('Subject: Fwd: Interview', `Subject: Fwd: Interview${spaces}x`)}\r\n\r\n---------- Forwarded message ---------\r\nFrom: X <x@acme.example>\r\nDate: Mon, 23 Feb 2026 at 10:00\r\nSubject: Interview${spaces}- Engineer\r\nTo: <maya.chen@gmail.com>\r\n\r\nWould you be free for an interview on Thursday at 3pm?\r\n`;
    const f = await understand(enc(forwarded));
    expect(f.original.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_CHARS);
    expect(KINDS).toContain(f.kind);
  });
});

describe('runnerup parse on a bad file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'runnerup-bad-input-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints {"file","error"} for the bad file, the answer for the good one, and exits 1', { timeout: 60_000 }, () => {
    const bad = join(dir, 'junk.eml');
    writeFileSync(bad, junk(4096));
    const good = join(CORPUS_DIR, 'gmail', 'rejection-warm-mentions-interview.eml');
    const res = spawnSync('npx', ['tsx', 'cli/main.ts', 'parse', good, bad], { encoding: 'utf8', cwd: process.cwd() });
    expect(res.status).toBe(1);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '') as { file: string; kind: string; forwardedBy: string };
    expect(first.file).toBe(good);
    expect(first.forwardedBy).toBe('maya.chen@gmail.com');
    const second = JSON.parse(lines[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(second).sort()).toEqual(['error', 'file']);
    expect(second.file).toBe(bad);
    expectClearSentence(String(second.error));
  });

  it('exits 1 with an error line for an empty file', { timeout: 60_000 }, () => {
    const empty = join(dir, 'empty.eml');
    writeFileSync(empty, '');
    const res = spawnSync('npx', ['tsx', 'cli/main.ts', 'parse', empty], { encoding: 'utf8', cwd: process.cwd() });
    expect(res.status).toBe(1);
    const parsed = JSON.parse(res.stdout.trim()) as { file: string; error: string };
    expect(parsed.file).toBe(empty);
    expectClearSentence(parsed.error);
  });
});
