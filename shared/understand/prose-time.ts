import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { inferTimeZone } from '../cadence/infer-time-zone.js';
import { MAX_CHRONO_CHARS } from './limits.js';
import { foreignDatesToEnglish } from './foreign-dates.js';
import { normaliseZoneNames, zoneAfter } from './zone-names.js';

export interface TimeReference {
  /** The original message's date (relative words like "tomorrow" are read against it). */
  instant: Date;
  /** Zone to assume when the text states none: the original Date header's offset. */
  offsetMinutes: number;
  /** The sender's zone when its domain names one that fits the offset (else the offset's likeliest zone). */
  zone?: string | null;
}

// A time of day somewhere in the sentence: worth handing to chrono.
const HAS_TIME = /\b(?:heure|horário|horario|hora|orario)\s*:\s*\d{1,2} ?h\b|\b(half past|quarter (past|to)) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|\d{1,2})\b|\d\s*(a\.?m\.?(?=\W|$)|p\.?m\.?(?=\W|$))|\bat \d{1,2}\b(?!\s*(%|percent|people|years?|[a-z]+ street))|\b\d{1,2}[:h.u]\d{2}\b|\bnoon\b|\b\d{1,2}\s*uhr\b|(?:^|\s)(?:à|vers) \d{1,2}(?: ?h\b|$)|(?:^|\s)às \d{1,2}h?\b|\b(?:[01]?\d|2[0-3]) uur\b(?!\s*(?:per|in de|p\/w|pw)\b)|\bom (?:[01]?\d|2[0-3])u(?:\d{2})?\b|\b(?:kl\.?|klo|klockan|kello) ?\d{1,2}\b|\balle (?:ore )?\d{1,2}\b|\b\d{1,2} ?hs\b|\bheure\s*:\s*\d{1,2} ?h\b/i;
// A quoted message's header block ("Date: ...", or Outlook's "From: ... Sent: Monday, April 12, 2027 1:05 PM To: ...").
const HEADER_LINE = /^\s*\*?(date|sent|envoy[ée]|gesendet|datum|fecha|enviado)\s*:|^\s*\*?(from|de|von|van|da|från|fra|lähettäjä|od)\s*:.{0,200}\b(sent|date|envoy[ée]|gesendet|datum|fecha|enviado|data|verzonden|skickat|sendt|dato|lähetetty|wysłano)\s*:/i;
const MEETING = /\b(interview|call|chat|meet|meeting|conversation|screen|onsite|on-site|session|slot|available|availability|invite|scheduled|confirm|reschedul|moved|speak|talk|zoom|teams|entretien|gespräch|termin|entrevista|samtal|intervju|haastat|møde|möte|träffa|treffe|tapaa)/i;
// "When: Wednesday 19 May, 4.30pm Where: ...": the appointment's own card, as telling as a meeting word.
// (A time's own label too: "Date: Friday 26 March 2038 Time: 14:15 Venue: ...", an appointment's card.)
const WHEN_LABEL = /(?:^|\s)(?:when|date (?:and|&) time|wann|quand|cuándo|quando|time|heure|hora|uhrzeit|orario|tijdstip)\s*:/i;
const NEW_TIME_BEFORE = /\b(to|now|new (time|date)|moved to|changed to|rescheduled (to|for)|rebook(ed)? (you )?(for|to)|updated to|will now be|(verplaatst|verzet|verschoven) naar|pas(ar|arla|arlo|amos) al|mover(la|lo)? al|cambiar(la|lo)? al)\b[^.]{0,25}$/i;
const OLD_TIME_BEFORE = /\b(from|currently|old\s*:|zamiast|anstatt|statt|au lieu d[eu]|en (lugar|vez) de|em vez de|invece di|in plaats van|i stedet for|istället för|(anteriormente|previamente|inicialmente) (marcad[oa]|agendad[oa]|previst[oa]|programad[oa]|fijad[oa])( para)?|(som )?var satt opp|var avtalt|(won'?t|can'?t|cannot|unable to|not) (be able to )?make (it to )?(our|the|your|my)?|original(ly)?( date| time)?|previously|(initialement|originellement|précédemment|initially|ursprünglich|inizialmente|inicialmente|oorspronkelijk|opprinnelig|ursprungligen|alun perin)( prévue?| planned| scheduled| geplant| previst[oa]| previst[oa]| gepland| planlagt| planerad)?|(was|were) (scheduled|set|booked|planned) for|(was|were) due to (take place|be held)( on| at)?|instead of|old (time|date)|rather than|no longer|no (vamos a )?(poder|podremos|podemos) (hacer|mantener|realizar|tener)[^.]{0,30}|cancel(led)?\b[^.]{0,20}|previst[oa] (per|para)|prévue? (le|pour)|programad[oa] para|geplant (am|für)|gepland (op|voor)|var (in)?bokad|var planlagt|var (af)?talt|oli sovittu|que (teníamos|tenías|tínhamos|tinha(mos)?|avevamo|avevi)( (agendad[oa]|programad[oa]|previst[oa]|fissat[oa]|marcad[oa]))?( para| per)?|que nous avions|que vous aviez|die wir (für|am) |was\s*:|antes\s*:|avant\s*:|vorher\s*:|former\s*:|oorspronkelijke (afspraak|datum|tijd|tijdstip)|estava (marcad|agendad|previst|programad)[oa]( para)?|estaba (marcad|agendad|previst|programad|fijad)[oa]( para)?)\b[^.]{0,32}$/i;
// "move your interview from 3pm to 11am": a move verb shortly before "from".
// A booking tool's or a writer's label on the line above a time: "Former:" / "Updated:" (Calendly), "Old time" / "New time".
const OLD_LABEL_LINE = /^\s*(?:former|previous|old|original|was|antes|avant|vorher|alt|oorspronkelijk|tidligere|tidigare|aiemmin|poprzednio)(?: (?:time|date|slot|appointment|termin|horário|horario|heure))?\s*:?\s*$/i;
const NEW_LABEL_LINE = /^\s*(?:updated|new|now|rescheduled to|agora|ahora|désormais|nouveau|nouvelle|neu|nieuw|nieuwe|ny|nytt|uusi|nowy)(?: (?:time|date|slot|appointment|termin|horário|horario|heure|tijd|tid))?\s*:?\s*$/i;
// A sentence that tells what had been set before the move: "Nous vous avions convoqué ... le mercredi 13 avril à 10h15".
const WAS_SET = /(?<!\w)(?:nous vous avions (?:convoqu|invit|propos)\p{L}*|vous aviez été convoqu\p{L}*|wir hatten (?:sie|dich|ihnen) (?:für|am|zu)|we had (?:you )?(?:booked|scheduled|invited you)|habíamos (?:programado|agendado|citado)|tínhamos (?:agendado|marcado))/iu;
// A clock change's date ("daylight saving ends on Sunday 3 April"): no day for the times after it.
const CLOCK_CHANGE = /\b(?:daylight saving|summer time|clocks? (?:go|goes|change|changes|going)|horario de verano|hora de verano|horário de verão|heure d['’]été|zomertijd|wintertijd|sommerzeit|winterzeit|sommartid|sommertid|kesäaika)\b/i;
const MOVED_BEFORE = /\b(mov(e|ed|ing)|chang(e|ed|ing)|shift(ed|ing)?|push(ed|ing)?|bring|brought|reschedul\w*)\b[^.]{0,50}\bfrom\s*$/i;
// A cancellation just before a time: the time no longer holds.
// (Not past a new time's label: "3:00 PM ET – CANCELLED New time: Monday, November 7 at 3:00 PM ET".)
const CANCELLED_BEFORE = /\b(cancel|cancell?ed|cancell?ing|annul\w*|absagen|abgesagt|cancelar|cancelad[oa]|annullare|annullato)\b(?![^.]{0,30}\b(?:new|updated|revised|neue[rs]?|nouvelle|nueva|nuova|nova|nieuwe) (?:time|date|slot|zeit|termin|heure|date|hora|fecha|orario|data|tijd)\s*:)[^.]{0,30}$/i;
// "Ginge stattdessen Freitag, der 19.03., um 11:30 Uhr?", "NEW: Wednesday 24 March, 10am": the new time, whether or not the
// sentence says it moves (NEW_TIME_BEFORE holds the words that need a move said).
const INSTEAD_BEFORE = /\b(instead(?! of)|stattdessen|istället|i stället|i stedet(?! for)|sen sijaan|en su lugar|à la place|invece(?! di)|in plaats daarvan|new\s*:|neu\s*:|nouveau\s*:|nuevo\s*:|nytt tidspunkt\s*:|ny tid\s*:|(nytt|nyt) tidspunkt (er|blir|bliver)|ny tid (er|blir|är)|ny(tt)? (dato|datum|tidpunkt) (er|är|blir)|nowy termin\s*:|uusi aika( on)?|the new (time|date) (is|will be)|neuer termin ist|la nouvelle date est|la nueva fecha (es|será)|a nova data (é|será)|la nuova data è|de nieuwe (tijd|datum) is|als neuen termin|neuer termin\s*:|(déplacer|décaler|reporter|reportons|déplaçons) (au|à)|spost(are|iamo|arlo|arla) (a|al)|nouveau créneau|nouvelle date\s*:|nuova data\s*:|nueva fecha\s*:|(it'?s |it is )?now\s*:|agora\s*:|ahora\s*:|désormais\s*:|updated\s*:|nieuwe (afspraak|datum|tijd|tijdstip)\s*:|passa(rá)? (para|pra)|fica (para|pra)|(remarcad|reagendad)[oa] para)[^.]{0,40}$/i;
// "unser Gespräch am Donnerstag, 18.03. um 14:00 Uhr verschieben", "kl. 14.00, må dessverre flyttes": the verb that moves
// the time comes after it (German, Dutch and Nordic word order).
// ("... um 9:00 Uhr aus organisatorischen Gründen nicht stattfinden kann": the time that does not take place, further on.)
// The offset in brackets that opens an Outlook zone label ("(UTC+01:00) Amsterdam, Berlin, ...").
const WINDOWS_OFFSET = /\(UTC[+\-−]\d{1,2}:\d{2}\)$/;
const MOVED_AFTER = /^[^.]{0,60}\b(nicht stattfinden|vereinbarten termin (daher |leider |daher leider )*verschieben|ne pourra pas avoir lieu|no podrá (realizarse|celebrarse|tener lugar)|non potrà (svolgersi|avere luogo)|niet (door kan gaan|doorgaan))\b|^[^.]{0,30}\b(verschieben|verlegen|absagen|verzetten|verplaatsen|(må|måste|skal|ska|moet|muss|müssen) (dessverre |tyvärr |desværre |helaas |leider )?(flyttes|flyttas|verzet|verschoben)|sovitun|sovittu)\b/i;
const RESCHEDULE = /\breschedul|\bpasarla\b|\bpasarlo\b|\bpasamos al\b|\bcambio de (horario|fecha)\b|\bflytta|\bflytte|\bomboka|\bsiirt|\brebook|\bspostare|\bspostamento|\brinvia|\bdéplacer|\breporter|\bdécaler|\bverschieb|\bverleg|\baplazar|\breprogram|\bverzet|\bverplaats|\bremarcar|\breagend|\bpush\b|\bbump\b|\bshift\b|\bmoved?\b|\bchange[ds]?\b|\bnew (time|date|slot)\b|\bpush(ed)? (back|out)\b|\b(bring|brings|bringing|brought)\b[^.]{0,60}\bforward\b/i;
const DATE_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|gen|mag|giu|lug|ago|set|ott|dic)|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:segunda|terça|quarta|quinta|sexta)-feira|\b(?:lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|luned|marted|mercoled|gioved|venerd|montag|dienstag|mittwoch|donnerstag|freitag)/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// An English date and time, written in a sentence that holds a word of another language too ("Entrevista / Interview:
// Wednesday, March 28, 2040 at 10:15 a.m."): read in English.
const ENGLISH_DATE_AT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?,?\s+at\s+\d/i;

function parserFor(text: string): chrono.Chrono {
  if (ENGLISH_DATE_AT.test(text)) return chrono.casual;
  if (/(?<!\p{L})(entretien|nous|vous|votre|heures?|demain|après-demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|janvier|février|avril|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})/iu.test(text)) return chrono.fr.casual;
  if (/(?<!\p{L})(uhr|ihnen|ihr|wir|gespräch)(?!\p{L})/iu.test(text)) return chrono.de.casual;
  // ("Termin" is Polish and Nordic too: "Proponuję termin: wtorek, 30 marca", already rewritten into English dates.)
  if (/(?<!\p{L})termin(?!\p{L})/iu.test(text) && !/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(text)) return chrono.de.casual;
  if (/(?<!\p{L})(alle ore|colloquio|lunedì|martedì|mercoledì|giovedì|venerdì|giugno|luglio|settembre|ottobre|dicembre|gennaio|febbraio|aprile|maggio)(?!\p{L})/iu.test(text)) return chrono.it.casual;
  // ("mei" only after a day: "Mei Chua" is a person.)
  // ("Kan je morgen om 14u langskomen?": Dutch tomorrow and its "om" before a time.)
  if (/(?<!\p{L})(uur|maandag|dinsdag|woensdag|donderdag|vrijdag|gesprek|januari|februari|maart|\d{1,2}\.?\s+mei|juni|juli|augustus|oktober|morgen om|vandaag om)(?!\p{L})/iu.test(text)) return chrono.nl.casual;
  if (/(?:^|\s)às \d|\b(segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|janeiro|fevereiro|março|junho|julho|setembro|outubro|dezembro)\b/i.test(text)) return chrono.pt.casual;
  if (/(?<!\p{L})(entrevista|usted|las \d|nosotros|su candidatura|fecha|horas|lunes|martes|miércoles|jueves|viernes|sábado|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|de abril|de marzo|de agosto)(?!\p{L})/iu.test(text)) return chrono.es.casual;
  return chrono.casual;
}

const CLOCK_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, noon: 12 };
/** "half past two" -> "2:30", "quarter to ten" -> "9:45" (chrono reads neither). */
function clockWords(text: string): string {
  return text.replace(/\b(half past|quarter past|quarter to) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|\d{1,2})\b/gi, (m, how: string, h: string) => {
    const hour = CLOCK_WORDS[h.toLowerCase()] ?? Number(h);
    if (!(hour >= 1 && hour <= 12)) return m;
    const lower = how.toLowerCase();
    if (lower === 'quarter to') return `${hour === 1 ? 12 : hour - 1}:45`;
    return `${hour}:${lower === 'half past' ? '30' : '15'}`;
  });
}

