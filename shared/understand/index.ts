/**
 * The understanding engine: raw inbound mail in, `Understood` out (issue 2).
 * Parse once (postal-mime), unwrap the forward, classify, extract. No network, no clock.
 */
import { setFlagsFromString } from 'node:v8';
import { KINDS, type Kind, type Understood } from '../domain/types.js';
import { analysisText } from './analysis-text.js';
import { calendarEvent } from './calendar-time.js';
import { classify } from './classify.js';
import { UnreadableMailError } from './errors.js';
import { extractFacts } from './extract-facts.js';
import { findForwarder, type Envelope } from './forwarder.js';
import { readKind, withWordModel } from './kind-model.js';
import { checkInput, MAIL_HEADERS } from './input-check.js';
import { headerValue } from './mime-message.js';
import { outerMessage } from './outer-message.js';
import { parseMime } from './parse-mime.js';
import { proseTime } from './prose-time.js';
import { sameTimeMoved } from './same-time.js';
import { isEventMailbox } from './sender-kind.js';
import { unwrapForward } from './unwrap-forward.js';
import { domainZone, fixedOffsetZone } from './zone-names.js';
import { MAX_SUBJECT_CHARS } from './limits.js';

// Words for a meeting in the languages of the mail, read only in mail no cue placed.
// (And the informal ways an owner asks you in: "¿Podés venir a charlar?", "per fare due chiacchiere", "para conversarmos",
// "juttelemaan", "a 30-minute call".)
const MEETING_WORD = /(?<!\w)(?:meeting|meet|panel|interview|dinner|lunch|breakfast|coffee|site meet|trial|chat|conversation|call|charlar|conversar[\p{L}]*|chiacchier[\p{L}]*|juttele[\p{L}]*|Termin|Gespräch|Treffen|Probearbeiten|colloquio|incontro|prova|entrevista|reunión|reunião|conversa|rendez-vous|entretien|rencontre|essai|gesprek|afspraak|kennismaking|samtale|samtal|møde|haastattelu|tapaaminen|spotkanie|rozmowa)\b/iu;
// (Unless it speaks of a fair, an evening, a webinar or a first day: events and starts state times too.)
const NOT_A_MEETING = /\b(?:fairs?|messe|beurs|mässa|messer|forum|meetup|networking|evening|night|webinars?|webinaire|feria|feira|fiera|carri[eè]redag|karrieredag|karriärdag|speed[- ]?dating|drinks|open day|events?|evento|eventos|evenement|évènement|événement|register|registration|anmeld[\p{L}]*|anmäl[\p{L}]*|inscri[\p{L}]*|aanmeld[\p{L}]*|tickets?|RSVP|booth|first day|start date|assignment|induction|onboarding)\b/iu;
const MAX_QUIET_SENTENCES = 20;
// (A clock time written at all, "11:00", "10am", "um 10 Uhr", "alle 15", "17hs": without one, chrono is not worth reading.)
const QUIET_CLOCK = /(?<!\w)\d{1,2}(?:[:h.]\d{2}|\s?[ap]\.?m\b|\s?(?:Uhr|hs|h)\b)|\b(?:alle|às|a las|om|kl\.?|klo)\s+\d{1,2}\b|(?<!\w)(?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday) at \d{1,2}\b/iu;

// V8 runs a pattern in its regexp interpreter first and compiles it to machine code later ("tier-up"). This engine runs
// about 1,600 patterns, most a few times per mail, and with tier-up on understand() took 18-28% longer in steady state
// and its first mail 60% longer (Node 20, 833 fresh forwards, alternating separate processes). Off, each pattern is
// compiled once, on first use. The flag is read when a pattern is compiled, so setting it at load is safe; it applies
// to the whole process, which only gains.
setFlagsFromString('--no-regexp-tier-up');
export { UnreadableMailError } from './errors.js';
export * from './limits.js';
export type { Envelope } from './forwarder.js';

export interface UnderstandOptions {
  /** SMTP envelope, when known (SES receipt, local SMTP listener): names the forwarder of auto-forwarded mail. */
  envelope?: Envelope;
}

/**
 * Understands one raw email: who forwarded it, what it is (with the cues that decided),
 * company, role, contact, interview time, decision date, and the outer message's facts.
 * Throws UnreadableMailError when the input is not an email.
 */
