import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, InvalidSettingsError, resolveSettings } from '../../shared/cadence/index.js';
import { plan } from './helpers.js';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidSettingsError);
    return (err as InvalidSettingsError).field;
  }
  return undefined;
}

describe('cadence settings', () => {
  it('documents the product defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      morning: '08:00',
      thankYouDelayHours: 2,
      thankYouLatestLocal: '20:00',
      thankYouNextDayLocal: '07:30',
      statusCheckBusinessDays: 5,
      rejectionReplyWindow: { from: '07:00', to: '21:00' },
      rejectionReplyNextDayLocal: '07:30',
      growthAskBusinessDays: 10,
      keepInTouchDays: [45, 91, 182],
      applicationNudgeBusinessDays: 10,
    });
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a partial object over the defaults, including the nested window', () => {
    const s = resolveSettings({ morning: '09:30', rejectionReplyWindow: { to: '22:00' } });
    expect(s.morning).toBe('09:30');
    expect(s.rejectionReplyWindow).toEqual({ from: '07:00', to: '22:00' });
    expect(s.growthAskBusinessDays).toBe(10);
  });

  it('plans with custom settings', () => {
    const settings = resolveSettings({ morning: '09:30', thankYouDelayHours: 1, statusCheckBusinessDays: 3, keepInTouchDays: [30, 60, 90] });
    const i = plan({ kind: 'interview', interviewAt: '2026-03-02T15:00:00Z', decisionBy: null, now: '2026-03-01T12:00:00Z', timeZone: 'America/New_York', settings });
    expect(i.localAt('thank-you')).toBe('Mon 2026-03-02 11:00');
    expect(i.localAt('status-check')).toBe('Thu 2026-03-05 09:30');
    const r = plan({ kind: 'rejection', interviewAt: null, decisionBy: null, now: '2026-03-02T15:00:00Z', timeZone: 'America/New_York', settings });
    // +30 days = Wed 1 Apr.
    expect(r.localAt('keep-in-touch-1')).toBe('Wed 2026-04-01 09:30');
  });

  it('never lets the thank-you go later than the configured maximum after the interview', () => {
    const settings = resolveSettings({ thankYouMaxHours: 6 });
    // 19:00 local: +2h = 21:00 -> 07:30 next day would be 12.5 h later; capped at 6 h.
    const p = plan({ kind: 'interview', interviewAt: '2026-03-03T00:00:00Z', decisionBy: null, now: '2026-03-01T12:00:00Z', timeZone: 'America/New_York', settings });
    expect(p.at('thank-you')).toBe('2026-03-03T06:00:00Z');
  });

  it('rejects invalid values, naming the field', () => {
    expect(fieldOf(() => resolveSettings({ morning: '25:00' }))).toBe('morning');
    expect(fieldOf(() => resolveSettings({ statusCheckBusinessDays: 0 }))).toBe('statusCheckBusinessDays');
    expect(fieldOf(() => resolveSettings({ growthAskBusinessDays: 'ten' }))).toBe('growthAskBusinessDays');
    expect(fieldOf(() => resolveSettings({ keepInTouchDays: [90, 45, 182] }))).toBe('keepInTouchDays');
    expect(fieldOf(() => resolveSettings({ keepInTouchDays: [45, 91] }))).toMatch(/^keepInTouchDays/);
    expect(fieldOf(() => resolveSettings({ rejectionReplyWindow: { from: '22:00', to: '07:00' } }))).toBe('rejectionReplyWindow');
    expect(fieldOf(() => resolveSettings({ mornin: '08:00' }))).toBe('mornin');
    expect(fieldOf(() => resolveSettings('08:00'))).toBe('(settings)');
  });

  it('says what is wrong in the message', () => {
    expect(() => resolveSettings({ morning: '8am' })).toThrow(/morning.*HH:MM/);
  });
});