/**
 * "Donnerstag, 18.03." and "Tuesday 16.03" (a weekday, or German "am/den/vom", then day.month with no year): chrono
 * reads the pair as a time of day (18:03). With the year the reference implies, it reads a date.
 */
const DAY_MONTH = /\b((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|den|vom)\s*,?\s+(?:(?:der|den)\s+)?)(\d{1,2})\.(\d{1,2})\.?(?![\d.:])/gi;
function yearDayMonth(text: string, ref: { year: number; month: number; day: number }): string {
  if (!/\d\.\d/.test(text)) return text;
  return text.replace(DAY_MONTH, (m, lead: string, day: string, month: string) => {
    const d = Number(day);
    const mo = Number(month);
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return m;
    const year = mo < ref.month || (mo === ref.month && d < ref.day) ? ref.year + 1 : ref.year;
    return `${lead}${d}.${mo}.${year}`;
  });
}

/** "Thursday the 12th" names no month; chrono drops the day, so name the month the reference implies. */
function nameOrdinalDays(text: string, ref: { month: number; day: number }): string {
  return text.replace(/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?|on\s+the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi, (_m, lead: string, day: string) => {
    const d = Number(day);
    const month = d >= ref.day ? ref.month : (ref.month % 12) + 1;
    return `${lead.replace(/^on\s+/i, 'on ').replace(/\s*the\s+$/i, ' ')}${MONTHS[month - 1]} ${d}`;
  });
}

