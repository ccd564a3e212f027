/**
 * Dates and times in languages chrono-node does not read (or reads badly), rewritten in its English.
 *
 * Swedish, Danish, Norwegian and Finnish are rewritten in the English chrono-node
 * reads: "onsdag den 31. marts kl. 14.00" -> "Wednesday 31 March at 14:00", "torstaina 18.3. klo 17.00"
 * -> "Thursday 18 March at 17:00". chrono's Swedish and Finnish parsers read neither "kl." times nor
 * "18.3." days, and it has no Danish or Norwegian parser. Only sentences that show a Nordic marker are
 * touched, so French "mars" or German "18.3." stay with their own parsers.
 */

const WEEKDAYS: Record<string, string> = {
  måndag: 'Monday', mandag: 'Monday', maanantai: 'Monday', maanantaina: 'Monday',
  tisdag: 'Tuesday', tirsdag: 'Tuesday', tiistai: 'Tuesday', tiistaina: 'Tuesday',
  onsdag: 'Wednesday', keskiviikko: 'Wednesday', keskiviikkona: 'Wednesday',
  torsdag: 'Thursday', torstai: 'Thursday', torstaina: 'Thursday',
  fredag: 'Friday', perjantai: 'Friday', perjantaina: 'Friday',
  lördag: 'Saturday', lørdag: 'Saturday', lauantai: 'Saturday', lauantaina: 'Saturday',
  söndag: 'Sunday', søndag: 'Sunday', sunnuntai: 'Sunday', sunnuntaina: 'Sunday',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Month names (Swedish, Danish, Norwegian; Finnish in the partitive "maaliskuuta" and the nominative).
const MONTH_NAMES: Record<string, number> = {};
[
  ['januari', 'januar', 'tammikuu'],
  ['februari', 'februar', 'helmikuu'],
  ['mars', 'marts', 'maaliskuu'],
  ['april', 'huhtikuu'],
  ['maj', 'mai', 'toukokuu'],
  ['juni', 'kesäkuu'],
  ['juli', 'heinäkuu'],
  ['augusti', 'august', 'elokuu'],
  ['september', 'syyskuu'],
  ['oktober', 'lokakuu'],
  ['november', 'marraskuu'],
  ['december', 'desember', 'joulukuu'],
].forEach((names, m) => {
  for (const n of names) {
    MONTH_NAMES[n] = m + 1;
    if (n.endsWith('kuu')) MONTH_NAMES[`${n}ta`] = m + 1;
  }
});

// \b is ASCII-only: letters around a word are matched with Unicode classes instead.
const L = String.raw`\p{L}`;
const word = (alts: string) => new RegExp(`(?<!${L})(${alts})(?!${L})`, 'giu');
// A sentence in a Nordic language that holds a date or time: a clock word or a weekday or month name only these languages use.
const MARKER = new RegExp(`(?<!${L})(kl\\.?|klo|klockan|kello)\\s?\\d|(?<!${L})(${Object.keys(WEEKDAYS).join('|')}|marts|desember|${Object.keys(MONTH_NAMES).filter((m) => m.includes('kuu')).join('|')})(?!${L})`, 'iu');
const WEEKDAY_WORD = word(Object.keys(WEEKDAYS).join('|'));
// "31. marts", "den 4 mars", "4 mars 2027".
const DAY_MONTH = new RegExp(`(?<!${L})(?:den\\s+)?(\\d{1,2})\\.?\\s+(${Object.keys(MONTH_NAMES).join('|')})(?!${L})`, 'giu');
// Finnish and Scandinavian numeric days: "18.3.", "18.3.2027" (always day first).
const NUMERIC_DAY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?![\d])/g;
// "kl. 14.00", "klo 9.30", "klockan 14", "kl 10": the clock word and a time with a dot.
const CLOCK = new RegExp(`(?<!${L})(?:kl\\.?|klo|klockan|kello)\\s?(\\d{1,2})(?:[.:](\\d{2}))?(?!\\d)`, 'giu');
// A range's end after a clock time: "at 14:00–15.00" -> "at 14:00–15:00".
const RANGE_END = /(?<=\d:\d{2}\s*[–-]\s*)([01]?\d|2[0-3])\.([0-5]\d)(?!\d)/g;

const PAA = new RegExp(`(?<!${L})på(?!${L})`, 'giu');
// "i morgen kl. 14", "huomenna klo 10": tomorrow and today, which chrono reads in English.
const TOMORROW = new RegExp(`(?<!${L})(?:i ?morgen|i ?morgon|huomenna)(?!${L})`, 'giu');
const TODAY = new RegExp(`(?<!${L})(?:i ?dag|tänään)(?!${L})`, 'giu');

