import { describe, expect, it } from 'vitest';
import { plan } from './helpers.js';

const NY = 'America/New_York';

describe('planSteps for an interview', () => {
  it('plans the thank-you 2 hours after the start and the status check on the 5th business day, across the US DST start', () => {
    // Fri 6 Mar 2026 14:00 EST; clocks go forward Sun 8 Mar.
    const p = plan({ kind: 'interview', interviewAt: '2026-03-06T19:00:00Z', decisionBy: null, now: '2026-03-04T15:00:00Z', timeZone: NY });
    expect(p.ids).toEqual(['thank-you', 'status-check']);
    expect(p.localAt('thank-you')).toBe('Fri 2026-03-06 16:00');
    expect(p.localAt('status-check')).toBe('Fri 2026-03-13 08:00');
    expect(p.at('status-check')).toBe('2026-03-13T12:00:00Z'); // EDT: 08:00 local is 12:00 UTC, not 13:00
    expect(p.skipped).toEqual([]);
  });

  it('moves a late-evening thank-you to 07:30 the next morning, across the US DST end', () => {
    // Fri 30 Oct 2026 18:30 EDT: +2h is 20:30, after 20:00. Clocks go back Sun 1 Nov.
    const p = plan({ kind: 'interview', interviewAt: '2026-10-30T22:30:00Z', decisionBy: null, now: '2026-10-28T12:00:00Z', timeZone: NY });
    expect(p.localAt('thank-you')).toBe('Sat 2026-10-31 07:30');
    expect(p.localAt('status-check')).toBe('Fri 2026-11-06 08:00');
    expect(p.at('status-check')).toBe('2026-11-06T13:00:00Z'); // EST again
    expect(p.steps.find((s) => s.step === 'thank-you')?.reason).toMatch(/07:30/);
  });

  it('keeps a thank-you due at 20:00 sharp that evening (only after 20:00 moves to the morning)', () => {
    // 18:00 EST interview: +2h is exactly 20:00.
    const p = plan({ kind: 'interview', interviewAt: '2026-02-10T23:00:00Z', decisionBy: null, now: '2026-02-09T12:00:00Z', timeZone: NY });
    expect(p.localAt('thank-you')).toBe('Tue 2026-02-10 20:00');
  });

  it('sends the thank-you at 07:30 the same morning when +2h falls after midnight', () => {
    // 23:00 local Berlin interview (a far-away employer): +2h is 01:00.
    const p = plan({ kind: 'interview', interviewAt: '2026-06-10T21:00:00Z', decisionBy: null, now: '2026-06-01T08:00:00Z', timeZone: 'Europe/Berlin' });
    expect(p.localAt('thank-you')).toBe('Thu 2026-06-11 07:30');
  });

  it('keeps the thank-you at 08:00 local across the EU DST start for a Friday-afternoon interview in London', () => {
    // Fri 27 Mar 2026 17:00 GMT: +2h 19:00 (before 20:00); the status check lands after BST begins.
    const p = plan({ kind: 'interview', interviewAt: '2026-03-27T17:00:00Z', decisionBy: null, now: '2026-03-20T09:00:00Z', timeZone: 'Europe/London' });
    expect(p.localAt('thank-you')).toBe('Fri 2026-03-27 19:00');
    expect(p.localAt('status-check')).toBe('Fri 2026-04-03 08:00');
    expect(p.at('status-check')).toBe('2026-04-03T07:00:00Z');
  });

  it('sends the thank-you right away when the interview is already over', () => {
    const p = plan({ kind: 'interview', interviewAt: '2026-03-10T14:00:00Z', decisionBy: null, now: '2026-03-10T23:15:00Z', timeZone: NY });
    expect(p.at('thank-you')).toBe('2026-03-10T23:15:00Z');
    expect(p.steps[0]?.reason).toMatch(/already over/);
  });

  it('skips the thank-you with a reason once 24 hours have passed, and still plans a future status check', () => {
    const p = plan({ kind: 'interview', interviewAt: '2026-03-09T14:00:00Z', decisionBy: null, now: '2026-03-11T14:00:00Z', timeZone: NY });
    expect(p.ids).toEqual(['status-check']);
    expect(p.skipped).toEqual([{ step: 'thank-you', reason: expect.stringMatching(/24 hours/) }]);
    expect(p.localAt('status-check')).toBe('Mon 2026-03-16 08:00');
  });

  it('skips every step of an interview long past', () => {
    const p = plan({ kind: 'interview', interviewAt: '2026-01-05T14:00:00Z', decisionBy: null, now: '2026-03-11T14:00:00Z', timeZone: NY });
    expect(p.steps).toEqual([]);
    expect(p.skipped.map((s) => s.step)).toEqual(['thank-you', 'status-check']);
    expect(p.skipped[1]?.reason).toMatch(/passed/);
  });

  it('counts business days over a weekend: Thursday interview, status check the next Thursday', () => {
    const p = plan({ kind: 'interview', interviewAt: '2026-05-07T15:00:00Z', decisionBy: null, now: '2026-05-01T15:00:00Z', timeZone: NY });
    expect(p.localAt('status-check')).toBe('Thu 2026-05-14 08:00');
  });

  it('uses the decision date: the morning of the business day after it', () => {
    const thu = plan({ kind: 'interview', interviewAt: '2026-03-03T15:00:00Z', decisionBy: '2026-03-12', now: '2026-03-01T15:00:00Z', timeZone: NY });
    expect(thu.localAt('status-check')).toBe('Fri 2026-03-13 08:00');
    expect(thu.steps[1]?.reason).toMatch(/decide by/);
    const fri = plan({ kind: 'interview', interviewAt: '2026-03-03T15:00:00Z', decisionBy: '2026-03-13', now: '2026-03-01T15:00:00Z', timeZone: NY });
    expect(fri.localAt('status-check')).toBe('Mon 2026-03-16 08:00');
  });

  it('ignores a decision date before the interview and falls back to 5 business days', () => {
    const p = plan({ kind: 'interview', interviewAt: '2026-03-03T15:00:00Z', decisionBy: '2026-02-20', now: '2026-03-01T15:00:00Z', timeZone: NY });
    expect(p.localAt('status-check')).toBe('Tue 2026-03-10 08:00');
  });

  it('sends a status check due earlier today right away rather than skipping it', () => {
    // Decision by Thu 12 Mar; forwarded Fri 13 Mar at 10:00 local, after the 08:00 slot.
    const p = plan({ kind: 'interview', interviewAt: '2026-03-03T15:00:00Z', decisionBy: '2026-03-12', now: '2026-03-13T14:00:00Z', timeZone: NY });
    expect(p.at('status-check')).toBe('2026-03-13T14:00:00Z');
    expect(p.steps.find((s) => s.step === 'status-check')?.reason).toMatch(/right away/);
  });

  it('plans nothing for an interview whose time is unknown', () => {
    const p = plan({ kind: 'interview', interviewAt: null, decisionBy: '2026-03-12', now: '2026-03-01T15:00:00Z', timeZone: NY });
    expect(p.steps).toEqual([]);
    expect(p.skipped).toEqual([]);
  });
});
