import { compile } from 'html-to-text';
import { MAX_HTML_CHARS } from './limits.js';

// Compiled once: html-to-text builds its selector tables per options object, which is
// the expensive part when called per message.
const convert = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
    { selector: 'th', format: 'block' },
    { selector: 'blockquote', options: { trimEmptyLines: true } },
  ],
  limits: { maxInputLength: MAX_HTML_CHARS, ellipsis: '' },
});

/** Plain text of an HTML body, with block structure kept as line breaks (forward headers depend on it). */
export function htmlToPlainText(html: string): string {
  return convert(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
}
