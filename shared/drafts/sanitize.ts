import { MAX_EMAIL_LENGTH } from './limits.js';

// RFC 2047 encoded-word: a name like "=?utf-8?Q?x=0D=0ABcc:_y?=" decodes to CR/LF. We decode
// before cleaning so an encoded line break is stripped like a raw one.
const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

function decodeEncodedWords(value: string): string {
  return value.replace(ENCODED_WORD, (whole, charset: string, enc: string, text: string) => {
    try {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return new TextDecoder(charset.split('*')[0]?.toLowerCase() || 'utf-8').decode(bytes);
    } catch {
      return whole;
    }
  });
}

/**
 * One clean line from an untrusted value: encoded words decoded, every control character
 * (CR, LF, NUL, tabs, Unicode line separators) turned into a space, whitespace collapsed,
 * capped at `max` characters (on a word boundary where possible, with an ellipsis).
 */
export function cleanLine(value: string | null | undefined, max: number): string {
  if (!value) return '';
  const flat = wellFormed(decodeEncodedWords(String(value)))
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return capLength(flat, max);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone UTF-16 surrogates (broken input) with U+FFFD, as String#toWellFormed does. */
function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/** Caps `value` at `max` characters, cutting at a word boundary when one is near. */
export function capLength(value: string, max: number): string {
  if (value.length <= max) return value;
  // Never cut between the two halves of a surrogate pair: a lone half makes encodeURIComponent throw.
  const end = Math.max(0, max - 1);
  const cut = value.slice(0, /[\uD800-\uDBFF]/.test(value.charAt(end - 1)) ? end - 1 : end);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Multi-line untrusted text: control characters removed, line breaks kept as \n, capped. */
export function cleanText(value: string | null | undefined, max: number): string {
  if (!value) return '';
  const text = wellFormed(String(value))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capLength(text, max);
}

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A plain addr-spec we are willing to put in a mailto link, or null. */
export function cleanEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = String(value).trim();
  if (v.length > MAX_EMAIL_LENGTH || !EMAIL.test(v)) return null;
  return v;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