// "11:00am - 11:30am (Australia/Melbourne) on Thursday 1 April 2027" (Calendly): the zone between the time and
// its date keeps chrono from joining them; it goes after the date, where the zone reader looks.
const ZONE_BEFORE_DATE = /(\d(?::\d{2})?\s*[ap]\.?m\.?(?:\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?)\s*\(([A-Z][a-z]+\/[A-Z][A-Za-z_]+|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\)\s+((?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^.()]{0,40}?\d{4})/gi;
// (The same for an abbreviation, where a spelled-out zone became one: "10:00am - 10:30am (Eastern Time - US & Canada)
// Monday, November 8, 2032" would otherwise take the offset of the day it was written, EDT, for a day in EST.)
const ABBR_BEFORE_DATE = /(\d(?::\d{2})?\s*[ap]\.?m\.?(?:\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?)\s+([A-Za-z]{2,4})\s+((?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^.()]{0,40}?\d{4})/gi;
const ZONE_ABBR = /^(?:ET|PT|CT|MT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SGT|HKT|JST)$/;
const abbrAfterDate = (text: string) => text.replace(ABBR_BEFORE_DATE, (m, time: string, zone: string, date: string) => (ZONE_ABBR.test(zone) ? `${time} ${date} ${zone}` : m));

// "Tuesday, July 23 – 10:00 a.m." (a list of slots): chrono reads "23 – 10:00" as a range of hours; the dash joins a day and its time.
const DATE_DASH_TIME = /(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)((?:,?\s+\d{4})?)\s+[–—-]\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|h\b|uhr\b|[:.]))/gi;

// "- Tuesday, 6 August at 10:00am - Wednesday, 7 August at 3:00pm" (a list run into one line): chrono reads a dash before
// a weekday as a range from one slot to the next. (Only after a slot with its own day: Calendly's "10:00am - Tuesday,
// March 16" is the time on that day.)
const LIST_DASH_DAY = /\s[-–•]\s+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miércoles|jueves|viernes|sábado|lundi|mardi|mercredi|jeudi|vendredi|samedi|lunedì|martedì|mercoledì|giovedì|venerdì|segunda|terça|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|maandag|dinsdag|woensdag|donderdag|vrijdag)(?![\p{L}]))/giu;
// (Or a day and its month in another language: "miércoles 7 de febrero, 9:00 am", or in digits: "jueves 24/02 a las 10 hs".)
// (The slot may end on its zone, "2:30 PM PT", or on Dutch "uur": "woensdag 7 december om 15.30 uur".)
const SLOT_BEFORE = /(?<!\w)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b[^–•]{0,40}?\d\s*(?:[ap]\.?m\.?|h|uhr|uur)?(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|Eastern|Pacific|Central|Mountain))?$|\d{1,2}(?:er)?\.?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:(?:a las|às|à|um|alle|om|kl\.?)\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h|hs|uhr|uur)?$|\d{1,2}[/.]\d{1,2}\.?,?\s+(?:(?:a las|às|à|um|alle|om|kl\.?)\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h|hs|uhr|uur)?$/iu;
const splitSlots = (text: string) => text.replace(LIST_DASH_DAY, (dash, at: number) => (SLOT_BEFORE.test(text.slice(Math.max(0, at - 60), at)) ? '; ' : dash));

