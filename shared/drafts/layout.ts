import { footerHtml, footerText } from './footer.js';
import { escapeHtml } from './sanitize.js';

const RULE = '-'.repeat(64);
const FONT = 'font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222';

/** A block of the user's email; text is plain and escaped for HTML here, never by callers. */
export type Block =
  | { kind: 'para'; text: string; strong?: string }
  | { kind: 'draft'; header: string[]; body: string }
  | { kind: 'link'; label: string; href: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'html'; text: string; html: string };

/** Renders blocks as the plain-text part (footer included). */
export function toText(blocks: Block[]): string {
  const parts = blocks.map((b) => {
    switch (b.kind) {
      case 'para':
        return b.strong ? `${b.strong} ${b.text}` : b.text;
      case 'draft':
        return [...b.header, RULE, b.body, RULE].join('\n');
      case 'link':
        return `${b.label}:\n${b.href}`;
      case 'list':
        return b.items.map((i) => `  - ${i}`).join('\n');
      case 'html':
        return b.text;
    }
  });
  return `${[...parts, footerText()].join('\n\n')}\n`;
}

function paragraphs(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** Renders blocks as the HTML part; every text value is escaped here. */
export function toHtml(blocks: Block[], title: string): string {
  const parts = blocks.map((b) => {
    switch (b.kind) {
      case 'para':
        return `<p>${b.strong ? `<strong>${escapeHtml(b.strong)}</strong> ` : ''}${paragraphs(b.text)}</p>`;
      case 'draft':
        return (
          `<p style="color:#555;font-size:13px;margin-bottom:4px">${b.header.map(paragraphs).join('<br>')}</p>` +
          `<div style="border-left:4px solid #3b7d5a;background:#f5f8f6;padding:12px 16px;white-space:pre-wrap">${paragraphs(b.body)}</div>`
        );
      case 'link':
        return `<p><a href="${escapeHtml(b.href)}" style="display:inline-block;background:#3b7d5a;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">${escapeHtml(b.label)}</a></p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${paragraphs(i)}</li>`).join('')}</ul>`;
      case 'html':
        return b.html;
    }
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="${FONT}">${parts.join('')}${footerHtml()}</body></html>`;
}
