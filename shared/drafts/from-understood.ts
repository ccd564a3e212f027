import type { ReplyId, Stage, StepId, Understood } from '../domain/types.js';
import type { DraftContext } from './types.js';
import { shortHash } from './variation.js';

const STAGE_BY_KIND: Record<Understood['kind'], Stage> = {
  interview: 'interviewing',
  rejection: 'rejected',
  offer: 'offer',
  application: 'applied',
  other: 'applied',
};

/**
 * A deterministic application id for a forwarded email (CLI and previews): a hash of the
 * original message's Message-ID, else of the forward's, else of company, role and subject.
 */
export function applicationIdFor(u: Understood): string {
  const key =
    u.original.messageId ?? u.outer.messageId ?? `${u.company ?? ''}|${u.role ?? ''}|${u.original.subject}`;
  return `app-${shortHash(key, 20)}`;
}

/**
 * The user's address: the forwarder, except when that is the employer itself (an automatic
 * forward keeps the employer's From), where the mailbox the employer wrote to is the user's.
 */
function userAddress(u: Understood): string {
  const employer = (u.original.from.email ?? u.contact.email ?? '').toLowerCase();
  const forwarder = (u.forwardedBy ?? '').toLowerCase();
  if (forwarder && forwarder !== employer) return forwarder;
  const recipient = u.outer.to.map((t) => t.toLowerCase()).find((t) => t && t !== employer);
  return recipient ?? forwarder;
}

/** Builds a DraftContext straight from an Understood email (the user is its forwarder). */
export function draftContextFromUnderstood(
  u: Understood,
  opts: { step: StepId | ReplyId; at: string; now: Date; timeZone: string; fromAddress: string; inboundAddress: string; applicationId?: string },
): DraftContext {
  return {
    user: { email: userAddress(u), name: u.forwarderName },
    application: {
      id: opts.applicationId ?? applicationIdFor(u),
      company: u.company,
      role: u.role,
      contact: u.contact,
      userNote: u.userNote,
      interviewAt: u.interviewAt,
      decisionBy: u.decisionBy,
      stage: STAGE_BY_KIND[u.kind],
      originalSubject: u.original.subject,
    },
    step: opts.step,
    at: opts.at,
    timeZone: opts.timeZone,
    now: opts.now,
    fromAddress: opts.fromAddress,
    inboundAddress: opts.inboundAddress,
    thread: { messageId: u.outer.messageId, references: u.outer.references },
    understood: { kind: u.kind, cues: u.cues, subject: u.original.subject },
  };
}
