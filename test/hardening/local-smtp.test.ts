import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from '../../local/runtime.js';
import type { ReceiveResult } from '../../shared/workflow/index.js';
import { ADA, forward, userMail } from './support/mail.js';
import { checkOutgoing } from './support/outgoing.js';
import { rawSession, smtpSend } from './support/smtp.js';

// Hostile mail thrown at `npm start` over SMTP (the local runtime in-process, port 0, temp data
// dir, Ada on the allow-list): the server stays up, nothing is answered that must not be, and
// every accepted mail is processed (nothing lost).

const TO = 'followups@localhost';
let dir: string;
let runtime: LocalRuntime;
const received: { messageId: string; result: ReceiveResult }[] = [];
const outbox = async () => (await readdir(join(dir, 'outbox')).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();

async function settle(accepted: number) {
  await runtime.idle();
  expect(received.length).toBe(accepted);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runnerup-hardening-'));
  runtime = await startLocalRuntime({ dataDir: dir, smtpPort: 0, allow: [ADA.email], onReceived: (messageId, result) => received.push({ messageId, result }) });
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('hostile mail over SMTP against the local runtime', () => {
  let accepted = 0;

  it('refuses or silently drops unregistered senders, never answering them', { timeout: 60_000 }, async () => {
    const outcome = await smtpSend(runtime.smtpPort, userMail('help', [], 'Mallory <mallory@evil.example>'), 'mallory@evil.example', TO);
    if (outcome === 'accepted') accepted += 1;
    else expect(outcome).toBe(550);
    // A registered From with an unregistered envelope is the same stranger.
    const forged = await smtpSend(runtime.smtpPort, userMail('help'), 'mallory@evil.example', TO);
    if (forged === 'accepted') accepted += 1;
    else expect(forged).toBe(550);
    await settle(accepted);
    expect(await outbox()).toEqual([]);
  });

  it('refuses oversize mail with 552, by declared SIZE and by actual size, and keeps running', { timeout: 120_000 }, async () => {
    const transcript = await rawSession(runtime.smtpPort, ['EHLO hostile.example\r\n', `MAIL FROM:<${ADA.email}> SIZE=${50 * 1024 * 1024}\r\n`, 'QUIT\r\n']);
    expect(transcript).toMatch(/^552/m);
    const huge = Buffer.concat([Buffer.from(forward({ note: 'big' })), Buffer.alloc(41 * 1024 * 1024, 0x61)]);
    expect(await smtpSend(runtime.smtpPort, huge, ADA.email, TO)).toBe(552);
    await settle(accepted);
  });

  it('survives protocol junk: binary noise, huge command lines, commands out of order, a dropped connection mid-DATA', { timeout: 60_000 }, async () => {
    await rawSession(runtime.smtpPort, [Buffer.from([0, 255, 1, 254, 13, 10, 0, 0]), 'x'.repeat(200_000) + '\r\n', 'QUIT\r\n'], 3_000);
    await rawSession(runtime.smtpPort, ['EHLO a\r\n', 'DATA\r\n', 'RCPT TO:<followups@localhost>\r\n', 'RSET\r\n', 'QUIT\r\n'], 3_000);
    await rawSession(runtime.smtpPort, ['EHLO a\r\n', `MAIL FROM:<${ADA.email}>\r\n`, `RCPT TO:<${TO}>\r\n`, 'DATA\r\n', 'From: ada@example.com\r\nSubject: cut off\r\n\r\nhalf a mess'], 1_500);
    await rawSession(runtime.smtpPort, ['EHLO a\r\n', `MAIL FROM:<${ADA.email}>\r\n`, `RCPT TO:<victim@evil.example>\r\n`, 'QUIT\r\n'], 2_000);
    await settle(accepted);
    expect(await outbox()).toEqual([]);
  });

  it('never answers loops (auto-replies, bounces, list mail) from a registered sender', { timeout: 60_000 }, async () => {
    const loops = [
      userMail('help', ['Auto-Submitted: auto-replied']),
      userMail('help', ['Precedence: bulk']),
      userMail('help', ['List-Id: <alerts.jobs.example>']),
      userMail('help', ['Content-Type: multipart/report; report-type=delivery-status; boundary="x"']).replace(/Content-Type: text\/plain; charset="UTF-8"\r\n/, ''),
    ];
    for (const raw of loops) {
      expect(await smtpSend(runtime.smtpPort, raw, ADA.email, TO)).toBe('accepted');
      accepted += 1;
    }
    await settle(accepted);
    expect(received.slice(-loops.length).map((r) => r.result.outcome)).toEqual(loops.map(() => 'dropped'));
    expect(await outbox()).toEqual([]);
  });

  it('processes junk and header-injection mail from Ada without crashing, answering at most once a day with help', { timeout: 60_000 }, async () => {
    const hostile = [
      Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0d, 0x0a, 0x0d, 0x0a, 0x80, 0x81]),
      'From: Ada <ada@example.com>\r\n\r\n',
      forward({ subject: '=?utf-8?Q?Fwd:_x=0D=0ABcc:_victim@evil.example?=', note: '<script>alert(1)</script> & ? # % +' }),
      forward({ headers: [`X-Long: ${'a'.repeat(100_000)}`], contentType: 'multipart/mixed; boundary="never-closed"', body: '--never-closed\r\nContent-Type: text/plain; charset="x-lie"\r\n\r\nhello' }),
      userMail('asdf qwerty'),
      userMail('what is this?'),
    ];
    for (const raw of hostile) {
      expect(await smtpSend(runtime.smtpPort, raw, ADA.email, TO)).toBe('accepted');
      accepted += 1;
    }
    await settle(accepted);
    const files = await outbox();
    const helps = files.filter((f) => /help|understood-other/.test(f));
    expect(helps.length).toBeLessThanOrEqual(1);
    for (const f of files) await checkOutgoing(await readFile(join(dir, 'outbox', f)), ADA.email);
  });

  it('is still up and answering afterwards, and nothing accepted was lost', { timeout: 60_000 }, async () => {
    expect(await smtpSend(runtime.smtpPort, userMail('list'), ADA.email, TO)).toBe('accepted');
    accepted += 1;
    await settle(accepted);
    expect(received.at(-1)?.result).toMatchObject({ outcome: 'command', command: 'list' });
    expect((await outbox()).some((f) => f.includes('list'))).toBe(true);
    // Every accepted mail was handed to receive exactly once, and its raw mail is on disk (or deleted by request).
    expect(new Set(received.map((r) => r.messageId)).size).toBe(accepted);
    const failed = await readdir(join(dir, 'failed')).catch(() => [] as string[]);
    expect(failed).toEqual([]);
  });
});
