/**
 * Mail the user wrote to us (not a forward): a command, the interview time we asked for, or
 * something we cannot use (help, at most once per sender per day).
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { CadenceSettings, Understood, User } from '../domain/types.js';
import { helpClaim, nonceOf } from './apply-email.js';
import { setInterviewTime } from './command-changes.js';
import { looksLikeCommand, parseCommand } from './commands.js';
import { carryOut, type Effects } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { ourApplicationRef } from './locate.js';
import { renderMail } from './render.js';
import { bareAddress } from './screen.js';
import { sendOnce } from './send-once.js';
import { runCommand } from './run-command.js';
import { updateApplication } from './update-application.js';
import { isoUtc } from './time.js';
import { replyOnce } from './apply-email.js';

/** Text fed to the date parser is capped (chrono's cost grows with length). */
const MAX_TIME_TEXT = 500;
/** How long the help-once marker lives (it is keyed by day anyway). */
const HELP_MARKER_DAYS = 2;

export type Routed = { handled: false } | { handled: true; command: string };

/** True when the user wrote this themselves (a reply or a note to us), not a forward of someone's mail. */
export function writtenByUser(u: Understood): boolean {
  const original = bareAddress(u.original.from.email);
  return original !== '' && original === bareAddress(u.outer.from.email);
}

/** Sends the help text at most once per sender per day, for mail we cannot use. */
export async function helpOncePerDay(u: Understood | null, user: User, settings: CadenceSettings, messageId: string, deps: WorkflowDeps, into: Effects): Promise<boolean> {
  const now = deps.clock.now();
  const out = await sendOnce(
    {
      user,
      claim: helpClaim(now),
      meta: { step: 'help' },
      build: () => renderMail({ user, settings, what: 'help', at: now.toISOString(), now, config: deps.config, inbound: u, nonce: nonceOf(messageId) }),
    },
    deps,
  );
  if (out.outcome === 'sent') into.sent.push({ what: 'help', messageId: out.messageId });
  return out.outcome === 'sent';
}

function parseInterviewTime(text: string, now: Date, zone: string): string | null {
  const offset = DateTime.fromJSDate(now).setZone(zone).offset;
  const when = chrono.parseDate(text.slice(0, MAX_TIME_TEXT), { instant: now, timezone: offset }, { forwardDate: true });
  return when && when.getTime() > now.getTime() - 86_400_000 ? isoUtc(when) : null;
}

/**
 * Handles mail the user wrote to us: a command (first word), or an answer to "when is your
 * interview?". Returns handled: false for forwards, which go through understanding.
 */
export async function routeUserMail(u: Understood, user: User, settings: CadenceSettings, messageId: string, rawKey: string, deps: WorkflowDeps, into: Effects): Promise<Routed> {
  const ref = ourApplicationRef(u);
  if (!ref && !writtenByUser(u)) return { handled: false };
  const text = u.outer.topText;
  const now = deps.clock.now();
  if (looksLikeCommand(text)) {
    const command = parseCommand(text, now, user.timeZone);
    if (command) {
      await runCommand({ command, u, user, settings, messageId, applicationId: ref?.applicationId ?? null, rawKey }, deps, into);
      return { handled: true, command: command.name };
    }
  }
  if (ref?.step === 'ask-interview-time') {
    const at = parseInterviewTime(text, now, user.timeZone);
    if (at) {
      const app = await updateApplication(user.email, ref.applicationId, deps, (a) => setInterviewTime(a, at, messageId, now, user.timeZone, settings));
      if (app) {
        await carryOut(app, messageId, user, settings, deps, into);
        const local = DateTime.fromISO(at, { zone: 'utc' }).setZone(user.timeZone).toFormat('ccc d LLL yyyy, HH:mm');
        await replyOnce('command-ack', messageId, { user, settings, app, inbound: u, extra: { ack: { text: `Noted: the interview is on ${local}. Your thank-you draft will arrive after it.` } } }, deps, into);
        return { handled: true, command: 'interview-time' };
      }
    }
  }
  if (!ref && !looksLikeCommand(text) && u.kind !== 'other') return { handled: false };
  await helpOncePerDay(u, user, settings, messageId, deps, into);
  return { handled: true, command: 'unrecognised' };
}