function prepare(sentence: string, ref: { year: number; month: number; day: number }): string {
  // "9.30am" (British) reads as 9:30am.
  // "às 14h30" (Portuguese) reads as 14:30 where chrono's Portuguese parser does not.
  // "3pm your time (CET)" and "3pm (CET)" read as "3pm CET".
  // "14h00" (South African and French habit, in English text too) reads as 14:00.
  // "27 Oct 2026 (Tue)": the weekday in brackets repeats the date; chrono would read it as the next Tuesday.
  // ("a las 10:00 a. m., hora del centro": Spanish writes the meridiem with a space.)
  const dotted = clockWords(yearDayMonth(sentence.replace(DATE_DASH_TIME, '$1$2 at ').replace(/(\d)\s*([ap])\.\s?m\./gi, '$1 $2m'), ref).replace(/\s*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)/gi, '').replace(/\b(\d{1,2}) ?h ?(\d{2})\b/g, '$1:$2').replace(/(\d(?:\s*[ap]\.?m\.?)?)\s*(?:(?:your|my|our|local) time\s*)?\(([A-Z]{2,5})\)/g, '$1 $2').replace(/\s@\s/g, ' at ').replace(/\b(\d{1,2})\.(\d{2})\s*([ap]\.?m\b)/gi, '$1:$2$3').replace(/(^|\s)(às|as) (\d{1,2})h(\d{2})?\b/gi, (_m, lead: string, at: string, h: string, min: string | undefined) => `${lead}${at} ${h}:${min ?? '00'}`));
  // "tmrw at 10" (typed on a phone) reads as tomorrow; Flemish "om 14u" / "om 9u30" as 14:00 / 9:30 (and "Uur: 9u30").
  // (Polish and other weekdays become English here: the day.month after them is dated again.)
  return nameOrdinalDays(abbrAfterDate(normaliseZoneNames(yearDayMonth(splitSlots(foreignDatesToEnglish(dotted.replace(ZONE_BEFORE_DATE, '$1 $3 ($2)'))), ref))), ref).replace(/\b(?:tmrw|tmw|tmrrw|2moro|2morrow)\b/gi, 'tomorrow').replace(/\bom ([01]?\d|2[0-3])u(\d{2})?\b/g, (_m, h: string, min: string | undefined) => `om ${h}:${min ?? '00'}`).replace(/\b([01]?\d|2[0-3])u(\d{2})\b/g, '$1:$2')
    // (Italian "Ora: 10:00" after the date: the label "ora", not "now".)
    .replace(/(^|\s)Ora\s*:\s*(?=\d)/g, '$1alle ')
    // "a las 10 hs" (Argentina), "Heure : 14 h" (a French form's field): the hour alone.
    // "de 12:00 a 16:00" (Spanish, Portuguese, Italian "to"): chrono reads "12:00 a" as midnight.
    .replace(/\b(\d{1,2}:\d{2}) a (?=\d{1,2}:\d{2})/g, '$1 - ')
    // "vers 15h", "gegen 15 Uhr": about that hour is the hour.
    .replace(/\bvers ([01]?\d|2[0-3]) ?h(\d{2})?\b/gi, (_m, h: string, min: string | undefined) => `à ${h}:${min ?? '00'}`)
    .replace(/\bgegen ([01]?\d|2[0-3])(?::(\d{2}))? Uhr\b/gi, (_m, h: string, min: string | undefined) => `um ${h}:${min ?? '00'} Uhr`)
    .replace(/\b([01]?\d|2[0-3]) ?hs\b/g, '$1:00').replace(/\b((?:heure|horário|horario|hora|orario)\s*:\s*)([01]?\d|2[0-3]) ?h\b(?!\s?\d)/gi, '$1$2:00');
}

// Where a date can begin (English): weekday and month names, relative days, times of day, digits.
const DATE_START = /\b(?:[a-z]+day|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|today|tomorrow|tonight|next|this|noon|midday|midnight|morning|afternoon|evening)\b|\d/i;
const HAS_TIME_ALL = new RegExp(HAS_TIME.source, 'gi');
// Words kept before the first date word ("in 2 days", "on Tuesday") and after the last time ("PT on Friday, April 24").
const SPAN_LEAD = 12;
const SPAN_TAIL = 80;

/**
 * The part of an English sentence that holds its dates and times: from the first word that can start a
 * date before the first time, to a little after the last time. chrono's cost grows with the text it
 * reads (every parser scans it), and greetings, role names and "via Zoom with our VP" hold no date.
 */
