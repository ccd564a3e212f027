import * as z from 'zod/mini';
import '../zod-messages.js';
import { resolveSettings } from '../cadence/index.js';
import { STEP_IDS, type User } from '../domain/types.js';
import type { FirePayload } from '../ports/index.js';
import { isClosed, type Application, type StepRecord } from './application.js';
import { deliverStep, markSent } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { InvalidFirePayloadError } from './errors.js';
import { scheduleName } from './schedule-name.js';
import type { FireResult } from './types.js';
import { updateApplication } from './update-application.js';


const payloadSchema = z.object({
  v: z.literal(1),
  user: z.string().check(z.minLength(3), z.maxLength(320)),
  application: z.string().check(z.minLength(1), z.maxLength(128)),
  step: z.enum(STEP_IDS as [string, ...string[]]),
  at: z.iso.datetime({ offset: true }),
});

/** Validates a fire payload from the scheduler (throws InvalidFirePayloadError naming the problem). */
export function parseFirePayload(input: unknown): FirePayload {
  const parsed = payloadSchema.safeParse(input);
  if (!parsed.success) throw new InvalidFirePayloadError(`invalid fire payload: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
  return parsed.data as FirePayload;
}

/** Moves a snoozed step to the snooze end: the old record is superseded, a new one planned. */
function moveToSnoozeEnd(app: Application, rec: StepRecord, by: string): Application | null {
  const current = app.steps.find((s) => s.step === rec.step && s.at === rec.at);
  if (!current || current.status !== 'scheduled' || !app.snoozedUntil) return null;
  const at = app.snoozedUntil;
  const moved: StepRecord = { ...current, at, status: 'scheduled', scheduleName: scheduleName(app.user, app.id, current.step, at), plannedBy: by, reason: `${current.reason} (snoozed)` };
  const steps = app.steps.map((s) => (s === current ? { ...s, status: 'superseded' as const, cancelledBy: by } : s));
  return { ...app, steps: steps.some((s) => s.step === moved.step && s.at === at) ? steps : [...steps, moved] };
}

/**
 * Fires one scheduled step: sends its draft to the user if the step still holds, exactly once
 * (conditional claim before sending); reschedules it to the snooze end when the application is snoozed.
 */
export async function fire(input: FirePayload, deps: WorkflowDeps): Promise<FireResult> {
  const payload = parseFirePayload(input);
  const { logger } = deps;
  const skip = (reason: string): FireResult => {
    logger.info('step not sent', { ...payload, reason });
    return { outcome: 'skipped', reason };
  };
  const found = await deps.users.getUser(payload.user);
  if (!found) return skip('no-user');
  const user: User = { ...found, email: found.email.trim().toLowerCase() };
  const app = await deps.store.getApplication(user.email, payload.application);
  if (!app) return skip('no-application');
  const rec = app.steps.find((s) => s.step === payload.step && s.at === payload.at);
  if (!rec) return skip('superseded');
  if (rec.status === 'sent') return { outcome: 'duplicate', reason: 'already sent' };
  if (rec.status !== 'scheduled') return skip(rec.status);
  if (isClosed(app)) return skip('closed');
  const now = deps.clock.now();
  const settings = resolveSettings(user.settings);

  if (app.snoozedUntil && Date.parse(app.snoozedUntil) > now.getTime()) {
    const by = `fire:${rec.scheduleName}`;
    const next = await updateApplication(user.email, app.id, deps, (a) => moveToSnoozeEnd(a, rec, by));
    const moved = next?.steps.find((s) => s.plannedBy === by && s.step === rec.step && s.status === 'scheduled');
    if (!moved) return skip('superseded');
    await deps.scheduler.schedule({ name: moved.scheduleName, at: moved.at, timeZone: user.timeZone, payload: { ...payload, at: moved.at } });
    logger.info('step held back by a snooze', { ...payload, until: moved.at });
    return { outcome: 'rescheduled', rescheduled: { application: app.id, step: moved.step, at: moved.at, name: moved.scheduleName } };
  }

  const out = await deliverStep(app, rec, user, settings, deps);
  if (out.outcome === 'duplicate') {
    // Sent by an earlier delivery that crashed before recording it: record it now (idempotent).
    if (out.settled) await markSent(user.email, app.id, [rec], deps);
    return { outcome: 'duplicate', reason: 'claimed by another delivery' };
  }
  if (out.outcome === 'capped') return skip('daily-cap');
  await markSent(user.email, app.id, [rec], deps);
  return { outcome: 'sent', sent: { what: rec.step, application: app.id, messageId: out.messageId } };
}
