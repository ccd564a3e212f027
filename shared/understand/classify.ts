import type { Kind } from '../domain/types.js';
import type { AnalysisText } from './analysis-text.js';
import { BODY_CUES, CONDITIONAL, OFFER_ELSEWHERE, PAST_INTERVIEW, SUBJECT_CUES, type Cue } from './kind-cues.js';
import { Gates } from './regex-gate.js';
import { globalOf, SentenceText } from './sentence-scan.js';

export interface Verdict {
  kind: Kind;
  cues: string[];
}

/** Evidence beyond the words: calendar invitations and bulk-mail headers. */
export interface KindSignals {
  /** A text/calendar REQUEST was attached (an invitation, even if the text says little). */
  calendarInvite: boolean;
  /** A concrete interview time was found in an interview sentence. */
  statedTime: boolean;
  /** List-Id / Precedence: bulk on the original. */
  bulk: boolean;
  /** Sent from an events or survey mailbox (events@, briefing@, enquete@): invitations to events, not to interviews. */
  eventMailbox?: boolean;
}

// Most sentences read: decisions are stated early; footers and legal text are not evidence.
const MAX_SENTENCES = 120;
// Rejection wording inside a condition ("if we are not moving forward...") is not a decision.
// ("Sans nouvelles de notre part d'ici trois semaines, ... n'a pas été retenu": without news, then.)
const REJECTION_CONDITION = /\b(if|should|(?:bewerber|kandidat)\w*,? die wir|(?:candidates|applicants) (?:who|whom) we|in case|in the event|whether|otherwise|once|until|si (?:votre|ta|ton|vous|tu|su|tus|sus|nous|el|la|le)|se (?:la sua|la tua|il suo|il tuo|a sua|a tua|o seu|o teu)|falls|sofern|wenn (?:sie|du|wir|ihre|deine)|sollten? (?:sie|du|wir|ihre|deine)|hvis|dersom|om (?:du|ni|dere)|jos|jeśli|jeżeli|indien|mocht|sans nouvelles|sans réponse|faute de réponse|en l'absence de (réponse|retour)|ohne (rückmeldung|antwort)|sin noticias|sin respuesta|zonder (bericht|reactie)|senza (notizie|riscontro)|in mancanza di)\b/i;
// "We are unable to proceed with your appointment without these": a requirement, not a decision.
const REQUIREMENT = /\b(unless|without (these|this|them|it|which|the (following|above|required|necessary|documents?)))\b/i;
// "Although we met other strong candidates, we chose you": the other candidates lost, not the reader.
const CHOSE_READER = /\b(kiezen|kies) (we |wij |ik )?(graag )?voor (jou|u)\b|\b(chosen|selected|chose|picked) you\b|\byou('re| are| were) (our|the) (top|first|preferred|successful) (choice|candidate)\b|\b(uns|wir uns) (gerne )?für (sie|dich) entschieden\b|\bte hemos (elegido|seleccionado)\b|\bnous avons (choisi|retenu) votre candidature\b|\byou (have been|were|are|'ve been) (selected|chosen|shortlisted)\b|\bvous avez été (retenue?|sélectionnée?|choisie?)\b|\bdu (er|har blitt|har blivit|bist|wurdest) (valgt|vald|ausgewählt)\b|\bje bent (gekozen|geselecteerd)\b|(?<!\bno )\bhas sido (seleccionad|elegid)[oa]\b|\bvocê foi (selecionad|escolhid)[oa]\b/i;
// "2. Entrevista telefónica con el equipo": a numbered stage of the process a receipt describes, not an
// appointment (an invitation's own schedule gives its times).
// (Or a list of steps run into one sentence: "Próximas etapas: 1. Triagem ... 2. Entrevistas presenciais ...".)
const PROCESS_STEP = /^\s*\d{1,2}[.)]\s|(?:^|\s)1[.)]\s.*\s2[.)]\s/;
// ("Electrical Workshop Technician": a post in a workshop.)
const WORKSHOP_PLACE = /\b(at|in|to|into) (the|our) workshop (in|at|on)\b|\b(through|around|round|tour of) (the|our) workshop\b|\bworkshop (technician|manager|assistant|supervisor|coordinator|operative|foreman|engineer|fitter|mechanic)s?\b/i;
const CLOCK_TIME = /\b\d{1,2}[:h.]\d{2}\b|\d\s*[ap]\.?m\b/i;
// "dass wir Ihnen die Position nicht anbieten können", "ne pouvons pas vous proposer le poste": an offer denied
// is a rejection (English has its own cue, "no offer"; Portuguese "no" is "in the", so Spanish "no" only before a verb).
const OFFER_DENIED = /(?:^|[^\p{L}])(?:nicht|keine?[nm]?|pas|niet|geen|ikke|inte|nie|non|não|no (?:podemos|podremos|vamos a|es posible|estamos en condiciones de))(?![\p{L}])/iu;
const DENIAL_BEFORE = 25;
// A subject's own word for an interview (an event's "Invitation:" is none).
const INTERVIEW_WORD = /(?<!\w)(?:interview\w*|entretien|entrevue|gespr[äa]ch|vorstellungsgespr[äa]ch|gesprek|colloquio|entrevista|samtale|samtal|intervju|haastattelu|rozmow\p{L}*)\b/iu;
// "I'd be happy to offer you detailed feedback": help, not a job.
const OFFERED_HELP = /\boffer(?:ing)? you (?:some |more |detailed |full |further |any |a )?(?:feedback|advice|support|guidance|a debrief|debrief|tips|help|a reference)\b/i;
// "We'd like to offer you an interview" is an invitation, not an offer.
const OFFERED_MEETING = /\boffer(ing)? you (an?|the|a few|some) ?(\w+ )?(interview|call|chat|time|slot|opportunity to (interview|meet|speak)|conversation|meeting)/i;

