import { describe, expect, it } from 'vitest';
import { findForwardBlock } from '../../../shared/understand/forward-block.js';

describe('findForwardBlock', () => {
  it('reads an Outlook block with the note above it', () => {
    const text = 'FYI\n\n________________________________\nFrom: Jane Doe <jane@acme.com>\nSent: Monday, March 2, 2026 10:15 AM\nTo: Bob <bob@outlook.com>\nSubject: Interview\n\nHi Bob';
    const b = findForwardBlock(text);
    expect(b?.fields.from).toBe('Jane Doe <jane@acme.com>');
    expect(b?.fields.subject).toBe('Interview');
    expect(b?.above.trim()).toBe('FYI');
    expect(b?.body.trim()).toBe('Hi Bob');
  });

  it('reads Thunderbird (Subject first) and German headers', () => {
    const tb = findForwardBlock('-------- Forwarded Message --------\nSubject: \tHi\nDate: \tMon, 2 Mar 2026 10:15:00 +0100\nFrom: \tJane <j@x.com>\nTo: \tb@y.com\n\nBody');
    expect(tb?.fields.date).toBe('Mon, 2 Mar 2026 10:15:00 +0100');
    const de = findForwardBlock('---------- Weitergeleitete Nachricht ---------\nVon: Anna <a@x.de>\nDatum: Mo., 4. Mai 2026 um 08:21 Uhr\nBetreff: Ihre Bewerbung\nAn: <b@y.de>\n\nHallo');
    expect(de?.fields.subject).toBe('Ihre Bewerbung');
  });

  it('finds nothing in ordinary prose with a colon', () => {
    expect(findForwardBlock('Date: Tuesday\nTime: 2pm\nPlace: office')).toBeNull();
  });
});
