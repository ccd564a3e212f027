import type { Address } from '../domain/types.js';
import { personName, tidyDisplayName } from './person-name.js';
import { isAtsAddress, isNoReply, isRoleAccount } from './sender-kind.js';

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
}

function writable(email: string | null | undefined, exclude: ReadonlySet<string>): email is string {
  return !!email && !isNoReply(email) && !isAtsAddress(email) && !exclude.has(email.toLowerCase());
}

/** A name written next to an address in the body ("Jane Doe <jane@x>", "Jane Doe (jane@x)", "Jane Doe at jane@x"). */
function nameNear(lines: readonly string[], email: string): string | null {
  for (const line of lines) {
    const i = line.toLowerCase().indexOf(email);
    if (i < 0) continue;
    const before = line.slice(Math.max(0, i - 60), i).replace(/[<(\[:]\s*$|\s+(at|via|on|:)\s*$/i, '').trim();
    const m = /([A-ZÀ-Þ][\p{L}'’-]+(?:\s+[A-ZÀ-Þ][\p{L}'’-]+){1,2})\s*,?$/u.exec(before);
    const n = m ? personName(m[1], false) : null;
    if (n) return n;
  }
  return null;
}

/** The matching name for an address: its display name if personal, the body, the signature. */
function nameFor(email: string, display: string | null, input: ContactInput): string | null {
  const shown = personName(display);
  const signed = input.signedName;
  // "Jane" in the header and "Jane Doe" in the signature: the fuller one.
  if (shown && signed && signed.toLowerCase().startsWith(shown.toLowerCase()) && signed.length > shown.length) return signed;
  if (shown) return shown;
  const local = email.slice(0, email.indexOf('@')).toLowerCase().replace(/[^a-z]/g, '');
  const near = nameNear(input.lines, email);
  if (near) return near;
  if (signed && (isRoleAccount(email) || local.includes(squashFirst(signed)))) return signed;
  return signed && !display ? signed : signed && tidyDisplayName(display).length === 0 ? signed : isRoleAccount(email) ? signed : null;
}

function squashFirst(name: string): string {
  return (name.split(' ')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The person to write back to: a human sender; for ATS or no-reply senders the Reply-To,
 * else an address written in the body; the name from the header, the body or the signature.
 */
export function findContact(input: ContactInput): Address {
  const { from, exclude } = input;
  if (writable(from.email, exclude)) return { email: from.email, name: nameFor(from.email, from.name, input) };
  const rt = input.replyTo.find((a) => writable(a.email, exclude));
  if (rt?.email) return { email: rt.email, name: nameFor(rt.email, rt.name, input) };
  const inBody = input.bodyEmails.filter((e) => writable(e, exclude));
  const personal = inBody.find((e) => !isRoleAccount(e)) ?? inBody[0];
  if (personal) return { email: personal, name: nameFor(personal, null, input) };
  return { email: null, name: input.signedName ?? personName(from.name, false) };
}
