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
  // ("8:30 AM Hawaii-Aleutian Standard Time (HST)": Hawaii keeps standard time all year.)
  [/\(?\bHawai(?:i|ʻi|'i)(?:[-–]Aleutian)?(?:\s+Standard)?\s+Time\)?(?:\s*\(HST\))?/gi, 'HST'],
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
  // Cities as their own language writes them (keys without accents, as plain() reads them): "Torino", "München".
  lisboa: 'Europe/Lisbon', torino: 'Europe/Rome', milano: 'Europe/Rome', roma: 'Europe/Rome', napoli: 'Europe/Rome', firenze: 'Europe/Rome',
  venezia: 'Europe/Rome', genova: 'Europe/Rome', bologna: 'Europe/Rome', munchen: 'Europe/Berlin', koln: 'Europe/Berlin', wien: 'Europe/Vienna',
  geneve: 'Europe/Zurich', bruxelles: 'Europe/Brussels', brussel: 'Europe/Brussels', antwerpen: 'Europe/Brussels', 'den haag': 'Europe/Amsterdam',
  praha: 'Europe/Prague', warszawa: 'Europe/Warsaw', krakow: 'Europe/Warsaw', kobenhavn: 'Europe/Copenhagen', goteborg: 'Europe/Stockholm',
  sevilla: 'Europe/Madrid', zaragoza: 'Europe/Madrid', 'ciudad de mexico': 'America/Mexico_City', cdmx: 'America/Mexico_City', 'mexico df': 'America/Mexico_City',
  'nueva york': 'America/New_York', londen: 'Europe/London', nederland: 'Europe/Amsterdam', 'nova iorque': 'America/New_York', londres: 'Europe/London', brasilia: 'America/Sao_Paulo',
  // English names of cities that are not a zone's own ("Milan", "Munich"), and the larger cities no zone is named after.
  milan: 'Europe/Rome', turin: 'Europe/Rome', naples: 'Europe/Rome', florence: 'Europe/Rome', venice: 'Europe/Rome', genoa: 'Europe/Rome',
  munich: 'Europe/Berlin', cologne: 'Europe/Berlin', frankfurt: 'Europe/Berlin', hamburg: 'Europe/Berlin', stuttgart: 'Europe/Berlin', dusseldorf: 'Europe/Berlin',
  geneva: 'Europe/Zurich', basel: 'Europe/Zurich', bern: 'Europe/Zurich', lausanne: 'Europe/Zurich', antwerp: 'Europe/Brussels', 'the hague': 'Europe/Amsterdam',
  rotterdam: 'Europe/Amsterdam', utrecht: 'Europe/Amsterdam', eindhoven: 'Europe/Amsterdam', gothenburg: 'Europe/Stockholm', malmo: 'Europe/Stockholm',
  aarhus: 'Europe/Copenhagen', bergen: 'Europe/Oslo', tampere: 'Europe/Helsinki', seville: 'Europe/Madrid', barcelona: 'Europe/Madrid', valencia: 'Europe/Madrid',
  lyon: 'Europe/Paris', marseille: 'Europe/Paris', toulouse: 'Europe/Paris', bordeaux: 'Europe/Paris', lille: 'Europe/Paris', porto: 'Europe/Lisbon',
  manchester: 'Europe/London', birmingham: 'Europe/London', edinburgh: 'Europe/London', glasgow: 'Europe/London', leeds: 'Europe/London', bristol: 'Europe/London',
  cardiff: 'Europe/London', cork: 'Europe/Dublin', galway: 'Europe/Dublin', ottawa: 'America/Toronto', 'rio de janeiro': 'America/Sao_Paulo',
  london: 'Europe/London', uk: 'Europe/London', paris: 'Europe/Paris', berlin: 'Europe/Berlin', amsterdam: 'Europe/Amsterdam',
  madrid: 'Europe/Madrid', dublin: 'Europe/Dublin', zurich: 'Europe/Zurich', 'new york': 'America/New_York',
  'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', 'los angeles': 'America/Los_Angeles',
  chicago: 'America/Chicago', denver: 'America/Denver', toronto: 'America/Toronto', singapore: 'Asia/Singapore',
  sydney: 'Australia/Sydney', boston: 'America/New_York', atlanta: 'America/New_York', miami: 'America/New_York', dallas: 'America/Chicago', houston: 'America/Chicago', austin: 'America/Chicago', phoenix: 'America/Phoenix', montreal: 'America/Toronto', calgary: 'America/Edmonton', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland', auckland: 'Pacific/Auckland', wellington: 'Pacific/Auckland', irish: 'Europe/Dublin', ireland: 'Europe/Dublin', british: 'Europe/London', 'australian eastern': 'Australia/Sydney', melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', adelaide: 'Australia/Adelaide', johannesburg: 'Africa/Johannesburg', 'cape town': 'Africa/Johannesburg', 'south african': 'Africa/Johannesburg', sast: 'Africa/Johannesburg', mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'hong kong': 'Asia/Hong_Kong', dubai: 'Asia/Dubai', lisbon: 'Europe/Lisbon', rome: 'Europe/Rome', stockholm: 'Europe/Stockholm', vienna: 'Europe/Vienna', winnipeg: 'America/Winnipeg', edmonton: 'America/Edmonton', vancouver: 'America/Vancouver', halifax: 'America/Halifax', 'mexico city': 'America/Mexico_City', bangalore: 'Asia/Kolkata', india: 'Asia/Kolkata', tokyo: 'Asia/Tokyo',
};

// Countries and their words for a one-zone country ("Israel time", "11am UAE time"), as people write them.
const COUNTRY_ZONES: Record<string, string> = {
  israel: 'Asia/Jerusalem', israeli: 'Asia/Jerusalem', uae: 'Asia/Dubai', emirates: 'Asia/Dubai', gulf: 'Asia/Dubai', saudi: 'Asia/Riyadh', 'saudi arabia': 'Asia/Riyadh',
  ksa: 'Asia/Riyadh', qatar: 'Asia/Qatar', bahrain: 'Asia/Bahrain', kuwait: 'Asia/Kuwait', oman: 'Asia/Muscat', turkey: 'Europe/Istanbul', turkish: 'Europe/Istanbul',
  egypt: 'Africa/Cairo', kenya: 'Africa/Nairobi', nigeria: 'Africa/Lagos', 'south africa': 'Africa/Johannesburg', germany: 'Europe/Berlin', german: 'Europe/Berlin',
  france: 'Europe/Paris', french: 'Europe/Paris', spain: 'Europe/Madrid', spanish: 'Europe/Madrid', italy: 'Europe/Rome', italian: 'Europe/Rome', netherlands: 'Europe/Amsterdam',
  dutch: 'Europe/Amsterdam', belgium: 'Europe/Brussels', belgian: 'Europe/Brussels', switzerland: 'Europe/Zurich', swiss: 'Europe/Zurich', austria: 'Europe/Vienna',
  poland: 'Europe/Warsaw', polish: 'Europe/Warsaw', sweden: 'Europe/Stockholm', swedish: 'Europe/Stockholm', norway: 'Europe/Oslo', norwegian: 'Europe/Oslo',
  denmark: 'Europe/Copenhagen', danish: 'Europe/Copenhagen', finland: 'Europe/Helsinki', finnish: 'Europe/Helsinki', portugal: 'Europe/Lisbon', greece: 'Europe/Athens',
  czech: 'Europe/Prague', hungary: 'Europe/Budapest', romania: 'Europe/Bucharest', ukraine: 'Europe/Kyiv', japan: 'Asia/Tokyo', japanese: 'Asia/Tokyo', korea: 'Asia/Seoul',
  korean: 'Asia/Seoul', china: 'Asia/Shanghai', beijing: 'Asia/Shanghai', philippines: 'Asia/Manila', malaysia: 'Asia/Kuala_Lumpur', vietnam: 'Asia/Ho_Chi_Minh',
  thailand: 'Asia/Bangkok', pakistan: 'Asia/Karachi', bangladesh: 'Asia/Dhaka', 'sri lanka': 'Asia/Colombo', england: 'Europe/London',
  scotland: 'Europe/London', wales: 'Europe/London', 'northern ireland': 'Europe/London', argentina: 'America/Argentina/Buenos_Aires',
  'tel aviv': 'Asia/Jerusalem', bengaluru: 'Asia/Kolkata', hyderabad: 'Asia/Kolkata', chennai: 'Asia/Kolkata', pune: 'Asia/Kolkata', gurugram: 'Asia/Kolkata', gurgaon: 'Asia/Kolkata', noida: 'Asia/Kolkata',
  colombia: 'America/Bogota', peru: 'America/Lima', chile: 'America/Santiago', taiwan: 'Asia/Taipei',
};
// States, provinces and regions with one zone, read only as a stated zone ("9:00 a.m. Saskatchewan time", "2:30pm NSW
// time"), never as a place name elsewhere ("Alberta Health Services" names no city).
const REGION_ZONES: Record<string, string> = {
  saskatchewan: 'America/Regina', hawaii: 'Pacific/Honolulu', "hawai'i": 'Pacific/Honolulu', arizona: 'America/Phoenix', alaska: 'America/Anchorage',
  alberta: 'America/Edmonton', 'british columbia': 'America/Vancouver', bc: 'America/Vancouver', ontario: 'America/Toronto', quebec: 'America/Toronto',
  manitoba: 'America/Winnipeg', 'nova scotia': 'America/Halifax', 'new brunswick': 'America/Moncton', newfoundland: 'America/St_Johns',
  'new south wales': 'Australia/Sydney', nsw: 'Australia/Sydney', queensland: 'Australia/Brisbane', qld: 'Australia/Brisbane', victoria: 'Australia/Melbourne',
  vic: 'Australia/Melbourne', tasmania: 'Australia/Hobart', 'south australia': 'Australia/Adelaide', 'western australia': 'Australia/Perth',
  'northern territory': 'Australia/Darwin', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland', aotearoa: 'Pacific/Auckland',
};
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Every IANA zone by its city ("Europe/Istanbul": "istanbul", "America/Argentina/Buenos_Aires": "buenos aires"),
// built on the first lookup (3 ms), not at every cold start.
let ianaCities: Map<string, string> | null = null;
function ianaCity(key: string): string | undefined {
  if (!ianaCities) {
    ianaCities = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      if (/^(?:Etc|Antarctica)\//.test(zone)) continue;
      const city = plain((zone.split('/').pop() ?? '').replace(/_/g, ' '));
      if (!ianaCities.has(city)) ianaCities.set(city, zone);
    }
  }
  return ianaCities.get(key);
}
const zoneOfPlace = (name: string, regions = true): string | null => {
  const key = plain(name);
  return CITY_ZONES[key] ?? COUNTRY_ZONES[key] ?? ianaCity(key) ?? (regions ? REGION_ZONES[key] : undefined) ?? null;
};
/** Whether a name is a city's or a country's ("Buenos Aires", "Chile"), as the zone tables know them. */
export function isPlaceName(name: string): boolean {
  return zoneOfPlace(name, false) !== null;
}
/** Whether a name is a city's ("Tampere", "Zurich"), not a country's or a region's. */
export function isCityName(name: string): boolean {
  return !COUNTRY_ZONES[plain(name)] && isPlaceName(name);
}
/** The zone one to three words name, read from their end ("Istanbul" in "Istanbul", "cape town" in "Cape Town") or start. */
function placeZone(words: string, fromEnd: boolean): string | null {
  // "India Standard Time", "Eastern Daylight": the season word names no place.
  const w = words.trim().replace(/\s+(?:standard|daylight|summer)$/i, '').split(/\s+/);
  for (let k = 0; k < w.length; k++) {
    const zone = zoneOfPlace((fromEnd ? w.slice(k) : w.slice(0, w.length - k)).join(' '));
    if (zone) return zone;
  }
  return null;
}
// One to three words that may name a place.
const PLACE = String.raw`\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}`;
// Regional zones as Canadians and Mexicans write them in French and Spanish.
const REGION_TIME: Array<[RegExp, string]> = [
  [/^\s*\(?heure de l'est\b/i, 'America/Toronto'],
  [/^\s*\(?heure du centre\b/i, 'America/Winnipeg'],
  [/^\s*\(?heure des rocheuses\b/i, 'America/Edmonton'],
  [/^\s*\(?heure du pacifique\b/i, 'America/Vancouver'],
  [/^\s*\(?heure de l'atlantique\b/i, 'America/Halifax'],
  [/^\s*\(?hora del centro\b/i, 'America/Mexico_City'],
  [/^\s*\(?hora (?:canaria|de (?:las )?canarias|insular)\b/i, 'Atlantic/Canary'],
  [/^\s*\(?(?:UK|U\.K\.|British) time\b/i, 'Europe/London'],
];
// "London time", "my time (Boston)".
const CITY_TIME = new RegExp(`^\\s*\\(?(${PLACE})\\s+time\\b`, 'iu');
// ("10am our time here in Denver".)
const LOCAL_TIME = new RegExp(`^\\s*\\(?(?:my|our|your|local) time\\s*(?:\\(|(?:here\\s+)?in\\s+)?(${PLACE})`, 'iu');
const CITY_HEURE = new RegExp(`^\\s*\\(?(?:heure|horaire) (?:de |d')(${PLACE})`, 'iu');
const CITY_HORA = new RegExp(`^\\s*\\(?hora (?:de )?(${PLACE})`, 'iu');
// "10:00 Uhr Londoner Zeit", "New Yorker Zeit": the German adjective of a city.
const CITY_ZEIT = /^\s*\(?((?:New )?\p{Lu}\p{L}+?)er (?:Zeit|Ortszeit)\b|^\s*\(?((?:New )?\p{Lu}\p{L}+?)se tijd\b/u;
// (And the Dutch one: "New Yorkse tijd", "Londense tijd".)
// Outlook's and Teams' zone labels, which name the standard offset and the zone's cities: "(UTC+00:00) Dublin, Edinburgh,
// Lisbon, London" is London's time, summer time in July; "(UTC-05:00) Eastern Time (US & Canada)".
const WINDOWS_LABEL = /^\s*\(UTC(?:[+\-−]\d{1,2}:\d{2})?\)\s+([^\n]{1,60})/u;
const WINDOWS_REGION: Array<[RegExp, string]> = [
  [/^Eastern Time \(US/i, 'America/New_York'],
  [/^Central Time \(US/i, 'America/Chicago'],
  [/^Mountain Time \(US/i, 'America/Denver'],
  [/^Pacific Time \(US/i, 'America/Los_Angeles'],
  [/^Atlantic Time \(Canada/i, 'America/Halifax'],
];

const NORDIC_TIME = /^\s*\(?(finsk|svensk|norsk|dansk|suomen)\s(?:tid|aikaa)\b/i;
const NORDIC_TIME_ZONES: Record<string, string> = { finsk: 'Europe/Helsinki', suomen: 'Europe/Helsinki', svensk: 'Europe/Stockholm', norsk: 'Europe/Oslo', dansk: 'Europe/Copenhagen' };
// ("kl. 9.00 amerikansk østkysttid", "västkusttid": the US coasts' time, in Danish, Norwegian and Swedish.)
const NORDIC_COAST = /^\s*\(?(?:amerikansk[ae]?\s+)?(østkyst|östkust|vestkyst|västkust)s?tid(?![\p{L}])/iu;
const NORDIC_COAST_ZONES: Record<string, string> = { østkyst: 'America/New_York', östkust: 'America/New_York', vestkyst: 'America/Los_Angeles', västkust: 'America/Los_Angeles' };

/** An IANA zone named right after a time ("London time", "Europe/Berlin"), or null. */
export function zoneAfter(text: string): string | null {
  // (After a comma too: "à 10h, heure de Montréal", "10am, London time".)
  // (After an hour word too: "a las 9:00 hrs, hora de Santiago", "à 9 h (heure de Montréal)", "11:00 uur New Yorkse tijd".)
  text = text.replace(/^\s*(?:hrs?\.?|horas|h|uhr|uur)(?![\p{L}])/iu, '').replace(/^\s*,/, '');
  const iana = /^\s*\(?([A-Z][a-z]+\/[A-Z][A-Za-z_]+)\)?/.exec(text)?.[1];
  if (iana && ianaZone(iana)) return iana;
  // "London time", and the French, Spanish and German ways: "heure de Paris", "hora de Madrid", "Berliner Zeit".
  const label = WINDOWS_LABEL.exec(text)?.[1];
  if (label) {
    // (The first city of the list that we know: the cities of one label keep one set of clock changes, "Dublin,
    // Edinburgh, Lisbon, London" as "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna".)
    const region = WINDOWS_REGION.find(([re]) => re.test(label))?.[1];
    const cities = label.split(/,\s*/).map((c) => c.replace(/[.;:)]+$/, '').trim());
    const zone = region ?? cities.map((c) => placeZone(c, false)).find((z) => !!z);
    if (zone) return zone;
  }
  const before = CITY_TIME.exec(text)?.[1];
  // (A sentence's full stop is no part of the place: "heure de Montréal.")
  const after = (LOCAL_TIME.exec(text)?.[1] ?? CITY_HEURE.exec(text)?.[1] ?? CITY_HORA.exec(text)?.[1])?.replace(/[.,;:]+$/, '');
  return (
    (before ? placeZone(before, true) : null) ??
    (after ? placeZone(after, false) : null) ??
    (/^\s*\(?hora peninsular\b/i.test(text) ? 'Europe/Madrid' : null) ??
    REGION_TIME.find(([re]) => re.test(text))?.[1] ??
    (/^\s*\(?(?:berliner|deutscher) zeit\b/i.test(text) ? 'Europe/Berlin' : null) ??
    (/^\s*\(?(?:britischer|britische) zeit\b/i.test(text) ? 'Europe/London' : null) ??
    (/^\s*\(?schweizer zeit\b/i.test(text) ? 'Europe/Zurich' : null) ??
    // ("kl. 10.00 finsk tid": a Nordic writer's "Finnish time", "Swedish time"; Finnish "Suomen aikaa".)
    NORDIC_TIME_ZONES[NORDIC_TIME.exec(text)?.[1]?.toLowerCase() ?? ''] ??
    NORDIC_COAST_ZONES[NORDIC_COAST.exec(text)?.[1]?.toLowerCase() ?? ''] ??
    cityZeit(text)
  );
}

function cityZeit(text: string): string | null {
  const m = CITY_ZEIT.exec(text);
  const stem = m?.[1] ?? m?.[2];
  return stem ? placeZone(stem, false) : null;
}

// Places whose clocks do not change while the usual zone for their offset does: Arizona (the US Mountain offset),
// Saskatchewan (the Central one) and Queensland (Sydney's winter one). A mail that names one and is dated at its offset keeps it on the interview day.
// (The pattern runs only where the text holds its words, and the zone database is asked only then: a luxon offset costs
// about 20 µs, the two checks together under 1 µs.)
// ("Wascana Plains SK  S0G 4T0", "Regina, SK", "1106 Winnipeg Street, Regina": a postal address; "Regina" alone is a
// first name too. A run of white space is tried from its start only: from every space of a long run it was quadratic.)
const FIXED_OFFSET_PLACES: Array<[RegExp, readonly string[], string]> = [
  [/\bArizona\b|(?:,\s*|(?<![\s,])\s+)AZ\s+8[56]\d{3}\b|\b(?:Phoenix|Tucson|Mesa|Scottsdale|Tempe|Chandler|Glendale|Flagstaff|Yuma),\s*AZ\b/, ['Arizona', 'AZ'], 'America/Phoenix'],
  [
    /\bSaskatchewan\b|(?:,\s*|(?<![\s,])\s+)SK\s+S\d[A-Z]\b|\b(?:Regina|Saskatoon|Moose Jaw|Prince Albert|Swift Current|Yorkton),\s*SK\b|\b(?:Street|Avenue|Road|Drive|Crescent|Boulevard|Parkway)\s*,\s*(?:Regina|Saskatoon)\b/,
    ['Saskatchewan', 'SK', 'Regina', 'Saskatoon'],
    'America/Regina',
  ],
  // ("East Brisbane QLD 4169": Queensland keeps Brisbane's +1000 all year, while Sydney, at +1000 in winter, moves on.)
  [/\bQLD\s+4\d{3}\b|\bQueensland\s+4\d{3}\b|\bBrisbane,?\s+(?:QLD|Queensland)\b|\b(?:Queensland|Brisbane) time\b/, ['QLD', 'Queensland', 'Brisbane'], 'Australia/Brisbane'],
];

/** The zone of a place without clock changes that the text names, when the mail's date is at that place's offset. */
export function fixedOffsetZone(text: string, offsetMinutes: number, at: Date): string | null {
  if (Number.isNaN(at.getTime())) return null;
  for (const [re, words, name] of FIXED_OFFSET_PLACES) {
    if (words.some((w) => text.includes(w)) && re.test(text) && IANAZone.create(name).offset(at.getTime()) === offsetMinutes) return name;
  }
  return null;
}

// Country-code domains of countries with several zones: the first of them with the mail's offset at its date. (Canada:
// "-0300" in summer is Halifax, where the preference for unknown senders is São Paulo, which keeps -0300 in November.)
const TLD_ZONE_LISTS: Record<string, readonly string[]> = {
  ca: ['America/Toronto', 'America/Halifax', 'America/Winnipeg', 'America/Edmonton', 'America/Vancouver', 'America/St_Johns', 'America/Regina'],
};

// Country-code domains of countries with one zone (or one that nearly everyone there uses). (Not .co alone: startups
// everywhere use it, and Bogotá's -0500 without daylight time would move a New York interview in summer by an hour.)
const TLD_ZONES: Record<string, string> = {
  za: 'Africa/Johannesburg', cl: 'America/Santiago', ar: 'America/Argentina/Buenos_Aires', pe: 'America/Lima', uk: 'Europe/London', ie: 'Europe/Dublin', nz: 'Pacific/Auckland', de: 'Europe/Berlin', at: 'Europe/Vienna',
  ch: 'Europe/Zurich', fr: 'Europe/Paris', be: 'Europe/Brussels', nl: 'Europe/Amsterdam', lu: 'Europe/Luxembourg', es: 'Europe/Madrid',
  it: 'Europe/Rome', dk: 'Europe/Copenhagen', se: 'Europe/Stockholm', no: 'Europe/Oslo', fi: 'Europe/Helsinki', pl: 'Europe/Warsaw',
  cz: 'Europe/Prague', gr: 'Europe/Athens', ro: 'Europe/Bucharest', hu: 'Europe/Budapest', il: 'Asia/Jerusalem', tr: 'Europe/Istanbul',
  ae: 'Asia/Dubai', sa: 'Asia/Riyadh', qa: 'Asia/Qatar', in: 'Asia/Kolkata', sg: 'Asia/Singapore', hk: 'Asia/Hong_Kong', jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul', ph: 'Asia/Manila', my: 'Asia/Kuala_Lumpur', ng: 'Africa/Lagos', ke: 'Africa/Nairobi', eg: 'Africa/Cairo',
};

/**
 * The zone a sender's country-code domain names ("medirand.co.za": Johannesburg), when it has the offset the
 * mail was sent with at that instant; else null. It tells Johannesburg from Athens, both UTC+2 in March.
 */
export function domainZone(email: string | null | undefined, offsetMinutes: number, at: Date): string | null {
  const tld = /\.([a-z]{2})$/i.exec(email ?? '')?.[1]?.toLowerCase();
  // (Colombia by its second level only: "labsabanaverde.com.co", not a startup's "acme.co".)
  const colombian = /\.(?:com|gov|edu|org|net)\.co$/i.test(email ?? '');
  const names = colombian ? ['America/Bogota'] : tld ? (TLD_ZONE_LISTS[tld] ?? (TLD_ZONES[tld] ? [TLD_ZONES[tld]] : [])) : [];
  if (names.length === 0 || Number.isNaN(at.getTime())) return null;
  return (
    names.find((name) => {
      const zone = IANAZone.create(name);
      return zone.isValid && zone.offset(at.getTime()) === offsetMinutes;
    }) ?? null
  );
}
