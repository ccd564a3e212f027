import type { Address, Kind } from '../domain/types.js';
import type { AnalysisText } from './analysis-text.js';
import type { CalendarEvent } from './calendar-time.js';
import { findCompany } from './company.js';
import { findContact } from './contact.js';
import { decisionDate } from './decision-date.js';
import { signatureName } from './person-name.js';
import type { TimeReference } from './prose-time.js';
import { findRole } from './role.js';
import type { OriginalMessage } from './unwrap-forward.js';

export interface Facts {
  company: string | null;
  role: string | null;
  contact: Address;
  interviewAt: string | null;
  decisionBy: string | null;
}

const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
// Lines under the signed name that can carry the company ("Recruiter, Acme Corp").
const SIGNATURE_LINES = 3;

/** Extracts company, role, contact, interview time and decision date from the original. */
export function extractFacts(
  original: OriginalMessage,
  text: AnalysisText,
  kind: Kind,
  forwardedBy: string | null,
  calendar: CalendarEvent | null,
  proseAt: string | null,
  ref: TimeReference,
): Facts {
  const bodyEmails = [...new Set((text.body.match(EMAIL) ?? []).map((e) => e.toLowerCase().replace(/^mailto:/, '')))];
  const signed = signatureName(text.lines);
  const signature = signed ? text.lines.slice(signed.index, signed.index + 1 + SIGNATURE_LINES) : [];
  const exclude = new Set([forwardedBy, ...original.to.map((a) => a.email)].filter((e): e is string => !!e));
  const contact = findContact({ from: original.from, replyTo: original.replyTo, lines: text.lines, bodyEmails, signedName: signed?.name ?? null, exclude });
  const company = findCompany({
    from: original.from,
    replyTo: original.replyTo,
    subject: original.subject,
    sentences: text.sentences,
    signature: signature.slice(1),
    bodyEmails: contact.email ? [contact.email] : [],
  });
  const role = findRole(original.subject, text.sentences, company);
  let interviewAt: string | null = null;
  if (kind === 'interview') interviewAt = calendar && !calendar.cancelled ? calendar.start : proseAt;
  return { company, role, contact, interviewAt, decisionBy: decisionDate(text.sentences, ref) };
}
