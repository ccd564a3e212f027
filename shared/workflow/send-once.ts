/**
 * Sending exactly once: claim a marker first (a conditional write), then take one unit of the
 * user's daily quota, then send; a failed send gives the claim back and rethrows so the trigger's
 * retry can send. A duplicate or concurrent trigger finds the claim taken and sends nothing.
 */
import type { User } from '../domain/types.js';
import type { WorkflowDeps } from './deps.js';
import { expiresAt } from './time.js';

export type SendOutcome = { outcome: 'sent'; messageId: string } | { outcome: 'duplicate' } | { outcome: 'capped' };

export interface SendOnceRequest {
  user: User;
  /** Marker name, unique per effect (e.g. SENT#app#step#at, REPLY#inbound#help). */
  claim: string;
  /** Builds the message only once the claim is ours. */
  build: () => Promise<{ raw: Uint8Array; messageId: string }>;
  meta: { step: string; company?: string | null; application?: string };
}

/** The UTC day a send counts against (the quota resets at 00:00 UTC). */
export function quotaDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export async function sendOnce(req: SendOnceRequest, deps: WorkflowDeps): Promise<SendOutcome> {
  const { store, clock, config, logger } = deps;
  const user = req.user.email;
  const now = clock.now();
  if (!(await store.claim(user, req.claim, expiresAt(now, config.markerRetentionDays)))) return { outcome: 'duplicate' };
  const cap = req.user.dailySendCap ?? config.dailySendCap;
  try {
    if (!(await store.takeQuota(user, quotaDay(now), cap, expiresAt(now, 2)))) {
      await store.release(user, req.claim);
      logger.warn('daily send cap reached: mail not sent', { user, cap, step: req.meta.step, application: req.meta.application });
      return { outcome: 'capped' };
    }
    const mail = await req.build();
    await deps.mailer.send({ to: user, raw: mail.raw, meta: { ...req.meta, user } });
    logger.info('mail sent to user', { user, step: req.meta.step, application: req.meta.application, messageId: mail.messageId });
    return { outcome: 'sent', messageId: mail.messageId };
  } catch (err) {
    await store.release(user, req.claim).catch(() => undefined);
    throw err;
  }
}