// "leider müssen wir Ihnen mitteilen, dass der vorgesehene Termin für Ihr Vorstellungsgespräch ... nicht stattfinden kann":
// the bad news that follows, in its sentence (dates and all), is the appointment's, which moves; the candidacy goes on.
const APPOINTMENT_MOVES = /^[^\n]{0,100}?(?<!\p{L})(?:termin|gespräch|vorstellungsgespräch|interview|entretien|rendez-vous|entrevista|colloquio|gesprek|afspraak|samtale|intervju|samtal|meeting|call)(?!\p{L})[^\n]{0,160}?(?<!\p{L})(?:nicht stattfinden|verschoben werden|verschieben|verlegen|verlegt werden|ne pourra pas avoir lieu|doit être (?:reporté|déplacé)e?|reporter|déplacer|no podrá (?:realizarse|celebrarse|tener lugar)|aplazar|reprogramar|non potrà (?:svolgersi|avere luogo)|spostare|niet door kan gaan|niet doorgaan|verzetten|verplaatsen|flyttes|flyttas|(?:has|have|had|needs?) to (?:be )?(?:moved|rescheduled|postponed)|(?:cannot|can't|won't) (?:go ahead|take place))(?!\p{L})/iu;

type Scores = Record<Kind, number>;

// Each body cue once as a global pattern (one pass over the joined text), behind a word gate.
const BODY_SCANS = BODY_CUES.map((cue) => ({ cue, global: globalOf(cue.re) }));
export const BODY_GATES = new Gates(BODY_CUES.map((c) => c.re));

/** Matches of a global pattern in stretches of `text`, each run as a text of its own; indices are the text's. */
function* matchesIn(text: string, global: RegExp, stretches: Array<[number, number]>): Generator<RegExpExecArray> {
  for (const [start, end] of stretches) {
    const part = start === 0 && end === text.length ? text : text.slice(start, end);
    global.lastIndex = 0;
    for (let m = global.exec(part); m; m = global.exec(part)) {
      if (m[0] === '') global.lastIndex++;
      m.index += start;
      yield m;
    }
  }
}

/** The part of a sentence around a position, cut at ". " before a capital ("...1420 Ford St. Wear boots, if..."). */
function clauseAt(sentence: string, at: number): string {
  let start = 0;
  for (const m of sentence.matchAll(/\.\s+(?=\p{Lu})/gu)) {
    if (m.index >= at) return sentence.slice(start, m.index);
    start = m.index + m[0].length;
  }
  return sentence.slice(start);
}

function add(scores: Scores, cues: string[], seen: Set<string>, cue: Cue, note = ''): void {
  if (seen.has(cue.label)) return;
  seen.add(cue.label);
  scores[cue.kind] += cue.weight;
  cues.push(`${cue.kind}: ${cue.label}${note}`);
}

