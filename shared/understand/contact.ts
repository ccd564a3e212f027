import type { Address, Kind } from '../domain/types.js';
import { personName, tidyDisplayName } from './person-name.js';
import { domainLabel, isAtsAddress, isNoReply, isReplyRelay, isRoleAccount } from './sender-kind.js';

export interface ContactInput {
  from: Address;
  replyTo: Address[];
  /** Lines of the original's own body. */
  lines: readonly string[];
  /** Addresses written in the body, in order. */
  bodyEmails: readonly string[];
  /** The name signed at the end, if any. */
  signedName: string | null;
  /** Addresses that are not contacts (the forwarder, the original's recipients). */
  exclude: ReadonlySet<string>;
  /** A calendar invitation's organiser, when one is attached. */
  organizer?: Address | null;
}

// Words that send the reader to an address: "contact", "reply to", "write to", "reach".
const CONTACT_VERB = /\b(contact|reply|replying|respond|write|email|e-mail|reach|questions|queries|get in touch|kontaktieren|contacter|contactar|contattare)\b/i;

function writable(email: string | null | undefined, exclude: ReadonlySet<string>): email is string {
  return !!email && !isNoReply(email) && !isAtsAddress(email) && !exclude.has(email.toLowerCase());
}

// A privacy notice's or a mailing footer's address ("dpo@", "datenschutz@", "privacidade@", Polish "iod@"): written in the
// mail, but nobody to write back to about the job.
const NOT_A_CONTACT = /^(?:[\w-]+[._-])?(?:privacy|privacidad|privacidade|privacite|datenschutz\w*|data-?protection|dpo|dsb|rgpd|gdpr|dsgvo|lopd|iod|protecciondedatos|protecaodedados|protezionedati|personvern|dataskydd|databeskyttelse|tietosuoja|unsubscribe|abuse|postmaster|whistleblow\w*)(?:[._-][\w-]+)?@/i;

/** A name written just before an address ("Jane Doe <jane@x>", "contact Jane Doe, HR Manager, at jane@x"). */
function nameNear(lines: readonly string[], email: string): string | null {
  for (const line of lines) {
    const i = line.toLowerCase().indexOf(email);
    if (i < 0) continue;
    // Honorifics and German formal pronouns are not part of the name ("erreichen Sie Frau Lena Brandt unter").
    // (Nor the word that sends the reader there: "Contactez Hanne De Smet à".)
    const before = line.slice(Math.max(0, i - 80), i).replace(/\b(?:Sie|Ihnen|Frau|Herr|Herrn|Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle|Sr|Sra|Srta|Madame|Monsieur|Contactez|Contacter|Contacte|Contact|Contacta|Contactar|Contatta|Kontaktieren|Kontakt|Écrivez|Escribe|Escriba|Neem)\b\.?/g, ' ');
    const seqs = before.match(/\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}/gu) ?? [];
    for (let k = seqs.length - 1; k >= Math.max(0, seqs.length - 2); k--) {
      const n = personName(seqs[k], false);
      if (n) return n;
    }
  }
  return null;
}

// A signed "name" that is a greeting or a team's formula ("Hi Ana", "Ihr Praxisteam", "Par le Collège"): no one in particular.
const SIGNED_NO_ONE = /^(?:hi|hello|hey|dear|ihr|ihre|euer|eure|dein|deine|your|the|par|pour|votre|vos|le|la|les|das|die|der|el|los|il|lo)\s/i;

const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** "sam.oduya@x" and "Sam Oduya" written in the body: the name as written (accents kept). */
function nameFromLocalPart(email: string, lines: readonly string[]): string | null {
  const parts = email.slice(0, email.indexOf('@')).split(/[._-]+/).map(fold).filter((p) => p.length > 0);
  const local = parts.join('');
  if (local.length < 3) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // first.last, f.last / flast (initial + surname), firstlast, or a first name alone.
  const fits = (a: string, b: string) =>
    (parts.length >= 2 && ((a === first && b === last) || (first.length === 1 && a.startsWith(first) && b === last))) ||
    (parts.length === 1 && (local === a + b || local === a[0] + b || local === a));
  for (const line of lines) {
    const words = line.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
    for (let i = 0; i + 1 < words.length; i++) {
      for (let j = i + 1; j < Math.min(words.length, i + 3); j++) {
        if (!fits(fold(words[i]!), fold(words[j]!))) continue;
        const n = personName(words.slice(i, j + 1).join(' '), false);
        if (n) return n;
      }
    }
  }
  return null;
}