/** The sentence with its Nordic dates and times in English, or the sentence itself when it shows none. */
export function nordicToEnglish(sentence: string): string {
  if (!MARKER.test(sentence)) return sentence;
  return sentence
    .replace(CLOCK, (_m, h: string, min: string | undefined) => `at ${h}:${min ?? '00'}`)
    .replace(DAY_MONTH, (_m, d: string, month: string) => `${Number(d)} ${MONTHS[(MONTH_NAMES[month.toLowerCase()] ?? 1) - 1]}`)
    .replace(NUMERIC_DAY, (m, d: string, mo: string, y: string | undefined) => {
      const month = Number(mo);
      const day = Number(d);
      if (month < 1 || month > 12 || day < 1 || day > 31) return m;
      return `${day} ${MONTHS[month - 1]}${y ? ` ${y}` : ''}`;
    })
    .replace(WEEKDAY_WORD, (w: string) => WEEKDAYS[w.toLowerCase()] ?? w)
    .replace(TOMORROW, 'tomorrow')
    .replace(TODAY, 'today')
    .replace(RANGE_END, '$1:$2')
    // "10:00 på Rådhuset": chrono would read the "p" of "på" (at, on) as p.m.
    .replace(PAA, 'at');
}

// Polish: "w środę 10 marca 2027 r. o godz. 11:00" -> "Wednesday 10 March 2027 at 11:00".
const PL_WEEKDAYS: Record<string, string> = {
  poniedziałek: 'Monday', wtorek: 'Tuesday', środę: 'Wednesday', środa: 'Wednesday', czwartek: 'Thursday',
  piątek: 'Friday', sobotę: 'Saturday', sobota: 'Saturday', niedzielę: 'Sunday', niedziela: 'Sunday',
};
const PL_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const PL_MARKER = new RegExp(`(?<!${L})(godz\\.|godzinie|${PL_MONTHS.join('|')})(?!${L})`, 'iu');
const PL_WEEKDAY = new RegExp(`(?<!${L})(?:we?\\s+)?(${Object.keys(PL_WEEKDAYS).join('|')})(?!${L})`, 'giu');
const PL_DAY_MONTH = new RegExp(`(?<!${L})(\\d{1,2})\\s+(${PL_MONTHS.join('|')})(?:\\s+(\\d{4})(?:\\s*r\\.)?)?(?!${L})`, 'giu');
const PL_CLOCK = new RegExp(`(?<!${L})(?:o\\s+)?(?:godz\\.|godzinie)\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?!\\d)`, 'giu');

/** The sentence with its Polish dates and times in English, or the sentence itself when it shows none. */
export function polishToEnglish(sentence: string): string {
  if (!PL_MARKER.test(sentence)) return sentence;
  return sentence
    .replace(PL_CLOCK, (_m, h: string, min: string | undefined) => `at ${h}:${min ?? '00'}`)
    .replace(PL_DAY_MONTH, (_m, d: string, month: string, y: string | undefined) => `${Number(d)} ${MONTHS[PL_MONTHS.indexOf(month.toLowerCase())]}${y ? ` ${y}` : ''}`)
    .replace(PL_WEEKDAY, (_m, w: string) => PL_WEEKDAYS[w.toLowerCase()] ?? w);
}

// Welsh: "ddydd Mawrth 6 Ebrill 2038 am 10:00" -> "Tuesday 6 April 2038 at 10:00" (Welsh public bodies write bilingual mail,
// the Welsh first). "Mawrth" is March and, after "dydd", Tuesday.
const CY_WEEKDAYS: Record<string, string> = { llun: 'Monday', mawrth: 'Tuesday', mercher: 'Wednesday', iau: 'Thursday', gwener: 'Friday', sadwrn: 'Saturday', sul: 'Sunday' };
export const CY_MONTHS: readonly string[] = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];
// (The marker is a Welsh weekday or a month only Welsh writes: French and German "mai" is May too, read by their parsers.)
const CY_MARKER = new RegExp(`(?<!${L})(?:d?dydd (?:${Object.keys(CY_WEEKDAYS).join('|')})|\\d{1,2}(?:af|ain|ed|fed|ydd|eg|il)?\\s+(?:o\\s+)?(?:${CY_MONTHS.filter((m) => m !== 'mai').join('|')}))(?!${L})`, 'iu');
const CY_WEEKDAY = new RegExp(`(?<!${L})d?dydd (${Object.keys(CY_WEEKDAYS).join('|')})(?!${L})`, 'giu');
const CY_DAY_MONTH = new RegExp(`(?<!${L})(\\d{1,2})(?:af|ain|ed|fed|ydd|eg|il)?\\s+(?:o\\s+)?(${CY_MONTHS.join('|')})(?!${L})`, 'giu');
const CY_CLOCK = new RegExp(`(?<!${L})am (\\d{1,2})(?:[.:](\\d{2}))?\\s*(?:(yb)|(yh))?(?![\\d${L}])`, 'giu');

