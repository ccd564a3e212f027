import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planSteps } from '../../shared/cadence/index.js';

describe('cadence invariants (property-based)', () => {
  const zones = ['America/New_York', 'Europe/Berlin', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'America/Los_Angeles'];
  const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') });

  it('puts the thank-you within 24 h of the interview and morning steps at 08:00 on a business day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -48 * 60, max: 14 * 24 * 60 }), fc.constantFrom(...zones), (interviewMs, leadMinutes, zone) => {
        const now = new Date(interviewMs - leadMinutes * 60_000);
        const p = planSteps({ kind: 'interview', interviewAt: new Date(interviewMs).toISOString(), decisionBy: null, now, timeZone: zone });
        for (const s of p.steps) expect(Date.parse(s.at)).toBeGreaterThanOrEqual(now.getTime() - 1000);
        const ty = p.steps.find((s) => s.step === 'thank-you');
        if (ty) expect(Date.parse(ty.at) - interviewMs).toBeLessThanOrEqual(24 * 3600_000);
        const sc = p.steps.find((s) => s.step === 'status-check');
        if (sc && Date.parse(sc.at) > now.getTime()) {
          const local = DateTime.fromISO(sc.at).setZone(zone);
          expect(local.toFormat('HH:mm')).toBe('08:00');
          expect(local.weekday).toBeLessThanOrEqual(5);
        }
        expect(p.steps.length + p.skipped.length).toBe(2);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps rejection steps in order and the reply inside 07:00-21:00 local (inclusive)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (nowMs, zone) => {
        const p = planSteps({ kind: 'rejection', interviewAt: null, decisionBy: null, now: new Date(nowMs), timeZone: zone });
        const times = p.steps.map((s) => Date.parse(s.at));
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        const reply = DateTime.fromISO(p.steps[0]?.at ?? '').setZone(zone);
        const minutes = reply.hour * 60 + reply.minute;
        expect(minutes).toBeGreaterThanOrEqual(7 * 60);
        expect(minutes).toBeLessThanOrEqual(21 * 60);
      }),
      { numRuns: 300 },
    );
  });
});
