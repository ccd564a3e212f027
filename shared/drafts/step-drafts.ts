import type { StepId } from '../domain/types.js';
import { applicationNudgeDraft } from './application-drafts.js';
import { draftFacts, type DraftFacts } from './facts.js';
import { statusCheckDraft, thankYouDraft } from './interview-drafts.js';
import { growthAskDraft, keepInTouchDraft, rejectionReplyDraft } from './rejection-drafts.js';
import type { DraftContext, RenderedDraft } from './types.js';

const TEMPLATES: Record<StepId, (f: DraftFacts) => { subject: string; body: string }> = {
  'thank-you': thankYouDraft,
  'status-check': statusCheckDraft,
  'rejection-reply': rejectionReplyDraft,
  'growth-ask': growthAskDraft,
  'keep-in-touch-1': (f) => keepInTouchDraft(f, 1),
  'keep-in-touch-2': (f) => keepInTouchDraft(f, 2),
  'keep-in-touch-3': (f) => keepInTouchDraft(f, 3),
  'application-nudge': applicationNudgeDraft,
};

/** What the user calls each step in a subject line ("Draft: thank-you note to ..."). */
export const STEP_LABELS: Record<StepId, string> = {
  'thank-you': 'thank-you note',
  'status-check': 'status check',
  'rejection-reply': 'gracious reply',
  'growth-ask': 'request for advice',
  'keep-in-touch-1': 'keep-in-touch note (1 of 3)',
  'keep-in-touch-2': 'keep-in-touch note (2 of 3)',
  'keep-in-touch-3': 'keep-in-touch note (3 of 3)',
  'application-nudge': 'application follow-up',
};

/** Counts words the way a reader would (placeholders count as their words). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Renders the note to the employer for one step: to, subject, body (plain text). */
export function renderStepDraft(ctx: DraftContext, step: StepId): RenderedDraft {
  const facts = draftFacts(ctx);
  const { subject, body } = TEMPLATES[step](facts);
  return { to: facts.contactEmail, toName: facts.contactName, subject, body };
}

/** True for a step id (as opposed to a reply id). */
export function isStepId(value: string): value is StepId {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, value);
}
