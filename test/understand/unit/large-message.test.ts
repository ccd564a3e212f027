import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understand/index.js';
import { MAX_PARSE_BYTES } from '../../../shared/understand/limits.js';

// A forwarded rejection whose original carries a big attachment after its text: the text decides.
function withBigAttachment(attachmentBytes: number): string {
  const base64 = Buffer.alloc(attachmentBytes, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: Ada Lovelace <ada@example.com>',
    'To: followups@runnerup.example',
    'Subject: Fwd: Your application to Northwind',
    'Date: Tue, 10 Mar 2026 09:00:00 +0000',
    'Message-ID: <big-1@example.com>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '---------- Forwarded message ---------',
    'From: Priya Natarajan <priya@northwind.com>',
    'Date: Mon, Mar 9, 2026 at 4:00 PM',
    'Subject: Your application to Northwind',
    'To: Ada Lovelace <ada@example.com>',
    '',
    'Dear Ada,',
    'Thank you for interviewing for the Senior Data Analyst role. Unfortunately, we have decided to move forward with another candidate.',
    'Best, Priya',
    '--b1',
    'Content-Type: application/pdf; name="portfolio.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    '--b1--',
    '',
  ].join('\r\n');
}

describe('a message larger than the parse limit', () => {
  it('is understood from its first part when an attachment makes it large', async () => {
    const raw = withBigAttachment(3 * MAX_PARSE_BYTES);
    expect(raw.length).toBeGreaterThan(MAX_PARSE_BYTES);
    const understood = await understand(raw);
    expect(understood.kind).toBe('rejection');
    expect(understood.forwardedBy).toBe('ada@example.com');
    expect(understood.contact.email).toBe('priya@northwind.com');
  });
});
