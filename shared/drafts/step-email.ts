import type { StepId } from '../domain/types.js';
import { draftFacts } from './facts.js';
import { toHtml, toText, type Block } from './layout.js';
import { MAX_SUBJECT_LENGTH } from './limits.js';
import { mailtoLink } from './mailto.js';
import { cleanLine, cleanText } from './sanitize.js';

// The user's own note, shown back to them beside the draft.
const MAX_SHOWN_NOTE_LENGTH = 300;
import { renderStepDraft, STEP_LABELS } from './step-drafts.js';
import type { DraftContext, UserEmailContent } from './types.js';
import { whyNow } from './why-now.js';

/** "Draft: thank-you note to Priya Natarajan (Northwind, Senior Data Analyst)". */
export function stepSubject(step: StepId, toName: string | null, company: string | null, role: string | null): string {
  const about = [company, role].filter(Boolean).join(', ');
  const subject = `Draft: ${STEP_LABELS[step]}${toName ? ` to ${toName}` : ''}${about ? ` (${about})` : ''}`;
  return cleanLine(subject, MAX_SUBJECT_LENGTH);
}

/** The user's email for one step: why now, the draft set apart, a mailto link, the footer. */
export function renderStepEmail(ctx: DraftContext, step: StepId): UserEmailContent {
  const facts = draftFacts(ctx);
  const draft = renderStepDraft(ctx, step);
  const subject = stepSubject(step, draft.toName, facts.companyKnown ? facts.company : null, facts.role);
  const recipient = draft.to
    ? `To: ${draft.toName ? `${draft.toName} <${draft.to}>` : draft.to}`
    : `To: [their email address: I did not find one I can use${facts.contactName ? ` for ${facts.contactName}` : ''}]`;
  const blocks: Block[] = [
    { kind: 'para', strong: 'Why now:', text: whyNow(step, facts) },
    { kind: 'draft', header: [recipient, `Subject: ${draft.subject}`], body: draft.body },
    { kind: 'link', label: 'Open this draft in your mail program', href: mailtoLink(draft.to, draft.subject, draft.body) },
  ];
  const note = cleanText(ctx.application.userNote, MAX_SHOWN_NOTE_LENGTH);
  const { topic, mention, liked, asked, plans, other } = facts.note;
  const used = Boolean(topic || mention || liked || asked || plans);
  if (note && (other || !used)) {
    blocks.push({ kind: 'para', strong: 'Your note:', text: `"${note}" (${used ? 'part of it is' : 'it is'} kept out of the draft; work it in if it belongs there).` });
  }
  if (/\[[^\]]+\]/.test(draft.body)) {
    blocks.push({ kind: 'para', text: 'Fill in the parts in [square brackets] before you send it: those are things only you know.' });
  }
  return { subject, text: toText(blocks), html: toHtml(blocks, subject) };
}
