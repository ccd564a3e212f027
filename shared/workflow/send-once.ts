/**
 * Sending exactly once: claim a marker first (a conditional write), then take one unit of the
 * user's daily quota, then send; a failed send gives the claim back and rethrows so the trigger's
 * retry can send. After the send the claim is settled, so a replay that finds it taken knows the
 * mail went out and can finish the bookkeeping (mark the step sent) instead of leaving it pending.
 */
import type { User } from '../domain/types.js';
import type { WorkflowDeps } from './deps.js';
import { expiresAt } from './time.js';

export type SendOutcome =
  | { outcome: 'sent'; messageId: string }
  /** Someone else holds the claim; `settled` when their mail is known to have gone out. */
  | { outcome: 'duplicate'; settled: boolean }
  | { outcome: 'capped' };

/** Attempts to record a send that happened: the mail is out, so losing that fact is worth a few retries. */
const SETTLE_ATTEMPTS = 3;

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

/** Sends one mail to the user behind the claim `req.claim`: at most once, within the daily cap. */
export async function sendOnce(req: SendOnceRequest, deps: WorkflowDeps): Promise<SendOutcome> {
  const { store, clock, config, logger } = deps;
  const user = req.user.email;
  const now = clock.now();
  const expires = expiresAt(now, config.markerRetentionDays);
  if (!(await store.claim(user, req.claim, expires))) {
    return { outcome: 'duplicate', settled: (await store.claimState(user, req.claim)) === 'settled' };
  }
  const cap = req.user.dailySendCap ?? config.dailySendCap;
  let messageId: string;
  try {
    if (!(await store.takeQuota(user, quotaDay(now), cap, expiresAt(now, 2)))) {
      await store.release(user, req.claim);
      logger.warn('daily send cap reached: mail not sent', { user, cap, step: req.meta.step, application: req.meta.application });
      return { outcome: 'capped' };
    }
    const mail = await req.build();
    await deps.mailer.send({ to: user, raw: mail.raw, meta: { ...req.meta, user } });
    messageId = mail.messageId;
  } catch (err) {
    await store.release(user, req.claim).catch(() => undefined);
    throw err;
  }
  logger.info('mail sent to user', { user, step: req.meta.step, application: req.meta.application, messageId });
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.settleClaim(user, req.claim, expires);
      break;
    } catch (err) {
      // Never release here: the mail is out, and a released claim would send it twice.
      if (attempt >= SETTLE_ATTEMPTS) {
        logger.error('mail sent but not recorded as sent', { user, claim: req.claim, error: String(err) });
        throw err;
      }
    }
  }
  return { outcome: 'sent', messageId };
}
