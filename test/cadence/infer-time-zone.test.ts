import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { inferTimeZone, InvalidTimeZoneError, planSteps } from '../../shared/cadence/index.js';

describe('inferTimeZone', () => {
  it.each([
    [-300, '2026-11-20T12:00:00Z', 'America/New_York'],
    [-240, '2026-07-01T12:00:00Z', 'America/New_York'],
    [-300, '2026-07-01T12:00:00Z', 'America/Chicago'],
    [-420, '2026-07-01T12:00:00Z', 'America/Los_Angeles'],
    [-480, '2026-01-15T12:00:00Z', 'America/Los_Angeles'],
    [60, '2026-01-10T12:00:00Z', 'Europe/Paris'],
    [120, '2026-07-10T12:00:00Z', 'Europe/Paris'],
    [0, '2026-01-10T12:00:00Z', 'Europe/London'],
    [60, '2026-07-10T12:00:00Z', 'Europe/London'],
    [330, '2026-01-10T12:00:00Z', 'Asia/Kolkata'],
    [660, '2026-01-10T12:00:00Z', 'Australia/Sydney'],
  ])('maps %i minutes at %s to %s', (offset, at, zone) => {
    expect(inferTimeZone(offset, new Date(at))).toBe(zone);
  });

  it('picks a zone whose offset matches at that date, for every whole and half hour', () => {
    for (let offset = -11 * 60; offset <= 14 * 60; offset += 30) {
      for (const at of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
        const zone = inferTimeZone(offset, new Date(at));
        expect(DateTime.fromISO(at).setZone(zone).offset, `${offset} at ${at} -> ${zone}`).toBe(offset);
      }
    }
  });

  it('falls back to a fixed UTC±hh:mm zone for an unusual offset, and UTC when unknown', () => {
    expect(inferTimeZone(123, new Date('2026-01-01T00:00:00Z'))).toBe('UTC+02:03');
    expect(inferTimeZone(-75, new Date('2026-01-01T00:00:00Z'))).toBe('UTC-01:15');
    expect(inferTimeZone(null, new Date())).toBe('UTC');
    expect(inferTimeZone(99 * 60, new Date())).toBe('UTC');
  });

  it('plans in a fixed-offset fallback zone', () => {
    const p = planSteps({ kind: 'application', interviewAt: null, decisionBy: null, now: new Date('2026-03-02T12:00:00Z'), timeZone: 'UTC+02:03' });
    expect(p.steps[0]?.at).toBe('2026-03-16T05:57:00Z');
  });

  it('rejects an unknown zone by name', () => {
    expect(() => planSteps({ kind: 'rejection', interviewAt: null, decisionBy: null, now: new Date(), timeZone: 'Mars/Olympus' })).toThrow(InvalidTimeZoneError);
  });
});
