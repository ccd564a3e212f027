import { Parser } from 'htmlparser2';
import { MAX_HTML_CHARS } from './limits.js';

// Elements that stand on lines of their own; the second set is set off by a blank line (paragraphs).
const BLOCK = new Set([
  'address', 'article', 'aside', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'section', 'summary', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
]);
const PARAGRAPH = new Set(['blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'p', 'pre', 'table', 'ul']);
// Content that is not text a reader sees.
const HIDDEN = new Set(['head', 'noscript', 'object', 'script', 'style', 'svg', 'template', 'title']);

/**
 * Plain text of an HTML body, with block structure kept as line breaks (forward headers depend on
 * it): blocks and <br> break lines, paragraphs are set off by a blank line, runs of white space
 * collapse, links keep their text, images and scripts vanish. htmlparser2's tokenizer (tolerant of
 * broken markup, decodes entities) streams the tags; no DOM is built.
 */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  let line = '';
  let breaks = 0;
  let hidden = 0;
  let pre = 0;
  const flush = () => {
    out.push(line.trimEnd());
    line = '';
  };
  const request = (n: number) => {
    breaks = Math.max(breaks, n);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (name === 'br') {
          flush();
          breaks = 0;
        } else if (PARAGRAPH.has(name)) request(2);
        else if (BLOCK.has(name)) request(1);
        if (name === 'pre') pre++;
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (PARAGRAPH.has(name)) request(2);
        else if (BLOCK.has(name)) request(1);
        if (name === 'pre') pre = Math.max(0, pre - 1);
      },
      ontext(raw) {
        if (hidden > 0) return;
        const text = pre > 0 ? raw : raw.replace(/\s+/g, ' ');
        // White space between blocks, or doubled inside a line, is layout, not text.
        if (!text || (text === ' ' && (breaks > 0 || line === '' || line.endsWith(' ')))) return;
        if (breaks > 0 && (line !== '' || out.length > 0)) {
          flush();
          for (let i = 1; i < breaks; i++) out.push('');
        }
        breaks = 0;
        if (pre > 0 && text.includes('\n')) {
          const [first = '', ...rest] = text.split('\n');
          line += first;
          for (const r of rest) {
            flush();
            line = r;
          }
        } else line += line === '' ? text.trimStart() : text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  flush();
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
