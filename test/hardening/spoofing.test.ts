import { describe, expect, it } from 'vitest';
import { DEFAULT_DAILY_SEND_CAP, workflowConfig } from '../../shared/workflow/index.js';
import { fakeInbound, type FakeInbound } from './support/inbound.js';
import { ADA, forward, userMail } from './support/mail.js';

// Spoofing and abuse (issue 7, suite 1): everything runs through the real inbound handler with
// real-shaped SES receipt events, production settings (requireAuthentication on) and fakes behind.

async function expectDroppedSilently(lambda: FakeInbound, delivery: { messageId: string; outcome: string; reason?: string }, reason: string) {
  const { deps } = lambda;
  expect(delivery).toMatchObject({ outcome: 'dropped', reason });
  expect(deps.mailer.sent).toEqual([]);
  expect(deps.scheduler.created).toEqual([]);
  expect(await deps.store.listApplications(ADA.email)).toEqual([]);
  // Logged for operators, and the raw mail is kept (nothing lost).
  expect(lambda.drops()).toContainEqual(expect.objectContaining({ messageId: delivery.messageId, reason }));
  expect(deps.rawMail.objects.has(`inbound/${delivery.messageId}`)).toBe(true);
}

describe('spoofing and abuse, through the inbound handler', () => {
  it('processes an authenticated forward from a registered user (the control case)', async () => {
    const lambda = fakeInbound();
    const d = await lambda.deliver(forward());
    expect(d).toMatchObject({ outcome: 'processed' });
    expect(await lambda.deps.store.listApplications(ADA.email)).toHaveLength(1);
    expect(lambda.deps.scheduler.created.length).toBeGreaterThan(0);
  });

  it('drops mail from an unregistered sender without any reply', async () => {
    const lambda = fakeInbound();
    const raw = forward({ from: 'Mallory <mallory@evil.example>' });
    const d = await lambda.deliver(raw, { source: 'mallory@evil.example' });
    await expectDroppedSilently(lambda, d, 'unregistered');
    expect(await lambda.deps.store.listApplications('mallory@evil.example')).toEqual([]);
  });

  it('drops an unregistered sender asking for help or sending commands (no backscatter)', async () => {
    const lambda = fakeInbound();
    for (const body of ['help', 'list', 'delete my data', 'stop all', 'gibberish nobody can use']) {
      const d = await lambda.deliver(userMail(body, [], 'Mallory <mallory@evil.example>'), { source: 'mallory@evil.example' });
      expect(d).toMatchObject({ outcome: 'dropped', reason: 'unregistered' });
    }
    expect(lambda.deps.mailer.sent).toEqual([]);
  });

  for (const verdict of ['spf', 'dkim', 'dmarc'] as const) {
    it(`drops a registered user's forward when the ${verdict.toUpperCase()} verdict is FAIL`, async () => {
      const lambda = fakeInbound();
      const d = await lambda.deliver(forward(), { verdicts: { [verdict]: 'FAIL' } });
      await expectDroppedSilently(lambda, d, 'unauthenticated');
    });
  }

  it('drops on DMARC FAIL with dmarcPolicy given as a string', async () => {
    const lambda = fakeInbound();
    const d = await lambda.deliver(forward(), { verdicts: { dmarc: 'FAIL' }, dmarcPolicy: 'reject' });
    await expectDroppedSilently(lambda, d, 'unauthenticated');
  });

  it('drops on DMARC FAIL with dmarcPolicy given as an object', async () => {
    const lambda = fakeInbound();
    const d = await lambda.deliver(forward(), { verdicts: { dmarc: 'FAIL' }, dmarcPolicy: { status: 'QUARANTINE' } });
    await expectDroppedSilently(lambda, d, 'unauthenticated');
  });

  it('accepts both dmarcPolicy shapes when everything passes', async () => {
    for (const dmarcPolicy of ['none', { status: 'NONE' }]) {
      const lambda = fakeInbound();
      expect(await lambda.deliver(forward(), { dmarcPolicy })).toMatchObject({ outcome: 'processed' });
    }
  });

  it('drops mail whose only verdicts are GRAY or PROCESSING_FAILED (nothing authenticated it)', async () => {
    for (const status of ['GRAY', 'PROCESSING_FAILED']) {
      const lambda = fakeInbound();
      const d = await lambda.deliver(forward(), { verdicts: { spf: status, dkim: status, dmarc: status } });
      await expectDroppedSilently(lambda, d, 'unauthenticated');
    }
  });

  it('drops spam and viruses, even from an authenticated registered user', async () => {
    const spam = fakeInbound();
    await expectDroppedSilently(spam, await spam.deliver(forward(), { verdicts: { spam: 'FAIL' } }), 'spam');
    const virus = fakeInbound();
    await expectDroppedSilently(virus, await virus.deliver(forward(), { verdicts: { virus: 'FAIL' } }), 'virus');
  });

  it('does not trust a registered From address sent from another domain that has no DMARC', async () => {
    // Mallory's server passes SPF and DKIM for evil.example; From claims Ada; example.com publishes no DMARC.
    const lambda = fakeInbound();
    const d = await lambda.deliver(forward(), { source: 'bounces@evil.example', verdicts: { dmarc: 'GRAY' } });
    await expectDroppedSilently(lambda, d, 'unauthenticated');
  });

  it('does not trust headers that merely name a registered user (X-Forwarded-For, Resent-From)', async () => {
    const lambda = fakeInbound();
    const raw = forward({
      from: 'Mallory <mallory@evil.example>',
      headers: ['X-Forwarded-For: ada@example.com', 'Resent-From: Ada Lovelace <ada@example.com>', 'Delivered-To: ada@example.com'],
    });
    const d = await lambda.deliver(raw, { source: 'mallory@evil.example' });
    expect(d.outcome).toBe('dropped');
    expect(['unauthenticated', 'unregistered']).toContain(d.reason);
    expect(lambda.deps.mailer.sent).toEqual([]);
    expect(await lambda.deps.store.listApplications(ADA.email)).toEqual([]);
  });

  it('does not let a forged reply steer a registered user (commands need authentication too)', async () => {
    const lambda = fakeInbound();
    expect(await lambda.deliver(forward())).toMatchObject({ outcome: 'processed' });
    const before = lambda.deps.scheduler.pending().length;
    const d = await lambda.deliver(userMail('stop all'), { source: 'bounces@evil.example', verdicts: { dmarc: 'GRAY' } });
    // Either reason is a silent drop: the envelope names an unknown sender, and nothing vouches for Ada.
    expect(d.outcome).toBe('dropped');
    expect(['unauthenticated', 'unregistered']).toContain(d.reason);
    expect(lambda.deps.mailer.sent).toEqual([]);
    expect(lambda.deps.scheduler.pending()).toHaveLength(before);
    expect(lambda.deps.scheduler.cancelled).toEqual([]);
  });
});

