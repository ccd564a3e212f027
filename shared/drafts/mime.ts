/**
 * The RFC 5322 / MIME message we send: one multipart/alternative with a text and an HTML part.
 * The encoders are nodemailer's (RFC 2047 words, quoted-printable, base64, header folding); only
 * the assembly is here. MailComposer did the same but pulled in its attachment, URL-fetching and
 * 74 KB file-extension machinery, a third of the follow-up bundle. The bytes are MailComposer's
 * (all but the random boundary; compared on thousands of generated messages when this replaced it).
 */
import { randomBytes } from 'node:crypto';
import type { Transform } from 'node:stream';
import * as base64 from 'nodemailer/lib/base64';
import { encodeWord, encodeWords, foldLines, hasLongerLines, isPlainText, quoteString } from 'nodemailer/lib/mime-funcs';
import * as qp from 'nodemailer/lib/qp';

/** A display name and a plain addr-spec (already validated, e.g. with cleanEmail). */
export interface Mailbox {
  readonly name: string;
  readonly address: string;
}

export interface MimeMessage {
  readonly from: Mailbox;
  readonly to: Mailbox;
  readonly replyTo: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
  readonly date: Date;
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
  /** Unstructured extra headers (Auto-Submitted, X-...), written first. Names are ours, never input. */
  readonly headers?: Readonly<Record<string, string>>;
}

// RFC 2045: encoded lines stay within 76 characters; encoded words within 75 (52 bytes of text).
const LINE_LENGTH = 76;
const WORD_BYTES = 52;
const LINE_BREAKS = /\r\n|\r|\n/g;
// Control characters other than HT are not allowed in a header at all.
const HEADER_CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const ALL_CONTROLS = /[\x00-\x1f\x7f]/g;
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\x80-\uFFFF]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\x80-\uFFFF]+)*$/;

/** 'Q' when Latin letters outnumber 8-bit and control characters (readable), else 'B' (shorter). */
function wordEncoding(value: string): 'Q' | 'B' {
  let other = 0;
  let latin = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x80 || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) other++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  return other < latin ? 'Q' : 'B';
}

/**
 * Unstructured header text: a line break becomes a space, so a value can never start a header
 * of its own; other control characters and non-ASCII text go into RFC 2047 encoded words.
 */
function headerText(value: string): string {
  const flat = value.replace(LINE_BREAKS, ' ');
  const encoding = wordEncoding(flat);
  return HEADER_CONTROLS.test(flat) ? encodeWord(flat, encoding, WORD_BYTES) : encodeWords(flat, encoding, WORD_BYTES, true);
}

function addressSpec(address: string): string {
  const clean = address.replace(/[\x00-\x1f\x7f<>]+/g, ' ').trim();
  const at = clean.lastIndexOf('@');
  const local = clean.slice(0, Math.max(at, 0));
  return at > 0 && !DOT_ATOM.test(local) ? `${quoteString(local)}${clean.slice(at)}` : clean;
}

function mailbox({ name, address }: Mailbox): string {
  const spec = addressSpec(address);
  // Control characters are dropped, not encoded: an encoded CR/LF would still reach the reader.
  const display = name.replace(ALL_CONTROLS, ' ');
  if (!display) return /^[^\s"(),:;<>@[\\\]]+@[^\s"(),:;<>@[\\\]]+$/.test(spec) ? spec : `<${spec}>`;
  if (/^[\w ]*$/.test(display)) return `${display} <${spec}>`;
  const encoded = /^[\x20-\x7e]*$/.test(display) ? quoteString(display) : encodeWord(display, wordEncoding(display), WORD_BYTES);
  return `${encoded} <${spec}>`;
}

/** A msg-id is structured: no encoded words, only the characters a header can hold, in <>. */
function messageIdValue(id: string): string {
  const v = id.replace(LINE_BREAKS, ' ').replace(ALL_CONTROLS, '').trim();
  return `${v.startsWith('<') ? '' : '<'}${v}${v.endsWith('>') ? '' : '>'}`;
}

function header(name: string, value: string): string {
  return foldLines(`${name}: ${value}`, LINE_LENGTH);
}

/** Runs `content` through one of nodemailer's encoder streams (they wrap lines as MailComposer did). */
async function encode(encoder: Transform, content: string): Promise<string> {
  encoder.end(Buffer.from(content, 'utf8'));
  const chunks: Buffer[] = [];
  for await (const chunk of encoder) chunks.push(Buffer.from(chunk as string | Buffer));
  return Buffer.concat(chunks).toString('latin1');
}

/** A text part: 7bit when it is short-lined ASCII, else quoted-printable or base64, whichever reads better. */
async function textPart(contentType: string, content: string): Promise<string> {
  let encoding = '7bit';
  let body = content;
  if (!isPlainText(content) || hasLongerLines(content, LINE_LENGTH)) {
    const q = wordEncoding(content) === 'Q';
    encoding = q ? 'quoted-printable' : 'base64';
    body = await encode(q ? new qp.Encoder() : new base64.Encoder(), content);
  }
  return `${header('Content-Type', `${contentType}; charset=utf-8`)}\r\n${header('Content-Transfer-Encoding', encoding)}\r\n\r\n${body}`;
}

/** A boundary no part contains: random, and checked, since a 7bit part carries its text as is. */
function boundaryFor(parts: readonly string[]): string {
  for (;;) {
    const boundary = `--_NmP-${randomBytes(8).toString('hex')}-Part_1`;
    if (!parts.some((p) => p.includes(boundary))) return boundary;
  }
}

/** The complete message: headers (folded, encoded, single-line values; blank ones left out) and both parts. */
export async function buildMimeMessage(m: MimeMessage): Promise<Buffer> {
  const fields: [string, string][] = [
    ...Object.entries(m.headers ?? {}).map(([name, value]): [string, string] => [name, headerText(value)]),
    ['From', mailbox(m.from)],
    ['To', mailbox(m.to)],
    ['Reply-To', mailbox({ name: '', address: m.replyTo })],
    ['In-Reply-To', m.inReplyTo ? messageIdValue(m.inReplyTo) : ''],
    ['References', (m.references ?? []).map(messageIdValue).join(' ')],
    ['Subject', headerText(m.subject)],
    ['Message-ID', messageIdValue(m.messageId)],
    ['Date', m.date.toUTCString().replace(/GMT/, '+0000')],
    ['MIME-Version', '1.0'],
  ];
  const parts = [await textPart('text/plain', m.text), await textPart('text/html', m.html)];
  const boundary = boundaryFor(parts);
  fields.push(['Content-Type', `multipart/alternative; boundary="${boundary}"`]);
  const lines = fields.filter(([, value]) => value.trim() !== '').map(([name, value]) => header(name, value));
  const body = parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n');
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}\r\n--${boundary}--\r\n`, 'utf8');
}
