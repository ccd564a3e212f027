import type { StepId } from '../domain/types.js';
import type { DraftFacts } from './facts.js';

/** One sentence per step: why this draft arrives now (product.md, "The advice"). */
export function whyNow(step: StepId, f: DraftFacts): string {
  switch (step) {
    case 'thank-you':
      return `Your interview${f.interviewWhen ? ` was ${f.interviewWhen}` : ' just happened'}: a short, specific thank-you within 24 hours is often what a hiring manager rereads when the first choice falls through (met several people? send each their own note).`;
    case 'status-check':
      return f.decisionDate
        ? `They said they would decide by ${f.decisionDate} and you have not heard back: a polite check-in the business day after is expected and keeps you in mind.`
        : 'A week has passed since your interview with no news: a polite status check is expected, and it keeps you in mind (two or three follow-ups at most; stop as soon as they write back).';
    case 'rejection-reply':
      return 'A gracious reply the same day or the next keeps the door open: runners-up do get the call when the first choice does not work out.';
    case 'growth-ask':
      return 'Two weeks after the rejection, asking how to become the stronger candidate is what turns a "no" into a second interview.';
    case 'keep-in-touch-1':
      return 'About 20% of new hires leave within 45 days: a short, friendly note with a genuine update now keeps you the obvious call-back.';
    case 'keep-in-touch-2':
      return 'Around three months in, new-hire turnover is still high (about 13% within 90 days): a friendly update keeps you in mind.';
    case 'keep-in-touch-3':
      return 'Half a year on, many hires have still not worked out (46% fail within 18 months): a last friendly note keeps the door open.';
    case 'application-nudge':
      return 'About two weeks without an answer: one polite nudge is fine and often gets your application a second look.';
  }
}
