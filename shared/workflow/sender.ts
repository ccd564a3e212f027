/**
 * Who sent an inbound email, and whether the SES verdicts vouch for exactly that mailbox.
 * SPF speaks for the envelope MAIL FROM domain, DMARC for the From header's domain; a header
 * naming a registered user (X-Forwarded-For, Resent-From) proves nothing by itself.
 */
import type { Understood } from '../domain/types.js';
import { bareAddress } from './screen.js';
import type { Verdicts } from './types.js';
import { normaliseVerdicts } from './verdicts.js';

/** The registered user this email claims to come from: the forwarder, else the From address. */
export function claimedSender(u: Understood): string | null {
  return bareAddress(u.forwardedBy ?? u.outer.from.email) || null;
}

/** Drops a +tag: Gmail auto-forwarding sends from user+caf_=...@gmail.com. */
export function withoutTag(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.split('+')[0]}@${domain}`;
}

const domainOf = (address: string) => address.split('@')[1] ?? '';

/**
 * True when the authenticated identity is the claimed user: the envelope sender is that mailbox
 * with SPF PASS, or the From header is that mailbox with DMARC PASS, or (domain has no DMARC) the
 * From header is that mailbox and SPF/DKIM passed for a sender of the same domain.
 */
export function verdictsVouchFor(claimed: string, u: Understood, envelopeMailFrom: string | undefined, verdicts: Verdicts | undefined): boolean {
  const v = normaliseVerdicts(verdicts);
  const envelope = envelopeMailFrom ? withoutTag(bareAddress(envelopeMailFrom)) : null;
  const from = bareAddress(u.outer.from.email);
  if (envelope === claimed && v.spf === 'PASS') return true;
  if (from !== claimed) return false;
  if (v.dmarc === 'PASS') return true;
  if (v.spf !== 'PASS' && v.dkim !== 'PASS') return false;
  return envelope === null || domainOf(envelope) === domainOf(claimed);
}