/** How a language writes a date: a marker that shows one, its weekdays, "day month" and "at hour:minute (am|pm)". */
interface DateWords {
  marker: RegExp;
  weekday: RegExp;
  weekdays: Record<string, string>;
  dayMonth: RegExp;
  months: readonly string[];
  clock: RegExp;
}

/** The sentence with the dates and times a language writes rewritten in English, or itself when it shows none. */
function datesInEnglish(sentence: string, w: DateWords): string {
  if (!w.marker.test(sentence)) return sentence;
  return sentence
    .replace(w.weekday, (_m, day: string) => w.weekdays[day.toLowerCase()] ?? day)
    .replace(w.dayMonth, (_m, d: string, month: string) => `${Number(d)} ${MONTHS[w.months.indexOf(month.toLowerCase())]}`)
    .replace(w.clock, (_m, h: string, min: string | undefined, am: string | undefined, pm: string | undefined) => `at ${h}:${min ?? '00'}${am ? 'am' : pm ? 'pm' : ''}`);
}

const WELSH: DateWords = { marker: CY_MARKER, weekday: CY_WEEKDAY, weekdays: CY_WEEKDAYS, dayMonth: CY_DAY_MONTH, months: CY_MONTHS, clock: CY_CLOCK };
/** The sentence with its Welsh dates and times in English, or the sentence itself when it shows none. */
export const welshToEnglish = (sentence: string): string => datesInEnglish(sentence, WELSH);

// Irish: "Déardaoin, 19 Aibreán 2035 ag 4.30 i.n." -> "Thursday, 19 April 2035 at 4:30pm" (i.n. is p.m., r.n. a.m.).
const GA_WEEKDAYS: Record<string, string> = { 'dé luain': 'Monday', 'dé máirt': 'Tuesday', 'dé céadaoin': 'Wednesday', déardaoin: 'Thursday', 'dé hardaoin': 'Thursday', 'dé haoine': 'Friday', 'dé sathairn': 'Saturday', 'dé domhnaigh': 'Sunday' };
export const GA_MONTHS: readonly string[] = ['eanáir', 'feabhra', 'márta', 'aibreán', 'bealtaine', 'meitheamh', 'iúil', 'lúnasa', 'meán fómhair', 'deireadh fómhair', 'samhain', 'nollaig'];
const GA_MARKER = new RegExp(`(?<!${L})(?:${Object.keys(GA_WEEKDAYS).join('|')}|\\d{1,2}\\s+(?:${GA_MONTHS.join('|')}))(?!${L})`, 'iu');
const GA_WEEKDAY = new RegExp(`(?<!${L})(${Object.keys(GA_WEEKDAYS).join('|')})(?!${L})`, 'giu');
const GA_DAY_MONTH = new RegExp(`(?<!${L})(\\d{1,2})\\s+(${GA_MONTHS.join('|')})(?!${L})`, 'giu');
const GA_CLOCK = new RegExp(`(?<!${L})ag (\\d{1,2})(?:[.:](\\d{2}))?\\s*(?:(r\\.\\s?n\\.?)|(i\\.\\s?n\\.?))?(?![\\d${L}])`, 'giu');

const IRISH: DateWords = { marker: GA_MARKER, weekday: GA_WEEKDAY, weekdays: GA_WEEKDAYS, dayMonth: GA_DAY_MONTH, months: GA_MONTHS, clock: GA_CLOCK };
/** The sentence with its Irish dates and times in English, or the sentence itself when it shows none. */
export const irishToEnglish = (sentence: string): string => datesInEnglish(sentence, IRISH);

/** All rewrites: what chrono's English parser can read of a sentence in these languages. */
export function foreignDatesToEnglish(sentence: string): string {
  return irishToEnglish(welshToEnglish(polishToEnglish(nordicToEnglish(sentence))));
}
