import { describe, expect, it } from 'vitest';
import type { FakeDeps } from '../support/fakes.js';
import { forwardedEmail, gmailConfirmation } from '../support/mail.js';
import { ADA, deliver, lastSent, setup } from '../support/workflow.js';

const PASS = { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' } as const;
const ENVELOPE = { mailFrom: 'ada@example.com', recipients: ['followups@runnerup.test'] };

function expectNothingDone(deps: FakeDeps) {
  expect(deps.mailer.sent).toEqual([]);
  expect(deps.scheduler.created).toEqual([]);
  expect(deps.store.itemsOf(ADA.email, 'APP#')).toEqual([]);
}

describe('receive: mail we never answer', () => {
  it('drops mail from an unregistered sender without any reply, but keeps the raw mail', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('rejection', { user: 'mallory@evil.example' }), { messageId: 'x1' });
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'unregistered' });
    expect(deps.rawMail.objects.has('inbound/x1')).toBe(true);
    expect(deps.mailer.sent).toEqual([]);
    expect(deps.logger.messages('info')).toContain('inbound mail dropped without reply');
  });

  it.each([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, 'auto-submitted'],
    ['Auto-Submitted: auto-generated', { 'Auto-Submitted': 'auto-generated' }, 'auto-submitted'],
    ['an empty return path', { 'Return-Path': '<>' }, 'null-return-path'],
    ['Precedence: bulk', { Precedence: 'bulk' }, 'bulk'],
    ['Precedence: junk', { Precedence: 'junk' }, 'bulk'],
    ['Precedence: list', { Precedence: 'list' }, 'bulk'],
    ['List-Id', { 'List-Id': 'Jobs <jobs.lists.example>' }, 'list'],
    ['our own X-Runnerup-Step', { 'X-Runnerup-Step': 'thank-you' }, 'own-draft'],
  ])('drops a forward carrying %s', async (_label, headers, reason) => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('rejection', { headers }));
    expect(res).toMatchObject({ outcome: 'dropped', reason });
    expectNothingDone(deps);
  });

  it('accepts Auto-Submitted: no', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('rejection', { headers: { 'Auto-Submitted': 'no' } }));
    expect(res.outcome).toBe('processed');
  });

  it('drops mail whose envelope sender is empty (a bounce)', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('rejection'), { envelope: { mailFrom: '', recipients: [] } });
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'null-return-path' });
  });

  it.each(['MAILER-DAEMON@example.com', 'postmaster@example.com'])('drops mail from %s', async (sender) => {
    const deps = setup({ users: [ADA, { email: sender, name: null, timeZone: 'UTC' }] });
    const res = await deliver(deps, forwardedEmail('rejection', { user: sender }));
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'daemon' });
    expect(deps.mailer.sent).toEqual([]);
  });

  it('drops a multipart/report bounce', async () => {
    const deps = setup();
    const raw = [
      'From: Mail Delivery System <bounces@example.com>',
      'To: followups@runnerup.test',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Mon, 02 Mar 2026 14:00:00 +0000',
      'Message-ID: <bounce-1@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1--',
      '',
    ].join('\r\n');
    const res = await deliver(deps, raw);
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'bounce' });
  });

  it('drops one of our own drafts coming back through an auto-forward rule (Message-ID of ours)', async () => {
    const deps = setup();
    await deliver(deps, forwardedEmail('rejection'));
    const draft = lastSent(deps, 'rejection-reply').text.replace(/^X-Runnerup-Step:.*\r?\n/im, '').replace(/^Auto-Submitted:.*\r?\n/im, '');
    const before = deps.mailer.sent.length;
    const res = await deliver(deps, draft);
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'own-draft' });
    expect(deps.mailer.sent).toHaveLength(before);
  });

  it('drops mail that is not an email at all', async () => {
    const deps = setup();
    const res = await deliver(deps, '\u0000\u0001 binary junk');
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'unreadable' });
    expect(deps.mailer.sent).toEqual([]);
  });
});