/** Decides what the original message is, deterministically, and says which cues decided it. */
export function classify(subject: string, text: AnalysisText, signals: KindSignals): Verdict {
  const scores: Scores = { interview: 0, rejection: 0, offer: 0, application: 0, other: 0 };
  const cues: string[] = [];
  const seen = new Set<string>();
  // One pass of each cue over the joined text (one line per sentence) instead of one per sentence.
  const sentences = text.sentences.slice(0, MAX_SENTENCES);
  // Joined by newlines, which the cues' gaps ([^.\n]) do not cross.
  const scan = new SentenceText(sentences, '\n');
  const joined = scan.text;
  // Each cue is run only around the words it needs (the sentences holding them and their neighbours), not
  // over the whole text.
  const where = BODY_GATES.locate(joined);
  const whole: Array<[number, number]> = [[0, joined.length]];
  for (let k = 0; k < BODY_SCANS.length; k++) {
    const at = where[k];
    if (at && at.length === 0) continue;
    const { cue, global } = BODY_SCANS[k]!;
    for (const m of matchesIn(joined, global, at ? scan.around(at) : whole)) {
      const sentence = sentences[scan.sentenceAt(m.index)] ?? '';
      // "a short practical at the workshop in Bayhead": the place, not an event.
      if (cue.label === 'recruiting event' && WORKSHOP_PLACE.test(sentence)) continue;
      if (cue.kind === 'interview' && PROCESS_STEP.test(sentence) && !CLOCK_TIME.test(sentence)) continue;
      if (cue.kind === 'interview' && PAST_INTERVIEW.test(sentence) && !/\b(next|second|another|follow-up)\b|\bfinal (round|stage)\b/i.test(sentence)) continue;
      if (cue.kind === 'interview' && CONDITIONAL.test(clauseAt(sentence, m.index - scan.startOf(scan.sentenceAt(m.index))))) {
        add(scores, cues, seen, { ...cue, kind: 'application', weight: 1, label: `interview only promised (${cue.label})` });
        continue;
      }
      if (cue.kind === 'rejection' && (CHOSE_READER.test(sentence) || REQUIREMENT.test(sentence))) continue;
      if (cue.kind === 'rejection' && APPOINTMENT_MOVES.test(joined.slice(m.index + m[0].length, scan.startOf(scan.sentenceAt(m.index)) + sentence.length))) continue;
      if (cue.kind === 'rejection' && REJECTION_CONDITION.test(sentence.slice(0, Math.max(0, sentence.search(cue.re))))) continue;
      if (cue.kind === 'offer' && OFFER_DENIED.test(joined.slice(Math.max(scan.startOf(scan.sentenceAt(m.index)), m.index - DENIAL_BEFORE), m.index + m[0].length))) {
        add(scores, cues, seen, { ...cue, kind: 'rejection', label: `offer denied (${cue.label})` });
        continue;
      }
      // ("nous avons fait une proposition d'embauche à une autre candidate": the offer is someone else's.)
      if (cue.kind === 'offer' && OFFER_ELSEWHERE.test(sentence)) continue;
      if (cue.kind === 'offer' && OFFERED_HELP.test(sentence)) continue;
      if (cue.kind === 'offer' && OFFERED_MEETING.test(sentence)) {
        add(scores, cues, seen, { ...cue, kind: 'interview', label: 'offered an interview slot' });
        continue;
      }
      add(scores, cues, seen, cue);
      break;
    }
  }
  // An invitation to an event is no invitation to an interview: its subject's "Invitation" and its time are the event's.
  // (Unless the body itself invites to an interview, or a calendar invitation is attached.)
  const event = seen.has('recruiting event') && scores.interview < 5 && !signals.calendarInvite;
  for (const cue of SUBJECT_CUES) if (cue.re.test(subject) && !(event && cue.label === 'subject: interview' && !INTERVIEW_WORD.test(subject))) add(scores, cues, seen, cue);
  if (signals.calendarInvite) add(scores, cues, seen, { kind: 'interview', weight: 5, label: 'calendar invitation attached', re: /$/ });
  if (signals.statedTime && !event) add(scores, cues, seen, { kind: 'interview', weight: 2, label: 'interview time stated', re: /$/ });
  if (signals.bulk) add(scores, cues, seen, { kind: 'other', weight: 1, label: 'bulk mail headers', re: /$/ });
  if (signals.eventMailbox) add(scores, cues, seen, { kind: 'other', weight: 4, label: 'events or survey mailbox', re: /$/ });
  // Mail the reader subscribed to is never a decision about them, whatever its articles say.
  return { kind: seen.has('subscription') ? 'other' : decide(scores), cues };
}

// Order matters: a decision (rejection, offer) outweighs the vocabulary of the process
// around it; an invitation outweighs a receipt; anything weaker is "other".
function decide(s: Scores): Kind {
  // Bulk mail (a subscription with its footer and an alert or newsletter) that only talks about offers and
  // interviews in its articles: its own evidence outweighs everything else together.
  if (s.other >= 10 && s.other > s.rejection + s.offer + s.interview + s.application) return 'other';
  if (s.rejection >= 4 && s.rejection >= s.offer) return 'rejection';
  if (s.offer >= 5 && s.offer >= s.interview) return 'offer';
  // Outreach that proposes a call stays outreach; the more outreach wording, the more it takes to outweigh it.
  if (s.other >= 3 && s.interview < s.other + 3 && s.application < 3 && s.rejection < 4) return 'other';
  if (s.interview >= 4 && s.interview > s.application - 2) return 'interview';
  if (s.application >= 3) return 'application';
  if (s.offer >= 5) return 'offer';
  if (s.interview >= 3 && s.other < 2) return 'interview';
  if (s.rejection >= 3) return 'rejection';
  if (s.application >= 2) return 'application';
  return 'other';
}
