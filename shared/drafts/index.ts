/**
 * Drafts: the notes to employers (one template per step) and every email Runner-Up sends the
 * user, composed as RFC 5322 (shared/drafts/mime.ts). Deterministic given the DraftContext.
 */
export type { ComposedEmail, DigestEntry, DraftApplication, DraftContext, ForwardingConfirmation, RenderedDraft, UserEmailContent } from './types.js';
export { composeUserEmail, renderUserEmail, InvalidAddressError } from './compose.js';
export { renderStepDraft, wordCount, STEP_LABELS, isStepId } from './step-drafts.js';
export { renderStepEmail, stepSubject } from './step-email.js';
export { renderReply } from './replies.js';
export { ourMessageId, parseOurMessageId, InvalidMessageIdPartError } from './message-id.js';
export { mailtoLink } from './mailto.js';
export { REPLY_IDS } from './reply-ids.js';
export { REPLY_COMMANDS, footerText } from './footer.js';
export { cleanLine, cleanText, escapeHtml } from './sanitize.js';
export { readNote, type NoteParts } from './note.js';
export { draftContextFromUnderstood, applicationIdFor } from './from-understood.js';
export * from './limits.js';
