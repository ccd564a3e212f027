import { UnreadableMailError } from './errors.js';
import { MAX_MESSAGE_BYTES, MAX_PARSE_BYTES } from './limits.js';

// How much of the start of the input we inspect to tell mail from junk.
const SNIFF_BYTES = 4096;
// Share of control bytes above which the start of the input is binary data, not text.
const MAX_CONTROL_SHARE = 0.05;
const HEADER_LINE = /^[!-9;-~]{1,76}:/;
// Control bytes that text does not contain (tab, LF, FF, CR and ESC are allowed).
const CONTROL = /[\0-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;
const LATIN1 = new TextDecoder('latin1');
/** Headers of which at least one appears in anything that claims to be an email. */
export const MAIL_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'received', 'delivered-to', 'return-path', 'sender', 'mime-version'];

/** Normalises input to bytes and rejects what is plainly not an email, with a one-sentence reason. */
export function checkInput(raw: Uint8Array | string): Uint8Array {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new UnreadableMailError(`The message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MB, the most accepted.`);
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  // Byte-wise checks through regexes over the latin1 view (one char per byte): native, not a JS loop.
  const sniffed = LATIN1.decode(head);
  if (!/[!-\xff]/.test(sniffed)) throw new UnreadableMailError('The file is empty, not an email.');
  const control = sniffed.match(CONTROL)?.length ?? 0;
  if (control / head.length > MAX_CONTROL_SHARE) throw new UnreadableMailError('The file is binary data, not an email.');
  let text = sniffed.replace(/^\uFEFF/, '').replace(/^[\r\n\t ]+/, '');
  if (text.startsWith('From ')) text = text.slice(text.indexOf('\n') + 1); // mbox separator line
  if (!HEADER_LINE.test(text)) throw new UnreadableMailError('The file does not start with email headers, so it is not an email.');
  return normaliseBareCr(bytes.length > MAX_PARSE_BYTES ? bytes.subarray(0, MAX_PARSE_BYTES) : bytes);
}

// How far we look for bare CR line ends: the header block lives at the start.
const BARE_CR_SNIFF_BYTES = 64 * 1024;

/**
 * Mail with bare CR line ends (no LF) reads to postal-mime as one endless header line, which
 * costs about a second per 2 MB; rewriting lone CRs to CRLF makes it ordinary mail again.
 */
export function normaliseBareCr(bytes: Uint8Array): Uint8Array {
  const sniff = Math.min(bytes.length, BARE_CR_SNIFF_BYTES);
  let lone = false;
  // indexOf is native and fast; most mail has only CRLF line ends.
  for (let i = bytes.indexOf(13); i >= 0 && i < sniff; i = bytes.indexOf(13, i + 1)) {
    if (bytes[i + 1] !== 10) {
      lone = true;
      break;
    }
  }
  if (!lone) return bytes;
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 13 && bytes[i + 1] !== 10) extra++;
  const out = new Uint8Array(bytes.length + extra);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out[j++] = b;
    if (b === 13 && bytes[i + 1] !== 10) out[j++] = 10;
  }
  return out;
}
