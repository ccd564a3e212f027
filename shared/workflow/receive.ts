import { resolveSettings } from '../cadence/index.js';
import type { CadenceSettings, Understood, User } from '../domain/types.js';
import { understand, UnreadableMailError } from '../understand/index.js';
import { applyInbound, replyOnce } from './apply-email.js';
import type { Effects } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { isForwardingConfirmation, readForwardingConfirmation } from './forwarding-confirmation.js';
import { helpOncePerDay, routeUserMail } from './reply-routing.js';
import { bareAddress, loopSignal } from './screen.js';
import { claimedSender, verdictsVouchFor, withoutTag } from './sender.js';
import { expiresAt } from './time.js';
import type { DropReason, ReceiveInput, ReceiveResult } from './types.js';
import { authenticationFailure, normaliseVerdicts } from './verdicts.js';

function settingsOf(user: User, deps: WorkflowDeps): CadenceSettings {
  try {
    return resolveSettings(user.settings);
  } catch (err) {
    // A bad per-user setting must not lose the user's mail: fall back to the defaults, loudly.
    deps.logger.error('invalid user settings; using defaults', { user: user.email, error: String(err) });
    return resolveSettings();
  }
}

/** Mail we cannot even parse gets the help text (once a day) only when its envelope sender is a registered, SPF-verified user. */
async function helpForUnreadable(input: ReceiveInput, deps: WorkflowDeps): Promise<void> {
  const sender = bareAddress(input.envelope?.mailFrom);
  if (!sender) return;
  if (deps.config.requireAuthentication && (authenticationFailure(input.verdicts) || normaliseVerdicts(input.verdicts).spf !== 'PASS')) return;
  const user = await deps.users.getUser(withoutTag(sender));
  if (!user) return;
  const registered = { ...user, email: bareAddress(user.email) };
  await helpOncePerDay(null, registered, settingsOf(registered, deps), input.messageId, deps, { scheduled: [], cancelled: [], sent: [] });
}

/**
 * Receives one inbound email: keeps the raw mail first, drops what must never be answered,
 * runs a command or applies the email to its application, then schedules, cancels and sends.
 * Idempotent on `input.messageId`. Failures after the raw mail is kept are rethrown for retry.
 */
export async function receive(input: ReceiveInput, deps: WorkflowDeps): Promise<ReceiveResult> {
  const { config, logger } = deps;
  const effects: Effects = { scheduled: [], cancelled: [], sent: [] };
  const result = (r: Omit<ReceiveResult, keyof Effects>): ReceiveResult => ({ ...r, ...effects });
  const rawKey = `${config.rawMailPrefix}${input.messageId}`;
  if (!input.rawAlreadyStored) await deps.rawMail.put(rawKey, input.raw);

  const drop = (reason: DropReason, extra: Record<string, unknown> = {}) => {
    logger.info('inbound mail dropped without reply', { messageId: input.messageId, reason, ...extra });
    return result({ outcome: 'dropped', reason });
  };
  let u: Understood;
  try {
    u = await understand(input.raw, input.envelope ? { envelope: input.envelope } : {});
  } catch (err) {
    if (!(err instanceof UnreadableMailError)) throw err;
    await helpForUnreadable(input, deps);
    return drop('unreadable', { error: err.message });
  }
  if (config.requireAuthentication) {
    const failure = authenticationFailure(input.verdicts);
    if (failure) return drop(failure, { from: u.outer.from.email });
  }

  // Before the loop rules: relaying Gmail's code to the user is no reply to Gmail, and without it forwarding never starts.
  if (isForwardingConfirmation(u)) {
    if (config.requireAuthentication && !verdictsVouchFor(bareAddress(u.outer.from.email), u, input.envelope?.mailFrom, input.verdicts)) {
      return drop('unauthenticated', { from: u.outer.from.email });
    }
    const found = await readForwardingConfirmation(input.raw, u, [config.inboundAddress, config.fromAddress]);
    const user = found ? await deps.users.getUser(found.requester) : null;
    if (!found || !user) return drop('unregistered', { requester: found?.requester ?? null });
    const settings = settingsOf(user, deps);
    await replyOnce('forwarding-confirmation', input.messageId, { user, settings, app: null, inbound: null, extra: { forwarding: found.confirmation } }, deps, effects);
    logger.info('forwarding confirmation relayed', { user: user.email, messageId: input.messageId });
    return result({ outcome: 'relayed', user: user.email });
  }
  const loop = loopSignal(u, input.envelope?.mailFrom, config.fromAddress);
  if (loop) return drop(loop, { from: u.outer.from.email });

  const claimed = claimedSender(u);
  if (!claimed) return drop('no-sender');
  const user = await deps.users.getUser(claimed);
  if (!user) return drop('unregistered', { from: claimed });
  const email = bareAddress(user.email);
  if (config.requireAuthentication && !verdictsVouchFor(email, u, input.envelope?.mailFrom, input.verdicts)) {
    return drop('unauthenticated', { from: claimed });
  }
  const registered: User = { ...user, email };
  const settings = settingsOf(registered, deps);
  const now = deps.clock.now();
  await deps.store.recordRawMail(email, rawKey, expiresAt(now, config.markerRetentionDays));
  const seen = await deps.store.getInbound(email, input.messageId);
  if (seen) return result({ outcome: 'duplicate', user: email });

  const routed = await routeUserMail(u, registered, settings, input.messageId, rawKey, deps, effects);
  let final: ReceiveResult;
  if (routed.handled) {
    final = result({ outcome: 'command', user: email, command: routed.command });
  } else {
    const app = await applyInbound(u, registered, settings, input.messageId, deps, effects);
    final = result({ outcome: 'processed', user: email, kind: u.kind, ...(app ? { application: app.id } : {}) });
  }
  // Marked only once every effect is done: a crash before this replays safely (each effect is idempotent).
  await deps.store.markInbound(email, input.messageId, final.outcome, expiresAt(now, config.markerRetentionDays));
  logger.info('inbound mail handled', { messageId: input.messageId, user: email, outcome: final.outcome, kind: u.kind, application: final.application, command: final.command });
  return final;
}
