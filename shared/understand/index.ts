/**
 * The understanding engine: raw inbound mail in, `Understood` out (issue 2).
 * Parse once (postal-mime), unwrap the forward, classify, extract. No network, no clock.
 */
import type { Understood } from '../domain/types.js';
import { classify } from './classify.js';
import { UnreadableMailError } from './errors.js';
import { extractFacts } from './extract-facts.js';
import { findForwarder, type Envelope } from './forwarder.js';
import { checkInput, MAIL_HEADERS } from './input-check.js';
import { outerMessage } from './outer-message.js';
import { parseMime } from './parse-mime.js';
import { unwrapForward } from './unwrap-forward.js';

export { UnreadableMailError } from './errors.js';
export * from './limits.js';

export interface UnderstandOptions {
  /** SMTP envelope, when known (SES receipt, local SMTP listener): names the forwarder of auto-forwarded mail. */
  envelope?: Envelope;
}

/**
 * Understands one raw email: who forwarded it, what it is (with the cues that decided),
 * company, role, contact, interview time, decision date, and the outer message's facts.
 * Throws UnreadableMailError when the input is not an email.
 */
export async function understand(raw: Uint8Array | string, options: UnderstandOptions = {}): Promise<Understood> {
  const bytes = checkInput(raw);
  const msg = await parseMime(bytes).catch((err: unknown) => {
    throw new UnreadableMailError(`The message could not be parsed as MIME (${err instanceof Error ? err.message : String(err)}).`);
  });
  if (!msg.headers.some((h) => MAIL_HEADERS.includes(h.key))) {
    throw new UnreadableMailError('The file has no email headers (From, To, Subject, Date), so it is not an email.');
  }
  const outer = outerMessage(msg);
  const unwrapped = unwrapForward(msg);
  const forwardedBy = findForwarder(msg, unwrapped.mode !== 'direct', options.envelope);
  const { original } = unwrapped;
  const verdict = classify(original);
  const facts = extractFacts(original, verdict.kind, forwardedBy);
  return {
    forwardedBy,
    forwarderName: unwrapped.mode !== 'direct' ? outer.from.name : null,
    kind: verdict.kind,
    cues: verdict.cues,
    ...facts,
    userNote: unwrapped.note,
    original: { from: original.from, subject: original.subject, date: original.date, messageId: original.messageId },
    outer,
  };
}