/** The matching name for an address: its display name if personal, the body, the signature. */
function nameFor(email: string, display: string | null, input: ContactInput): string | null {
  const signed = input.signedName;
  // A team mailbox's display name is the team ("Acme Recruiting"): only a signed or written name counts.
  // "Lavorami" <eventi@lavorami.it>: one word that is the domain's name is the organisation.
  const single = display && !/\s/.test(display.trim()) && fold(display) === fold(domainLabel(email.slice(email.indexOf('@') + 1)));
  // ("Tomasz Kaczmarek" <rekrutacja@...> signing "Tomasz Kaczmarek": a person answers the team mailbox.)
  const person = single ? null : personName(display);
  const shown = isRoleAccount(email) ? (person && signed && person.toLowerCase() === signed.toLowerCase() ? signed : null) : person;
  // "Jane" in the header and "Jane Doe" in the signature: the fuller one.
  if (shown && signed && signed.toLowerCase().startsWith(shown.toLowerCase()) && signed.length > shown.length) return signed;
  if (shown) return firstNameFirst(shown, signed, display ?? '', email);
  const near = nameNear(input.lines, email);
  if (near) return near;
  // A team mailbox is nobody in particular; a personal address matches the signer by name (the signed
  // form keeps particles the body's capitalised words lose: "Daan de Vries").
  const local = fold(email.slice(0, email.indexOf('@')));
  // (Nor is an address shown under an organisation's name, "Kita Sonnenhügel – Leitung" <leitung@...>, signed by a person
  // who shares no word with it or its domain: who signs answers it.)
  const domain = fold(email.slice(email.indexOf('@') + 1));
  const apart = !!signed && !!display && !person && !SIGNED_NO_ONE.test(signed) && signed.split(' ').every((w) => fold(w).length < 3 || (!fold(display).includes(fold(w)) && !domain.includes(fold(w))));
  if (signed && (isRoleAccount(email) || apart || local.includes(fold(signed.split(' ')[0] ?? '').slice(0, 3)))) return signed;
  return nameFromLocalPart(email, input.lines);
}

// NHS mail's directory name, surname first: "Marsh Helen (KINGSMERE HOSPITALS NHS TRUST)", "Ibbotson Rachel (EVCH)", at an
// NHS address (elsewhere the same form may be in the usual order: "Josée Pelletier (CSBF)" at pelletier.josee@).
const NHS_MAIL = /[@.]nhs\.(?:uk|net|scot|wales)$/i;
const DIRECTORY_NAME = /^\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*\([\p{Lu}\d&'’.-]+(?:\s+[\p{Lu}\d&'’.-]+)*\)\s*$/u;

/**
 * "Adams Sophie" (a directory's display name, surname first, as NHS mail shows it) for Sophie Adams, who signs so, or
 * whose NHS address is sophie.adams5@ under a display name in the directory's form ("Adams Sophie (WESSEX VALE NHS
 * TRUST)"): the name as she writes it. (Not from the address alone: Quebec's school services write pelletier.josee@ for Josée
 * Pelletier, whose display name is in the usual order.)
 */
function firstNameFirst(shown: string, signed: string | null, display: string, email: string): string {
  const words = shown.split(' ');
  if (words.length !== 2) return shown;
  const turned = `${words[1]} ${words[0]}`;
  if (signed && signed.toLowerCase() === turned.toLowerCase()) return signed;
  const local = fold(email.slice(0, email.indexOf('@')));
  const [a, b] = [fold(words[0]!), fold(words[1]!)];
  return NHS_MAIL.test(email) && DIRECTORY_NAME.test(display) && a.length >= 2 && b.length >= 2 && local.startsWith(b + a) ? turned : shown;
}

/**
 * The person to write back to: a human sender; for ATS or no-reply senders the Reply-To,
 * else an address written in the body; the name from the header, the body or the signature.
 */
export function findContact(input: ContactInput, kind: Kind): Address {
  const { from, exclude } = input;
  // Alerts (from no-reply senders) have nobody to write back to; an event's, a survey's or a talent community's mailbox
  // is where a reply goes (to register, to ask), though no person answers it; cold outreach has its person.
  if (kind === 'other') {
    if (!writable(from.email, exclude)) return { email: null, name: null };
    return { email: from.email, name: isRoleAccount(from.email) ? null : nameFor(from.email, from.name, input) };
  }
  // A job board's reply relay ("Sandra Ortiz <sandraortiz-7b2kq@indeedemail.com>") reaches the person.
  const relayed = from.email && isReplyRelay(from.email) && !isNoReply(from.email) && !exclude.has(from.email) ? personName(from.name, false) : null;
  if (relayed) return { email: from.email, name: relayed };
  // A team mailbox that names a person to answer ("please confirm by replying to Gurpreet Sandhu at
  // gurpreet.sandhu@..."): that person, at the employer's own domain (not its privacy office: "contact privacy@...").
  if (writable(from.email, exclude) && isRoleAccount(from.email)) {
    const domain = from.email.slice(from.email.indexOf('@') + 1);
    const named = input.bodyEmails.find((e) => e.endsWith(`@${domain}`) && writable(e, exclude) && !isRoleAccount(e) && !NOT_A_CONTACT.test(e) && input.lines.some((l) => l.toLowerCase().includes(e) && CONTACT_VERB.test(l)));
    if (named) return { email: named, name: nameFor(named, null, input) };
  }
  if (writable(from.email, exclude)) return { email: from.email, name: nameFor(from.email, from.name, input) };
  const rt = input.replyTo.find((a) => writable(a.email, exclude));
  if (rt?.email) return { email: rt.email, name: nameFor(rt.email, rt.name, input) };
  // A scheduling tool's invitation ("no-reply@greenhouse-mail.io") names the recruiter who sent it as its organiser.
  const org = input.organizer;
  if (org?.email && writable(org.email, exclude)) return { email: org.email, name: nameFor(org.email, org.name, input) };
  const inBody = input.bodyEmails.filter((e) => writable(e, exclude) && !NOT_A_CONTACT.test(e));
  const personal = inBody.find((e) => !isRoleAccount(e)) ?? inBody[0];
  if (personal) return { email: personal, name: nameFor(personal, null, input) };
  return { email: null, name: input.signedName };
}
