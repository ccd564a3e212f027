import { IANAZone } from 'luxon';

/**
 * Candidate zones, most likely user first. For an offset, the first zone whose offset AT THAT DATE
 * matches wins, so DST picks the right one: -0400 in July is New York (EDT) while -0400 in January
 * is Halifax (AST); +0100 in January is Paris while +0100 in July is London (BST).
 * Order within a row matters where two zones share an offset on the same date.
 */
export const ZONE_PREFERENCE: readonly string[] = [
  // Americas
  'America/New_York', // -05 / -04
  'America/Chicago', // -06 / -05
  'America/Denver', // -07 / -06
  'America/Los_Angeles', // -08 / -07
  'America/Phoenix', // -07 all year
  'America/Anchorage', // -09 / -08
  'Pacific/Honolulu', // -10
  'America/Sao_Paulo', // -03 all year
  'America/Halifax', // -04 / -03
  'America/St_Johns', // -03:30 / -02:30
  'America/Bogota', // -05 all year
  'America/Mexico_City', // -06 all year
  // Europe and Africa
  'Europe/London', // +00 / +01
  'Europe/Paris', // +01 / +02
  'Europe/Athens', // +02 / +03
  'Africa/Lagos', // +01 all year
  'Africa/Johannesburg', // +02 all year
  'Europe/Istanbul', // +03 all year
  // Asia and Oceania
  'Asia/Dubai', // +04
  'Asia/Tehran', // +03:30
  'Asia/Kabul', // +04:30
  'Asia/Karachi', // +05
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Asia/Dhaka', // +06
  'Asia/Yangon', // +06:30
  'Asia/Bangkok', // +07
  'Asia/Singapore', // +08
  'Asia/Tokyo', // +09
  'Australia/Sydney', // +10 / +11
  'Australia/Adelaide', // +09:30 / +10:30
  'Australia/Darwin', // +09:30
  'Australia/Brisbane', // +10 all year
  'Pacific/Auckland', // +12 / +13
  'Pacific/Noumea', // +11
  'Pacific/Fiji', // +12
  'Pacific/Tongatapu', // +13
  'Pacific/Kiritimati', // +14
];

/** Longest real-world offset magnitude (UTC-12 .. UTC+14), in minutes. */
const MAX_OFFSET_MINUTES = 14 * 60;

function fixedZoneName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/**
 * Maps the offset of the user's own Date header (minutes east of UTC) to an IANA zone: the first
 * zone of ZONE_PREFERENCE whose offset at `at` equals it; else a fixed `UTC±hh:mm` zone; 'UTC' when
 * the offset is unknown (null), zero outside British winter time, or out of range. Deterministic: same offset and date, same zone.
 */
export function inferTimeZone(offsetMinutes: number | null, at: Date): string {
  if (offsetMinutes === null || !Number.isInteger(offsetMinutes)) return 'UTC';
  if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return 'UTC';
  const ts = at.getTime();
  if (Number.isNaN(ts)) return 'UTC';
  // Only zones that have this offset at some time of the year can have it at `at` (each zone's offset
  // is asked of the time zone database once per year, not once per call: a call costs a few µs).
  for (const { zone, offsets } of seasonsOf(at.getUTCFullYear())) {
    if (offsets.has(offsetMinutes) && zone.offset(ts) === offsetMinutes) return zone.name;
  }
  return offsetMinutes === 0 ? 'UTC' : fixedZoneName(offsetMinutes);
}

// The offsets each preferred zone takes in a year, sampled each month (zones change offset at most twice a year).
const SEASONS = new Map<number, Array<{ zone: IANAZone; offsets: Set<number> }>>();
function seasonsOf(year: number): Array<{ zone: IANAZone; offsets: Set<number> }> {
  let zones = SEASONS.get(year);
  if (!zones) {
    zones = ZONE_PREFERENCE.map((name) => IANAZone.create(name)).filter((zone) => zone.isValid).map((zone) => ({
      zone,
      offsets: new Set(Array.from({ length: 12 }, (_, m) => zone.offset(Date.UTC(year, m, 15)))),
    }));
    if (SEASONS.size > 8) SEASONS.clear();
    SEASONS.set(year, zones);
  }
  return zones;
}
