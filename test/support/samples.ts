/** Small builders of workflow values for tests. */
import type { Understood } from '../../shared/domain/types.js';
import type { Application } from '../../shared/workflow/application.js';

export function sampleUnderstood(overrides: Partial<Understood> = {}): Understood {
  return {
    forwardedBy: 'ada@example.com',
    forwarderName: 'Ada Lovelace',
    kind: 'interview',
    cues: ['test'],
    company: 'Northwind',
    role: 'Senior Data Analyst',
    contact: { name: 'Priya Natarajan', email: 'priya@northwind.example' },
    interviewAt: '2026-03-04T15:00:00.000Z',
    decisionBy: null,
    userNote: null,
    original: { from: { name: 'Priya Natarajan', email: 'priya@northwind.example' }, subject: 'Interview', date: '2026-03-02T10:00:00.000Z' },
    outer: {
      from: { name: 'Ada Lovelace', email: 'ada@example.com' },
      to: ['followups@runnerup.test'],
      subject: 'Fwd: Interview',
      date: '2026-03-02T14:00:00.000Z',
      dateOffsetMinutes: 0,
      messageId: '<fwd1@example.com>',
      inReplyTo: null,
      references: [],
      autoSubmitted: null,
      precedence: null,
      listId: null,
      returnPath: null,
      contentType: 'text/plain',
      runnerupStep: null,
      topText: '',
    },
    ...overrides,
  };
}

export function sampleApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app0001',
    user: 'ada@example.com',
    company: 'Northwind',
    role: 'Senior Data Analyst',
    contact: { name: 'Priya Natarajan', email: 'priya@northwind.example' },
    stage: 'interviewing',
    key: 'northwind|senior data analyst',
    interviewAt: null,
    decisionBy: null,
    source: sampleUnderstood(),
    steps: [],
    snoozedUntil: null,
    applied: [],
    createdAt: '2026-03-02T15:00:00.000Z',
    updatedAt: '2026-03-02T15:00:00.000Z',
    version: 0,
    ...overrides,
  };
}
