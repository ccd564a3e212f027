import { DateTime } from 'luxon';
import { resolveZone } from '../cadence/local-time.js';
import { MAX_COMPANY_LENGTH, MAX_ROLE_LENGTH, MAX_SUBJECT_LENGTH } from './limits.js';
import { contactEmail, contactFullName, greetingName, signerName } from './people.js';
import { cleanLine } from './sanitize.js';
import type { DraftContext } from './types.js';
import { readNote, type NoteParts } from './note.js';

/** The cleaned facts every template draws on; placeholders only where a fact is unknown. */
export interface DraftFacts {
  seed: string;
  /** The contact's first name (or "Dr. Lastname"), else "[Name]". */
  greeting: string;
  greetingKnown: boolean;
  /** "Priya Natarajan", or null. */
  contactName: string | null;
  contactEmail: string | null;
  company: string;
  companyKnown: boolean;
  /** "the Senior Data Analyst role" / "the position". */
  rolePhrase: string;
  role: string | null;
  signer: string;
  note: NoteParts;
  /** "today" / "yesterday" / "on Tuesday" / "on 3 December" relative to the step's time, or null. */
  interviewWhen: string | null;
  /** "Friday 4 December", or null. */
  decisionDate: string | null;
  originalSubject: string | null;
  zone: string;
}

const UNKNOWN_COMPANY = '[Company]';

// Extraction sometimes hands us the subject's framing around the title ("Interview Senior
// Platform Engineer (Jonas Hoffmann)", "*Designer*", "Backend Engineer interview",
// "Frontend Engineer Format: Video call"): a draft must name the role, not the subject line.
const ROLE_PREFIX = /^(?:re:\s*|fwd?:\s*|invitation:\s*|interview(?:s)?(?:\s+(?:for|with|invitation|invite))?\s*[-:]?\s+|entretien\s+|entrevista\s+|vorstellungsgespr[äa]ch\s+)+/i;
const ROLE_SUFFIX = /(?:\s+(?:(?:post|first|second|final|panel|phone|video|onsite|technical)[\s-]+)?(?:interview|entretien|entrevista)s?|\s*\([^()]*\)|\s+[A-Z][a-z]+:\s.*)+$/;
const EDGE_MARKUP = /^[\s*_"'“”‘’`~–—-]+|[\s*_"'“”‘’`~:–—-]+$/g;

/** The bare job title, or null when nothing sensible is left. */
export function tidyRole(value: string | null | undefined): string | null {
  let role = cleanLine(value, MAX_ROLE_LENGTH).replace(EDGE_MARKUP, '');
  role = role.replace(ROLE_PREFIX, '').replace(ROLE_SUFFIX, '').replace(EDGE_MARKUP, '');
  return role.length >= 2 ? role : null;
}
const UNKNOWN_SIGNER = '[Your name]';

function when(interviewAt: string | null, at: string, zoneName: string): string | null {
  if (!interviewAt) return null;
  const zone = resolveZone(zoneName);
  const interview = DateTime.fromISO(interviewAt, { zone: 'utc' }).setZone(zone);
  const ref = DateTime.fromISO(at, { zone: 'utc' }).setZone(zone);
  if (!interview.isValid || !ref.isValid) return null;
  if (interview.hasSame(ref, 'day')) return interview.hour >= 17 ? 'this evening' : 'today';
  if (interview.hasSame(ref.minus({ days: 1 }), 'day')) return 'yesterday';
  // A weekday name only within the last six days: "on Tuesday" said on a Tuesday would be ambiguous.
  if (ref.diff(interview, 'days').days < 6 && interview < ref && interview.weekday !== ref.weekday) return `on ${interview.toFormat('cccc')}`;
  return `on ${interview.toFormat('d LLLL')}`;
}

/** Builds DraftFacts from an (untrusted) DraftContext. */
export function draftFacts(ctx: DraftContext): DraftFacts {
  const app = ctx.application;
  const company = cleanLine(app.company, MAX_COMPANY_LENGTH).replace(EDGE_MARKUP, '');
  const role = tidyRole(app.role);
  const first = greetingName(app.contact);
  const decision = app.decisionBy ? DateTime.fromISO(app.decisionBy) : null;
  return {
    seed: app.id,
    greeting: first ?? '[Name]',
    greetingKnown: first !== null,
    contactName: contactFullName(app.contact),
    contactEmail: contactEmail(app.contact),
    company: company || UNKNOWN_COMPANY,
    companyKnown: company.length > 0,
    role,
    rolePhrase: role ? `the ${role} ${/\b(role|position|job|opening)\b/i.test(role) ? '' : 'role'}`.trim() : 'the position',
    signer: signerName(ctx.user.name) ?? UNKNOWN_SIGNER,
    note: readNote(app.userNote),
    interviewWhen: when(app.interviewAt, ctx.at, ctx.timeZone),
    decisionDate: decision && decision.isValid ? decision.toFormat('cccc d LLLL') : null,
    originalSubject: cleanLine(app.originalSubject, MAX_SUBJECT_LENGTH) || null,
    zone: ctx.timeZone,
  };
}
