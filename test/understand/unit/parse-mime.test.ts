import { describe, expect, it } from 'vitest';
import { parseMime } from '../../../shared/understand/parse-mime.js';
import { repairCp1252 } from '../../../shared/understand/cp1252.js';
import { MAX_DISPLAY_NAME_CHARS } from '../../../shared/understand/limits.js';

describe('parseMime', () => {
  it('derives text from HTML-only mail, keeping table cells on their own lines', async () => {
    const raw = 'From: a@x.com\r\nSubject: =?UTF-8?B?w4lsw6h2ZQ==?=\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<table><tr><td>When</td><td>Monday</td></tr></table><p>Hi&nbsp;there</p>';
    const m = await parseMime(raw);
    expect(m.subject).toBe('Élève');
    expect(m.fromHtml).toBe(true);
    expect(m.text).toMatch(/When\s*\n+\s*Monday/);
  });

  it('repairs windows-1252 punctuation that Node decodes as latin1', () => {
    expect(repairCp1252('we\u0092re \u0096 \u0080 5')).toBe('we’re – € 5');
  });

  it('reads the Date header offset', async () => {
    const m = await parseMime('From: a@x.com\r\nDate: Tue, 3 Mar 2026 09:00:00 -0500\r\n\r\nhi');
    expect(m.date).toBe('2026-03-03T14:00:00Z');
    expect(m.dateOffsetMinutes).toBe(-300);
  });

  it('folds white space in display names and caps their length (a hostile name of thousands of spaces)', async () => {
    const m = await parseMime(`From: "Acme${' '.repeat(40_000)}Careers" <jobs@acme.com>\r\nReply-To: "${'Ann '.repeat(2_000)}" <ann@acme.com>\r\nSubject: Hi\r\n\r\nBody`);
    expect(m.from?.name).toBe('Acme Careers');
    expect(m.replyTo[0]?.name.length).toBe(MAX_DISPLAY_NAME_CHARS);
  });
});

