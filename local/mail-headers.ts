/**
 * Just enough header reading for the runtime's own bookkeeping (outbox file names, the envelope
 * sender of `runnerup send`). Understanding mail is shared/understand's job, not this file's.
 */

// Only the header block is searched, and only so far: a body never decides anything here.
const HEADER_SCAN_BYTES = 64 * 1024;

/** The unfolded header block of a raw message. */
export function headerBlock(raw: Uint8Array): string {
  const text = Buffer.from(raw.subarray(0, HEADER_SCAN_BYTES)).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
}

/** The first value of a header (case-insensitive name), trimmed; null when absent or empty. */
export function headerValue(headers: string, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const line of headers.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) return line.slice(colon + 1).trim() || null;
  }
  return null;
}

/** The email address in a From-style value (`Ann <ann@x.org>` or `ann@x.org`), lower-cased, or null. */
export function addressOf(value: string | null): string | null {
  if (!value) return null;
  const angle = /<([^<>\s@]+@[^<>\s@]+)>/.exec(value);
  const bare = angle ? angle[1] : /[^\s<>"(),;:@]+@[^\s<>"(),;:@]+/.exec(value)?.[0];
  return bare ? bare.toLowerCase() : null;
}
