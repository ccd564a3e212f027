/**
 * Running a command by reply. The application comes from our Message-ID in In-Reply-To/References;
 * it is looked up in the sender's own partition, so only its owner can steer it.
 */
import { DateTime } from 'luxon';
import type { CadenceSettings, Understood, User } from '../domain/types.js';
import type { DigestEntry } from '../drafts/index.js';
import { isClosed, pendingSteps, type Application } from './application.js';
import { replyClaim, replyOnce } from './apply-email.js';
import { closeApplication, snoozeApplication } from './command-changes.js';
import type { Command } from './commands.js';
import { carryOut, type Effects } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { updateApplication } from './update-application.js';

export interface CommandRun {
  command: Command | { name: 'invalid'; word: string; problem: string };
  u: Understood;
  user: User;
  settings: CadenceSettings;
  messageId: string;
  /** The application named by our Message-ID, when the command replies to one of our mails. */
  applicationId: string | null;
  /** The raw-mail key of this message (deleted too by `delete my data`). */
  rawKey: string;
}

const label = (a: Application) => [a.company, a.role].filter(Boolean).join(', ') || 'this application';
const localDate = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('ccc d LLL yyyy, HH:mm');

async function change(run: CommandRun, deps: WorkflowDeps, into: Effects, apps: Application[], fn: (a: Application) => Application | null): Promise<Application[]> {
  const changed: Application[] = [];
  for (const app of apps) {
    const next = await updateApplication(run.user.email, app.id, deps, fn);
    if (!next) continue;
    await carryOut(next, run.messageId, run.user, run.settings, deps, into);
    changed.push(next);
  }
  return changed;
}

/** Runs one parsed command and answers it. */
export async function runCommand(run: CommandRun, deps: WorkflowDeps, into: Effects): Promise<void> {
  const { user, messageId } = run;
  const now = deps.clock.now();
  const target = run.applicationId ? await deps.store.getApplication(user.email, run.applicationId) : null;
  const ack = (text: string, app: Application | null = target) =>
    replyOnce('command-ack', messageId, { user, settings: run.settings, app, inbound: run.u, extra: { ack: { text } } }, deps, into);
  const open = async () => (await deps.store.listApplications(user.email)).filter((a) => !isClosed(a));
  const cmd = run.command;
  switch (cmd.name) {
    case 'stop':
    case 'hired': {
      if (!target) return ack(`Reply "${cmd.name}" to one of the drafts about the application you mean (or "stop all" to stop every application).`, null);
      const stage = cmd.name === 'stop' ? 'stopped' : 'hired';
      await change(run, deps, into, [target], (a) => closeApplication(a, stage, messageId, now));
      return ack(cmd.name === 'stop' ? `Stopped: no more drafts for ${label(target)}.` : `Congratulations! ${label(target)} is closed and its pending drafts are cancelled.`);
    }
    case 'stop-all': {
      const apps = await open();
      await change(run, deps, into, apps, (a) => closeApplication(a, 'stopped', messageId, now));
      return ack(`Stopped all ${apps.length} active application(s): no more drafts until you forward something new.`, null);
    }
    case 'snooze': {
      const apps = target ? [target] : await open();
      await change(run, deps, into, apps, (a) => snoozeApplication(a, cmd.until, messageId, now));
      return ack(`Snoozed ${target ? label(target) : 'all your applications'} until ${localDate(cmd.until, user.timeZone)}.`);
    }
    case 'list': {
      const digest: DigestEntry[] = (await open()).map((a) => {
        const next = pendingSteps(a).sort((x, y) => x.at.localeCompare(y.at))[0];
        return { applicationId: a.id, company: a.company, role: a.role, stage: a.stage, contactName: a.contact.name, next: next ? { step: next.step, at: next.at } : null, snoozedUntil: a.snoozedUntil };
      });
      return replyOnce('list', messageId, { user, settings: run.settings, app: null, inbound: run.u, extra: { digest } }, deps, into);
    }
    case 'timezone': {
      await deps.users.putUser({ ...user, timeZone: cmd.zone });
      return ack(`Your time zone is now ${cmd.zone}. New drafts are timed in it.`, null);
    }
    case 'help':
      return replyOnce('help', messageId, { user, settings: run.settings, app: target, inbound: run.u }, deps, into);
    case 'delete-my-data':
      // The answer's claim survives the deletion: a second delivery of this request, running at the same time,
      // then finds it and does not answer again (it would otherwise have wiped the first one's claim).
      await deleteUserData(run, deps, into, [replyClaim(messageId, 'command-ack')]);
      return ack('Done: your applications, their pending drafts and the emails you forwarded are deleted.', null);
    case 'invalid':
      return ack(`I could not read that "${cmd.word}" command: ${cmd.problem}.`);
  }
}

async function deleteUserData(run: CommandRun, deps: WorkflowDeps, into: Effects, keepClaims: readonly string[]): Promise<void> {
  const user = run.user.email;
  for (const app of await deps.store.listApplications(user)) {
    for (const s of pendingSteps(app)) {
      await deps.scheduler.cancel(s.scheduleName);
      into.cancelled.push({ application: app.id, step: s.step, at: s.at, name: s.scheduleName });
    }
  }
  for (const key of new Set([...(await deps.store.listRawMail(user)), run.rawKey])) await deps.rawMail.delete(key);
  await deps.store.deleteUserData(user, keepClaims);
  deps.logger.info('user data deleted', { user });
}
