import type { MimeMessage } from './mime-message.js';
import { headerValue, headerValues } from './mime-message.js';

export interface Envelope {
  mailFrom?: string;
  recipients?: string[];
}

const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

/** The addresses written in a header's value, lower-cased. */
export function emails(value: string | null | undefined): string[] {
  return (value ?? '').match(EMAIL)?.map((e) => e.toLowerCase()) ?? [];
}

/** Undoes the envelope rewriting of Gmail forwarding (user+caf_=dest=domain@gmail.com) and SRS. */
export function unrewriteEnvelope(address: string): string {
  const a = address.toLowerCase().replace(/^<|>$/g, '');
  const caf = /^([^+@]+)\+caf_=[^@]*@(.+)$/.exec(a);
  if (caf) return `${caf[1]}@${caf[2]}`;
  const srs = /^srs[01][=+-][^=]*=[^=]*=([^=]+)=([^@]+)@/.exec(a);
  if (srs) return `${srs[2]}@${srs[1]}`;
  return a;
}

/** The headers that name the mailbox an automatic forward came from (or passed through). */
export const FORWARDED_MAILBOX_HEADERS = ['resent-from', 'x-forwarded-for', 'x-forwarded-to', 'delivered-to', 'x-original-to'];

/**
 * Who forwarded the message to us. A manual forward names the forwarder in its own From;
 * an automatic forward keeps the employer's From, so the mailbox it was delivered to is
 * read from X-Forwarded-For, Resent-From, X-Forwarded-To, Delivered-To or the envelope.
 */
export function findForwarder(msg: MimeMessage, manual: boolean, envelope: Envelope = {}): string | null {
  const from = msg.from?.address?.toLowerCase() || null;
  if (manual) return from;
  const ours = new Set((envelope.recipients ?? []).map((r) => r.toLowerCase()));
  const addressedTo = new Set([...msg.to, ...msg.cc].map((a) => a.address.toLowerCase()));
  const usable = (e: string) => e !== from && !ours.has(e);
  const resent = emails(headerValue(msg, 'resent-from')).find(usable);
  if (resent) return resent;
  const fwdFor = emails(headerValue(msg, 'x-forwarded-for')).find(usable);
  if (fwdFor) return fwdFor;
  // Delivered-To / X-Forwarded-To / X-Original-To name mailboxes along the way; ours is the
  // latest one, the user's is one the message was addressed to.
  const hops = [...headerValues(msg, 'x-forwarded-to'), ...headerValues(msg, 'delivered-to'), ...headerValues(msg, 'x-original-to')]
    .flatMap(emails)
    .filter(usable);
  const hop = hops.find((e) => addressedTo.has(e)) ?? (ours.size > 0 ? hops[0] : undefined) ?? (hops.length > 1 ? hops[hops.length - 1] : undefined);
  if (hop) return hop;
  if (envelope.mailFrom) {
    const sender = unrewriteEnvelope(envelope.mailFrom);
    if (sender && usable(sender) && sender.includes('@')) return sender;
  }
  return from;
}
