import { describe, expect, it } from 'vitest';
import { plan } from './helpers.js';

describe('planSteps for rejections, applications, offers and other mail', () => {
  it('answers a rejection right away inside 07:00-21:00 and plans growth-ask and keep-in-touch across the EU DST start', () => {
    // Fri 27 Mar 2026 10:00 Berlin; CEST starts Sun 29 Mar.
    const p = plan({ kind: 'rejection', interviewAt: null, decisionBy: null, now: '2026-03-27T09:00:00Z', timeZone: 'Europe/Berlin' });
    expect(p.ids).toEqual(['rejection-reply', 'growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']);
    expect(p.at('rejection-reply')).toBe('2026-03-27T09:00:00Z');
    expect(p.localAt('growth-ask')).toBe('Fri 2026-04-10 08:00');
    expect(p.at('growth-ask')).toBe('2026-04-10T06:00:00Z');
    // +45 days = Mon 11 May; +91 = Fri 26 Jun; +182 = Fri 25 Sep.
    expect(p.localAt('keep-in-touch-1')).toBe('Mon 2026-05-11 08:00');
    expect(p.localAt('keep-in-touch-2')).toBe('Fri 2026-06-26 08:00');
    expect(p.localAt('keep-in-touch-3')).toBe('Fri 2026-09-25 08:00');
  });

  it('rolls a keep-in-touch that lands on a weekend to Monday morning, across the EU DST end', () => {
    // Thu 10 Sep 2026: +45 days = Sun 25 Oct (the day CET returns) -> Mon 26 Oct 08:00 CET.
    const p = plan({ kind: 'rejection', interviewAt: null, decisionBy: null, now: '2026-09-10T10:00:00Z', timeZone: 'Europe/Paris' });
    expect(p.localAt('keep-in-touch-1')).toBe('Mon 2026-10-26 08:00');
    expect(p.at('keep-in-touch-1')).toBe('2026-10-26T07:00:00Z');
  });

  it('holds a rejection that arrives late in the evening until 07:30 the next morning', () => {
    const p = plan({ kind: 'rejection', interviewAt: null, decisionBy: null, now: '2026-03-10T02:30:00Z', timeZone: 'America/New_York' });
    // 22:30 EDT on Mon 9 Mar.
    expect(p.localAt('rejection-reply')).toBe('Tue 2026-03-10 07:30');
    expect(p.steps[0]?.reason).toMatch(/outside 07:00-21:00/);
  });

  it('holds a rejection that arrives before 07:00 until 07:30 the same morning', () => {
    const p = plan({ kind: 'rejection', interviewAt: null, decisionBy: null, now: '2026-03-10T04:00:00Z', timeZone: 'Europe/London' });
    expect(p.localAt('rejection-reply')).toBe('Tue 2026-03-10 07:30');
  });

  it('nudges an application on the 10th business day, across the US DST end and the weekend', () => {
    // Sat 24 Oct 2026: business days start Monday; the 10th is Fri 6 Nov (after DST ends 1 Nov).
    const p = plan({ kind: 'application', interviewAt: null, decisionBy: null, now: '2026-10-24T16:00:00Z', timeZone: 'America/Chicago' });
    expect(p.ids).toEqual(['application-nudge']);
    expect(p.localAt('application-nudge')).toBe('Fri 2026-11-06 08:00');
    expect(p.at('application-nudge')).toBe('2026-11-06T14:00:00Z');
  });

  it('nudges across the EU DST end at 08:00 local', () => {
    const p = plan({ kind: 'application', interviewAt: null, decisionBy: null, now: '2026-10-23T13:00:00Z', timeZone: 'Europe/Paris' });
    expect(p.localAt('application-nudge')).toBe('Fri 2026-11-06 08:00');
    expect(p.at('application-nudge')).toBe('2026-11-06T07:00:00Z');
  });

  it('plans nothing for an offer or other mail', () => {
    for (const kind of ['offer', 'other'] as const) {
      const p = plan({ kind, interviewAt: '2026-03-10T14:00:00Z', decisionBy: '2026-03-12', now: '2026-03-01T10:00:00Z', timeZone: 'UTC' });
      expect(p.steps).toEqual([]);
    }
  });

  it('returns ISO-8601 UTC instants and a reason for every step', () => {
    const p = plan({ kind: 'rejection', interviewAt: null, decisionBy: null, now: '2026-03-10T12:34:56.789Z', timeZone: 'Asia/Kolkata' });
    for (const s of p.steps) {
      expect(s.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(s.reason.length).toBeGreaterThan(10);
    }
    expect(p.localAt('growth-ask')).toMatch(/ 08:00$/);
  });
});
