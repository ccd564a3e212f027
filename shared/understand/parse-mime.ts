import PostalMime from 'postal-mime';
import type { Address as PmAddress, Attachment, Email, Mailbox } from 'postal-mime';
import { repairCp1252 } from './cp1252.js';
import { parseHeaderDate } from './date-header.js';
import { htmlToPlainText } from './html-text.js';
import { MAX_ATTACHED_MESSAGE_DEPTH, MAX_CALENDAR_CHARS, MAX_DISPLAY_NAME_CHARS, MAX_MIME_DEPTH, MAX_PARTS, MAX_TEXT_CHARS } from './limits.js';
import { headerValue, type MimeMessage } from './mime-message.js';

// A text part shorter than this next to real HTML is a placeholder ("view this in HTML").
const PLACEHOLDER_TEXT_CHARS = 40;
const utf8 = new TextDecoder('utf-8');

/** A display name as we read it: windows-1252 punctuation repaired, white space folded, at most MAX_DISPLAY_NAME_CHARS. */
export function displayName(name: string): string {
  return repairCp1252(name).replace(/\s+/g, ' ').trim().slice(0, MAX_DISPLAY_NAME_CHARS);
}

function mailbox(a: PmAddress | undefined): Mailbox | null {
  if (!a) return null;
  const m = a.address !== undefined ? a : a.group[0];
  return m && (m.address || m.name) ? { ...m, name: displayName(m.name) } : null;
}

function mailboxes(list: PmAddress[] | undefined): Mailbox[] {
  const out: Mailbox[] = [];
  for (const a of list ?? []) {
    for (const m of a.address !== undefined ? [a] : a.group) out.push({ ...m, name: displayName(m.name) });
  }
  return out;
}

function bytesOf(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function isCalendar(att: Attachment): boolean {
  return att.mimeType === 'text/calendar' || att.mimeType === 'application/ics' || /\.ics$/i.test(att.filename ?? '');
}

function bodyText(email: Email): { text: string; fromHtml: boolean } {
  const text = repairCp1252(email.text ?? '');
  const html = email.html ?? '';
  // The HTML twin is read (and repaired) only when the text part is missing or a placeholder.
  if (html && text.trim().length < PLACEHOLDER_TEXT_CHARS && html.length > text.length * 2) {
    return { text: htmlToPlainText(repairCp1252(html)).slice(0, MAX_TEXT_CHARS), fromHtml: true };
  }
  return { text: text.slice(0, MAX_TEXT_CHARS), fromHtml: false };
}

/**
 * Parses raw RFC 5322 bytes with postal-mime, once, and unwraps attached messages
 * (message/rfc822, nested up to MAX_ATTACHED_MESSAGE_DEPTH) and calendar parts.
 */
export async function parseMime(raw: Uint8Array | string, depth = 0): Promise<MimeMessage> {
  // Attached messages are kept as attachments (not inlined into the body text) so that
  // the original's own headers survive for forward-as-attachment.
  const email = await PostalMime.parse(raw, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: MAX_MIME_DEPTH,
  });
  const calendars: string[] = [];
  const attached: MimeMessage[] = [];
  for (const att of email.attachments.slice(0, MAX_PARTS)) {
    if (isCalendar(att)) {
      calendars.push(utf8.decode(bytesOf(att.content).subarray(0, MAX_CALENDAR_CHARS)));
    } else if (att.mimeType === 'message/rfc822' && depth < MAX_ATTACHED_MESSAGE_DEPTH) {
      const inner = await parseMime(bytesOf(att.content), depth + 1).catch(() => null);
      if (inner && inner.headers.length > 0) attached.push(inner);
    }
  }
  const date = parseHeaderDate(headerValue(email, 'date'));
  const ct = headerValue(email, 'content-type');
  return {
    headers: email.headers,
    from: mailbox(email.from),
    replyTo: mailboxes(email.replyTo),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject: repairCp1252(email.subject ?? '').trim(),
    rawDate: headerValue(email, 'date'),
    date: date?.iso ?? null,
    dateOffsetMinutes: date?.offsetMinutes ?? null,
    messageId: email.messageId?.trim() || null,
    inReplyTo: email.inReplyTo?.trim() || null,
    references: email.references?.trim() || null,
    returnPath: headerValue(email, 'return-path'),
    contentType: ct ? (ct.split(';')[0] ?? '').trim().toLowerCase() || null : null,
    ...bodyText(email),
    calendars,
    attached,
  };
}