describe("relaying Gmail's forwarding confirmation", () => {
  const confirmation = (requester: string, link: string) =>
    [
      'From: Gmail Team <forwarding-noreply@google.com>',
      'To: followups@runnerup.test',
      'Date: Mon, 2 Mar 2026 14:00:00 +0000',
      'Message-ID: <fwdconf-1@google.com>',
      `Subject: (#123456789) Gmail Forwarding Confirmation - Receive Mail from ${requester}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      `${requester} has requested to automatically forward mail to your email address followups@runnerup.test.`,
      'Confirmation code: 123456789',
      `To allow ${requester} to automatically forward mail to your address, please click the link below to confirm the request:`,
      link,
      '',
    ].join('\r\n');
  const GOOGLE = { source: 'forwarding-noreply@google.com' };

  it('relays an authentic confirmation to the registered user it names, and only to them', async () => {
    const lambda = fakeInbound();
    const d = await lambda.deliver(confirmation(ADA.email, 'https://mail-settings.google.com/mail/vf-abc'), GOOGLE);
    expect(d).toMatchObject({ outcome: 'relayed' });
    expect(lambda.deps.mailer.sent.map((m) => m.to)).toEqual([ADA.email]);
  });

  it('drops a forged confirmation (Google not authenticated) without relaying it', async () => {
    const lambda = fakeInbound();
    const d = await lambda.deliver(confirmation(ADA.email, 'https://mail-settings.google.com/mail/vf-abc'), { source: 'bounce@evil.example', verdicts: { dmarc: 'FAIL' } });
    expect(d.outcome).toBe('dropped');
    expect(lambda.deps.mailer.sent).toEqual([]);
  });

  it('drops a confirmation naming an unregistered address (no backscatter to strangers)', async () => {
    const lambda = fakeInbound();
    const d = await lambda.deliver(confirmation('victim@elsewhere.example', 'https://mail-settings.google.com/mail/vf-abc'), GOOGLE);
    expect(d).toMatchObject({ outcome: 'dropped', reason: 'unregistered' });
    expect(lambda.deps.mailer.sent).toEqual([]);
  });

  it('never relays a link that is not Google\'s', async () => {
    const lambda = fakeInbound();
    await lambda.deliver(confirmation(ADA.email, 'https://mail-settings.google.com.evil.example/phish'), GOOGLE);
    expect(lambda.deps.mailer.sent).toHaveLength(1);
    for (const mail of lambda.deps.mailer.sent) expect(mail.text).not.toContain('evil.example');
  });
});

describe('the per-user cap on outgoing mail', () => {
  it('defaults to 50 mails a day', () => {
    expect(DEFAULT_DAILY_SEND_CAP).toBe(50);
    expect(workflowConfig({ fromAddress: 'a@b.example', inboundAddress: 'c@b.example' }).dailySendCap).toBe(50);
  });

  it('sends at most the configured number of mails per user per day, and logs the cap for operators', async () => {
    const lambda = fakeInbound({ config: { dailySendCap: 3 } });
    for (let i = 0; i < 6; i += 1) await lambda.deliver(userMail('list'));
    expect(lambda.deps.mailer.sent).toHaveLength(3);
    const warnings = lambda.deps.logger.lines.filter((l) => l.level === 'warn' && /cap/i.test(l.message));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]?.attributes).toMatchObject({ user: ADA.email, cap: 3 });
  });

  it('holds to the default of 50 under a flood of requests', async () => {
    const lambda = fakeInbound();
    for (let i = 0; i < 60; i += 1) await lambda.deliver(userMail('list'));
    expect(lambda.deps.mailer.sent).toHaveLength(50);
  });

  it('honours a per-user override and starts again the next UTC day', async () => {
    const lambda = fakeInbound({ users: [{ ...ADA, dailySendCap: 2 }], now: '2026-03-02T22:00:00Z' });
    for (let i = 0; i < 4; i += 1) await lambda.deliver(userMail('list'));
    expect(lambda.deps.mailer.sent).toHaveLength(2);
    lambda.deps.clock.set('2026-03-03T08:00:00Z');
    for (let i = 0; i < 4; i += 1) await lambda.deliver(userMail('list'));
    expect(lambda.deps.mailer.sent).toHaveLength(4);
  });

  it('counts the cap per user: one user at the cap does not block another', async () => {
    const bob = { email: 'bob@example.org', name: 'Bob', timeZone: 'UTC' };
    const lambda = fakeInbound({ users: [ADA, bob], config: { dailySendCap: 1 } });
    await lambda.deliver(userMail('list'));
    await lambda.deliver(userMail('list'));
    await lambda.deliver(userMail('list', [], 'Bob <bob@example.org>'), { source: 'bob@example.org' });
    expect(lambda.deps.mailer.sent.map((m) => m.to)).toEqual([ADA.email, bob.email]);
  });
});
