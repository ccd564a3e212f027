import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_IDS, type ReplyId } from '../../shared/domain/types.js';
import { composeUserEmail, type DraftContext } from '../../shared/drafts/index.js';
import { fire, receive } from '../../shared/workflow/index.js';
import { fakeDeps } from '../support/fakes.js';
import { ADA, forward } from './support/mail.js';
import { checkOutgoing, expectMailtoMatchesDraft } from './support/outgoing.js';

// Injection (issue 7, suite 3): every value from inbound mail is hostile when it reaches an
// outgoing header, the HTML part or a mailto link. We parse what the mailer received.

/** Fragments that break headers, HTML or mailto links, in raw and RFC 2047-encoded form. */
const HOSTILE_FRAGMENTS = [
  '\r\n', '\n', '\r', '\r\nBcc: victim@evil.example', '\nCc: victim@evil.example\n', '\r\n\r\n<html>body takeover',
  '=?utf-8?Q?Priya=0D=0ABcc:_victim@evil.example?=', '=?UTF-8?B?UHJpeWENCkJjYzogdmljdGltQGV2aWwuZXhhbXBsZQ==?=',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "' onmouseover='x",
  '&', '?', '#', '%', '+', '%0D%0A', '&body=evil', '?cc=victim@evil.example', '\u2028', '\u0000', '\t', 'Ω', '😀',
  'javascript:alert(1)', '</div></p>', '&amp;', '=?', '?=',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const hostileLong = fc.oneof(hostile, hostile.map((s) => (s || 'x').repeat(Math.ceil(3_000 / Math.max(1, s.length)))));

function context(v: { name: string; company: string; role: string; contact: string; note: string; subject: string; step: DraftContext['step'] }): DraftContext {
  return {
    user: { email: ADA.email, name: v.name },
    application: {
      id: 'app0001',
      company: v.company,
      role: v.role,
      contact: { name: v.contact, email: 'priya@northwind.example' },
      userNote: v.note,
      interviewAt: '2026-03-04T14:00:00.000Z',
      decisionBy: '2026-03-20',
      stage: 'interviewing',
      originalSubject: v.subject,
    },
    step: v.step,
    at: '2026-03-04T16:00:00.000Z',
    timeZone: 'Europe/Berlin',
    now: new Date('2026-03-04T16:00:00.000Z'),
    fromAddress: 'Runner-Up <drafts@runnerup.test>',
    inboundAddress: 'followups@runnerup.test',
    thread: { messageId: `<fwd@mail.example.com>`, references: ['<a@b.example>', `<x@y>\r\nBcc: victim@evil.example`] },
    understood: { kind: 'other', cues: [v.note.slice(0, 50)], subject: v.subject },
    digest: [{ applicationId: 'app0001', company: v.company, role: v.role, stage: 'interviewing', contactName: v.contact, next: { step: 'thank-you', at: '2026-03-04T16:00:00.000Z' } }],
    ack: { text: `Noted ${v.note}` },
  };
}

const REPLIES: ReplyId[] = ['offer-congrats', 'ask-interview-time', 'understood-other', 'help', 'list', 'command-ack'];

describe('injection into the mails we compose', () => {
  it('keeps headers single-line and bounded, HTML escaped and mailto links exact, for any hostile values (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: hostileLong,
          company: hostileLong,
          role: hostileLong,
          contact: hostileLong,
          note: hostileLong,
          subject: hostileLong,
          step: fc.constantFrom<DraftContext['step']>(...STEP_IDS, ...REPLIES),
        }),
        async (v) => {
          const mail = await composeUserEmail(context(v));
          const checked = await checkOutgoing(mail.raw, ADA.email);
          if ((STEP_IDS as readonly string[]).includes(v.step)) expectMailtoMatchesDraft(checked);
        },
      ),
      { seed: 7_2026, numRuns: 150 },
    );
  });

  it('decodes the mailto link back to text full of characters that break links', async () => {
    const breakers = 'Q&A? #1 at 100% + more & more?subject=x#frag\nsecond line\r\nthird';
    for (const step of STEP_IDS) {
      const mail = await composeUserEmail(context({ name: 'Ada', company: `Smith & Sons + Co #1`, role: 'R&D 100% ?', contact: 'Priya & Co', note: breakers, subject: breakers, step }));
      const checked = await checkOutgoing(mail.raw, ADA.email);
      expectMailtoMatchesDraft(checked);
    }
  });

  it('composes every step when a long value is cut in the middle of an emoji (astral characters)', async () => {
    for (const step of STEP_IDS) {
      const mail = await composeUserEmail(context({ name: 'Ada', company: '🚀'.repeat(120), role: '😀'.repeat(100), contact: '𐀀'.repeat(90), note: '😀'.repeat(400), subject: 's', step }));
      const checked = await checkOutgoing(mail.raw, ADA.email);
      expectMailtoMatchesDraft(checked);
      expect(checked.parsed.subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it('escapes HTML from every value instead of rendering it', async () => {
    const mail = await composeUserEmail(
      context({ name: '<b>Ada</b>', company: '<script>alert(1)</script>Northwind', role: 'Analyst <img src=x onerror=alert(1)>', contact: 'Priya "><svg onload=alert(1)>', note: 'mention <iframe src=//evil>', subject: 's', step: 'thank-you' }),
    );
    const { parsed } = await checkOutgoing(mail.raw, ADA.email);
    expect(parsed.html).not.toMatch(/<script|<img|<svg|<iframe/i);
    expect(parsed.html).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;Northwind/);
  });
});

describe('injection end to end: hostile forwards through receive and fire', () => {
  const hostileForwards = [
    forward({
      subject: '=?utf-8?Q?Fwd:_Interview=0D=0ABcc:_victim@evil.example?=',
      note: 'Liked <script>alert(1)</script> & mention Q&A? #1 100% + "quotes"',
      body: [
        '---------- Forwarded message ---------',
        'From: =?utf-8?Q?Priya=0D=0ABcc:_victim@evil.example?= <priya@northwind.example>',
        'Date: Mon, Mar 2, 2026 at 10:12 AM',
        'Subject: Interview invitation: Senior Data Analyst <img src=x onerror=alert(1)> at Northwind & Sons?',
        'To: Ada Lovelace <ada@example.com>',
        '',
        'Hi Ada,',
        '',
        'We would like to invite you to an interview for the Senior Data Analyst <script>x</script> position',
        'at Northwind & Sons?#% on Wednesday, March 4, 2026 at 3:00 PM CET by video call.',
        '',
        'Best regards,',
        'Priya "><svg onload=alert(1)> Natarajan',
        'Talent Acquisition, Northwind & Sons?#%',
      ].join('\n'),
    }),
    forward({
      from: '=?UTF-8?B?QWRhDQpCY2M6IHZpY3RpbUBldmlsLmV4YW1wbGU=?= <ada@example.com>',
      headers: ['References: <a@b.example>\r\n Bcc: victim@evil.example', 'In-Reply-To: <"quoted\r\n x"@evil>'],
      subject: `Fwd: ${'Very long subject '.repeat(400)}`,
      note: `${'long note '.repeat(2_000)}`,
      body: [
        '---------- Forwarded message ---------',
        `From: ${'Priya '.repeat(300)}<priya@northwind.example>`,
        'Date: Mon, Mar 2, 2026 at 10:12 AM',
        `Subject: Interview invitation: ${'Senior '.repeat(500)}Data Analyst`,
        'To: Ada Lovelace <ada@example.com>',
        '',
        `We would like to invite you to an interview at ${'Northwind'.repeat(600)} on Wednesday, March 4, 2026 at 3:00 PM CET.`,
      ].join('\n'),
    }),
  ];

  for (const [i, raw] of hostileForwards.entries()) {
    it(`hostile forward ${i + 1}: every mail sent (immediate and fired) passes the hygiene checks`, async () => {
      const deps = fakeDeps({ users: [ADA] });
      const result = await receive({ messageId: `inj${i}`, raw: Buffer.from(raw), envelope: { mailFrom: ADA.email, recipients: ['followups@runnerup.test'] } }, deps);
      expect(['processed', 'command', 'replied']).toContain(result.outcome);
      for (const s of deps.scheduler.pending()) {
        deps.clock.set(s.at);
        await fire(s.payload, deps);
      }
      expect(deps.mailer.sent.length).toBeGreaterThan(0);
      for (const mail of deps.mailer.sent) {
        expect(mail.to).toBe(ADA.email);
        const checked = await checkOutgoing(mail.raw, ADA.email);
        if ((STEP_IDS as readonly string[]).includes(mail.meta?.step ?? '')) expectMailtoMatchesDraft(checked);
      }
    });
  }
});
