import { IANAZone } from 'luxon';

// Outlook/Exchange calendars name zones the Windows way; these are the common ones.
const WINDOWS_ZONES: Record<string, string> = {
  'eastern standard time': 'America/New_York',
  'us eastern standard time': 'America/Indianapolis',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles',
  'alaskan standard time': 'America/Anchorage',
  'hawaiian standard time': 'Pacific/Honolulu',
  'atlantic standard time': 'America/Halifax',
  'canada central standard time': 'America/Regina',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'israel standard time': 'Asia/Jerusalem',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'aus eastern standard time': 'Australia/Sydney',
  'e. australia standard time': 'Australia/Brisbane',
  'new zealand standard time': 'Pacific/Auckland',
  'e. south america standard time': 'America/Sao_Paulo',
  'sa pacific standard time': 'America/Bogota',
  'arabian standard time': 'Asia/Dubai',
  'south africa standard time': 'Africa/Johannesburg',
  utc: 'UTC',
};

/** An IANA zone for a calendar TZID (IANA itself, a Windows name, or "/mozilla.org/.../Europe/Paris"), or null. */
export function ianaZone(tzid: string | null | undefined): string | null {
  if (!tzid) return null;
  const name = tzid.replace(/^"|"$/g, '').trim();
  const tail = /([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  for (const candidate of [name, tail]) {
    if (candidate && IANAZone.isValidZone(candidate)) return candidate;
  }
  return WINDOWS_ZONES[name.toLowerCase()] ?? null;
}

// Spelled-out zones that chrono-node does not read, rewritten to abbreviations it reads
// (its ET/PT/CT/MT/CET abbreviations follow daylight saving time).
const SPELLED_ZONES: Array<[RegExp, string]> = [
  [/\(?\b(?:US\s+)?Eastern\s+Standard\s+Time\)?/gi, 'EST'],
  [/\(?\b(?:US\s+)?Eastern\s+Daylight\s+Time\)?/gi, 'EDT'],
  [/\(?\b(?:US\s+)?Pacific\s+Standard\s+Time\)?/gi, 'PST'],
  [/\(?\b(?:US\s+)?Pacific\s+Daylight\s+Time\)?/gi, 'PDT'],
  [/\(?\bCentral\s+European\s+Summer\s+Time\)?/gi, 'CEST'],
  [/\(?\bCentral\s+European(?:\s+Standard)?\s+Time\)?/gi, 'CET'],
  [/\(?\bBritish\s+Summer\s+Time\)?/gi, 'BST'],
  [/\(?\bGreenwich\s+Mean\s+Time\)?/gi, 'GMT'],
  [/\(?\b(?:US\s+)?Eastern(?:\s+Time)?(?:\s*(?:\(|-)\s*US\s*&\s*Canada\)?)?\)?(?=[\s.,;)!]|$)/gi, 'ET'],
  [/\(?\b(?:US\s+)?Pacific(?:\s+Time)?(?:\s*(?:\(|-)\s*US\s*&\s*Canada\)?)?\)?(?=[\s.,;)!]|$)/gi, 'PT'],
  [/\(?\b(?:US\s+)?Central(?:\s+Time)?(?:\s*(?:\(|-)\s*US\s*&\s*Canada\)?)?\)?(?=[\s.,;)!]|$)/gi, 'CT'],
  // Arizona keeps standard time all year.
  [/\(?\bArizona(?:\s+[Tt]ime)?\)?(?=[\s.,;)!]|$)/gi, 'MST'],
  [/\(?\b(?:US\s+)?Mountain(?:\s+Time)?(?:\s*(?:\(|-)\s*US\s*&\s*Canada\)?)?\)?(?=[\s.,;)!]|$)/gi, 'MT'],
];
const TIME_BEFORE = /(\d(?:\s*[ap]\.?m\.?)?|noon)\s*$/i;

