import type { Address } from '../domain/types.js';
import { MAX_NAME_LENGTH } from './limits.js';
import { cleanEmail, cleanLine } from './sanitize.js';

// Display names that are a team or a robot, not a person we can greet by first name.
const NOT_A_PERSON =
  /\b(team|talent\w*|recru\w*|careers?|karriere|jobs?|empleo|hiring|hr|rh|rrhh|human resources|people ops|personal\w*|bewerbung\w*|no-?reply|do-?not-?reply|notifications?|support|info|admin|council|university|group|grupo|inc|llc|ltd|gmbh|corp|company|bank|workday|greenhouse|lever|ashby|smartrecruiters|icims|linkedin|indeed)\b/i;
const NO_REPLY = /^(no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|postmaster)([+.-].*)?@/i;
// Applicant-tracking systems send from their own domains; a note sent there reaches no one.
const ATS_DOMAIN =
  /@(?:[\w-]+\.)*(?:greenhouse(?:-mail)?\.io|lever\.co|myworkday\.com|workday\.com|smartrecruiters\.com|icims\.com|ashbyhq\.com|jobvite\.com|taleo\.net|successfactors\.(?:com|eu)|linkedin\.com|indeed\.com|personio\.(?:de|com)|workablemail\.com|workable\.com|bamboohr\.com|recruitee\.com|teamtailor\.com)$/i;
const HONORIFIC = /^(mr|mrs|ms|mx|miss|sir|madam)\.?\s+/i;
const TITLE = /^(dr|prof)\.?\s+/i;

/** "Natarajan, Priya" -> "Priya Natarajan"; quotes, emails and control characters removed. */
export function cleanPersonName(value: string | null | undefined): string | null {
  let name = cleanLine(value, MAX_NAME_LENGTH).replace(/^["']+|["']+$/g, '').trim();
  if (!name || name.includes('@') || !/\p{L}/u.test(name)) return null;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && comma[1] && comma[2] && !/\b(inc|llc|ltd|gmbh)\b/i.test(name)) name = `${comma[2]} ${comma[1]}`;
  // "PRIYA NATARAJAN" or "priya natarajan" (some HR systems, some users): greet as written by hand.
  if (name === name.toUpperCase() || name === name.toLowerCase()) {
    name = name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return name;
}

/** True when the cleaned display name looks like one person. */
export function isPersonName(name: string): boolean {
  return !NOT_A_PERSON.test(name) && name.split(/\s+/).length <= 5;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "Brightwater Foods" <hello@brightwaterfoods.com>: a display name that is the company's, not a person's. */
function namesTheDomain(name: string, email: string | null): boolean {
  const domain = email?.split('@')[1]?.toLowerCase().replace(/[^a-z]/g, '');
  if (!domain) return false;
  const local = email?.split('@')[0]?.toLowerCase() ?? '';
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word.length >= 4 && domain.includes(word) && !local.includes(word));
}

/** The contact's full name when it is a person's (from the display name, else first.last@). */
export function contactFullName(contact: Address): string | null {
  const name = cleanPersonName(contact.name);
  if (name) return isPersonName(name) && !namesTheDomain(name, contact.email) ? name : null;
  const email = cleanEmail(contact.email);
  const m = email ? /^([a-z]{2,})[._]([a-z]{2,})@/i.exec(email) : null;
  if (m && m[1] && m[2] && !NOT_A_PERSON.test(`${m[1]} ${m[2]}`)) return `${capitalise(m[1])} ${capitalise(m[2])}`;
  return null;
}

/** How the draft greets the contact: first name, "Dr. Lastname", or null when unknown. */
export function greetingName(contact: Address): string | null {
  const full = contactFullName(contact);
  if (!full) return null;
  if (TITLE.test(full)) {
    const parts = full.split(/\s+/);
    return `${(parts[0] ?? 'Dr').replace(/\.?$/, '.')} ${parts[parts.length - 1] ?? ''}`.trim();
  }
  const first = full.replace(HONORIFIC, '').split(/\s+/)[0];
  return first ? first : null;
}

/** The contact's address for the mailto link: none for no-reply robots and tracking systems. */
export function contactEmail(contact: Address): string | null {
  const email = cleanEmail(contact.email);
  return email && !NO_REPLY.test(email) && !ATS_DOMAIN.test(email) ? email : null;
}

/** The user's name for the signature: the forwarder's display name, cleaned; null when unknown. */
export function signerName(name: string | null | undefined): string | null {
  const clean = cleanPersonName(name);
  return clean && !NOT_A_PERSON.test(clean) ? clean : null;
}
