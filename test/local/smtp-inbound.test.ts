import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createConsoleLogger } from '../../local/console-logger.js';
import type { Envelope } from '../../local/inbound-queue.js';
import { startSmtpInbound, type SmtpInbound } from '../../local/smtp-inbound.js';
import { rawSession, smtpOutcome, smtpSend } from './helpers.js';

const MAIL = 'From: Ann <ann@example.com>\r\nTo: followups@localhost\r\nSubject: Fwd: hello\r\n\r\nhello\r\n';
const SMALL_LIMIT = 64 * 1024;

describe('SMTP inbound listener', () => {
  let server: SmtpInbound;
  const accepted: { raw: string; envelope: Envelope }[] = [];
  let failStore = false;

  beforeAll(async () => {
    server = await startSmtpInbound({
      host: '127.0.0.1',
      port: 0,
      addresses: ['followups@localhost'],
      maxBytes: SMALL_LIMIT,
      logger: createConsoleLogger('silent'),
      isAllowedSender: async (email) => email === 'ann@example.com',
      accept: async (raw, envelope) => {
        if (failStore) throw new Error('disk full');
        accepted.push({ raw: Buffer.from(raw).toString('utf8'), envelope });
        return `id-${accepted.length}`;
      },
    });
  });
  afterAll(() => server.close());

  it('answers 250 with the queue id only after the mail was handed to accept()', async () => {
    const reply = await smtpSend(server.port, MAIL, 'ann@example.com');
    expect(reply).toMatch(/^250 .*queued as id-\d+/);
    const last = accepted.at(-1)!;
    expect(last.raw).toContain('Subject: Fwd: hello');
    expect(last.envelope).toEqual({ mailFrom: 'ann@example.com', recipients: ['followups@localhost'] });
  });

  it('accepts the inbound address in any letter case', async () => {
    expect(await smtpOutcome(server.port, MAIL, 'ann@example.com', 'FollowUps@LocalHost')).toBe('accepted');
  });

  it('refuses recipients other than the inbound address with 550', async () => {
    expect(await smtpOutcome(server.port, MAIL, 'ann@example.com', 'someone@else.org')).toBe(550);
  });

  it('refuses unregistered and null senders at MAIL FROM with 550 5.7.1', async () => {
    const before = accepted.length;
    expect(await smtpOutcome(server.port, MAIL, 'mallory@evil.example')).toBe(550);
    const transcript = await rawSession(server.port, ['EHLO t\r\n', 'MAIL FROM:<>\r\n', 'MAIL FROM:<mallory@evil.example>\r\n', 'QUIT\r\n']);
    expect(transcript.match(/^550 5\.7\.1/gm)).toHaveLength(2);
    expect(accepted.length).toBe(before);
  });

  it('advertises SIZE and refuses a declared over-size message with 552', async () => {
    const transcript = await rawSession(server.port, ['EHLO t\r\n', `MAIL FROM:<ann@example.com> SIZE=${SMALL_LIMIT + 1}\r\n`, 'QUIT\r\n']);
    expect(transcript).toContain(`SIZE ${SMALL_LIMIT}`);
    expect(transcript).toMatch(/^552 /m);
  });

  it('refuses a message that grows over the limit while streaming with 552, and keeps nothing of it', async () => {
    const before = accepted.length;
    const big = MAIL + 'x'.repeat(76).concat('\r\n').repeat(Math.ceil((SMALL_LIMIT * 2) / 78));
    expect(await smtpOutcome(server.port, big, 'ann@example.com')).toBe(552);
    expect(accepted.length).toBe(before);
  });

  it('answers 451 (try again) when the mail cannot be kept, so nothing is acknowledged unkept', async () => {
    failStore = true;
    try {
      expect(await smtpOutcome(server.port, MAIL, 'ann@example.com')).toBe(451);
    } finally {
      failStore = false;
    }
  });

  it('survives junk: garbage, binary, endless lines, pipelined nonsense, and a client vanishing mid-DATA', async () => {
    await rawSession(server.port, [randomBytes(4096)], 500);
    await rawSession(server.port, ['EHLO t\r\n', 'X'.repeat(200_000), '\r\n']);
    await rawSession(server.port, ['HELO\r\nRCPT TO:<a@b>\r\nDATA\r\n.\r\nAUTH PLAIN AGFAYg==\r\nSTARTTLS\r\nBDAT 10\r\n\0\0\0\r\n']);
    await rawSession(server.port, ['EHLO t\r\n', 'MAIL FROM:<ann@example.com>\r\n', 'RCPT TO:<followups@localhost>\r\n', 'DATA\r\n', 'Subject: cut\r\n\r\npartial'], 800);
    await rawSession(server.port, ['EHLO t\r\nMAIL FROM:<ann@example.com>\r\nRCPT TO:<followups@localhost>\r\nDATA\r\n', randomBytes(20_000), '\r\n.\r\nQUIT\r\n']);
    expect(await smtpOutcome(server.port, MAIL, 'ann@example.com')).toBe('accepted');
  });

  it('does not offer AUTH or STARTTLS', async () => {
    const transcript = await rawSession(server.port, ['EHLO t\r\n', 'QUIT\r\n']);
    expect(transcript).toMatch(/^250[- ]/m);
    expect(transcript).not.toMatch(/AUTH|STARTTLS/);
  });
});
