import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { composeUserEmail, parseOurMessageId, REPLY_IDS, renderReply } from '../../shared/drafts/index.js';
import { interviewContext } from './fixtures.js';

describe('replies to the user', () => {
  it.each(REPLY_IDS)('%s composes to the user with its X-Runnerup-Step and a recognisable Message-ID', async (reply) => {
    const mail = await composeUserEmail(interviewContext({ step: reply }));
    const parsed = await PostalMime.parse(mail.raw);
    expect(parsed.headers.find((h) => h.key === 'x-runnerup-step')?.value).toBe(reply);
    expect(parseOurMessageId(parsed.messageId)).toEqual({ applicationId: 'app-northwind-1', step: reply });
    expect(parsed.text?.length).toBeGreaterThan(50);
    expect(parsed.html).toContain('</html>');
    expect(parsed.text).toContain('delete my data');
  });

  it('congratulates on an offer and says pending steps are cancelled', () => {
    const r = renderReply(interviewContext({ step: 'offer-congrats' }, { stage: 'offer' }), 'offer-congrats');
    expect(r.subject).toBe('Congratulations on the offer from Northwind!');
    expect(r.text).toMatch(/Congratulations, Jordan! An offer from Northwind for the Senior Data Analyst role/);
    expect(r.text).toMatch(/cancelled every pending follow-up/);
    expect(r.text).toMatch(/"hired"/);
  });

  it('asks when the interview is and how to answer', () => {
    const r = renderReply(interviewContext({ step: 'ask-interview-time' }, { interviewAt: null }), 'ask-interview-time');
    expect(r.subject).toBe('When is your interview with Northwind?');
    expect(r.text).toMatch(/interview with Northwind for the Senior Data Analyst role/);
    expect(r.text).toMatch(/Reply with the date and time/);
  });

  it('says what was understood of other mail and how to correct it', () => {
    const ctx = interviewContext({ step: 'understood-other', understood: { kind: 'other', cues: ['job alert digest', 'no-reply sender'], subject: 'New jobs for you' } });
    const r = renderReply(ctx, 'understood-other');
    expect(r.text).toMatch(/Here is what I understood/);
    expect(r.text).toMatch(/Company: Northwind/);
    expect(r.text).toMatch(/job alert digest/);
    expect(r.text).toMatch(/If I got it wrong, forward it again/);
  });

  it('lists active applications as an HTML timeline with a text alternative, soonest first, in the user\'s zone', () => {
    const ctx = interviewContext({
      step: 'list',
      digest: [
        { applicationId: 'b', company: 'Globex <b>', role: 'Analyst', stage: 'rejected', next: { step: 'growth-ask', at: '2026-03-20T12:00:00Z' } },
        { applicationId: 'a', company: 'Northwind', role: 'Senior Data Analyst', stage: 'interviewing', contactName: 'Priya Natarajan', next: { step: 'thank-you', at: '2026-03-10T17:00:00Z' } },
        { applicationId: 'c', company: 'Initech', role: null, stage: 'applied', snoozedUntil: '2026-04-01T12:00:00Z' },
      ],
    });
    const r = renderReply(ctx, 'list');
    expect(r.subject).toBe('Runner-Up: 3 active applications');
    const northwind = r.text.indexOf('Northwind');
    const globex = r.text.indexOf('Globex');
    expect(northwind).toBeGreaterThan(-1);
    expect(northwind).toBeLessThan(globex);
    expect(r.text).toMatch(/next: thank-you note, Tue 10 Mar, 13:00/); // 17:00Z is 13:00 EDT
    expect(r.text).toMatch(/snoozed until/);
    expect(r.html).toMatch(/<ol[^>]*>.*<li/);
    expect(r.html).toContain('Globex &lt;b&gt;');
    expect(r.html).not.toContain('Globex <b>');
  });

  it('says so when there is nothing to list', () => {
    expect(renderReply(interviewContext({ step: 'list', digest: [] }), 'list').subject).toBe('Runner-Up: no active applications');
  });

  it('relays a forwarding confirmation with its code and only an https link', () => {
    const ok = renderReply(
      interviewContext({ step: 'forwarding-confirmation', forwarding: { provider: 'Gmail', code: '123456789', link: 'https://mail.google.com/mail/vf-abc', subject: '(#123456789) Gmail Forwarding Confirmation' } }),
      'forwarding-confirmation',
    );
    expect(ok.text).toMatch(/Confirmation code: 123456789/);
    expect(ok.html).toContain('href="https://mail.google.com/mail/vf-abc"');
    const bad = renderReply(
      interviewContext({ step: 'forwarding-confirmation', forwarding: { provider: 'Gmail', code: null, link: 'javascript:alert(1)', subject: 'x' } }),
      'forwarding-confirmation',
    );
    expect(bad.html).not.toContain('javascript:');
  });

  it('acknowledges a command briefly', () => {
    const r = renderReply(interviewContext({ step: 'command-ack', ack: { text: 'Snoozed Northwind until Wed 1 Apr.' } }), 'command-ack');
    expect(r.subject).toBe('Runner-Up: Snoozed Northwind until Wed 1 Apr.');
    expect(r.text).toMatch(/^Snoozed Northwind until Wed 1 Apr\./);
  });

  it('help lists every reply command', () => {
    const r = renderReply(interviewContext({ step: 'help' }), 'help');
    for (const cmd of ['stop', 'stop all', 'snooze', 'hired', 'list', 'timezone', 'help', 'delete my data']) expect(r.text).toContain(cmd);
  });
});