export async function understand(raw: Uint8Array | string, options: UnderstandOptions = {}): Promise<Understood> {
  const bytes = checkInput(raw);
  const msg = await parseMime(bytes).catch((err: unknown) => {
    throw new UnreadableMailError(`The message could not be parsed as MIME (${err instanceof Error ? err.message : String(err)}).`);
  });
  if (!msg.headers.some((h) => MAIL_HEADERS.includes(h.key))) {
    throw new UnreadableMailError('The file has no email headers (From, To, Subject, Date), so it is not an email.');
  }
  const outer = outerMessage(msg);
  const unwrapped = unwrapForward(msg);
  const { mode, note } = unwrapped;
  // A hostile subject (100,000 spaces) would cost the subject patterns seconds: read a line's worth of it.
  const original = { ...unwrapped.original, subject: unwrapped.original.subject.slice(0, MAX_SUBJECT_CHARS) };
  const forwardedBy = findForwarder(msg, mode !== 'direct', options.envelope);
  const text = analysisText(original.text);
  // Relative dates ("tomorrow at 11") are read against the original's date, in its zone.
  const instant = new Date(original.date ?? outer.date ?? 0);
  const offsetMinutes = original.dateOffsetMinutes ?? outer.dateOffsetMinutes ?? 0;
  const ref = { instant, offsetMinutes, zone: fixedOffsetZone(text.body, offsetMinutes, instant) ?? domainZone(original.from.email, offsetMinutes, instant) };
  const calendar = calendarEvent(original.calendars, ref.offsetMinutes);
  const bulk = !!(headerValue(original, 'list-id') || /bulk|list/i.test(headerValue(original, 'precedence') ?? ''));
  const invite = !!calendar && !calendar.cancelled && calendar.method !== 'CANCEL';
  const events = isEventMailbox(original.from.email);
  // The word model's guess: it overrules the cue rules when far surer, and places what they could not.
  const { guess, english } = readKind(original.subject, text.sentences);
  let verdict = withWordModel(classify(original.subject, text, { calendarInvite: invite, statedTime: false, bulk, eventMailbox: events }), guess, english);
  // Mail no cue placed at all, that speaks of a meeting ("first meeting confirmed", "the panel moved to Friday", "domani
  // alle 15"): a meeting at a time it states is an interview.
  const quietText = verdict.kind === 'other' && verdict.cues.length === 0 ? `${original.subject}\n${text.sentences.slice(0, MAX_QUIET_SENTENCES).join('\n')}` : '';
  const quiet = !!quietText && QUIET_CLOCK.test(quietText) && MEETING_WORD.test(quietText) && !NOT_A_MEETING.test(quietText);
  // chrono is the most expensive step: read prose times only when something speaks of a meeting.
  const meetingTalk = quiet || verdict.cues.some((c) => c.startsWith('interview:'));
  const proseAt = calendar && !calendar.cancelled ? null : meetingTalk ? (proseTime(text.sentences, ref) ?? sameTimeMoved(text.sentences, text.history, ref) ?? proseTime([original.subject], ref)) : null;
  if (proseAt && quiet) verdict = { kind: 'interview', cues: ['interview: a meeting at a stated time'] };
  else if (proseAt && verdict.kind !== 'interview') verdict = withWordModel(classify(original.subject, text, { calendarInvite: invite, statedTime: true, bulk, eventMailbox: events }), guess, english);
  // The user may say what it is: one word on the note's first line ("rejection") overrides us.
  const said = note?.split('\n', 1)[0]?.trim().toLowerCase().replace(/[.!:;,\s]+$/, '');
  if (said && (KINDS as readonly string[]).includes(said) && said !== verdict.kind) {
    verdict = { kind: said as Kind, cues: [`user said: ${said}`, ...verdict.cues] };
  }
  // A newsletter with a jobs section, or a talent community's welcome, is still the sender's.
  const jobAlert = verdict.kind === 'other' && (verdict.cues.includes('other: job alert') || verdict.cues.includes('other: subject: job alert')) && !verdict.cues.some((c) => /^other: ((subject: )?newsletter|talent community)$/.test(c));
  // An event invitation or a newsletter is about no one job; outreach and messages about a job are.
  const noJob = verdict.kind === 'other' && verdict.cues.some((c) => /^other: (recruiting event|newsletter|subject: newsletter)$/.test(c)) && !verdict.cues.some((c) => /^other: (cold outreach|agency client hiring)$/.test(c));
  // Bulk mail by its cues (a footer, a newsletter, an event), as opposed to "other" with no cue at all (bare alerts).
  const bulkMail = verdict.kind === 'other' && verdict.cues.some((c) => c.startsWith('other: ') && !c.startsWith('other: word model'));
  const survey = verdict.kind === 'other' && verdict.cues.includes('other: candidate survey');
  const facts = extractFacts(original, text, verdict.kind, forwardedBy, calendar, proseAt, ref, jobAlert, noJob, bulkMail, survey);
  return {
    forwardedBy,
    forwarderName: mode !== 'direct' ? outer.from.name : null,
    kind: verdict.kind,
    cues: verdict.cues,
    ...facts,
    userNote: note,
    original: { from: original.from, subject: original.subject, date: original.date, messageId: original.messageId },
    outer,
  };
}
