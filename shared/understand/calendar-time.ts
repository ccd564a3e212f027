import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { MAX_CALENDAR_CHARS } from './limits.js';
import { ianaZone } from './zone-names.js';

export interface CalendarEvent {
  /** ISO-8601 UTC start. */
  start: string;
  method: string | null;
  summary: string | null;
  cancelled: boolean;
  /** The ORGANIZER: who sent the invitation ("mailto:" address and CN), when it names one. */
  organizer: { name: string | null; email: string } | null;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Start of the first event of one calendar part, resolving TZID via IANA, Windows names or VTIMEZONE. */
function eventOf(ics: string, fallbackOffsetMinutes: number | null): CalendarEvent | null {
  const root = new ICAL.Component(ICAL.parse(ics.slice(0, MAX_CALENDAR_CHARS)));
  const events = root.getAllSubcomponents('vevent');
  // A reschedule may carry several versions of the event: the highest SEQUENCE is current.
  const event = events.sort((a, b) => Number(b.getFirstPropertyValue('sequence') ?? 0) - Number(a.getFirstPropertyValue('sequence') ?? 0))[0];
  const prop = event?.getFirstProperty('dtstart');
  const t = prop?.getFirstValue();
  if (!event || !prop || !(t instanceof ICAL.Time)) return null;
  const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase() || null;
  const status = String(event.getFirstPropertyValue('status') ?? '').toUpperCase();
  const summary = event.getFirstPropertyValue('summary');
  const org = event.getFirstProperty('organizer');
  const orgValue = org?.getFirstValue();
  const orgEmail = typeof orgValue === 'string' ? /^mailto:([^\s<>"]+@[^\s<>"]+\.[a-z]{2,})$/i.exec(orgValue.trim())?.[1]?.toLowerCase() : undefined;
  const cn = org?.getParameter('cn');
  const organizer = orgEmail ? { name: typeof cn === 'string' && cn.trim() ? cn.trim().slice(0, 100) : null, email: orgEmail } : null;
  const base = { method, summary: typeof summary === 'string' ? summary : null, cancelled: method === 'CANCEL' || status === 'CANCELLED', organizer };
  const wall = { year: t.year, month: t.month, day: t.day, hour: t.isDate ? 0 : t.hour, minute: t.minute, second: t.second };
  if (t.zone?.tzid === 'UTC' || t.zone === ICAL.Timezone.utcTimezone) return { ...base, start: iso(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)) };
  const tzid = prop.getParameter('tzid');
  const tzName = typeof tzid === 'string' ? tzid : null;
  const zone = ianaZone(tzName);
  if (zone) {
    const dt = DateTime.fromObject(wall, { zone });
    if (dt.isValid) return { ...base, start: iso(dt.toMillis()) };
  }
  const vtz = root.getAllSubcomponents('vtimezone').find((c) => c.getFirstPropertyValue('tzid') === tzName);
  const offsetSeconds = vtz ? new ICAL.Timezone(vtz).utcOffset(t) : (fallbackOffsetMinutes ?? 0) * 60;
  return { ...base, start: iso(Date.UTC(t.year, t.month - 1, t.day, wall.hour, t.minute, t.second) - offsetSeconds * 1000) };
}

/** The interview start from text/calendar parts, first usable one wins; cancellations are reported as such. */
export function calendarEvent(calendars: readonly string[], fallbackOffsetMinutes: number | null): CalendarEvent | null {
  for (const ics of calendars) {
    try {
      const ev = eventOf(ics, fallbackOffsetMinutes);
      if (ev) return ev;
    } catch {
      // A broken calendar part is ignored: the prose may still state the time.
    }
  }
  return null;
}
