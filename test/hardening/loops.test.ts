import { describe, expect, it } from 'vitest';
import { fire } from '../../shared/workflow/index.js';
import { fakeInbound, type FakeInbound } from './support/inbound.js';
import { ADA, forward, userMail } from './support/mail.js';

// Mail loops (issue 7, suite 2): what must never be answered, through the real inbound handler
// (authenticated, registered sender: only the loop rule stands between the mail and a reply).

async function expectNoAnswer(lambda: FakeInbound, d: { messageId: string; outcome: string; reason?: string }, reason: string) {
  expect(d).toMatchObject({ outcome: 'dropped', reason });
  expect(lambda.deps.mailer.sent).toEqual([]);
  expect(lambda.deps.scheduler.created).toEqual([]);
  expect(lambda.drops()).toContainEqual(expect.objectContaining({ messageId: d.messageId, reason }));
}

const DSN = (from: string) =>
  [
    `From: ${from}`,
    'To: followups@runnerup.test',
    'Date: Mon, 2 Mar 2026 14:00:00 +0000',
    'Message-ID: <dsn-1@mx.example.com>',
    'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
    '',
    '--dsn',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Your message to priya@northwind.example could not be delivered: interview invitation.',
    '--dsn',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    'Final-Recipient: rfc822; priya@northwind.example',
    'Action: failed',
    'Status: 5.1.1',
    '--dsn--',
    '',
  ].join('\r\n');

describe('loops: mail that is never answered', () => {
  for (const value of ['auto-replied', 'auto-generated', 'auto-notified', 'Auto-Replied; owner-email="ada@example.com"']) {
    it(`does not answer Auto-Submitted: ${value}`, async () => {
      const lambda = fakeInbound();
      await expectNoAnswer(lambda, await lambda.deliver(forward({ headers: [`Auto-Submitted: ${value}`] })), 'auto-submitted');
    });
  }

  it('still handles Auto-Submitted: no (the control case)', async () => {
    const lambda = fakeInbound();
    expect(await lambda.deliver(forward({ headers: ['Auto-Submitted: no'] }))).toMatchObject({ outcome: 'processed' });
  });

  it('does not answer an empty return path (header or envelope)', async () => {
    const header = fakeInbound();
    await expectNoAnswer(header, await header.deliver(forward({ headers: ['Return-Path: <>'] })), 'null-return-path');
    const envelope = fakeInbound();
    await expectNoAnswer(envelope, await envelope.deliver(userMail('help'), { source: '' }), 'null-return-path');
  });

  for (const value of ['bulk', 'junk', 'list', 'BULK']) {
    it(`does not answer Precedence: ${value}`, async () => {
      const lambda = fakeInbound();
      await expectNoAnswer(lambda, await lambda.deliver(userMail('help', [`Precedence: ${value}`])), 'bulk');
    });
  }

  it('does not answer list mail (List-Id)', async () => {
    const lambda = fakeInbound();
    await expectNoAnswer(lambda, await lambda.deliver(userMail('help', ['List-Id: Job alerts <alerts.jobs.example>'])), 'list');
  });

  for (const daemon of ['MAILER-DAEMON@example.com', 'postmaster@example.com']) {
    it(`does not answer ${daemon}, even if registered`, async () => {
      const lambda = fakeInbound({ users: [ADA, { email: daemon.toLowerCase(), name: null, timeZone: 'UTC' }] });
      await expectNoAnswer(lambda, await lambda.deliver(userMail('help', [], daemon), { source: daemon }), 'daemon');
    });
  }

  it('does not answer a daemon envelope sender with a user From header', async () => {
    const lambda = fakeInbound();
    await expectNoAnswer(lambda, await lambda.deliver(userMail('help'), { source: 'mailer-daemon@example.com' }), 'daemon');
  });

  it('does not answer a multipart/report bounce, even one with a registered From', async () => {
    const lambda = fakeInbound();
    await expectNoAnswer(lambda, await lambda.deliver(DSN('Ada Lovelace <ada@example.com>')), 'bounce');
  });
});

