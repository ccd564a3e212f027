import type { Address } from '../domain/types.js';
import { squash } from './company.js';
import { personName } from './person-name.js';
import { domainLabel, employerDomain } from './sender-kind.js';

// Sentences read for the service's own words: they sit in the first lines and the footer.
const MAX_SENTENCES = 80;
// "This email was sent by CueView on behalf of Harrowgate Retail Group".
const ON_BEHALF = /\b(?:sent|e-?mailed|delivered|message|e-?mail|notification)\b[^.\n]{0,60}\bon behalf of\s+(?:the\s+)?(\p{Lu}\S*)/gu;
// "Your application was sent to Kestrel Outdoor", "We've sent your CV and answers to Willowmere Care Home":
// a board passing the application on (an employer's own team is no capitalised name: "the Hiring Manager").
const SENT_TO = /\b(?:[Cc]andidature\b[^\n]{0,60}\b(?:a (?:bien )?été|est) (?:transmise|envoyée) à\s+(?:la\s+|l')?\p{Lu})|\b(?:[Aa]pplication|CV|[Rr]esume|[Rr]ésumé|[Pp]rofile)\b[^\n]{0,60}\b(?:was|has been|have been|is being)\s+(?:sent|forwarded|passed on|submitted)\s+to\s+(?:the\s+)?(?!(?:Hiring|Recruit\w*|HR|Talent|Team|People|Employer)\b)\p{Lu}|\b[Ww]e(?:'ve|’ve| have)\s+(?:sent|forwarded|passed on)\s+your\s+(?:CV|resume|résumé|application|details)\b[^.\n]{0,40}\bto\s+(?:the\s+)?(?!(?:Hiring|Recruit\w*|HR|Talent|Team|People|Employer)\b)\p{Lu}/u;
// "Powered by Slotwise", "because you applied for a job on ShiftSeek" (but "applied ... with Northvale Schools
// Partnership" is an employer naming itself), "because you signed up with WorkHive", "keep your WorkHive profile up to date", "This is an
// automated notification from K12 JobSuite":
// the sender names itself as the tool (compared with its domain).
const SELF_NAMED = /\bpowered by\s+(\S+)|\bbecause you (?:applied|signed up|registered)\b[^.\n]{0,40}\b(?:on|via|through)\s+(\S+)|\bbecause you (?:signed up|registered)\b[^.\n]{0,40}\bwith\s+(\S+)|\byour\s+(\S+)\s+(?:profile|account)\b|\b(?:postulé|postulado|inscrito|beworben)\s+(?:via|sur|en|a través de|über)\s+(\S+)|\bautomated\s+(?:notification|message|e-?mail)\s+(?:from|sent by|via)\s+(\S+)/gi;

// "The employer will review your application", "La empresa revisará tu CV": the sender speaks of the employer in
// the third person, as a board does.
const THIRD_PARTY = /\b(?:the employer|the hiring company|la empresa|l'employeur|der Arbeitgeber|de werkgever) (?:will|may|can|revisará|podrá|ya puede|pourra|va|wird|kann|zal|kan)(?![a-z])/i;

/**
 * Whether the original comes from an outside service acting for the employer (a job board that passed the
 * application on, a scheduling or video-interview tool) that our list of ATS and board domains does not
 * know: its display name and domain are the tool's, so they name neither the employer nor a contact.
 * A person's own mail is never one (an agency recruiter who sent a CV to a client writes as themselves).
 */
export function fromPlatform(from: Address, sentences: readonly string[]): boolean {
  const domain = employerDomain(from.email);
  if (!domain) return false;
  const label = squash(domainLabel(domain));
  // "Carrières Azur" reads like a person's name, but it is the domain's own name.
  if (from.name && personName(from.name, false) && squash(from.name) !== label) return false;
  // "Harrowgate Retail Group via CueView" at cueview.io.
  const via = /\bvia\s+(\S+)\s*$/i.exec(from.name ?? '');
  if (via && label.length >= 3 && squash(via[1]!).startsWith(label)) return true;
  // One pass per pattern over the sentences joined by a newline (no gap crosses it) around a NUL (no name or
  // word starts with it, so "sent to" at a sentence's end does not reach the next one).
  const text = sentences.slice(0, MAX_SENTENCES).join('\n\0\n');
  if (SENT_TO.test(text) || THIRD_PARTY.test(text)) return true;
  // On behalf of someone else than itself.
  for (const m of text.matchAll(ON_BEHALF)) if (!squash(m[1]!).startsWith(label.slice(0, 4))) return true;
  for (const m of text.matchAll(SELF_NAMED)) {
    const name = squash(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '');
    if (name.length >= 3 && label.length >= 3 && (name.startsWith(label) || label.startsWith(name))) return true;
  }
  return false;
}

/**
 * The name a platform's mail shows for the employer: "Brackenridge District Council" <no-reply@talentwharf.com>, powered by
 * TalentWharf. A display name like the platform's domain ("ShiftSeek", "Carrières Azur") is the platform's own, and a
 * person's is a person's; "Harrowgate Retail Group via CueView" keeps its "via" for the company reading.
 */
export function platformDisplay(from: Address): string | null {
  const name = from.name?.trim();
  const domain = employerDomain(from.email);
  if (!name || !domain) return null;
  if (/\svia\s/i.test(name)) return name;
  const label = squash(domainLabel(domain));
  const own = squash(name);
  // ("Geneva Engineering Careers Forum" at gecf-forum.ch: its initials are the domain's.)
  const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0).toLowerCase()).join('');
  if (label.length < 4 || own.length < 4 || own.startsWith(label.slice(0, 4)) || label.startsWith(own.slice(0, 4)) || (initials.length >= 3 && label.startsWith(initials)) || personName(name, false)) return null;
  return name;
}
