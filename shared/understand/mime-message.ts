import type { Header, Mailbox } from 'postal-mime';

/** One parsed message (the outer one, or one attached as message/rfc822), reduced to what we read. */
export interface MimeMessage {
  headers: Header[];
  from: Mailbox | null;
  replyTo: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  /** Raw Date header value. */
  rawDate: string | null;
  /** ISO-8601 UTC, or null when absent or unparseable. */
  date: string | null;
  /** Offset east of UTC stated by the Date header, in minutes. */
  dateOffsetMinutes: number | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
  returnPath: string | null;
  contentType: string | null;
  /** Body as plain text (derived from HTML when the message has no text part). */
  text: string;
  /** True when `text` was derived from HTML. */
  fromHtml: boolean;
  /** Decoded text/calendar parts (inline or attached), in document order. */
  calendars: string[];
  /** Messages attached as message/rfc822, parsed. */
  attached: MimeMessage[];
}

/** First value of a header (lower-case name), or null. */
export function headerValue(msg: Pick<MimeMessage, 'headers'>, name: string): string | null {
  const h = msg.headers.find((x) => x.key === name);
  return h ? h.value.trim() : null;
}

/** Every value of a header (lower-case name), in order. */
export function headerValues(msg: Pick<MimeMessage, 'headers'>, name: string): string[] {
  return msg.headers.filter((x) => x.key === name).map((x) => x.value.trim());
}
