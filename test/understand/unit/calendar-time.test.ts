import { describe, expect, it } from 'vitest';
import { calendarEvent } from '../../../shared/understand/calendar-time.js';

const ics = (organizer: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'UID:1@example',
    'DTSTART;TZID=Europe/Helsinki:20270322T140000',
    'SUMMARY:Interview',
    organizer,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

describe('calendarEvent', () => {
  it('reads the start in its zone and the organiser who sent the invitation', () => {
    const ev = calendarEvent([ics('ORGANIZER;CN=Laura Virtanen:mailto:Laura.Virtanen@saimaa-analytics.fi')], null);
    expect(ev?.start).toBe('2027-03-22T12:00:00Z');
    expect(ev?.organizer).toEqual({ name: 'Laura Virtanen', email: 'laura.virtanen@saimaa-analytics.fi' });
  });

  it('gives no organiser for a line without a mail address', () => {
    expect(calendarEvent([ics('ORGANIZER;CN=Someone:urn:uuid:1234')], null)?.organizer).toBeNull();
    expect(calendarEvent([ics('X-NOTHING:1')], null)?.organizer).toBeNull();
  });
});
