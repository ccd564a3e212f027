import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoLink, ourMessageId, parseOurMessageId } from '../../shared/drafts/index.js';

describe('our Message-IDs', () => {
  it('round-trips any application id and step', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom('thank-you', 'keep-in-touch-2', 'list', 'help'), (id, step) => {
        const mid = ourMessageId(id, step, 'n0nce', 'runnerup.example');
        expect(mid).toMatch(/^<[^<>\s]+@runnerup\.example>$/);
        expect(parseOurMessageId(mid)).toEqual({ applicationId: id, step });
        expect(parseOurMessageId(mid.slice(1, -1))).toEqual({ applicationId: id, step });
      }),
    );
  });

  it('does not claim anyone else\'s ids, or ours with an unknown step', () => {
    expect(parseOurMessageId('<CAF=abc@mail.gmail.com>')).toBeNull();
    expect(parseOurMessageId('<ru1.YQ.not-a-step.x@runnerup.example>')).toBeNull();
    expect(parseOurMessageId('')).toBeNull();
    expect(parseOurMessageId(null)).toBeNull();
  });

  it('refuses an unknown step when building', () => {
    expect(() => ourMessageId('a', 'frobnicate', 'n', 'x.example')).toThrow(/unknown step/);
  });
});

describe('mailtoLink', () => {
  it('percent-encodes subject and body so they decode back exactly', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const link = mailtoLink('a.b@example.com', subject, body);
        const [, query] = link.split('?');
        const [s, b] = (query ?? '').split('&');
        expect(decodeURIComponent(s?.slice('subject='.length) ?? '')).toBe(subject);
        expect(decodeURIComponent(b?.slice('body='.length) ?? '')).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
        expect(link).not.toMatch(/[\s"<>]/);
      }),
    );
  });

  it('leaves the address out when unknown', () => {
    expect(mailtoLink(null, 'Hi', 'x')).toBe('mailto:?subject=Hi&body=x');
  });
});
