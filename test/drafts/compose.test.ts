import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { composeUserEmail, parseOurMessageId, renderStepDraft } from '../../shared/drafts/index.js';
import type { DraftContext } from '../../shared/drafts/types.js';
import { interviewContext } from './fixtures.js';

async function composed(ctx: DraftContext) {
  const mail = await composeUserEmail(ctx);
  const raw = mail.raw.toString('utf8');
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  const parsed = await PostalMime.parse(mail.raw);
  const header = (name: string) => parsed.headers.filter((h) => h.key === name).map((h) => h.value);
  return { mail, raw, head, parsed, header };
}

function mailtoOf(text: string): string {
  const m = /mailto:[^\s]+/.exec(text);
  if (!m) throw new Error('no mailto link');
  return m[0];
}

function decodeMailto(link: string) {
  const [addr, query] = link.slice('mailto:'.length).split('?');
  const params = Object.fromEntries(
    (query ?? '').split('&').map((kv) => {
      const [k, v] = kv.split('=');
      return [k, decodeURIComponent(v ?? '')];
    }),
  );
  return { to: decodeURIComponent(addr ?? ''), subject: params.subject, body: params.body };
}

describe('the email to the user', () => {
  it('goes to the user only, from us, threaded under the forward, marked auto-generated', async () => {
    const ctx = interviewContext();
    const { mail, parsed, header } = await composed(ctx);
    expect(parsed.to?.map((a) => ('address' in a ? a.address : null))).toEqual(['jordan.lee@example.com']);
    expect(parsed.cc ?? []).toEqual([]);
    expect(header('bcc')).toEqual([]);
    expect(parsed.from?.address).toBe('drafts@runnerup.example');
    expect(parsed.subject).toBe('Draft: thank-you note to Priya Natarajan (Northwind, Senior Data Analyst)');
    expect(parsed.inReplyTo).toBe('<fwd-123@mail.example.com>');
    expect(parsed.references).toContain('<orig-1@northwind.example>');
    expect(parsed.references).toContain('<fwd-123@mail.example.com>');
    expect(header('auto-submitted')).toEqual(['auto-generated']);
    expect(header('x-runnerup-step')).toEqual(['thank-you']);
    expect(parsed.messageId).toBe(mail.messageId);
    expect(parseOurMessageId(parsed.messageId)).toEqual({ applicationId: 'app-northwind-1', step: 'thank-you' });
    expect(parsed.date).toBe(new Date(ctx.now).toISOString());
  });

  it('has a why-now line, the draft set apart, a mailto link, the commands footer, in text and HTML', async () => {
    const ctx = interviewContext();
    const { parsed } = await composed(ctx);
    const text = parsed.text ?? '';
    const html = parsed.html ?? '';
    const draft = renderStepDraft(ctx, 'thank-you');
    expect(text).toMatch(/^Why now: .*24 hours/m);
    expect(text).toContain(draft.body);
    for (const cmd of ['stop all', 'snooze 2w', 'hired', 'list', 'timezone Europe/Berlin', 'help', 'delete my data']) {
      expect(text).toContain(cmd);
      expect(html).toContain(cmd);
    }
    expect(html).toMatch(/<strong>Why now:<\/strong>/);
    expect(html).toContain('href="mailto:priya.natarajan@northwind.example?subject=');
    expect(html).toContain('Hi Priya,'.replace('Hi', draft.body.split(' ')[0] ?? 'Hi'));
  });

  it('has a mailto link (RFC 6068) that decodes back to the draft, with CRLF line breaks', async () => {
    const ctx = interviewContext();
    const { parsed } = await composed(ctx);
    const link = mailtoOf(parsed.text ?? '');
    expect(link).not.toMatch(/[\s<>"]/);
    const draft = renderStepDraft(ctx, 'thank-you');
    const decoded = decodeMailto(link);
    expect(decoded.to).toBe('priya.natarajan@northwind.example');
    expect(decoded.subject).toBe(draft.subject);
    expect(decoded.body).toBe(draft.body.replace(/\n/g, '\r\n'));
    expect(link).toContain('%0D%0A');
    // The HTML href decodes to the same link once attribute-unescaped.
    const href = /href="(mailto:[^"]+)"/.exec(parsed.html ?? '')?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe(link);
  });

  it('shows the user their note-to-self beside the draft rather than in it', async () => {
    const { parsed } = await composed(interviewContext({}, { userNote: 'first round next week' }));
    expect(parsed.text).toMatch(/Your note: "first round next week"/);
  });
});

describe('hostile inbound values', () => {
  const hostile = interviewContext(
    {
      user: { email: 'jordan.lee@example.com', name: 'Jordan\r\nBcc: victim@evil.example' },
      thread: { messageId: '<a@b.example>\r\nBcc: thread@evil.example', references: ['<ok@x.example>', 'junk\nX-Evil: 1'] },
    },
    {
      company: 'Acme\r\nBcc: company@evil.example <script>alert(1)</script>',
      role: '=?utf-8?Q?Analyst=0D=0ABcc:_role@evil.example?=',
      contact: { name: '=?utf-8?B?' + Buffer.from('Eve\r\nBcc: name@evil.example').toString('base64') + '?=', email: 'eve@evil.example' },
      userNote: 'we talked about <img src=x onerror=alert(1)> & "quotes"',
    },
  );

  it('lets no CR/LF (raw or RFC 2047 encoded) reach a header', async () => {
    const { head, parsed, header } = await composed(hostile);
    expect(head).not.toMatch(/^(Bcc|X-Evil):/im);
    expect(header('bcc')).toEqual([]);
    expect(header('x-evil')).toEqual([]);
    expect(parsed.to).toHaveLength(1);
    expect(parsed.subject).not.toMatch(/[\r\n]/);
    expect(parsed.subject).toContain('Acme');
    expect(parsed.inReplyTo ?? '').not.toMatch(/evil/);
    for (const h of parsed.headers) expect(h.value).not.toMatch(/[\r\n]/);
  });

  it('keeps a hostile original subject and cues out of the headers of replies too', async () => {
    const evil = 'Update\r\nBcc: subject@evil.example\r\n\r\n<b>body</b>';
    for (const step of ['rejection-reply', 'understood-other'] as const) {
      const ctx = { ...hostile, step, understood: { kind: 'other' as const, cues: [evil], subject: evil }, application: { ...hostile.application, originalSubject: evil } };
      const { head, parsed } = await composed(ctx);
      expect(head).not.toMatch(/^Bcc:/im);
      expect(parsed.headers.filter((h) => h.key === 'bcc')).toEqual([]);
      expect(parsed.html ?? '').not.toContain('<b>body</b>');
    }
  });

  it('escapes HTML from inbound values', async () => {
    const { parsed } = await composed(hostile);
    const html = parsed.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('caps long values', async () => {
    const { parsed } = await composed(interviewContext({}, { company: 'C'.repeat(5000), role: 'R '.repeat(3000) }));
    expect((parsed.subject ?? '').length).toBeLessThanOrEqual(180);
    expect((parsed.text ?? '').length).toBeLessThan(12_000);
  });

  it('refuses a user address that is not a plain address', async () => {
    await expect(composeUserEmail(interviewContext({ user: { email: 'a@b.example\r\nBcc: x@y.example', name: null } }))).rejects.toThrow(/address/);
  });
});
