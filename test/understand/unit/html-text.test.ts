import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../shared/understand/html-text.js';
import { MAX_HTML_CHARS } from '../../../shared/understand/limits.js';

describe('htmlToPlainText', () => {
  it('breaks lines at blocks and <br>, sets paragraphs off by a blank line, collapses layout space', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><div>From: <b>Jane</b>\n  &lt;jane@acme.com&gt;</div><div>Sent: Monday</div><div><br></div><p>Hi&nbsp;Bob,</p>\n<p>See   you<br>soon</p></body></html>';
    expect(htmlToPlainText(html)).toBe('From: Jane <jane@acme.com>\nSent: Monday\n\nHi Bob,\n\nSee you\nsoon');
  });

  it('keeps link text, drops images and scripts, and keeps <pre> as written', () => {
    const html = '<p>Book <a href="https://cal.com/x">a slot</a><img src="logo.png" alt="Logo"><script>var a = 1;</script></p><pre>Line 1\n  Line 2</pre>';
    expect(htmlToPlainText(html)).toBe('Book a slot\n\nLine 1\n  Line 2');
  });

  it('puts table cells on lines of their own', () => {
    expect(htmlToPlainText('<table><tr><th>When</th><td>Monday 10:00</td></tr><tr><td>Where</td><td>Zoom</td></tr></table>')).toBe('When\nMonday 10:00\nWhere\nZoom');
  });

  it('survives broken markup and reads only the first MAX_HTML_CHARS', () => {
    expect(htmlToPlainText('<div><p>Hi <b>there</div><td>x')).toBe('Hi there\n\nx'); // the div's end closes the paragraph
    expect(htmlToPlainText(`<p>${'a '.repeat(MAX_HTML_CHARS)}</p>`).length).toBeLessThanOrEqual(MAX_HTML_CHARS);
  });
});
