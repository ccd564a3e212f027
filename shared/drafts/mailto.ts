/**
 * An RFC 6068 mailto: URI. Subject and body are percent-encoded (encodeURIComponent leaves only
 * unreserved characters and RFC 6068 some-delims bare); line breaks are sent as %0D%0A.
 */
export function mailtoLink(to: string | null, subject: string, body: string): string {
  const crlfBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  // Keep the '@' literal (some clients do not decode %40 in the address part).
  const addr = to
    ? to
        .split('@')
        .map((part) => encodeURIComponent(part))
        .join('@')
    : '';
  return `mailto:${addr}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlfBody)}`;
}
