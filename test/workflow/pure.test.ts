import { describe, expect, it } from 'vitest';
import { applicationKey } from '../../shared/workflow/application.js';
import { parseCommand, snoozeEnd } from '../../shared/workflow/commands.js';
import { scheduleName, SCHEDULE_NAME_MAX } from '../../shared/workflow/schedule-name.js';
import { authenticationFailure, normaliseVerdicts } from '../../shared/workflow/verdicts.js';

const NOW = new Date('2026-03-02T15:00:00Z'); // Monday 10:00 in New York
const NY = 'America/New_York';

describe('parseCommand', () => {
  it.each([
    ['stop', { name: 'stop' }],
    ['Stop.', { name: 'stop' }],
    ['stop all', { name: 'stop-all' }],
    ['STOP ALL please', { name: 'stop-all' }],
    ['hired!', { name: 'hired' }],
    ['list', { name: 'list' }],
    ['help', { name: 'help' }],
    ['delete my data', { name: 'delete-my-data' }],
    ['timezone Europe/Berlin', { name: 'timezone', zone: 'Europe/Berlin' }],
    ['snooze 3d', { name: 'snooze', until: '2026-03-05T15:00:00Z' }],
    ['snooze 2 weeks', { name: 'snooze', until: '2026-03-16T14:00:00Z' }],
    ['snooze 1m', { name: 'snooze', until: '2026-04-02T14:00:00Z' }],
    ['snooze until 2026-04-01', { name: 'snooze', until: '2026-04-01T12:00:00Z' }],
    ['snooze 2026-04-01', { name: 'snooze', until: '2026-04-01T12:00:00Z' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseCommand(`${text}\n\nOn Monday, Runner-Up wrote:\n> quoted`, NOW, NY)).toEqual(expected);
  });

  it('reports a command word with unusable arguments as invalid', () => {
    expect(parseCommand('snooze whenever', NOW, NY)).toMatchObject({ name: 'invalid', word: 'snooze' });
    expect(parseCommand('snooze 2000d', NOW, NY)).toMatchObject({ name: 'invalid' });
    expect(parseCommand('snooze until 2020-01-01', NOW, NY)).toMatchObject({ name: 'invalid' });
    expect(parseCommand('timezone Atlantis/Lost', NOW, NY)).toMatchObject({ name: 'invalid', word: 'timezone' });
    expect(parseCommand('delete everything', NOW, NY)).toMatchObject({ name: 'invalid', word: 'delete' });
  });

  it('is not a command when the first word is not one', () => {
    expect(parseCommand('Thanks, I will stop by tomorrow', NOW, NY)).toBeNull();
    expect(parseCommand('', NOW, NY)).toBeNull();
  });

  it('keeps wall-clock time across a DST change', () => {
    expect(snoozeEnd(['1w'], new Date('2026-03-05T15:00:00Z'), NY)).toBe('2026-03-12T14:00:00Z');
  });
});

describe('scheduleName', () => {
  it('is deterministic, at most 64 characters of [0-9a-zA-Z-_.], and distinct per user, application, step and time', () => {
    const a = scheduleName('ada@example.com', 'app1', 'keep-in-touch-3', '2026-09-01T12:00:00Z');
    expect(a).toBe(scheduleName('ADA@example.com', 'app1', 'keep-in-touch-3', '2026-09-01T12:00:00Z'));
    expect(a).toMatch(new RegExp(`^[0-9a-zA-Z_.-]{1,${SCHEDULE_NAME_MAX}}$`));
    const others = [
      scheduleName('bob@example.com', 'app1', 'keep-in-touch-3', '2026-09-01T12:00:00Z'),
      scheduleName('ada@example.com', 'app2', 'keep-in-touch-3', '2026-09-01T12:00:00Z'),
      scheduleName('ada@example.com', 'app1', 'keep-in-touch-2', '2026-09-01T12:00:00Z'),
      scheduleName('ada@example.com', 'app1', 'keep-in-touch-3', '2026-09-02T12:00:00Z'),
    ];
    expect(new Set([a, ...others]).size).toBe(5);
  });
});

describe('SES verdicts', () => {
  it('normalises the SES event shape and dmarcPolicy given as a string or an object', () => {
    expect(normaliseVerdicts({ spfVerdict: { status: 'PASS' }, dkimVerdict: { status: 'FAIL' }, dmarcVerdict: { status: 'GRAY' }, dmarcPolicy: { status: 'reject' } })).toEqual({
      spf: 'PASS',
      dkim: 'FAIL',
      dmarc: 'GRAY',
      dmarcPolicy: 'REJECT',
    });
    expect(normaliseVerdicts({ spf: 'pass', dmarcPolicy: 'none' })).toEqual({ spf: 'PASS', dmarcPolicy: 'NONE' });
  });

  it('authenticates only with SPF or DKIM PASS and no FAIL anywhere', () => {
    expect(authenticationFailure({ spf: 'PASS' })).toBeNull();
    expect(authenticationFailure({ dkim: 'PASS', spf: 'GRAY' })).toBeNull();
    expect(authenticationFailure({ spf: 'PASS', dkim: 'FAIL' })).toBe('unauthenticated');
    expect(authenticationFailure({ spf: 'PROCESSING_FAILED', dkim: 'GRAY' })).toBe('unauthenticated');
    expect(authenticationFailure({ spf: 'PASS', spam: 'FAIL' })).toBe('spam');
    expect(authenticationFailure({ spf: 'PASS', virus: 'FAIL' })).toBe('virus');
    expect(authenticationFailure({ spf: 'PASS', spam: 'DISABLED', virus: 'DISABLED' })).toBeNull();
    expect(authenticationFailure(undefined)).toBe('unauthenticated');
  });
});

describe('applicationKey', () => {
  it('ignores case, punctuation and spacing, and is null when nothing is known', () => {
    expect(applicationKey('Northwind, Inc.', 'Senior  Data-Analyst')).toBe(applicationKey('northwind inc', 'senior data analyst'));
    expect(applicationKey(null, null)).toBeNull();
  });
});
