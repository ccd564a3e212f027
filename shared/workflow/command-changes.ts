/**
 * What each command does to one application, as pure functions (the orchestration is in
 * run-command.ts). Each marks the command's message as applied, so a replay changes nothing.
 */
import type { CadenceSettings } from '../domain/types.js';
import { planSteps } from '../cadence/index.js';
import { isClosed, pendingSteps, type Application } from './application.js';
import { cancelPending, markApplied, stepRecords } from './transition.js';

/** `stop` / `stop all` / `hired`: cancel every pending step and close the application. */
export function closeApplication(app: Application, stage: 'stopped' | 'hired', by: string, now: Date): Application | null {
  if (app.applied.includes(by) || (app.stage === stage && pendingSteps(app).length === 0)) return null;
  return { ...markApplied(cancelPending(app, by), by, now), stage, snoozedUntil: null };
}

/** `snooze`: steps due before `until` move to `until`; fire also holds back anything due while snoozed. */
export function snoozeApplication(app: Application, until: string, by: string, now: Date): Application | null {
  if (app.applied.includes(by) || isClosed(app)) return null;
  const moved = pendingSteps(app).filter((s) => Date.parse(s.at) < Date.parse(until));
  let next: Application = { ...markApplied(app, by, now), snoozedUntil: until };
  next = {
    ...next,
    steps: next.steps.map((s) => (moved.includes(s) ? { ...s, status: 'superseded' as const, cancelledBy: by } : s)),
  };
  next.steps = [...next.steps, ...stepRecords(next, moved.map((s) => ({ step: s.step, at: until, reason: `${s.reason} (snoozed)` })), by)];
  return next;
}

/** A reply giving the interview time we asked for: re-plan the interview steps. */
export function setInterviewTime(app: Application, interviewAt: string, by: string, now: Date, timeZone: string, settings: CadenceSettings): Application | null {
  if (app.applied.includes(by) || isClosed(app)) return null;
  let next: Application = { ...markApplied(cancelPending(app, by), by, now), stage: 'interviewing', interviewAt, snoozedUntil: null };
  const plan = planSteps({ kind: 'interview', interviewAt, decisionBy: app.decisionBy, now, timeZone, settings });
  next = { ...next, steps: [...next.steps, ...stepRecords(next, plan.steps, by)] };
  return next;
}
