/**
 * Carrying out what a change to an application decided: cancel the schedules it cancelled,
 * create the ones it planned, send right away the steps already due. Every effect is idempotent,
 * so a replay after a crash redoes only what is missing.
 */
import type { CadenceSettings, User } from '../domain/types.js';
import type { Application, StepRecord } from './application.js';
import type { WorkflowDeps } from './deps.js';
import { renderMail } from './render.js';
import { sendOnce, type SendOutcome } from './send-once.js';
import type { ScheduledStepInfo, SentMailInfo } from './types.js';
import { updateApplication } from './update-application.js';

/** A step due within this much of now is sent at once: Scheduler cannot fire in the past, and its precision is about a minute. */
export const DUE_NOW_MS = 60_000;

export interface Effects {
  scheduled: ScheduledStepInfo[];
  cancelled: ScheduledStepInfo[];
  sent: SentMailInfo[];
}

const info = (app: Application, s: StepRecord): ScheduledStepInfo => ({ application: app.id, step: s.step, at: s.at, name: s.scheduleName });

/** The marker that makes one step's draft go out once. */
export function stepClaim(app: Application, s: StepRecord): string {
  return `SENT#${app.id}#${s.step}#${s.at}`;
}

/** Sends one step's draft to the user, exactly once. */
export async function deliverStep(app: Application, s: StepRecord, user: User, settings: CadenceSettings, deps: WorkflowDeps): Promise<SendOutcome> {
  return sendOnce(
    {
      user,
      claim: stepClaim(app, s),
      meta: { step: s.step, company: app.company, application: app.id },
      build: async () => {
        const mail = await renderMail({ user, settings, what: s.step, at: s.at, now: deps.clock.now(), config: deps.config, app });
        return { raw: mail.raw, messageId: mail.messageId };
      },
    },
    deps,
  );
}

/** Marks steps as sent on the stored application (retrying on conflicts). */
export async function markSent(user: string, appId: string, sent: StepRecord[], deps: WorkflowDeps): Promise<void> {
  if (sent.length === 0) return;
  const now = deps.clock.now().toISOString();
  await updateApplication(user, appId, deps, (app) => {
    let changed = false;
    const steps = app.steps.map((s) => {
      if (s.status === 'scheduled' && sent.some((x) => x.step === s.step && x.at === s.at)) {
        changed = true;
        return { ...s, status: 'sent' as const, sentAt: now };
      }
      return s;
    });
    return changed ? { ...app, steps, updatedAt: now } : null;
  });
}

/** Carries out the cancellations and plans that `by` (an inbound message or command id) made. */
export async function carryOut(app: Application, by: string, user: User, settings: CadenceSettings, deps: WorkflowDeps, into: Effects): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const s of app.steps.filter((x) => x.cancelledBy === by)) {
    await deps.scheduler.cancel(s.scheduleName);
    into.cancelled.push(info(app, s));
  }
  const sentNow: StepRecord[] = [];
  for (const s of app.steps.filter((x) => x.plannedBy === by && x.status === 'scheduled')) {
    if (Date.parse(s.at) <= now + DUE_NOW_MS) {
      const out = await deliverStep(app, s, user, settings, deps);
      if (out.outcome === 'sent') {
        into.sent.push({ what: s.step, application: app.id, messageId: out.messageId });
        sentNow.push(s);
      } else if (out.outcome === 'duplicate' && out.settled) {
        // An earlier delivery sent it but crashed before recording it: finish the bookkeeping.
        sentNow.push(s);
      }
      // 'duplicate' and not settled: a concurrent delivery holds the claim; it records the send (or gives the claim back).
      continue;
    }
    await deps.scheduler.schedule({
      name: s.scheduleName,
      at: s.at,
      timeZone: user.timeZone,
      payload: { v: 1, user: user.email, application: app.id, step: s.step, at: s.at },
    });
    into.scheduled.push(info(app, s));
  }
  await markSent(user.email, app.id, sentNow, deps);
  if (into.scheduled.length > 0) await dropStaleSchedules(app, by, user.email, deps);
}

/**
 * A concurrent email may have cancelled a step between our save and our schedule call (its cancel
 * found nothing to cancel yet): re-read and cancel what no longer holds. fire re-checks anyway;
 * this keeps the pending list honest.
 */
async function dropStaleSchedules(app: Application, by: string, user: string, deps: WorkflowDeps): Promise<void> {
  const fresh = await deps.store.getApplication(user, app.id);
  if (!fresh || fresh.version === app.version) return;
  for (const s of app.steps.filter((x) => x.plannedBy === by && x.status === 'scheduled')) {
    const now = fresh.steps.find((x) => x.scheduleName === s.scheduleName);
    if (now && now.status !== 'scheduled' && now.status !== 'sent') await deps.scheduler.cancel(s.scheduleName);
  }
}
