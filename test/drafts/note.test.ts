import { describe, expect, it } from 'vitest';
import { readNote } from '../../shared/drafts/index.js';
import { tidyRole } from '../../shared/drafts/facts.js';

describe('reading the user\'s note', () => {
  it('finds what was discussed and what to mention, in the employer-facing voice', () => {
    expect(readNote('we talked about their migration to dbt, mention my Airflow project')).toMatchObject({
      topic: 'your migration to dbt',
      mention: 'my Airflow project',
    });
  });

  it('joins several things to mention, turning clauses into that-clauses', () => {
    expect(readNote('remind them of my Tableau certification and mention I led the reporting rewrite at Acme').mention).toBe(
      'my Tableau certification and that I led the reporting rewrite at Acme',
    );
  });

  it('finds what they liked and what they asked about', () => {
    const n = readNote('She liked my dashboard portfolio and they asked me about SQL window functions');
    expect(n.liked).toBe('my dashboard portfolio');
    expect(n.asked).toBe('SQL window functions');
  });

  it('keeps notes to self, tone instructions and bare enthusiasm out of the usable parts', () => {
    for (const note of ['first round next week', 'great chat, keep it short', 'Really excited about this one!', 'fyi', 'Onsite is set for the 22nd.']) {
      const n = readNote(note);
      expect(n.topic ?? n.mention ?? n.liked ?? n.asked ?? null, note).toBeNull();
    }
  });

  it('finds what the employer is building or looking for', () => {
    expect(readNote("They're building a new forecasting team").plans).toBe('building a new forecasting team');
    expect(readNote('they want someone who knows Spark').plans).toBe('looking for someone who knows Spark');
  });

  it('does not mistake "we liked" for the interviewer liking something', () => {
    expect(readNote('we liked their culture').liked).toBeNull();
  });

  it('returns nothing for an empty or missing note', () => {
    expect(readNote(null)).toMatchObject({ topic: null, mention: null, liked: null, other: null });
    expect(readNote('   ')).toMatchObject({ topic: null, mention: null, liked: null, other: null });
  });
});

describe('tidyRole', () => {
  it.each([
    ['Gameplay Engineer interview', 'Gameplay Engineer'],
    ['Interview Senior Platform Engineer (Jonas Hoffmann)', 'Senior Platform Engineer'],
    ['Entretien Senior iOS Developer', 'Senior iOS Developer'],
    ['Frontend Engineer Format: Video call', 'Frontend Engineer'],
    ['*Senior Data Visualization Designer*', 'Senior Data Visualization Designer'],
    ['Signalling Design Engineer post interview', 'Signalling Design Engineer'],
    ['Program Manager, Community Health', 'Program Manager, Community Health'],
  ])('%s -> %s', (raw, clean) => {
    expect(tidyRole(raw)).toBe(clean);
  });
});