describe('receive: authentication on AWS (requireAuthentication)', () => {
  const aws = () => setup({ config: { requireAuthentication: true } });

  it('processes a forward whose SPF, DKIM and DMARC pass', async () => {
    const deps = aws();
    const res = await deliver(deps, forwardedEmail('rejection'), { verdicts: PASS, envelope: ENVELOPE });
    expect(res.outcome).toBe('processed');
  });

  it('accepts dmarcPolicy as a string or as an object', async () => {
    for (const dmarcPolicy of ['NONE', { status: 'NONE' }]) {
      const deps = aws();
      const verdicts = { ...PASS, dmarcPolicy } as unknown as typeof PASS;
      expect((await deliver(deps, forwardedEmail('rejection'), { verdicts, envelope: ENVELOPE })).outcome).toBe('processed');
    }
  });

  it.each([
    ['no verdicts at all', undefined, 'unauthenticated'],
    ['SPF FAIL', { ...PASS, spf: 'FAIL' }, 'unauthenticated'],
    ['DKIM FAIL', { ...PASS, dkim: 'FAIL' }, 'unauthenticated'],
    ['DMARC FAIL', { ...PASS, dmarc: 'FAIL' }, 'unauthenticated'],
    ['neither SPF nor DKIM PASS', { ...PASS, spf: 'GRAY', dkim: 'GRAY' }, 'unauthenticated'],
    ['spam FAIL', { ...PASS, spam: 'FAIL' }, 'spam'],
    ['virus FAIL', { ...PASS, virus: 'FAIL' }, 'virus'],
  ] as const)('drops mail with %s, never answering', async (_label, verdicts, reason) => {
    const deps = aws();
    const res = await deliver(deps, forwardedEmail('rejection'), { verdicts, envelope: ENVELOPE });
    expect(res).toMatchObject({ outcome: 'dropped', reason });
    expectNothingDone(deps);
  });

  it('does not trust a registered address forged from another domain whose own SPF passes', async () => {
    const deps = aws();
    const res = await deliver(deps, forwardedEmail('rejection'), {
      verdicts: { ...PASS, dmarc: 'GRAY', dkim: 'GRAY' },
      envelope: { mailFrom: 'bounce@evil.example', recipients: ['followups@runnerup.test'] },
    });
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'unauthenticated' });
    expectNothingDone(deps);
  });

  it('trusts Gmail auto-forwarding, whose envelope sender carries a +caf_ tag', async () => {
    const deps = aws();
    const res = await deliver(deps, forwardedEmail('rejection'), {
      verdicts: { ...PASS, dmarc: 'GRAY' },
      envelope: { mailFrom: 'ada+caf_=followups=runnerup.test@example.com', recipients: ['followups@runnerup.test'] },
    });
    expect(res.outcome).toBe('processed');
  });
});

describe('receive: Gmail forwarding confirmation', () => {
  it('relays the confirmation code and link to the registered user it names', async () => {
    const deps = setup({ config: { requireAuthentication: true } });
    const res = await deliver(deps, gmailConfirmation('ada@example.com'), {
      verdicts: PASS,
      envelope: { mailFrom: 'forwarding-noreply@google.com', recipients: ['followups@runnerup.test'] },
    });
    expect(res).toMatchObject({ outcome: 'relayed', user: 'ada@example.com' });
    const mail = lastSent(deps, 'forwarding-confirmation');
    expect(mail.to).toBe('ada@example.com');
    expect(mail.text).toContain('123456789');
  });

  it('drops a confirmation naming someone who is not registered', async () => {
    const deps = setup();
    const res = await deliver(deps, gmailConfirmation('stranger@gmail.com'));
    expect(res).toMatchObject({ outcome: 'dropped', reason: 'unregistered' });
    expect(deps.mailer.sent).toEqual([]);
  });
});

describe('receive: daily cap on outgoing mail', () => {
  it('stops sending at the cap and tells operators', async () => {
    const deps = setup({ config: { dailySendCap: 2 } });
    for (const company of ['A1 Corp', 'B2 Corp', 'C3 Corp']) await deliver(deps, forwardedEmail('rejection', { company }));
    expect(deps.mailer.sent).toHaveLength(2);
    expect(deps.logger.messages('warn')).toContain('daily send cap reached: mail not sent');
  });

  it('uses a user’s own cap when set', async () => {
    const deps = setup({ users: [{ ...ADA, dailySendCap: 1 }] });
    for (const company of ['A1 Corp', 'B2 Corp']) await deliver(deps, forwardedEmail('rejection', { company }));
    expect(deps.mailer.sent).toHaveLength(1);
  });
});
