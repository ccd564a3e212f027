import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../../shared/understand/loose-date.js';

// Forward header dates as clients print them, read with the forwarder's offset (+01:00) when none is stated.
const at = (value: string) => parseLooseDate(value, 60);

describe('parseLooseDate', () => {
  it.each([
    ['Mon, Mar 2, 2026 at 10:15 AM', '2026-03-02T09:15:00Z', 60],
    ['Monday, March 2, 2026 10:15 AM', '2026-03-02T09:15:00Z', 60],
    ['On Friday, April 17th, 2026 at 3:02 PM', '2026-04-17T14:02:00Z', 60],
    ['12 mars 2026 à 11:25:00 UTC+1', '2026-03-12T10:25:00Z', 60],
    ['mar. 3 févr. 2026 à 10:15', '2026-02-03T09:15:00Z', 60],
    ['Mo., 2. März 2026 um 10:15', '2026-03-02T09:15:00Z', 60],
    ['20. Januar 2026 um 13:05:00 MEZ', '2026-01-20T12:05:00Z', 60],
    ['9 de junio de 2026, 17:10:00 CEST', '2026-06-09T15:10:00Z', 120],
    ['sáb., 7 mar 2026, 10:12', '2026-03-07T09:12:00Z', 60],
    ['gio 4 giu 2026 alle ore 10:15', '2026-06-04T09:15:00Z', 60],
    ['20.01.2026 13:05', '2026-01-20T12:05:00Z', 60],
    ['2026-03-02T10:15:00', '2026-03-02T09:15:00Z', 60],
    ['Tuesday, 3 March 2026 at 09:30 (GMT-05:00)', '2026-03-03T14:30:00Z', -300],
    ['Wed, 4 Mar 2026 16:20:00 +0000', '2026-03-04T16:20:00Z', 0],
  ])('reads %s', (value, iso, offset) => {
    expect(at(value)).toEqual({ iso, offsetMinutes: offset });
  });

  it('does not roll an impossible day over into the next month from the tables', () => {
    expect(at('Thu, 31 Feb 2026 10:00')?.iso).not.toBe('2026-03-03T09:00:00Z');
  });

  it('reads a zoneless date in the forwarder\'s zone at that date, across a clock change', () => {
    // Forwarded on 29 March (+0200, Paris summer time), written on 26 March: Paris was +0100 then.
    expect(parseLooseDate('ven. 26 mars 2027 à 18:31', 120, new Date('2027-03-29T06:05:00Z'))).toEqual({ iso: '2027-03-26T17:31:00Z', offsetMinutes: 60 });
    expect(parseLooseDate('Friday, March 26, 2027 6:31 PM', 120, new Date('2027-03-29T06:05:00Z'))).toEqual({ iso: '2027-03-26T17:31:00Z', offsetMinutes: 60 });
    // Without the outer date the outer offset is all there is.
    expect(parseLooseDate('ven. 26 mars 2027 à 18:31', 120)).toEqual({ iso: '2027-03-26T16:31:00Z', offsetMinutes: 120 });
  });

  it('reads the offset Outlook writes after GMT', () => {
    expect(parseLooseDate('Tuesday, March 16, 2027, 5:36:00 PM GMT+1', 0)).toEqual({ iso: '2027-03-16T16:36:00Z', offsetMinutes: 60 });
  });

  it('reads an offset written with a minus sign ("UTC−5", as a French Yahoo header prints it)', () => {
    expect(parseLooseDate('lundi 8 mars 2027 à 11:05 UTC\u22125', 0)).toEqual({ iso: '2027-03-08T16:05:00Z', offsetMinutes: -300 });
  });

  it('returns null for what is no date', () => {
    expect(at('')).toBeNull();
    expect(at('tomorrow-ish, maybe')).toBeNull();
  });
});

describe('parseLooseDate: Finnish forward header dates', () => {
  it('reads "to 11.3.2027 klo 14.35" and "11.3.2027 14.35" day first, with the dotted time', () => {
    expect(parseLooseDate('to 11.3.2027 klo 14.35', 120)?.iso).toBe('2027-03-11T12:35:00Z');
    expect(parseLooseDate('11.3.2027 14.35', 120)?.iso).toBe('2027-03-11T12:35:00Z');
  });
});

describe('parseLooseDate: IST', () => {
  it("reads IST as India's time, unless the user's own mail is on Irish time", () => {
    expect(parseLooseDate('20 July 2037 at 18:45:00 IST', 330)?.iso).toBe('2037-07-20T13:15:00Z');
    expect(parseLooseDate('20 July 2037 at 18:45:00 IST', -240)?.iso).toBe('2037-07-20T13:15:00Z');
    expect(parseLooseDate('20 July 2037 at 18:45:00 IST', 60)?.iso).toBe('2037-07-20T17:45:00Z');
  });
});

describe('parseLooseDate: Welsh and Irish forward header dates', () => {
  it('reads the months whole ("26 Mawrth 2038", "24 Márta 2038"), and Dutch "mei" stays May', () => {
    expect(parseLooseDate('dydd Gwener, 26 Mawrth 2038 11:20', 0)?.iso).toBe('2038-03-26T11:20:00Z');
    expect(parseLooseDate('Dé Céadaoin, 24 Márta 2038 ag 10:05', 0)?.iso).toBe('2038-03-24T10:05:00Z');
    expect(parseLooseDate('6 Ebrill 2038 09:00', 0)?.iso).toBe('2038-04-06T09:00:00Z');
    expect(parseLooseDate('vr 26 mei 2038 11:20 +0200', 0)?.iso).toBe('2038-05-26T09:20:00Z');
  });
});