function dateSpan(sentence: string): { text: string; start: number } {
  HAS_TIME_ALL.lastIndex = 0;
  let first = -1;
  let last = -1;
  for (let m = HAS_TIME_ALL.exec(sentence); m; m = HAS_TIME_ALL.exec(sentence)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
    if (m[0] === '') HAS_TIME_ALL.lastIndex++;
  }
  if (first < 0) return { text: sentence, start: 0 };
  const date = DATE_START.exec(sentence.slice(0, first));
  let start = Math.max(0, (date ? date.index : first) - SPAN_LEAD);
  let end = Math.min(sentence.length, last + SPAN_TAIL);
  // Whole words only.
  while (start > 0 && /\S/.test(sentence[start - 1]!)) start--;
  while (end < sentence.length && /\S/.test(sentence[end]!)) end++;
  return { text: sentence.slice(start, end), start };
}

const SHIFT_HOURS = /\b(\d(st|nd|rd|th) shift|(day|night|morning|evening|early|late|weekend|split) shifts?|shifts? (is|are|runs?|from)|working hours|opening hours|office hours|hours (are|of work)|mon(day)?\s*[-–]\s*fri(day)?|per hour|\/hr)\b|(?:[$£€]\s?\d[\d.,]*|\b\d[\d.,]*\s*(?:dollars|pounds|euros|usd|gbp|eur|aud|cad))\s*an hour\b/i;
const SENT_BY_BEFORE = /\b(send|sent|email(ed)?|submit(ted)?|return(ed)?|received|upload(ed)?|complete(d)?|sign(ed)?)\b[^.]{0,25}\bby\s*$/i;
const APPOINTMENT_WORD = /\b(interview|call|chat|meet|meeting|screen|assessment|trial|stage|visit)\b/i;

// Zone abbreviations chrono does not know (Hawaii keeps standard time all year), and Newfoundland's, which it reads an
// hour off (NST -2:30 and NDT -1:30; they are -3:30 and -2:30).
export const EXTRA_ZONE_ABBR: Record<string, number> = { HST: -600, HAST: -600, NST: -210, NDT: -150 };
// Where the writer's place keeps standard time all year, its "MT" or "CT" is that standard time: "3pm MT" from Phoenix
// in June is 3pm at -7, not Denver's -6 (fixedOffsetZone names the place).
const STANDARD_ALL_YEAR: Record<string, { abbr: string; zones: Record<string, number> }> = {
  'America/Phoenix': { abbr: 'MT', zones: { ...EXTRA_ZONE_ABBR, MT: -420 } },
  'America/Regina': { abbr: 'CT', zones: { ...EXTRA_ZONE_ABBR, CT: -360 } },
};
// A zone as a text writes one: an abbreviation or an offset.
const ZONE_WRITTEN = /\b[A-Z]{2,5}\b|[+-]\d{1,2}(?::?\d{2})?\b/;

// Abbreviations chrono reads as following daylight saving time, and the zones they stand for.
const DST_ABBR = /\b(ET|CT|MT|PT)\b/i;
const DST_ZONES: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

