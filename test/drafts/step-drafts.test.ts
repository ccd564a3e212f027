import { describe, expect, it } from 'vitest';
import { STEP_IDS, type StepId } from '../../shared/domain/types.js';
import { MAX_DRAFT_WORDS, renderStepDraft, wordCount } from '../../shared/drafts/index.js';
import { interviewContext } from './fixtures.js';

const draft = (step: StepId, app = {}, over = {}) => renderStepDraft(interviewContext({ step, ...over }, app), step);
const PLACEHOLDER = /\[[^\]]+\]/g;

describe('notes to employers', () => {
  it.each(STEP_IDS)('%s is addressed to the contact, names company and role, is signed, and stays short', (step) => {
    const d = draft(step);
    expect(d.body.split('\n')[0]).toMatch(/^(Hi|Hello|Dear) Priya,$/);
    expect(d.body).toContain('Northwind');
    expect(`${d.subject}\n${d.body}`).toContain('Senior Data Analyst');
    expect(d.body.trimEnd().endsWith('\nJordan Lee')).toBe(true);
    expect(wordCount(d.body)).toBeLessThanOrEqual(MAX_DRAFT_WORDS);
    expect(d.to).toBe('priya.natarajan@northwind.example');
    // No placeholder for anything we know.
    for (const p of d.body.match(PLACEHOLDER) ?? []) expect(p).not.toMatch(/name|company|role|position/i);
  });

  it('weaves the substance of the note into the thank-you instead of pasting it', () => {
    const d = draft('thank-you');
    expect(d.body).toMatch(/your migration to dbt/);
    expect(d.body).toMatch(/my Airflow project/);
    expect(d.body).not.toMatch(/their migration|mention my|we talked about/i);
    expect(d.body).not.toMatch(PLACEHOLDER);
  });

  it('turns "mention that ..." into a sentence of its own', () => {
    const d = draft('thank-you', { userNote: "We discussed their data platform roadmap. Mention that I'm available from March." });
    expect(d.body).toMatch(/your data platform roadmap/);
    expect(d.body).toMatch(/I also wanted to mention that I'm available from March\./);
  });

  it('leaves a note-to-self out of the draft and asks for one specific detail instead', () => {
    const d = draft('thank-you', { userNote: 'first round next week' });
    expect(d.body).not.toMatch(/first round/i);
    expect(d.body).toMatch(/\[one specific thing you discussed\]/);
  });

  it('says when the interview was, relative to the moment the draft arrives', () => {
    expect(draft('thank-you').body).toMatch(/today/);
    const later = draft('status-check', {}, { at: '2026-03-17T12:00:00Z' });
    expect(later.body).toMatch(/on Tuesday|on 10 March/);
  });

  it('answers a rejection graciously and never asks why', () => {
    const d = draft('rejection-reply', { stage: 'rejected' });
    expect(d.body).toMatch(/thank you/i);
    expect(d.body).toMatch(/wish/i);
    expect(d.body).toMatch(/would love to hear from you/i);
    expect(d.body).toMatch(/does not work out|things change|open/i);
    expect(d.body).not.toMatch(/\bwhy\b|feedback on/i);
    expect(d.subject).toBe('Re: Interview: Senior Data Analyst');
    expect(d.body).not.toMatch(/disappoint|unfortunately|unfair/i);
  });

  it('asks how to become the stronger candidate with a career goal and why this company', () => {
    const d = draft('growth-ask', { stage: 'rejected' });
    expect(d.body).toMatch(/My goal is to \[your career goal\]/);
    expect(d.body).toMatch(/Northwind remains my first choice because/);
    expect(d.body).toMatch(/skills or experience would make me a stronger candidate/);
  });

  it('keeps in touch with a genuine-update placeholder and no pressure', () => {
    for (const step of ['keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3'] as const) {
      const d = draft(step, { stage: 'rejected', userNote: null });
      expect(d.body).toMatch(/A quick update: \[/);
      expect(d.body).toMatch(/stay in touch/);
      expect(d.body).not.toMatch(/please reconsider|why/i);
    }
  });

  it('status check names the decision date they gave', () => {
    const d = draft('status-check', { decisionBy: '2026-03-13' });
    expect(d.body).toMatch(/decide by Friday 13 March/);
  });

  it('uses placeholders only for what is truly unknown', () => {
    const d = renderStepDraft(
      interviewContext({ user: { email: 'x@example.com', name: null } }, { contact: { name: null, email: 'no-reply@greenhouse.io' }, company: null, role: null, userNote: null }),
      'thank-you',
    );
    expect(d.body).toMatch(/^Hi \[Name\],|^Hello \[Name\],|^Dear \[Name\],/);
    expect(d.body).toContain('[Company]');
    expect(d.body).toMatch(/\[Your name\]$/);
    expect(d.to).toBeNull(); // a no-reply robot is not someone to write to
  });

  it('greets by first name from "Last, First", a first.last address, or "Dr. Full Name"', () => {
    expect(draft('thank-you', { contact: { name: 'Natarajan, Priya', email: null } }).body).toMatch(/^\w+ Priya,/);
    expect(draft('thank-you', { contact: { name: null, email: 'sam.oduya@juniperlabs.com' } }).body).toMatch(/^\w+ Sam,/);
    expect(draft('thank-you', { contact: { name: 'Dr. Ana Lopez', email: null } }).body).toMatch(/^\w+ Dr\. Lopez,/);
    expect(draft('thank-you', { contact: { name: 'Oakridge District Council', email: 'recruitment@oakridge.gov.uk' } }).body).toMatch(/\[Name\]/);
  });

  it('varies the wording between applications, deterministically', () => {
    const bodies = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => draft('thank-you', { id }).body);
    expect(new Set(bodies).size).toBeGreaterThan(2);
    expect(draft('thank-you', { id: 'a1' }).body).toBe(bodies[0]);
  });

  it('caps a very long note so the draft stays under the word limit', () => {
    const long = `we talked about ${'their very large and complicated data warehouse '.repeat(30)}, mention ${'my project '.repeat(40)}`;
    for (const step of STEP_IDS) expect(wordCount(draft(step, { userNote: long }).body)).toBeLessThanOrEqual(MAX_DRAFT_WORDS);
  });
});

describe('names as people write them', () => {
  it('fixes the case of an all-caps contact and an all-lowercase signer', () => {
    const d = renderStepDraft(
      interviewContext({ user: { email: 'j@example.com', name: 'jordan lee' } }, { contact: { name: 'PRIYA NATARAJAN', email: null } }),
      'thank-you',
    );
    expect(d.body).toMatch(/^\w+ Priya,/);
    expect(d.body).toMatch(/\nJordan Lee$/);
  });
});

describe('who the draft is addressed to', () => {
  it.each(['no-reply@company.example', 'donotreply@company.example', 'notifications@app.greenhouse.io', 'jobs@hire.lever.co', 'x@myworkday.com'])(
    'leaves %s out of the mailto',
    (email) => {
      expect(renderStepDraft(interviewContext({}, { contact: { name: 'Priya Natarajan', email } }), 'thank-you').to).toBeNull();
    },
  );

  it('keeps a person\'s or a recruiting team\'s own address', () => {
    expect(renderStepDraft(interviewContext({}, { contact: { name: null, email: 'careers@tessellate.com' } }), 'rejection-reply').to).toBe('careers@tessellate.com');
  });
});
