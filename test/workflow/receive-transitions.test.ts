import { describe, expect, it } from 'vitest';
import { SCHEDULE_NAME_MAX } from '../../shared/workflow/schedule-name.js';
import { forwardedEmail, replyEmail } from '../support/mail.js';
import { ADA, deliver, lastSent, messageIdOf, pendingSteps, setup } from '../support/workflow.js';

const stepsOf = (deps: ReturnType<typeof setup>) => pendingSteps(deps).map(([step]) => step);

describe('receive: a forwarded email becomes an application with its steps', () => {
  it('keeps the raw mail first, under the configured prefix and the message id', async () => {
    const deps = setup();
    await deliver(deps, forwardedEmail('interview'), { messageId: 'ses-abc' });
    expect(deps.rawMail.objects.has('inbound/ses-abc')).toBe(true);
    expect(await deps.store.listRawMail(ADA.email)).toEqual(['inbound/ses-abc']);
  });

  it('does not store the raw mail again when the SES S3 action already did', async () => {
    const deps = setup();
    await deliver(deps, forwardedEmail('interview'), { messageId: 'ses-abc', rawAlreadyStored: true });
    expect(deps.rawMail.objects.size).toBe(0);
  });

  it('schedules the thank-you and status check for an interview with a known time, and sends nothing yet', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('interview'));
    expect(res.outcome).toBe('processed');
    expect(res.kind).toBe('interview');
    expect(stepsOf(deps)).toEqual(['thank-you', 'status-check']);
    expect(deps.mailer.sent).toHaveLength(0);
    const [thankYou] = deps.scheduler.pending();
    expect(thankYou?.at).toBe('2026-03-04T17:00:00Z');
    expect(thankYou?.timeZone).toBe('America/New_York');
    expect(thankYou?.payload).toEqual({ v: 1, user: 'ada@example.com', application: res.application, step: 'thank-you', at: thankYou?.at });
    for (const r of deps.scheduler.pending()) expect(r.name).toMatch(new RegExp(`^[0-9a-zA-Z_.-]{1,${SCHEDULE_NAME_MAX}}$`));
    const app = await deps.store.getApplication(ADA.email, res.application ?? '');
    expect(app?.stage).toBe('interviewing');
    expect(app?.company).toBe('Northwind');
  });

  it('sends the rejection reply right away inside the window and schedules the rest', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('rejection'));
    expect(res.sent.map((s) => s.what)).toEqual(['rejection-reply']);
    expect(deps.mailer.steps()).toEqual(['rejection-reply']);
    const mail = lastSent(deps, 'rejection-reply');
    expect(mail.to).toBe('ada@example.com');
    expect(mail.text).toMatch(/^X-Runnerup-Step: rejection-reply/m);
    expect(stepsOf(deps)).toEqual(['growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);
    const app = await deps.store.getApplication(ADA.email, res.application ?? '');
    expect(app?.steps.find((s) => s.step === 'rejection-reply')?.status).toBe('sent');
  });

  it('schedules the rejection reply for the next morning when the rejection arrives at night', async () => {
    const deps = setup({ now: '2026-03-03T03:00:00Z' }); // 22:00 in New York
    await deliver(deps, forwardedEmail('rejection'));
    expect(deps.mailer.sent).toHaveLength(0);
    expect(pendingSteps(deps)[0]).toEqual(['rejection-reply', '2026-03-03T12:30:00Z']);
  });

  it('schedules one nudge for an application, and an interview for it later cancels the nudge', async () => {
    const deps = setup();
    const first = await deliver(deps, forwardedEmail('application'));
    expect(stepsOf(deps)).toEqual(['application-nudge']);
    const second = await deliver(deps, forwardedEmail('interview'));
    expect(second.application).toBe(first.application);
    expect(second.cancelled.map((c) => c.step)).toEqual(['application-nudge']);
    expect(stepsOf(deps)).toEqual(['thank-you', 'status-check']);
  });

  it('replaces the interview steps by the rejection steps when a rejection follows the interview', async () => {
    const deps = setup();
    const first = await deliver(deps, forwardedEmail('interview'));
    const second = await deliver(deps, forwardedEmail('rejection'));
    expect(second.application).toBe(first.application);
    expect(second.cancelled.map((c) => c.step).sort()).toEqual(['status-check', 'thank-you']);
    expect(stepsOf(deps)).toEqual(['growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);
    expect((await deps.store.getApplication(ADA.email, first.application ?? ''))?.stage).toBe('rejected');
  });

  it('cancels keep-in-touch and starts interview steps on a call-back after a rejection', async () => {
    const deps = setup();
    const first = await deliver(deps, forwardedEmail('rejection'));
    const second = await deliver(deps, forwardedEmail('interview', {}, 'Thursday, March 12, 2026 at 2:00 PM ET'));
    expect(second.application).toBe(first.application);
    expect(second.cancelled.map((c) => c.step)).toEqual(['growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);
    expect(stepsOf(deps)).toEqual(['thank-you', 'status-check']);
    expect((await deps.store.getApplication(ADA.email, first.application ?? ''))?.stage).toBe('interviewing');
  });

  it('closes the application on an offer: cancels everything and congratulates', async () => {
    const deps = setup();
    await deliver(deps, forwardedEmail('interview'));
    const res = await deliver(deps, forwardedEmail('offer'));
    expect(res.cancelled).toHaveLength(2);
    expect(pendingSteps(deps)).toEqual([]);
    expect(deps.mailer.steps()).toEqual(['offer-congrats']);
    expect((await deps.store.getApplication(ADA.email, res.application ?? ''))?.stage).toBe('offer');
  });

  it('re-plans the interview steps when the interview is rescheduled', async () => {
    const deps = setup();
    await deliver(deps, forwardedEmail('interview'));
    await deliver(deps, forwardedEmail('interview', {}, 'Friday, March 6, 2026 at 11:00 AM ET'));
    expect(pendingSteps(deps)[0]).toEqual(['thank-you', '2026-03-06T18:00:00Z']);
    expect(stepsOf(deps)).toEqual(['thank-you', 'status-check']);
  });

  it('asks when the interview is when the email has no time, and plans it from the answer', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('interviewNoTime'));
    expect(deps.mailer.steps()).toEqual(['ask-interview-time']);
    expect(pendingSteps(deps)).toEqual([]);
    const ask = lastSent(deps, 'ask-interview-time');
    const answer = await deliver(deps, replyEmail('Thursday March 5 at 3pm', { inReplyTo: messageIdOf(ask.text) }));
    expect(answer.outcome).toBe('command');
    expect(answer.command).toBe('interview-time');
    expect(pendingSteps(deps)[0]).toEqual(['thank-you', '2026-03-05T22:00:00Z']);
    expect((await deps.store.getApplication(ADA.email, res.application ?? ''))?.interviewAt).toBe('2026-03-05T20:00:00Z');
  });

  it('answers an email it cannot file with what it understood, and creates nothing', async () => {
    const deps = setup();
    const res = await deliver(deps, forwardedEmail('other'));
    expect(res.outcome).toBe('processed');
    expect(res.application).toBeUndefined();
    expect(deps.mailer.steps()).toEqual(['understood-other']);
    expect(await deps.store.listApplications(ADA.email)).toEqual([]);
  });

  it('answers mail it cannot use at most once per sender per day', async () => {
    const deps = setup();
    for (let i = 0; i < 4; i += 1) await deliver(deps, forwardedEmail('other'));
    expect(deps.mailer.steps()).toEqual(['understood-other']);
    deps.clock.set('2026-03-03T15:00:00Z');
    await deliver(deps, forwardedEmail('other'));
    expect(deps.mailer.steps()).toEqual(['understood-other', 'understood-other']);
  });

  it('keeps two applications of one user apart by company and role', async () => {
    const deps = setup();
    const a = await deliver(deps, forwardedEmail('interview'));
    const b = await deliver(deps, forwardedEmail('interview', { company: 'Contoso', role: 'Data Engineer', contactName: 'Sam Lee' }));
    expect(b.application).not.toBe(a.application);
    expect(await deps.store.listApplications(ADA.email)).toHaveLength(2);
  });

  it('matches the same thread through In-Reply-To even when the company reads differently', async () => {
    const deps = setup();
    const a = await deliver(deps, forwardedEmail('interview', { messageId: '<first@mail.example.com>' }));
    const b = await deliver(
      deps,
      forwardedEmail('rejection', { company: 'Northwind Traders Group', role: 'Analyst', headers: { 'In-Reply-To': '<first@mail.example.com>', References: '<first@mail.example.com>' } }),
    );
    expect(b.application).toBe(a.application);
  });

  it('matches a second forward of the same original email through its Message-ID', async () => {
    const deps = setup();
    const raw = forwardedEmail('interview').replace('Date: Mon, Mar 2, 2026 at 9:00 AM', 'Date: Mon, Mar 2, 2026 at 9:00 AM\r\nMessage-ID: <orig-1@northwind.example>');
    const a = await deliver(deps, raw);
    const b = await deliver(deps, raw.replace(/Message-ID: <fwd-[^>]+>/, 'Message-ID: <fwd-again@mail.example.com>'));
    expect(b.application).toBe(a.application);
    expect(stepsOf(deps)).toEqual(['thank-you', 'status-check']);
  });
});
