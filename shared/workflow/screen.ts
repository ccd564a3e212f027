/**
 * Mail we must never answer (design.md, "Mail hygiene"): auto-replies, bounces, list mail and our
 * own drafts coming back through a user's forwarding rule. Answering any of them risks a mail loop.
 */
import type { Understood } from '../domain/types.js';
import { parseOurMessageId } from '../drafts/message-id.js';
import type { DropReason } from './types.js';

const BULK_PRECEDENCE = /^(bulk|junk|list)$/i;
const DAEMON_LOCAL_PART = /^(mailer-daemon|postmaster)$/i;

/** The lower-cased local part of an address ('' when none). */
export function localPart(address: string | null | undefined): string {
  return (address ?? '').trim().toLowerCase().split('@')[0] ?? '';
}

/** The lower-cased bare address of 'Name <a@b>' or 'a@b' ('' for the null path '<>'). */
export function bareAddress(address: string | null | undefined): string {
  const s = (address ?? '').trim();
  const m = /<([^<>]*)>\s*$/.exec(s);
  return (m ? (m[1] ?? '') : s).trim().toLowerCase();
}

/** The loop or bulk signal that forbids any reply, else null. */
export function loopSignal(u: Understood, envelopeMailFrom: string | undefined, fromAddress: string): DropReason | null {
  const outer = u.outer;
  if (outer.runnerupStep) return 'own-draft';
  if (parseOurMessageId(outer.messageId) || parseOurMessageId(u.original.messageId ?? null)) return 'own-draft';
  const ours = bareAddress(fromAddress);
  if (ours && (bareAddress(outer.from.email) === ours || bareAddress(u.original.from.email) === ours)) return 'own-draft';
  if (outer.autoSubmitted !== null && outer.autoSubmitted.trim().toLowerCase() !== 'no') return 'auto-submitted';
  if (outer.returnPath !== null && bareAddress(outer.returnPath) === '') return 'null-return-path';
  if (envelopeMailFrom !== undefined && bareAddress(envelopeMailFrom) === '') return 'null-return-path';
  if (outer.precedence !== null && BULK_PRECEDENCE.test(outer.precedence.trim())) return 'bulk';
  if (outer.listId !== null) return 'list';
  if (DAEMON_LOCAL_PART.test(localPart(outer.from.email)) || (envelopeMailFrom && DAEMON_LOCAL_PART.test(localPart(bareAddress(envelopeMailFrom))))) {
    return 'daemon';
  }
  if ((outer.contentType ?? '').trim().toLowerCase().startsWith('multipart/report')) return 'bounce';
  return null;
}
