import EmailForwardParser, { type EmailForwardMailbox } from 'email-forward-parser';
import type { Address } from '../domain/types.js';
import { MAX_FORWARD_SCAN_CHARS, MAX_LINE_CHARS } from './limits.js';
import { parseLooseDate } from './loose-date.js';
import { emails, FORWARDED_MAILBOX_HEADERS } from './forwarder.js';
import { headerValues, type MimeMessage } from './mime-message.js';
import { findForwardBlock } from './forward-block.js';
import { displayName } from './parse-mime.js';
import { topText } from './top-text.js';

/** The message the user meant us to read, however it reached us. */
export interface OriginalMessage {
  from: Address;
  replyTo: Address[];
  to: Address[];
  subject: string;
  date: string | null;
  dateOffsetMinutes: number | null;
  messageId: string | null;
  text: string;
  calendars: string[];
  headers: MimeMessage['headers'];
}

export interface Unwrapped {
  /** How the original reached us. 'direct' = nothing was forwarded (auto-forward or a message to us). */
  mode: 'attached' | 'inline' | 'direct';
  original: OriginalMessage;
  /** What the forwarder typed above the forward, null when nothing. */
  note: string | null;
}

const parser = new EmailForwardParser();
// Cheap gate before the library's many regexes: some forward marker must be present.
const FORWARD_HINT = /转发|轉寄|发件人|寄件者|प्रेषक|転送|差出人|välitetty|lähettäjä|توجيه|forward|weitergeleitet|transf[ée]r|reenviad|r[ée]exp[ée]di|original|inoltrat|doorgestuurd|vidarebefordra|videresend|przekazan|encaminhad|yönlendiril|^[\s>]*\*?(from|de|von|van|da|od|fra|från|mittente|nadawca|afsender|avsändare|ó|oddi wrth|من|de la|kimden|gönderen)\s*:/im;
// Forward prefixes in the subject, in the clients' languages (VS/VB/VL: Nordic Outlook, PD: Polish, Doorst: Dutch).
const FWD_SUBJECT = /^\s*((fwd?|fw|tr|wg|rv|enc|i|td|vs|vb|vl|pd|doorst|転送|转发|轉寄|إعادة توجيه)\s*[:：]\s*)+/i;
// A reply's subject ("RE:", German "AW:", Swedish "SV:", Dutch "Antw:", Italian "R:"/"RIF:", Portuguese "RES:", Polish "ODP:").
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw|rif|r|res|odp|ynt)\s*[:：]/i;

/**
 * A reply reaching us through the user's automatic forwarding whose quoted block is the thread's history, not a
 * forward; the reply itself is the original. The block is the user's own message ("RE: Apprentice Electrician - CV",
 * Outlook's "From: Jack Tane ... Sent: ..." block), with the user's mailbox in a forwarding header; or the sender's own
 * earlier mail (Patricia quoting her first invitation under the new time), with a forwarding header naming another
 * mailbox (the user's own mail quoting itself is forwarded by hand).
 */
function replyThread(msg: MimeMessage, quoted: Address): boolean {
  // (A reply by its subject, or by its In-Reply-To when the sender kept the subject: "Leakage Technician interview – Thursday
  // 22 January" over the user's "Re: Leakage Technician – interview".)
  if (!(REPLY_SUBJECT.test(msg.subject) || !!msg.inReplyTo) || FWD_SUBJECT.test(msg.subject)) return false;
  const author = quoted.email?.toLowerCase();
  if (!author) return false;
  const own = author === msg.from?.address?.toLowerCase();
  // (The whole address, not a part of one: "jo@tane.nz" is not "banjo@tane.nz".)
  return FORWARDED_MAILBOX_HEADERS.some((h) => headerValues(msg, h).some((v) => (own ? emails(v).some((e) => e !== author) : emails(v).includes(author))));
}

function toAddress(m: { name?: string | null; address?: string | null } | null | undefined): Address {
  return { name: displayName(m?.name ?? '') || null, email: m?.address?.trim().toLowerCase() || null };
}

function asList(v: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined): Address[] {
  if (!v) return [];
  return (Array.isArray(v) ? v : [v]).map(toAddress);
}

/** The message itself as the original (auto-forwarded mail, or mail sent to us directly). */
export function asOriginal(msg: MimeMessage): OriginalMessage {
  return {
    from: toAddress(msg.from),
    replyTo: msg.replyTo.map(toAddress),
    to: [...msg.to, ...msg.cc].map(toAddress),
    subject: msg.subject,
    date: msg.date,
    dateOffsetMinutes: msg.dateOffsetMinutes,
    messageId: msg.messageId,
    text: msg.text,
    calendars: msg.calendars,
    headers: msg.headers,
  };
}

/** Whether some line is longer than MAX_LINE_CHARS (a scan from newline to newline, linear in the text). */
function hasLongLine(text: string): boolean {
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > MAX_LINE_CHARS) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

function capLines(text: string): string {
  const capped = text.length > MAX_FORWARD_SCAN_CHARS ? text.slice(0, MAX_FORWARD_SCAN_CHARS) : text;
  // A single enormous line only costs regex time; no forward header is that long.
  if (!hasLongLine(capped)) return capped;
  return capped.split('\n').map((l) => (l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l)).join('\n');
}

// The library does not read Reply-To from the forwarded header block; ATS mail depends on it.
const REPLY_TO_LINE = /^\s*\*?(?:reply-to|r[ée]pondre [àa]|antwort an|responder a)\s*:\*?\s*(.{3,200})$/im;

