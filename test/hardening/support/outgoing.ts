/**
 * What a mail program makes of a mail we send, checked against the hygiene promises: one
 * recipient (the user), single-line bounded headers, no injected header, HTML with only our own
 * tags, and mailto links that decode back to the draft shown beside them.
 */
import { expect } from 'vitest';
import PostalMime, { type Email } from 'postal-mime';
import { MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH } from '../../../shared/drafts/index.js';

/** RFC 5322: a line is at most 998 characters before CRLF. */
export const MAX_LINE_OCTETS = 998;
/** Headers the drafts module writes; anything else would have been injected. */
const OUR_HEADERS = new Set([
  'from', 'to', 'reply-to', 'subject', 'message-id', 'date', 'in-reply-to', 'references', 'mime-version',
  'content-type', 'content-transfer-encoding', 'auto-submitted', 'x-auto-response-suppress', 'x-runnerup-step',
]);
/** Tags our HTML layout uses; a hostile value must never add one (script, img, iframe, style...). */
const OUR_TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'p', 'strong', 'em', 'b', 'i', 'br', 'div', 'span', 'a', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'small', 'hr', 'code']);
/** A start or end tag with double-quoted attributes only. */
const TAG = /^\/?([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z-]+="[^"]*")*)\s*\/?$/;
const OUR_ATTRIBUTES = new Set(['style', 'href', 'charset', 'lang', 'dir']);
/** Characters left bare in a percent-encoded mailto query value (RFC 3986 unreserved + encodeURIComponent's extras). */
const ENCODED_VALUE = /^[A-Za-z0-9\-_.!~*'()%]*$/;

const unescapeHtml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _m);

export interface CheckedMail {
  parsed: Email;
  /** mailto links found in the HTML, decoded. */
  mailtos: { to: string; subject: string; body: string }[];
}

/** Asserts every hygiene promise on one outgoing raw mail; returns what was parsed for more checks. */
export async function checkOutgoing(raw: Uint8Array, user: string): Promise<CheckedMail> {
  const text = Buffer.from(raw).toString('latin1');
  const headEnd = text.indexOf('\r\n\r\n');
  expect(headEnd).toBeGreaterThan(0);
  const head = text.slice(0, headEnd);
  // No bare CR or LF anywhere in the header block: every line break is CRLF...
  expect(head.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = head.split('\r\n');
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
  // ...and every line either starts a header we write or continues the previous one (folding).
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue;
    const name = /^([!-9;-~]+):/.exec(line)?.[1]?.toLowerCase();
    expect(name, `header line ${JSON.stringify(line.slice(0, 80))}`).toBeDefined();
    expect(OUR_HEADERS.has(name ?? ''), `unexpected header ${name}`).toBe(true);
  }

  const parsed = await PostalMime.parse(raw);
  for (const h of parsed.headers) {
    expect(OUR_HEADERS.has(h.key), `unexpected header ${h.key}`).toBe(true);
  }
  for (const key of ['subject', 'from', 'to', 'reply-to', 'x-runnerup-step']) {
    const found = parsed.headers.filter((h) => h.key === key);
    expect(found.length, `${key} headers`).toBeLessThanOrEqual(1);
  }
  expect(parsed.cc ?? []).toEqual([]);
  expect(parsed.bcc ?? []).toEqual([]);
  expect(parsed.to?.map((a) => a.address)).toEqual([user]);
  expect(parsed.to?.[0]?.name.length ?? 0).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  const subject = parsed.subject ?? '';
  expect(subject).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);

  const html = parsed.html ?? '';
  // Every tag is one of ours with only our attributes: hostile text shows up escaped, never as markup.
  for (const m of html.matchAll(/<([^<>]*)>/g)) {
    const inner = m[1]!;
    if (/^!doctype html$/i.test(inner)) continue;
    const tag = TAG.exec(inner);
    expect(tag, `malformed or hostile tag <${inner.slice(0, 80)}>`).not.toBeNull();
    const name = (tag?.[1] ?? '').toLowerCase();
    expect(OUR_TAGS.has(name), `tag <${name}> in the HTML`).toBe(true);
    for (const a of (tag?.[2] ?? '').matchAll(/([A-Za-z-]+)="/g)) {
      expect(OUR_ATTRIBUTES.has(a[1]!.toLowerCase()), `attribute ${a[1]} on <${name}>`).toBe(true);
    }
  }
  const mailtos: CheckedMail['mailtos'] = [];
  for (const m of html.matchAll(/href="([^"]*)"/g)) {
    const href = unescapeHtml(m[1]!);
    expect(href).toMatch(/^(mailto:|https:\/\/)/);
    if (!href.startsWith('mailto:')) continue;
    const [address = '', query = ''] = href.slice('mailto:'.length).split('?');
    expect(href.split('?')).toHaveLength(2);
    const fields: Record<string, string> = {};
    for (const pair of query.split('&')) {
      const [k = '', v = ''] = pair.split('=');
      expect(pair.split('=')).toHaveLength(2);
      expect(v, `mailto ${k} is percent-encoded`).toMatch(ENCODED_VALUE);
      fields[k] = decodeURIComponent(v);
    }
    expect(Object.keys(fields).sort()).toEqual(['body', 'subject']);
    mailtos.push({ to: decodeURIComponent(address), subject: fields.subject ?? '', body: fields.body ?? '' });
  }
  return { parsed, mailtos };
}

/** Asserts a step draft's mailto link decodes back to the draft shown in the text part. */
export function expectMailtoMatchesDraft(checked: CheckedMail): void {
  const text = (checked.parsed.text ?? '').replace(/\r\n/g, '\n');
  expect(checked.mailtos).toHaveLength(1);
  const link = checked.mailtos[0]!;
  expect(link.subject).not.toMatch(/[\r\n]/);
  expect(text).toContain(`Subject: ${link.subject}\n`);
  expect(link.body).not.toMatch(/(^|[^\r])\n/);
  expect(text).toContain(link.body.replace(/\r\n/g, '\n'));
  if (link.to) expect(link.to).toMatch(/^[^\s@,;<>"?&#]+@[^\s@,;<>"?&#]+$/);
}
