import type { DraftContext } from '../../shared/drafts/types.js';

/** A realistic context: the user forwarded an interview invite from Priya at Northwind. */
export function interviewContext(over: Partial<DraftContext> = {}, app: Partial<DraftContext['application']> = {}): DraftContext {
  return {
    user: { email: 'jordan.lee@example.com', name: 'Jordan Lee' },
    application: {
      id: 'app-northwind-1',
      company: 'Northwind',
      role: 'Senior Data Analyst',
      contact: { name: 'Priya Natarajan', email: 'priya.natarajan@northwind.example' },
      userNote: 'we talked about their migration to dbt, mention my Airflow project',
      interviewAt: '2026-03-10T15:00:00Z',
      decisionBy: null,
      stage: 'interviewing',
      originalSubject: 'Interview: Senior Data Analyst',
      ...app,
    },
    step: 'thank-you',
    at: '2026-03-10T17:00:00Z',
    timeZone: 'America/New_York',
    now: new Date('2026-03-10T17:00:00Z'),
    fromAddress: 'Runner-Up <drafts@runnerup.example>',
    inboundAddress: 'me@runnerup.example',
    thread: { messageId: '<fwd-123@mail.example.com>', references: ['<orig-1@northwind.example>'] },
    ...over,
  };
}
