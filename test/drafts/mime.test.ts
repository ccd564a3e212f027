import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildMimeMessage, type MimeMessage } from '../../shared/drafts/mime.js';

const base: MimeMessage = {
  from: { name: 'Runner-Up', address: 'drafts@runnerup.example' },
  to: { name: 'Jordan Lee', address: 'jordan.lee@example.com' },
  replyTo: 'followups@runnerup.example',
  subject: 'Draft: thank-you note',
  text: 'Hi Priya,\nThank you.',
  html: '<p>Hi Priya,</p>',
  messageId: '<ru1.abc.thank-you.1@runnerup.example>',
  date: new Date('2026-03-04T16:00:00.000Z'),
  headers: { 'Auto-Submitted': 'auto-generated', 'X-Runnerup-Step': 'thank-you' },
};

async function built(overrides: Partial<MimeMessage> = {}) {
  const raw = await buildMimeMessage({ ...base, ...overrides });
  const text = raw.toString('latin1');
  const head = text.slice(0, text.indexOf('\r\n\r\n'));
  const parsed = await PostalMime.parse(raw);
  // The line break before a boundary belongs to the boundary; postal-mime keeps it on the text.
  const body = { text: parsed.text?.replace(/\r?\n$/, ''), html: parsed.html?.replace(/\r?\n$/, '') };
  const header = (key: string) => parsed.headers.filter((h) => h.key === key).map((h) => h.value);
  return { raw: text, head, parsed, body, header };
}

describe('buildMimeMessage', () => {
  it('writes a multipart/alternative message with the text and the HTML part', async () => {
    const { head, parsed, body, header } = await built();
    expect(head).toMatch(/^Content-Type: multipart\/alternative;\r\n boundary="[^"]+"$/m);
    expect(body).toEqual({ text: 'Hi Priya,\nThank you.', html: '<p>Hi Priya,</p>' });
    expect(parsed.from).toMatchObject({ name: 'Runner-Up', address: 'drafts@runnerup.example' });
    expect(parsed.to).toEqual([{ name: 'Jordan Lee', address: 'jordan.lee@example.com' }]);
    expect(header('reply-to')).toEqual(['followups@runnerup.example']);
    expect(header('mime-version')).toEqual(['1.0']);
    expect(parsed.date).toBe('2026-03-04T16:00:00.000Z');
  });

  it('writes custom headers such as X-Runnerup-Step first', async () => {
    const { head, header } = await built();
    expect(head.split('\r\n').slice(0, 2)).toEqual(['Auto-Submitted: auto-generated', 'X-Runnerup-Step: thank-you']);
    expect(header('x-runnerup-step')).toEqual(['thank-you']);
  });

  it('threads with bracketed Message-ID, In-Reply-To and References', async () => {
    const { parsed, header } = await built({ inReplyTo: 'fwd@mail.example', references: ['<a@b.example>', '<fwd@mail.example>'] });
    expect(parsed.messageId).toBe('<ru1.abc.thank-you.1@runnerup.example>');
    expect(parsed.inReplyTo).toBe('<fwd@mail.example>');
    expect(header('references')).toEqual(['<a@b.example> <fwd@mail.example>']);
  });

  it('leaves out blank threading headers', async () => {
    const { head } = await built({ references: [] });
    expect(head).not.toMatch(/^(In-Reply-To|References):/im);
  });

  it('encodes non-ASCII subjects and names as RFC 2047 words of at most 75 characters, folded', async () => {
    const subject = `Draft: thank-you note to Zoë (Nörthwind — ${'very long company '.repeat(5)})`;
    const { head, parsed } = await built({ subject, to: { name: 'Jördan Lee', address: 'jordan.lee@example.com' } });
    expect(parsed.subject).toBe(subject);
    expect(parsed.to?.[0]?.name).toBe('Jördan Lee');
    expect(head).toMatch(/^Subject: =\?UTF-8\?Q\?/m);
    for (const word of head.match(/=\?[^?]+\?[QB]\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('turns CR/LF in any header value into a space, so no value starts a header of its own', async () => {
    const { head, header } = await built({
      subject: 'Hi\r\nBcc: victim@evil.example',
      to: { name: 'Jordan\r\nBcc: to@evil.example', address: 'jordan.lee@example.com' },
      headers: { 'X-Runnerup-Step': 'help\nBcc: step@evil.example' },
      inReplyTo: '<a@b.example>\r\nBcc: thread@evil.example',
    });
    expect(head).not.toMatch(/^Bcc:/im);
    expect(header('bcc')).toEqual([]);
    expect(head.replace(/\r\n[ \t]/g, ' ').split('\r\n').every((l) => /^[A-Za-z-]+: /.test(l))).toBe(true);
  });

  it('sends short-lined ASCII as 7bit, mostly-Latin text as quoted-printable and other scripts as base64', async () => {
    const text = `Grüße aus Köln, ${'und noch mehr Text '.repeat(6)}`;
    const { raw, body } = await built({ text, html: 'Привет, '.repeat(20) });
    expect(raw).toMatch(/text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable/);
    expect(raw).toMatch(/text\/html; charset=utf-8\r\nContent-Transfer-Encoding: base64/);
    expect(body).toEqual({ text, html: 'Привет, '.repeat(20) });
    expect((await built()).raw).toMatch(/text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit/);
  });

  it('keeps encoded body lines within 76 characters', async () => {
    const { raw } = await built({ text: `${'ä'.repeat(300)}\n${'x '.repeat(200)}`, html: 'Ω'.repeat(500) });
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });
});