// Items of a list run together in one sentence: a dash or bullet between spaces, or "1)".
// (A dash between two times is a range: "8:30 - 9:15 AM".)
const LIST_MARK = /(?:^|\s)(?:[-–](?=\s+\p{L})|[•·*▪]|\d[.)])\s/gu;
const OR_TIMES = /\d(?:\s?(?:am|pm|a\.m\.|p\.m\.|h(?:\s?\d{2})?|uhr))?\s*,?\s+(?:or|ou|oder|o|of|eller|lub|tai|oppure)\s+[^.?!\d]{0,30}\d/i;
// "Which of these slots works?": a choice offered, not an interview time yet.
const CHOICE = /\b(suits? you( best)?|works? (best|better) for you|would you prefer|do you prefer|preferred (slot|time|option)|which (of (these|the following)|one|time|slot|option)s?|welk (moment|tijdstip)|welke (dag|tijd|datum)|het beste uitkomt|quale (data|orario|giorno)|preferisce|preferisci|qual (horário|dia|data)|melhor para (você|voc[eê])|quel (créneau|moment|jour)|vous convien(t|drait) le mieux|qué (día|horario|fecha)|le viene mejor|te viene mejor|cu[aá]l (te|le) (queda|viene|conviene)|(estas|las siguientes) opciones|estas (fechas|horas)|(estas|as seguintes) op[cç][õo]es|welche[rn]? (termin|zeit|tag)|(the )?one that works best|which works best|passt (ihnen|dir) am besten|(any|either|one) of (these|the following)|following (slots|times|options)|these (slots|times|options)|options? (are|below)|någon av (följande|dessa) tider|(le )?seguenti (disponibilità|date|opzioni)|seguenti orari|(la data|l'orario) preferit[oa]|les créneaux suivants|folgende termine|de volgende (momenten|tijden|data)|vilken (tid|dag) passar|(nogen|noen|et) af (følgende|disse) tidspunkter|noen av (følgende|disse) tid(spunkt)?ene|hvilke[nt]? (tid|tidspunkt|dag) (der )?passer|mikä (näistä )?(ajoista|aika|päivä) sopii|seuraavista ajoista|(los|las) siguientes (horarios|fechas|opciones)|(te|le) queda(n)? mejor|vilken (tid|dag) som passar|följande tider|which (one )?you('d| would) prefer|(two|three|four|several) (?:interview |possible )?(options|slots|time slots|possible times|times)|(time|slot|option|day|date) that works? best|(dos|tres) opciones|(deux|trois|quelques) créneaux|ce qui (t|vous)['’]arrange le mieux|pick one of the times|choose (your|a|one of the) (interview )?(time|slot)s?|select one of the (times|slots)|whichever (one )?(works|suits|is) (best|better)|(two|three|four|several) openings)\b/i;

// A date written in digits ("07/04/2027", "7.4.27"): its order depends on where the mail comes from.
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\b/;
// Mail whose Date offset is east of this (UTC-3, minutes) is read day-first: Europe, Africa, Asia, Oceania.
const DAY_FIRST_FROM_OFFSET = -180;

// What may stand between a time and its day: a zone in brackets, a comma.
const ZONE_THEN_DAY = /^\s*\([^()]{1,40}\)\s*[,;]?\s*(?:on\s+)?$/i;

const HALF_YEAR_MS = 183 * 86_400_000;
/**
 * The end of a range read as a move's new time. chrono puts an end that falls before the start into the next
 * year ("from Thursday March 25 ... to Wednesday March 24"); a move can go earlier, so the year stays the start's.
 */
function newEnd(r: chrono.ParsedResult): chrono.ParsedComponents {
  const end = r.end!;
  if (!end.isCertain('year') && end.date().getTime() - r.start.date().getTime() > HALF_YEAR_MS) {
    (end as chrono.ParsedComponents & { imply(component: 'year', value: number): void }).imply('year', (end.get('year') ?? 0) - 1);
  }
  return end;
}

interface Candidate {
  iso: string;
  score: number;
  order: number;
  /** One of several slots set out as a list in its sentence. */
  listed?: boolean;
}

/**
 * The interview start stated in prose ("Tuesday, March 3 at 2:00 PM ET", "tomorrow at 11"),
 * read against the original's date and the zone the text states, else the reference offset.
 * For a reschedule the new time wins over the old one. Returns ISO-8601 UTC or null.
 */
// Italian, Spanish and Portuguese words for moving an appointment ("spostare", "reagendar", "aplazar", "cambiar").
const ROMANCE_MOVE = /(?<!\p{L})(?:spost|rinvi|posticip|anticip|reagend|reprogram|aplaz|cambi|remarc|adia|alter|mud|pas|mov|trasl|traslad)\p{L}*/iu;
// Italian, Spanish and Portuguese "from" and "to" right before a time or its day.
const ROMANCE_FROM = /(?<![\p{L}'])(?:da|dal|dalle|de|del|desde|das)\s+(?:las\s+)?$/iu;
const ROMANCE_TO = /(?<![\p{L}'])(?:a|al|alle|à|às|para|pra)\s+(?:las\s+)?$/iu;
// A duration's label right before a time ("Duração prevista: 1h30", "Duration: 1:30").
const DURATION_BEFORE = /(?:duração|duration|dauer|durée|duración|durata|duur|varighet|varaktighet|varighed|kesto|czas trwania)(?:\s+\p{L}+)?\s*:?\s*(?:ca\.?\s*|approx\.?\s*|about\s*|environ\s*)?$/iu;
// A sentence that ends on a colon, introducing the next line.
const INTRODUCES = /:\s*$/;

export function proseTime(sentences: readonly string[], ref: TimeReference): string | null {
  // The reference's local calendar date (plain arithmetic: luxon is costly per call).
  const local = new Date(ref.instant.getTime() + ref.offsetMinutes * 60_000);
  const standard = ref.zone ? STANDARD_ALL_YEAR[ref.zone] : undefined;
  const refDt = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  const candidates: Candidate[] = [];
  let budget = MAX_CHRONO_CHARS;
  // A day stated without a time ("on Tuesday, October 20:") that the following times belong to.
  let lastDay: { year: number; month: number; day: number } | null = null;
  let senderZone: string | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const raw = sentences[i] ?? '';
    if (budget <= 0) break;
    // A forwarded header block's Date line is when the mail was sent, not the interview.
    if (HEADER_LINE.test(raw) && /\b(from|von|subject|objet|betreff|asunto|to|van|aan|onderwerp|para|assunto|oggetto|emne|ämne|temat|od|do|från|fra|till|til|aihe|vastaanottaja)\s*:/i.test(raw)) continue;
    const hasTime = HAS_TIME.test(raw);
    if (!hasTime && !(DATE_WORD.test(raw) && HAS_TIME.test(sentences[i + 1] ?? ''))) continue;
    // "1st shift, 6:00am - 2:30pm, Mon-Fri": the job's hours, not an appointment.
    // (Not a booking's labelled rows: "Position: Inventory Control Lead (2nd shift) Date: ... Time: 8:30 AM".)
    if (SHIFT_HOURS.test(raw) && !APPOINTMENT_WORD.test(raw) && !WHEN_LABEL.test(raw)) continue;
    const sentence = prepare(raw.slice(0, budget), refDt);
    budget -= sentence.length;
    const parser = parserFor(sentence);
    const numericDate = NUMERIC_DATE.test(sentence);
    const { text: read, start } = parser === chrono.casual ? dateSpan(sentence) : { text: sentence, start: 0 };
    // "07/04/2027" is 7 April outside the Americas (day first); English mail from the Americas writes the month first.
    const reader = parser === chrono.casual && numericDate && ref.offsetMinutes > DAY_FIRST_FROM_OFFSET ? chrono.en.GB : parser;
    const results = reader.parse(read, { instant: ref.instant, timezone: ref.offsetMinutes }, { forwardDate: true, timezones: standard?.zones ?? EXTRA_ZONE_ABBR });
    const prevLine = sentences[i - 1] ?? '';
    // ("Das erste Interview findet per Videocall statt:" then the day and hour on a line of their own: the line the
    // meeting's sentence introduces is the meeting's.)
    const meeting = MEETING.test(sentence) || WHEN_LABEL.test(sentence) || (INTRODUCES.test(prevLine) && MEETING.test(prevLine));
    const firstHere = candidates.length;
    const reschedule = RESCHEDULE.test(sentence);
    // (A move from one time to another in one sentence, in Italian, Spanish or Portuguese.)
    const romanceMove = results.length >= 2 && ROMANCE_MOVE.test(sentence);
    const lineLabel = OLD_LABEL_LINE.test(prevLine) ? -4 : NEW_LABEL_LINE.test(prevLine) ? 3 : 0;
    const wasSet = WAS_SET.test(sentence);
    const clockAt = sentence.search(CLOCK_CHANGE);
    for (let k = 0; k < results.length; k++) {
      const r = results[k]!;
      let comp = r.start;
      // "move your interview from Wednesday 14 October to Friday 16 October at 3pm": only the range's end
      // has the time; it is the new one.
      if (r.end && reschedule && !r.start.isCertain('hour') && r.end.isCertain('hour') && /\bto\b/i.test(r.text)) comp = newEnd(r);
      // "2:00 p.m. Eastern 1250 René-Lévesque Blvd": a street number read as the year. An interview is a few months
      // away, not centuries: the day's next occurrence instead.
      const year = comp.isCertain('year') ? (comp.get('year') ?? refDt.year) : refDt.year;
      if (year < refDt.year - 1 || year > refDt.year + 2) {
        const month = comp.get('month') ?? refDt.month;
        const passed = month < refDt.month || (month === refDt.month && (comp.get('day') ?? refDt.day) < refDt.day);
        const editable = comp as chrono.ParsedComponents & { delete(component: 'year'): void; imply(component: 'year', value: number): void };
        editable.delete('year');
        editable.imply('year', refDt.year + (passed ? 1 : 0));
      }
      const dayKnown = comp.isCertain('day') || comp.isCertain('weekday');
      // "02:00pm - 02:30pm (Australia/Melbourne), Tuesday, 9 March 2027" (a booking tool's line): the zone in
      // brackets kept chrono from joining the time to the day written right after it; that day is the time's.
      const next = dayKnown ? undefined : results[k + 1];
      if (next && (next.start.isCertain('day') || next.start.isCertain('weekday')) && !next.start.isCertain('hour') && ZONE_THEN_DAY.test(read.slice(r.index + r.text.length, next.index))) {
        lastDay = { year: next.start.get('year') ?? refDt.year, month: next.start.get('month') ?? refDt.month, day: next.start.get('day') ?? refDt.day };
      }
      // (Not the day the clocks change on: "daylight saving ends on Sunday 3 April, so the new time is 2:00pm AEST".)
      const clockDay = clockAt >= 0 && r.index + start > clockAt && r.index + start - clockAt < 50;
      if (dayKnown && !clockDay) lastDay = { year: comp.get('year') ?? refDt.year, month: comp.get('month') ?? refDt.month, day: comp.get('day') ?? refDt.day };
      if (dayKnown && !comp.isCertain('hour')) continue;
      // Durations and relative words ("a second", "about three hours") are not appointments.
      if (!comp.isCertain('hour') || !HAS_TIME.test(r.text)) continue;
      // Where the result sits in the sentence (chrono read the span from `start`).
      const at = r.index + start;
      const before = sentence.slice(Math.max(0, at - 40), at);
      // "moved from Tuesday 2pm to Thursday 3pm" is one range to chrono; the new time is its end.
      // So is "move your interview from 3pm to 11am": a move, said so just before the range, not a duration.
      if (r.end && reschedule && /\bto\b/i.test(r.text) && (/[a-z]{3}/i.test(r.text.split(/\bto\b/i).pop() ?? '') || (r.end.isCertain('hour') && MOVED_BEFORE.test(`${sentence.slice(Math.max(0, at - 80), at)} ${/^from\b/i.test(r.text) ? 'from' : ''}`)))) comp = newEnd(r);
      // "at 2:30" with no am/pm: interviews are held in the afternoon, not at night.
      const pm = !comp.isCertain('meridiem') && (comp.get('hour') ?? 0) >= 1 && (comp.get('hour') ?? 0) <= 6 && !/\b0\d[:.h]|\d{1,2}[:.h]?\d{0,2}\s*(a\.?m|uhr|h\b)/i.test(r.text);
      const hour = (comp.get('hour') ?? 0) + (pm ? 12 : 0);
      let ms = comp.date().getTime() + (pm ? 12 * 3_600_000 : 0);
      // "between 10:00 and 11:00 CET": the zone written after the range applies to its start.
      // (Not when a zone is named right after the time: "10:30 UK time (11:30 CET for you)" gives the conversion in brackets.)
      // "11:00–12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London": Outlook's label gives the standard offset of a zone
      // that keeps summer time; the zone, not the offset, tells the time.
      const label = WINDOWS_OFFSET.exec(r.text)?.[0];
      const windows = label ? zoneAfter(`${label}${sentence.slice(at + r.text.length, at + r.text.length + 60)}`) : null;
      const certain = comp.isCertain('timezoneOffset') && !windows;
      const named = certain ? null : (windows ?? zoneAfter(sentence.slice(at + r.text.length, at + r.text.length + 40)));
      // (A zone written as one, not a duration's: "1.30pm (allow about 1 hour 15 minutes)" is relative to now, and chrono
      // calls its offset certain.)
      const zoned = certain || named ? null : results.slice(k + 1, k + 2).find((n) => n.start.isCertain('timezoneOffset') && n.index - (r.index + r.text.length) < 12 && ZONE_WRITTEN.test(n.text));
      const offset = certain ? (comp.get('timezoneOffset') ?? ref.offsetMinutes) : (zoned?.start.get('timezoneOffset') ?? ref.offsetMinutes);
      if (!dayKnown && lastDay) {
        ms = Date.UTC(lastDay.year, lastDay.month - 1, lastDay.day, hour, comp.get('minute') ?? 0) - offset * 60_000;
        // chrono resolved "ET" for the day it implied, not for the day stated earlier: redo it for that day.
        const abbr = DST_ABBR.exec(r.text)?.[1]?.toUpperCase() ?? '';
        const dst = abbr === standard?.abbr ? ref.zone : DST_ZONES[abbr];
        if (dst) {
          const dt = DateTime.fromObject({ ...lastDay, hour, minute: comp.get('minute') ?? 0 }, { zone: dst });
          if (dt.isValid) ms = dt.toMillis();
        }
      } else if (zoned) {
        ms = Date.UTC(comp.get('year') ?? refDt.year, (comp.get('month') ?? refDt.month) - 1, comp.get('day') ?? refDt.day, hour, comp.get('minute') ?? 0) - offset * 60_000;
      }
      if (!certain && !zoned) {
        const zone = named;
        if (zone) {
          // The day stated before the time ("Monday, 5 April Time: 10:00am Sydney time"), else chrono's.
          const day = !dayKnown && lastDay ? lastDay : { year: comp.get('year') ?? refDt.year, month: comp.get('month') ?? refDt.month, day: comp.get('day') ?? refDt.day };
          const dt = DateTime.fromObject({ ...day, hour, minute: comp.get('minute') ?? 0 }, { zone });
          if (dt.isValid) ms = dt.toMillis();
        } else if (offset === ref.offsetMinutes) {
          // No zone stated: the wall time in the sender's likely zone (the one with the original's offset on
          // its date), so a clock change between the mail and the interview moves the instant with it.
          const wall = !dayKnown && lastDay ? { ...lastDay, hour, minute: comp.get('minute') ?? 0 } : { year: comp.get('year') ?? refDt.year, month: comp.get('month') ?? refDt.month, day: comp.get('day') ?? refDt.day, hour, minute: comp.get('minute') ?? 0 };
          senderZone ??= ref.zone ?? inferTimeZone(ref.offsetMinutes, ref.instant);
          const dt = DateTime.fromObject(wall, { zone: senderZone });
          if (dt.isValid && dt.offset !== offset) ms = dt.toMillis();
        }
      }
      // ("Duração prevista: 1h30", "Dauer: ca. 1:30"): how long, not when.
      if (DURATION_BEFORE.test(before)) continue;
      // "I'm generally free between 9am and 4pm": the writer's availability, not an appointment.
      if (/\b(free|available|availability|around)\b[^.]{0,12}\b(between|from)\b[^.]{0,24}$/i.test(before)) continue;
      // "we need to cancel tomorrow's interview (Wednesday 3 February, 11:00)": that time is off.
      if (CANCELLED_BEFORE.test(before)) continue;
      let score = 1 + (meeting ? 2 : 0) + (dayKnown || lastDay ? 1 : 0);
      // "Please arrive at 8:45 for a 9:00 start": the start is the appointment.
      if (/\b(arrive|arrival|check[- ]in|be there|early)\b[^.]{0,12}$/i.test(before)) score -= 2;
      // "8:45am for a 9:00am start": the start is the appointment.
      if (/^\s*start\b/i.test(sentence.slice(at + r.text.length, at + r.text.length + 8))) score += 2;
      // "registration closes at 9:45am", "we expect to finish around 3pm": a deadline or an end, not the start.
      if (/\b(closes|closing|no later than|deadline|latest by|finish(es|ing)?|end(s|ing)?|wrap(ping)? up|until|till)\b[^.]{0,12}$/i.test(before)) score -= 2;
      // "slides to be emailed to me by 9am on Monday": a deadline for something sent, not the appointment.
      else if (SENT_BY_BEFORE.test(before)) score -= 2;
      if (reschedule && NEW_TIME_BEFORE.test(before)) score += 3;
      // "Could we do Friday at 10:30 instead?": the new time, whatever the sentence's other words.
      if (/^\s*\)?\s*(instead|now)\b/i.test(sentence.slice(at + r.text.length, at + r.text.length + 12))) score += 3;
      // ("statt um 10:00 Uhr auf 14:00 Uhr verlegen", "naar 15:00 verzetten", "auf Donnerstag, den 18.03.2027 um 11:00 Uhr
      // verschieben", "initialement prévu le jeudi 25 mars à 14:00, au vendredi 19 mars": moved to that time, whatever came before;
      // not "Intervjuet som var satt til torsdag", the time it was set to.)
      const target = /(?<!\p{L})(?<!\b(?:satt|avtalt|planlagt|fastsatt|berammet|bokad|booket|satt opp) )(?:[Aa]uf|[Nn]aar|[Tt]il|[Tt]ill|[Tt]o|[Pp]å|[Oo]p|[Aa]u|[Aa]l)\s+(?:(?:[Dd]en|[Dd]ie|[Dd]er|[Tt]he|[Dd]e|[Hh]et)\s+)?(?:(?:\p{Lu}\p{L}+|(?:maan|dins|woens|donder|vrij|zater|zon|mån|tis|ons|tors|fre|lör|sön|man|tirs|lør|søn)dag),?\s+(?:(?:den|der|the|de)\s+)?)?$/u.test(before);
      if (OLD_TIME_BEFORE.test(before) && comp === r.start && !target) score -= 4;
      else if (comp === r.start && !target && MOVED_AFTER.test(sentence.slice(at + r.text.length, at + r.text.length + 60))) score -= 4;
      if (INSTEAD_BEFORE.test(before)) score += 3;
      // ("spostare il colloquio da giovedì 6 ottobre alle 11:00 a venerdì 7 ottobre alle 15:30", "pasarla de las 10:00 a las 12:00":
      // in a move, the time after "da"/"de" is the old one, the time after "a"/"para" the new one.)
      if (romanceMove && comp === r.start && ROMANCE_FROM.test(before)) score -= 4;
      else if (romanceMove && ROMANCE_TO.test(before)) score += 3;
      score += lineLabel - (wasSet ? 4 : 0);
      candidates.push({ iso: new Date(ms).toISOString().replace('.000Z', 'Z'), score, order: candidates.length });
    }
    // "- lundi 22 mars à 10h - mardi 23 mars à 14h - mercredi 24 mars à 9h30": times on different days set out as a
    // list, with no move said, are slots to choose from.
    // ("I can do Tuesday 6/9 at 10am or Wednesday 6/10 at 2pm", "le 25 juin, à 13 h 30, ou vendredi le 26 juin à 10 h": two
    // times joined by "or" in one sentence are a choice too.)
    if (!reschedule && candidates.length - firstHere >= 2 && (OR_TIMES.test(raw) || (raw.match(LIST_MARK) ?? []).length >= 2)) {
      if (new Set(candidates.slice(firstHere).map((c) => c.iso.slice(0, 10))).size >= 2) for (const c of candidates.slice(firstHere)) c.listed = true;
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  // (A reply that settles on one of them, "så siger vi fredag den 9. april kl. 13.00", is the answer.)
  if (new Set(candidates.map((c) => c.iso)).size >= 2 && (candidates[0]?.listed || sentences.some((s) => CHOICE.test(s)))) return null;
  return candidates[0]?.iso ?? null;
}
