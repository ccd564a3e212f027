import { STEP_IDS, type StepId } from '../domain/types.js';
import { MAX_NAME_LENGTH } from './limits.js';
import { ourMessageId } from './message-id.js';
import { buildMimeMessage } from './mime.js';
import { renderReply } from './replies.js';
import { cleanEmail, cleanLine } from './sanitize.js';
import { renderStepEmail } from './step-email.js';
import type { ComposedEmail, DraftContext, UserEmailContent } from './types.js';
import { shortHash } from './variation.js';

/** Raised when an address we must send from or to is not a plain, valid address. */
export class InvalidAddressError extends Error {
  override readonly name = 'InvalidAddressError';
}

// Threading headers come from inbound mail: keep only well-formed ids, and only the last few.
const MAX_REFERENCES = 10;
const MAX_MESSAGE_ID_LENGTH = 250;
const MESSAGE_ID = /^<[^<>\s"]+@[^<>\s"]+>$/;

function cleanMessageId(id: string | null | undefined): string | null {
  const v = cleanLine(id, MAX_MESSAGE_ID_LENGTH);
  if (!v) return null;
  const bracketed = v.startsWith('<') ? v : `<${v}>`;
  return MESSAGE_ID.test(bracketed) ? bracketed : null;
}

function parseFrom(from: string): { name: string; address: string } {
  const m = /^\s*(?:"?([^"<]*)"?\s*)?<([^<>]+)>\s*$/.exec(from);
  const address = cleanEmail(m ? m[2] : from.trim());
  if (!address) throw new InvalidAddressError(`invalid from address "${cleanLine(from, 80)}"`);
  return { name: cleanLine(m?.[1] ?? 'Runner-Up', MAX_NAME_LENGTH) || 'Runner-Up', address };
}

function isStep(id: string): id is StepId {
  return (STEP_IDS as readonly string[]).includes(id);
}

/** Renders the subject, text and HTML for the context's step or reply (no MIME yet). */
export function renderUserEmail(ctx: DraftContext): UserEmailContent {
  return isStep(ctx.step) ? renderStepEmail(ctx, ctx.step) : renderReply(ctx, ctx.step);
}

/**
 * Builds the complete RFC 5322 message to the user (and only the user):
 * text and HTML parts, threaded under the user's forward, marked auto-generated and with our
 * recognisable Message-ID. Every inbound value is cleaned of CR/LF and capped before it gets here.
 */
export async function composeUserEmail(ctx: DraftContext): Promise<ComposedEmail> {
  const to = cleanEmail(ctx.user.email);
  if (!to) throw new InvalidAddressError('invalid user address');
  const from = parseFrom(ctx.fromAddress);
  const replyTo = cleanEmail(ctx.inboundAddress) ?? from.address;
  const content = renderUserEmail(ctx);
  const domain = from.address.split('@')[1] ?? 'runnerup.invalid';
  const nonce = ctx.nonce ?? shortHash(`${ctx.application.id}|${ctx.step}|${ctx.at}`);
  const messageId = ourMessageId(ctx.application.id, ctx.step, nonce, domain);
  const inReplyTo = cleanMessageId(ctx.thread.messageId);
  const references = [...ctx.thread.references.map(cleanMessageId), inReplyTo]
    .filter((r): r is string => r !== null)
    .filter((r, i, all) => all.indexOf(r) === i)
    .slice(-MAX_REFERENCES);
  const raw = await buildMimeMessage({
    from,
    to: { name: cleanLine(ctx.user.name, MAX_NAME_LENGTH), address: to },
    replyTo,
    subject: content.subject,
    text: content.text,
    html: content.html,
    messageId,
    date: ctx.now,
    ...(inReplyTo ? { inReplyTo } : {}),
    references,
    headers: {
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'X-Runnerup-Step': ctx.step,
    },
  });
  return { raw, messageId, subject: content.subject };
}