/** Rewrites spelled-out zone names that follow a time ("2pm Eastern Time") to abbreviations. */
export function normaliseZoneNames(text: string): string {
  let out = text;
  for (const [re, abbr] of SPELLED_ZONES) {
    out = out.replace(re, (match, ...rest) => {
      const offset = rest[rest.length - 2] as number;
      const before = out.slice(Math.max(0, offset - 12), offset);
      // Only after a time: "Central" alone is also a place and a word.
      return TIME_BEFORE.test(before.trimEnd()) || /^\(/.test(match) ? ` ${abbr}` : match;
    });
  }
  return out;
}

// City and region names people write after a time ("3pm London time").
const CITY_ZONES: Record<string, string> = {
  london: 'Europe/London', uk: 'Europe/London', paris: 'Europe/Paris', berlin: 'Europe/Berlin', amsterdam: 'Europe/Amsterdam',
  madrid: 'Europe/Madrid', dublin: 'Europe/Dublin', zurich: 'Europe/Zurich', 'new york': 'America/New_York',
  'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', 'los angeles': 'America/Los_Angeles',
  chicago: 'America/Chicago', denver: 'America/Denver', toronto: 'America/Toronto', singapore: 'Asia/Singapore',
  sydney: 'Australia/Sydney', boston: 'America/New_York', atlanta: 'America/New_York', miami: 'America/New_York', dallas: 'America/Chicago', houston: 'America/Chicago', austin: 'America/Chicago', phoenix: 'America/Phoenix', montreal: 'America/Toronto', calgary: 'America/Edmonton', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland', auckland: 'Pacific/Auckland', wellington: 'Pacific/Auckland', irish: 'Europe/Dublin', ireland: 'Europe/Dublin', british: 'Europe/London', 'australian eastern': 'Australia/Sydney', melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', adelaide: 'Australia/Adelaide', johannesburg: 'Africa/Johannesburg', 'cape town': 'Africa/Johannesburg', 'south african': 'Africa/Johannesburg', sast: 'Africa/Johannesburg', mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'hong kong': 'Asia/Hong_Kong', dubai: 'Asia/Dubai', lisbon: 'Europe/Lisbon', rome: 'Europe/Rome', stockholm: 'Europe/Stockholm', vienna: 'Europe/Vienna', winnipeg: 'America/Winnipeg', edmonton: 'America/Edmonton', vancouver: 'America/Vancouver', halifax: 'America/Halifax', 'mexico city': 'America/Mexico_City', bangalore: 'Asia/Kolkata', india: 'Asia/Kolkata', tokyo: 'Asia/Tokyo',
};

const CITIES = 'boston|atlanta|miami|dallas|houston|austin|phoenix|vancouver|montreal|calgary|new zealand|nz|irish|ireland|british|australian eastern|melbourne|brisbane|perth|adelaide|auckland|wellington|johannesburg|cape town|south african|sast|mumbai|delhi|hong kong|dubai|lisbon|rome|stockholm|vienna|london|uk|paris|berlin|amsterdam|madrid|dublin|zurich|new york|san francisco|seattle|los angeles|chicago|denver|toronto|singapore|sydney|bangalore|india|tokyo';
// Regional zones as Canadians and Mexicans write them in French and Spanish.
const REGION_TIME: Array<[RegExp, string]> = [
  [/^\s*\(?heure de l'est\b/i, 'toronto'],
  [/^\s*\(?heure du centre\b/i, 'winnipeg'],
  [/^\s*\(?heure des rocheuses\b/i, 'edmonton'],
  [/^\s*\(?heure du pacifique\b/i, 'vancouver'],
  [/^\s*\(?heure de l'atlantique\b/i, 'halifax'],
  [/^\s*\(?hora del centro\b/i, 'mexico city'],
];
// "London time", "my time (Boston)".
const CITY_TIME = new RegExp(`^\\s*\\(?(?:(${CITIES})\\s+time\\b|(?:my|our|your|local) time\\s*\\(?(${CITIES})\\b)`, 'i');
const CITY_HEURE = new RegExp(`^\\s*\\(?(?:heure|horaire) (?:de |d')(${CITIES})\\b`, 'i');
const CITY_HORA = new RegExp(`^\\s*\\(?hora (?:de )?(${CITIES})\\b`, 'i');

/** An IANA zone named right after a time ("London time", "Europe/Berlin"), or null. */
export function zoneAfter(text: string): string | null {
  const iana = /^\s*\(?([A-Z][a-z]+\/[A-Z][A-Za-z_]+)\)?/.exec(text)?.[1];
  if (iana && ianaZone(iana)) return iana;
  // "London time", and the French, Spanish and German ways: "heure de Paris", "hora de Madrid", "Berliner Zeit".
  const city =
    (CITY_TIME.exec(text) ?? []).slice(1).find(Boolean) ??
    CITY_HEURE.exec(text)?.[1] ??
    CITY_HORA.exec(text)?.[1] ??
    (/^\s*\(?hora peninsular\b/i.test(text) ? 'madrid' : undefined) ??
    REGION_TIME.find(([re]) => re.test(text))?.[1] ??
    (/^\s*\(?(?:berliner|deutscher) zeit\b/i.test(text) ? 'berlin' : undefined);
  return city ? (CITY_ZONES[city.toLowerCase()] ?? null) : null;
}
