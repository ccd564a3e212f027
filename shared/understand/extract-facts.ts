import type { Address, Kind } from '../domain/types.js';
import type { AnalysisText } from './analysis-text.js';
import type { CalendarEvent } from './calendar-time.js';
import { boardBrand, DISPLAY_SUFFIX, findCompany, isBoardSender, LEGAL_SUFFIX, sendersOwn, squash } from './company.js';
import { findContact } from './contact.js';
import { decisionDate } from './decision-date.js';
import { personName, signatureName, signOffAt, teamSignatureAt } from './person-name.js';
import { fromPlatform, platformDisplay } from './platform.js';
import type { TimeReference } from './prose-time.js';
import { findRole, ROLE_NOUN } from './role.js';
import { domainLabel, employerDomain, isAtsAddress, isNoReply, isRoleAccount } from './sender-kind.js';
import type { OriginalMessage } from './unwrap-forward.js';

export interface Facts {
  company: string | null;
  role: string | null;
  contact: Address;
  interviewAt: string | null;
  decisionBy: string | null;
}

// Starts only where a run of local-part characters starts (the leftmost match always does), so the
// engine does not re-read every word from each of its letters.
const EMAIL = /(?<![a-z0-9._%+'-])[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
// Lines under the signed name that can carry the company ("Recruiter, Acme Corp").
const SIGNATURE_LINES = 3;

// A sender whose display name is a person's (not an ATS, a no-reply or a team mailbox).
const isPersonal = (a: Address) => !!a.email && !isAtsAddress(a.email) && !isNoReply(a.email) && !isRoleAccount(a.email);

// A post's line in a signature block ("HR Generalist", "Talent Acquisition Partner | Acme"): short, no sentence, a job noun.
const POST_LINE_CHARS = 60;
// (Not the company's line, which ends in its legal form: "Rheinknie Treuhand AG" holds a job noun's letters.)
const postLine = (line: string): boolean => line.length <= POST_LINE_CHARS && !/[.!?:;]$/.test(line) && ROLE_NOUN.test(line) && !LEGAL_SUFFIX.test(line);

/** Extracts company, role, contact, interview time and decision date from the original. */
export function extractFacts(
  original: OriginalMessage,
  text: AnalysisText,
  kind: Kind,
  forwardedBy: string | null,
  calendar: CalendarEvent | null,
  proseAt: string | null,
  ref: TimeReference,
  /** The kind's cues say it lists many jobs (an alert): no single employer. */
  jobAlert = false,
  /** An event or newsletter: no job title to read. */
  noJob = false,
  /** Bulk mail by its cues (a mailing footer, a newsletter, an event): a board's own mail names the board. */
  bulkMail = false,
  /** A survey about one application's process: it names that job, whoever sends it. */
  survey = false,
): Facts {
  const bodyEmails = [...new Set((text.body.match(EMAIL) ?? []).map((e) => e.toLowerCase().replace(/^mailto:/, '')))];
  // Names that may sign the mail: personal senders' display names and any address's local part.
  const senders = [original.from, ...original.replyTo];
  // The user's own addresses (forwarder, recipients) name the user, never the signer.
  const exclude = new Set([forwardedBy, ...original.to.map((a) => a.email)].filter((e): e is string => !!e));
  const othersEmails = bodyEmails.filter((e) => !exclude.has(e));
  const hints = [...senders.filter(isPersonal).map((a) => a.name ?? ''), ...senders.map((a) => a.email ?? ''), ...othersEmails];
  // (The user's own profile card under a board's notice, "Rachel Adeyemi / Vice President, FP&A", is no signer.)
  const user = new Set(original.to.map((a) => (a.name ?? '').toLowerCase()).filter((n) => n));
  const signed = signatureName(text.lines, hints, { isPost: postLine, user });
  // No name under the sign-off ("Kind regards\nRecruitment Team\nNorth Calder NHS Foundation Trust"): the
  // lines under it still carry the company.
  const signOff = signed ? -1 : signOffAt(text.lines);
  const team = signed || signOff >= 0 ? -1 : teamSignatureAt(text.lines);
  const signature = signed ? text.lines.slice(signed.index, signed.index + 1 + SIGNATURE_LINES) : signOff >= 0 ? ['', ...text.lines.slice(signOff + 1, signOff + 1 + SIGNATURE_LINES)] : team >= 0 ? ['', ...text.lines.slice(team, team + 1 + SIGNATURE_LINES)] : [];
  // "Kind regards, ... Fjordway Ferries" from "Fjordway Ferries" <no-reply@teamtailor.com>: the sender's
  // organisation signs, not a person.
  // ("Southern Cross Water" from "Southern Cross Water Careers": the display name, with or without its team word; not
  // "Lotte Hendriks via Workable", a person writing through a tool.)
  const orgSigned = !!signed && !!original.from.email && !isPersonal(original.from) && [original.from.name ?? '', /\svia\s/i.test(original.from.name ?? '') ? '' : (original.from.name ?? '').replace(DISPLAY_SUFFIX, '')].some((n) => squash(n) === squash(signed.name)) && (isAtsAddress(original.from.email) || isNoReply(original.from.email) || !personName(signed.name, false));
  // A tool acting for the employer (a board passing the application on, a scheduling tool) is neither the
  // company nor a contact; "Harrowgate Retail Group via CueView" still names the employer.
  const sender: Address = fromPlatform(original.from, text.sentences) ? { name: platformDisplay(original.from), email: null } : original.from;
  // A job board's alert lists many employers: none of them is "the" company.
  // (An employer's own alert or event names that employer: "Region of Lakeridge" from careers@lakeridge.ca.)
  const read = findCompany({
    from: sender,
    replyTo: original.replyTo,
    subject: original.subject,
    sentences: text.sentences,
    history: text.history,
    signature: signature.slice(1),
    nameLine: signature[0] ?? null,
    bodyEmails: othersEmails,
    // A personal address's display name is a person's unless it reads as an organisation ("Stackmoor Engineering").
    lines: text.lines,
    board: kind !== 'other' && isBoardSender(original.from),
    people: [orgSigned ? '' : (signed?.name ?? ''), ...[original.from, ...original.replyTo].filter(isPersonal).map((a) => personName(a.name) ?? ''), ...original.to.map((a) => a.name ?? '')],
  });
  const company = kind === 'other' && jobAlert ? (read && sendersOwn(read, original.from) ? read : null) : (read ?? (kind === 'other' && bulkMail ? boardBrand(original.from) : null));
  // A "signature" that is the company itself ("Acme Foods") is no person.
  // ("Johanna Brandl" signing for "Kaffeerösterei Brandl" is a person: the company's name must open the signature,
  // or follow "von", "from", "de": "Miriam von Grünfink".)
  const companyHead = company ? squash(company).slice(0, 6) : '';
  // ("Marlowe Sutton Appointments" at marlowesutton.com: the sender's own organisation, though the company is the client
  // it writes about; a name that is the domain and no more, "Tamsin Cole" at tamsincole.com, may be a person.)
  const ownDomain = original.from.email ? employerDomain(original.from.email) : null;
  const ownLabel = ownDomain ? domainLabel(ownDomain).replace(/[^a-z0-9]/g, '') : '';
  const ownOrganisation = (name: string) => ownLabel.length >= 6 && squash(name).startsWith(ownLabel) && squash(name) !== ownLabel;
  const signedAsCompany = !!signed && ((!!company && (squash(signed.name).startsWith(companyHead) || (/\s(?:von|from|de|at|bei|chez)\s/i.test(signed.name) && squash(signed.name).includes(companyHead)))) || ownOrganisation(signed.name));
  const signedName = signed && !orgSigned && !signedAsCompany ? signed.name : null;
  const found = findContact({ from: sender, replyTo: original.replyTo, lines: text.lines, bodyEmails, signedName, exclude, organizer: calendar?.organizer ?? null }, kind);
  // A contact "named" as the company ("Hoteles Caracol Azul", "Pohjolan Kiinteistöhuolto Oy") is the organisation, not a
  // person. (Its name must open the contact's: "Johanna Brandl" is a person at "Brandl".)
  const asCompany = (name: string) => (!!company && companyHead.length >= 4 && squash(name).startsWith(companyHead)) || ownOrganisation(name);
  // (A job board's alert is signed by the board, never by a person to write to: "Stillingsbørsen", "Pracownia Ofert".)
  // (Nor is its alerts mailbox anyone to write back to: "alertes@jobromandie.ch"; an employer's own alert keeps its mailbox.)
  const alertOnly = jobAlert && !company && !noJob;
  const contact = alertOnly ? { name: null, email: null } : found.name && (asCompany(found.name) || jobAlert) ? { ...found, name: null } : found;
  // (Mail from an events or community mailbox names no job of its own: its headings are events and roles on offer.
  // A survey about the reader's own process names theirs: "your interview for the Manufacturing Engineer position".)
  const role = kind === 'other' && ((!survey && !contact.name && (!contact.email || isRoleAccount(contact.email))) || noJob || jobAlert) ? null : findRole({ subject: original.subject, lines: text.lines, sentences: text.sentences, history: text.history, company, signatureAt: signed?.index ?? text.lines.length });
  let interviewAt: string | null = null;
  if (kind === 'interview') interviewAt = calendar && !calendar.cancelled ? calendar.start : proseAt;
  return { company, role, contact, interviewAt, decisionBy: decisionDate(text.sentences, ref) };
}
