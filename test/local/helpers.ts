/** Shared helpers of the local-runtime suites: temp dirs, a real SMTP client, a raw socket, polling. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import nodemailer from 'nodemailer';

export async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'runnerup-local-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Sends a raw message with nodemailer; resolves with the server's reply, rejects with the SMTP error. */
export async function smtpSend(port: number, raw: string | Buffer, from: string, to = 'followups@localhost'): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail({ envelope: { from, to: [to] }, raw });
    return info.response;
  } finally {
    transport.close();
  }
}

/** The SMTP error code of a failed send (e.g. 550), or 'accepted'. */
export async function smtpOutcome(port: number, raw: string | Buffer, from: string, to?: string): Promise<number | 'accepted'> {
  try {
    await smtpSend(port, raw, from, to);
    return 'accepted';
  } catch (err) {
    return (err as { responseCode?: number }).responseCode ?? -1;
  }
}

/**
 * A raw SMTP conversation: waits for the greeting, then writes each chunk after the server answered
 * the previous one (or after a short pause when it stays silent, e.g. during DATA); returns the transcript.
 */
export function rawSession(port: number, chunks: (string | Buffer)[], ms = 3_000): Promise<string> {
  const PAUSE_MS = 150;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    let next = 0;
    let pause: NodeJS.Timeout | undefined;
    const writeNext = () => {
      clearTimeout(pause);
      if (next >= chunks.length || socket.destroyed) return;
      socket.write(chunks[next++]!);
      pause = setTimeout(writeNext, PAUSE_MS);
    };
    socket.on('data', (d) => {
      out += d.toString('latin1');
      writeNext();
    });
    socket.on('error', () => undefined);
    const done = () => {
      clearTimeout(pause);
      socket.destroy();
      resolve(out);
    };
    socket.once('close', done);
    setTimeout(done, ms).unref();
  });
}

/** Polls until `check` returns a value other than undefined (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface OutboxMail {
  file: string;
  step: string | null;
  to: string | null;
  raw: string;
}

/** The outbox, in file-name order, with each mail's X-Runnerup-Step. */
export async function readOutbox(dataDir: string): Promise<OutboxMail[]> {
  const dir = join(dataDir, 'outbox');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(join(dir, file), 'utf8');
      const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
      const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? null;
      return { file, step: header('X-Runnerup-Step'), to: header('To'), raw };
    }),
  );
}
