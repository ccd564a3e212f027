/**
 * An IANA zone for a Date header's UTC offset, for senders registered automatically (npm start
 * with no users.json). An offset cannot tell zones apart, so whole hours map to the fixed
 * `Etc/GMT±N` zones (their sign is inverted by POSIX convention) and the common half-hour
 * offsets to a representative city. Users correct it with the `timezone <zone>` reply command.
 */
const HALF_HOUR_ZONES: Record<number, string> = {
  [-570]: 'Pacific/Marquesas',
  [-210]: 'America/St_Johns',
  [210]: 'Asia/Tehran',
  [270]: 'Asia/Kabul',
  [330]: 'Asia/Kolkata',
  [345]: 'Asia/Kathmandu',
  [390]: 'Asia/Yangon',
  [525]: 'Australia/Eucla',
  [570]: 'Australia/Darwin',
  [630]: 'Australia/Lord_Howe',
  [765]: 'Pacific/Chatham',
};

/** Offset in minutes east of UTC → IANA zone, or null when the offset is not a real one. */
export function zoneFromOffset(offsetMinutes: number | null | undefined): string | null {
  if (offsetMinutes === null || offsetMinutes === undefined || !Number.isInteger(offsetMinutes)) return null;
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 === 0) {
    const hours = offsetMinutes / 60;
    if (hours < -12 || hours > 14) return null;
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  return HALF_HOUR_ZONES[offsetMinutes] ?? null;
}

/** The machine's own zone: the fallback for a sender whose Date header says nothing usable. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
