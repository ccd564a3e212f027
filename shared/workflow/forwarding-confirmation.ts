/**
 * Gmail's forwarding confirmation: before automatic forwarding starts, Gmail sends a code and a link
 * to our address. We relay it to the registered user it names, or they could never turn forwarding on.
 */
import PostalMime from 'postal-mime';
import type { Understood } from '../domain/types.js';
import type { ForwardingConfirmation } from '../drafts/types.js';
import { bareAddress } from './screen.js';

const GMAIL_FORWARDING_SENDER = 'forwarding-noreply@google.com';
const SUBJECT_MARK = /forwarding confirmation/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const LINK = /https:\/\/(?:mail-settings\.google\.com|mail\.google\.com|isolated\.mail\.google\.com)\/[^\s<>"')\]]+/;
const MAX_TEXT = 20_000;
const MAX_LINK = 2_000;

export interface ConfirmationFound {
  /** The address that asked to forward to us (the user to relay to). */
  requester: string;
  confirmation: ForwardingConfirmation;
}

/** True for a message from Gmail's forwarding-confirmation sender. */
export function isForwardingConfirmation(u: Understood): boolean {
  return bareAddress(u.outer.from.email) === GMAIL_FORWARDING_SENDER && SUBJECT_MARK.test(u.outer.subject);
}

/** Extracts who asked, the code and the link; null when no requester can be found. */
export async function readForwardingConfirmation(raw: Uint8Array, u: Understood, ours: readonly string[]): Promise<ConfirmationFound | null> {
  const email = await PostalMime.parse(raw).catch(() => null);
  const text = `${u.outer.subject}\n${(email?.text ?? email?.html ?? '').slice(0, MAX_TEXT)}`;
  const skip = new Set([...ours.map(bareAddress), GMAIL_FORWARDING_SENDER]);
  // The subject says "Receive Mail from ada@gmail.com"; the body "ada@gmail.com has requested...".
  const fromSubject = /receive mail from\s+(\S+@\S+)/i.exec(u.outer.subject)?.[1];
  const candidates = [fromSubject, ...(text.match(EMAIL) ?? [])].map((a) => bareAddress(a?.replace(/[.,;:]+$/, '')));
  const requester = candidates.find((a) => a && !skip.has(a));
  if (!requester) return null;
  const code = /confirmation code:?\s*(\d{5,12})/i.exec(text)?.[1] ?? /\(#(\d{5,12})\)/.exec(u.outer.subject)?.[1] ?? null;
  const link = LINK.exec(text)?.[0]?.slice(0, MAX_LINK) ?? null;
  return { requester, confirmation: { provider: 'Gmail', code, link, subject: u.outer.subject } };
}
