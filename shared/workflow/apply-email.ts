/**
 * The understanding path of receive: find or create the application, apply the stage transition
 * (optimistic retries), carry out the schedule changes, send the immediate reply.
 */
import { createHash } from 'node:crypto';
import type { CadenceSettings, ReplyId, Understood, User } from '../domain/types.js';
import { applicationKey, type Application } from './application.js';
import { carryOut, type Effects } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { ConflictRetriesExhaustedError, VersionConflictError } from './errors.js';
import { companyKey, locateApplication, threadIds } from './locate.js';
import { renderMail, type RenderRequest } from './render.js';
import { quotaDay, sendOnce } from './send-once.js';
import { applyEmail, newApplication } from './transition.js';
import { MAX_CONFLICT_RETRIES } from './update-application.js';

/** The per-day marker shared by every answer to mail we cannot use (help, understood-other). */
export function helpClaim(now: Date): string {
  return `HELP#${quotaDay(now)}`;
}

/** A Message-ID nonce from an inbound id (ourMessageId keeps only [A-Za-z0-9_-]). */
export function nonceOf(messageId: string): string {
  return createHash('sha256').update(messageId).digest('base64url').slice(0, 22);
}

/** The send-once claim of one reply to one inbound message. */
export function replyClaim(messageId: string, reply: ReplyId): string {
  return `REPLY#${messageId}#${reply}`;
}

/** Sends a reply to the user once per inbound message (claim REPLY#message#reply). */
export async function replyOnce(
  reply: ReplyId,
  messageId: string,
  req: Omit<RenderRequest, 'what' | 'at' | 'now' | 'config' | 'nonce'>,
  deps: WorkflowDeps,
  into: Effects,
  claim = replyClaim(messageId, reply),
): Promise<void> {
  const now = deps.clock.now();
  const out = await sendOnce(
    {
      user: req.user,
      claim,
      meta: { step: reply, company: req.app?.company ?? req.inbound?.company ?? null, application: req.app?.id },
      build: () => renderMail({ ...req, what: reply, at: now.toISOString(), now, config: deps.config, nonce: nonceOf(messageId) }),
    },
    deps,
  );
  if (out.outcome === 'sent') into.sent.push({ what: reply, application: req.app?.id, messageId: out.messageId });
}

interface Applied {
  app: Application | null;
  reply: ReplyId | null;
}

async function applyWithRetries(u: Understood, user: User, settings: CadenceSettings, messageId: string, deps: WorkflowDeps): Promise<Applied> {
  const ctx = { user: user.email, timeZone: user.timeZone, settings, messageId, now: deps.clock.now() };
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    let id = await locateApplication(deps.store, user.email, u);
    if (!id) {
      if (u.kind === 'other') return { app: null, reply: 'understood-other' };
      // Concurrent deliveries of one email (or two emails about one new application) agree on one id here.
      const key = applicationKey(u.company, u.role) ?? `msg|${u.original.messageId ?? messageId}`;
      id = await deps.store.claimKey(user.email, key, deps.ids.next());
    }
    const current = (await deps.store.getApplication(user.email, id)) ?? newApplication(id, u, ctx);
    if (current.applied.includes(messageId)) {
      return { app: current, reply: current.lastReply?.messageId === messageId ? current.lastReply.reply : null };
    }
    const t = applyEmail(current, u, ctx);
    const next = { ...t.app, lastReply: t.reply ? { messageId, reply: t.reply } : null };
    try {
      return { app: await deps.store.saveApplication(next), reply: t.reply };
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
    }
  }
  throw new ConflictRetriesExhaustedError(`(inbound ${messageId})`);
}

/** Applies one understood email of a registered user; returns the application touched, if any. */
export async function applyInbound(
  u: Understood,
  user: User,
  settings: CadenceSettings,
  messageId: string,
  deps: WorkflowDeps,
  into: Effects,
): Promise<Application | null> {
  const { app, reply } = await applyWithRetries(u, user, settings, messageId, deps);
  if (app) {
    for (const id of threadIds(u).filter((x) => x === u.outer.messageId || x === u.original.messageId)) {
      await deps.store.linkThread(user.email, id, app.id);
    }
    if (app.key) await deps.store.claimKey(user.email, app.key, app.id);
    const company = companyKey(app.company);
    if (company) await deps.store.setKey(user.email, company, app.id);
    await carryOut(app, messageId, user, settings, deps, into);
  }
  // Mail we cannot use is answered at most once per sender per day (an auto-forward rule could send us everything).
  const claim = reply === 'understood-other' ? helpClaim(deps.clock.now()) : undefined;
  if (reply) await replyOnce(reply, messageId, { user, settings, app, inbound: u }, deps, into, claim);
  return app;
}
