import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Story } from './harness.js';

// What must never be answered, checked end to end through the inbound handler (real verdict
// handling, real workflow, DynamoDB/S3/SES stand-ins): nothing is sent and nothing is scheduled.
const ADA = 'ada@example.com';
const interview = readFileSync(new URL('./mail/1-interview.eml', import.meta.url), 'utf8');

describe('mail that gets no answer, through the inbound handler', () => {
  let story: Story;
  beforeAll(async () => {
    story = await Story.start({
      now: '2026-03-02T13:05:00Z',
      users: [{ email: ADA, name: 'Ada Lovelace', timeZone: 'Europe/Berlin' }],
    });
  });
  afterAll(async () => story?.stop());

  const outcomes = (o: Awaited<ReturnType<Story['receive']>>) =>
    o.results.map((r) => (r as { results: { outcome: string }[] }).results[0]?.outcome);

  it('drops a forward in Ada\'s name that SES could not authenticate', async () => {
    const o = await story.receive(interview, ADA, {
      spfVerdict: { status: 'FAIL' },
      dkimVerdict: { status: 'FAIL' },
      dmarcVerdict: { status: 'FAIL' },
      dmarcPolicy: { status: 'REJECT' },
    });

    expect(o.errors).toEqual([]);
    expect(outcomes(o)).toContain('dropped');
    expect(outcomes(o)).not.toContain('processed');
    expect(story.delivered).toEqual([]);
    expect(story.created).toEqual([]);
  });

  it('drops mail from a sender who is not registered, authenticated or not', async () => {
    const stranger = interview
      .replace('From: Ada Lovelace <ada@example.com>', 'From: Mallory <mallory@example.net>')
      .replace('<CAF=story-interview@mail.gmail.com>', '<stranger-1@example.net>');
    const o = await story.receive(stranger, 'mallory@example.net');

    expect(o.errors).toEqual([]);
    expect(outcomes(o).every((x) => x === 'dropped' || x === 'duplicate')).toBe(true);
    expect(story.delivered).toEqual([]);
    expect(story.created).toEqual([]);
  });

  it('drops an auto-reply even from Ada', async () => {
    const auto = interview
      .replace('MIME-Version: 1.0', 'Auto-Submitted: auto-replied\nMIME-Version: 1.0')
      .replace('<CAF=story-interview@mail.gmail.com>', '<auto-1@mail.gmail.com>');
    const o = await story.receive(auto, ADA);

    expect(o.errors).toEqual([]);
    expect(outcomes(o)).toContain('dropped');
    expect(story.delivered).toEqual([]);
    expect(story.created).toEqual([]);
  });

  it('still processes the same forward once it is authenticated', async () => {
    const o = await story.receive(interview, ADA);

    expect(o.errors).toEqual([]);
    expect(outcomes(o)).toContain('processed');
    expect(story.pending().map((p) => p.step)).toEqual(['thank-you', 'status-check']);
  });
});