function replyToIn(block: string): Address[] {
  const line = REPLY_TO_LINE.exec(block)?.[1];
  if (!line) return [];
  const m = /^(.*?)\s*[<\[(]?(?:mailto:)?([^\s<>\[\]()"]+@[^\s<>\[\]()"]+)[>\])]?/.exec(line.trim());
  if (!m?.[2]) return [];
  return [{ name: m[1]?.replace(/^["']|["']$/g, '').trim() || null, email: m[2].toLowerCase() }];
}

const MAILBOX = /^(.*?)\s*[<\[(]?(?:mailto:)?([^\s<>\[\]()"]+@[^\s<>\[\]()"]+?)[>\])]?\s*$/;

function mailboxOf(value: string): Address | null {
  const m = MAILBOX.exec(value.replace(/\s*\[mailto:[^\]]*\]\s*$/, (x) => x.replace(/^\s*\[mailto:/, ' <').replace(/\]\s*$/, '>')).trim());
  if (!m?.[2]) return null;
  return { name: displayName(m[1]?.replace(/^["'\s]+|["'\s]+$/g, '') ?? '') || null, email: m[2].toLowerCase() };
}

function listOf(value: string): Address[] {
  return value.split(/[,;](?=[^,;]*@)/).map((v) => mailboxOf(v.trim())).filter((a): a is Address => !!a);
}

/** Our own line scan for the header block: cheap, and it covers the common clients. */
function blockForward(msg: MimeMessage, text: string): { original: OriginalMessage; note: string | null } | null {
  const block = findForwardBlock(text);
  const from = block ? mailboxOf(block.fields.from) : null;
  if (!block || !from) return null;
  const date = parseLooseDate(block.fields.date, msg.dateOffsetMinutes, msg.date ? new Date(msg.date) : null);
  return {
    original: {
      from,
      replyTo: block.fields.replyTo ? listOf(block.fields.replyTo) : [],
      to: [...listOf(block.fields.to), ...listOf(block.fields.cc)],
      subject: block.fields.subject || msg.subject.replace(FWD_SUBJECT, '').trim(),
      date: date?.iso ?? null,
      dateOffsetMinutes: date?.offsetMinutes ?? msg.dateOffsetMinutes,
      messageId: null,
      text: block.body,
      calendars: msg.calendars,
      headers: [],
    },
    note: topText(block.above, msg.from?.name ?? null) || null,
  };
}

/** Finds an inline forward (Gmail, Outlook, Apple Mail, Thunderbird, Yahoo; EN/FR/DE/ES...) in a body. */
function inlineForward(msg: MimeMessage): { original: OriginalMessage; note: string | null } | null {
  const text = capLines(msg.text);
  if (!FORWARD_HINT.test(text)) return null;
  const fast = blockForward(msg, text);
  if (fast) return fast;
  let res = parser.read(text);
  if (!res.forwarded && FWD_SUBJECT.test(msg.subject)) {
    res = parser.read(text, msg.subject);
    // With the subject the library reports the outer subject; the block's own Subject: line is better.
    const own = /^\s*\*?(subject|objet|betreff|asunto)\s*:\*?\s*(.+)$/im.exec(text);
    if (res.forwarded && own?.[2]) res.email.subject = own[2].trim();
  }
  if (!res.forwarded || !res.email.from?.address) return null;
  const e = res.email;
  const note = res.message ? topText(res.message, msg.from?.name ?? null) : '';
  const bodyAt = e.body ? text.indexOf(e.body.slice(0, 60)) : -1;
  const block = text.slice(Math.max(0, (bodyAt < 0 ? text.length : bodyAt) - 2000), bodyAt < 0 ? undefined : bodyAt);
  const date = parseLooseDate(e.date, msg.dateOffsetMinutes, msg.date ? new Date(msg.date) : null);
  return {
    original: {
      from: toAddress(e.from),
      replyTo: replyToIn(block),
      to: [...asList(e.to), ...asList(e.cc)],
      subject: (e.subject ?? msg.subject.replace(FWD_SUBJECT, '')).trim(),
      date: date?.iso ?? null,
      dateOffsetMinutes: date?.offsetMinutes ?? msg.dateOffsetMinutes,
      messageId: null,
      text: e.body ?? '',
      calendars: msg.calendars,
      headers: [],
    },
    note: note || null,
  };
}

/** Finds the original message inside what reached us: attached, inline-forwarded, or the message itself. */
export function unwrapForward(msg: MimeMessage): Unwrapped {
  const attached = msg.attached[0];
  if (attached) {
    // Forward-as-attachment, possibly a forward of a forward: descend to the innermost.
    let inner = attached;
    while (inner.attached[0] && (FWD_SUBJECT.test(inner.subject) || inner.text.trim().length < 200)) inner = inner.attached[0];
    const nestedInline = FWD_SUBJECT.test(inner.subject) ? inlineForward(inner) : null;
    const original = nestedInline?.original ?? asOriginal(inner);
    if (original.calendars.length === 0) original.calendars = msg.calendars;
    return { mode: 'attached', original, note: topText(msg.text, msg.from?.name ?? null) || null };
  }
  const inline = inlineForward(msg);
  if (inline && !replyThread(msg, inline.original.from)) {
    // A forward of a forward: the innermost message is the employer's.
    const again = FWD_SUBJECT.test(inline.original.subject)
      ? inlineForward({ ...msg, text: inline.original.text, subject: inline.original.subject })
      : null;
    // ("VS:" is a Norwegian or Danish forward but a Finnish reply: a block below from the user's own mailbox is the
    // thread's history, not a forward inside the forward.)
    const user = msg.from?.address?.toLowerCase();
    const inner = again && !(user && again.original.from.email === user) ? again.original : null;
    return { mode: 'inline', original: inner ?? inline.original, note: inline.note };
  }
  return { mode: 'direct', original: asOriginal(msg), note: null };
}