describe('loops: our own drafts coming back through an auto-forward rule', () => {
  /** A real step draft: Ada forwards an interview, the thank-you step fires. */
  async function realDraft(): Promise<{ lambda: FakeInbound; raw: Buffer }> {
    const lambda = fakeInbound();
    await lambda.deliver(forward());
    const step = lambda.deps.scheduler.pending()[0];
    if (!step) throw new Error('no step scheduled');
    lambda.deps.clock.set(step.at);
    expect(await fire(step.payload, lambda.deps)).toMatchObject({ outcome: 'sent' });
    const sent = lambda.deps.mailer.sent.at(-1);
    if (!sent) throw new Error('no draft sent');
    return { lambda, raw: Buffer.from(sent.raw) };
  }

  const dropHeaders = (raw: Buffer, names: RegExp) => {
    const text = raw.toString('latin1');
    const end = text.indexOf('\r\n\r\n');
    const head = text.slice(0, end).replace(/\r\n[ \t]/g, ' ').split('\r\n').filter((l) => !names.test(l));
    return Buffer.from(`${head.join('\r\n')}${text.slice(end)}`, 'latin1');
  };

  async function expectIgnored(lambda: FakeInbound, raw: Uint8Array, source = 'ada+caf_=followups=runnerup.test@example.com') {
    const sentBefore = lambda.deps.mailer.sent.length;
    const schedulesBefore = lambda.deps.scheduler.created.length;
    const appsBefore = structuredClone(await lambda.deps.store.listApplications(ADA.email));
    const d = await lambda.deliver(raw, { source });
    expect(d.outcome).toBe('dropped');
    expect(['own-draft', 'auto-submitted']).toContain(d.reason);
    expect(lambda.deps.mailer.sent).toHaveLength(sentBefore);
    expect(lambda.deps.scheduler.created).toHaveLength(schedulesBefore);
    expect(await lambda.deps.store.listApplications(ADA.email)).toEqual(appsBefore);
  }

  it('ignores a draft forwarded back unchanged (headers kept)', async () => {
    const { lambda, raw } = await realDraft();
    await expectIgnored(lambda, raw);
  });

  it('ignores a draft forwarded back with our X- and Auto-Submitted headers stripped', async () => {
    const { lambda, raw } = await realDraft();
    const stripped = dropHeaders(raw, /^(x-runnerup-step|auto-submitted|x-auto-response-suppress):/i);
    expect(stripped.toString('latin1')).not.toMatch(/X-Runnerup-Step/i);
    await expectIgnored(lambda, stripped);
  });

  it('ignores a draft forwarded back inline by Ada\'s mail program (new headers, ours in the body)', async () => {
    const { lambda, raw } = await realDraft();
    const parsedSubject = /^Subject: (.*)$/im.exec(raw.toString('latin1'))?.[1] ?? 'Draft';
    const inline = forward({
      subject: `Fwd: ${parsedSubject}`,
      note: '',
      body: [
        '---------- Forwarded message ---------',
        'From: Runner-Up <drafts@runnerup.test>',
        'Date: Wed, Mar 4, 2026 at 5:00 PM',
        `Subject: ${parsedSubject}`,
        'To: Ada Lovelace <ada@example.com>',
        '',
        'Why now: your interview with Priya Natarajan at Northwind was today.',
        'Thank you for the interview for the Senior Data Analyst position.',
      ].join('\n'),
    });
    await expectIgnored(lambda, Buffer.from(inline), ADA.email);
  });
});

describe('help for unusable mail: at most once per sender per day', () => {
  const helps = (lambda: FakeInbound) => lambda.deps.mailer.sent.filter((m) => ['help', 'understood-other'].includes(m.meta?.step ?? ''));

  it('answers unusable text from a registered user once a day, however often it comes', async () => {
    const lambda = fakeInbound();
    for (const text of ['hello?', 'what is this', 'asdf qwerty', 'hello?']) {
      expect((await lambda.deliver(userMail(text))).outcome).not.toBe('dropped');
    }
    expect(helps(lambda)).toHaveLength(1);
    lambda.deps.clock.set('2026-03-03T09:00:00Z');
    await lambda.deliver(userMail('hello again'));
    await lambda.deliver(userMail('hello again!'));
    expect(helps(lambda)).toHaveLength(2);
  });

  it('answers unreadable mail from an SPF-verified registered user once a day, and never for anyone else', async () => {
    const lambda = fakeInbound();
    const junk = Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03]);
    for (let i = 0; i < 3; i += 1) expect(await lambda.deliver(junk)).toMatchObject({ outcome: 'dropped', reason: 'unreadable' });
    await lambda.deliver(junk, { source: 'mallory@evil.example' });
    await lambda.deliver(junk, { verdicts: { spf: 'FAIL' } });
    expect(helps(lambda)).toHaveLength(1);
    expect(helps(lambda)[0]?.to).toBe(ADA.email);
  });

  it('counts unreadable and unusable mail against the same daily help', async () => {
    const lambda = fakeInbound();
    await lambda.deliver(Buffer.from([0x00, 0x01]));
    await lambda.deliver(userMail('hello?'));
    expect(helps(lambda)).toHaveLength(1);
  });

  it('answers forwards it cannot use (nothing about recruiting) at most once a day', async () => {
    const lambda = fakeInbound();
    const notRecruiting = [
      '---------- Forwarded message ---------',
      'From: Grandma <grandma@family.example>',
      'Date: Sun, Mar 1, 2026 at 6:00 PM',
      'Subject: Sunday lunch',
      'To: Ada Lovelace <ada@example.com>',
      '',
      'Lunch is at noon, bring the salad please.',
    ].join('\n');
    for (let i = 0; i < 4; i += 1) await lambda.deliver(forward({ subject: `Fwd: Sunday lunch ${i}`, note: '', body: notRecruiting }));
    expect(helps(lambda).length).toBeLessThanOrEqual(1);
  });
});
