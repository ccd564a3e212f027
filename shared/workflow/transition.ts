/**
 * Stage transitions (product.md, "A later email about the same application moves it"): pure
 * functions from the current application and one understood email to the next application.
 * The steps an email cancels carry `cancelledBy` = its message id, the ones it plans `plannedBy`,
 * so the side effects can be redone from the stored record alone after a crash.
 */
import type { CadenceSettings, Kind, ReplyId, Stage, StepId, Understood } from '../domain/types.js';
import { planSteps } from '../cadence/index.js';
import { APPLIED_IDS_KEPT, applicationKey, isClosed, type Application, type StepRecord } from './application.js';
import { scheduleName } from './schedule-name.js';
import { isoUtc } from './time.js';

/** Inbound values kept on the application are capped: the record must stay far below 400 KB. */
export const MAX_KEPT_TEXT = 4_000;

const STAGE_OF: Record<Exclude<Kind, 'other'>, Stage> = {
  application: 'applied',
  interview: 'interviewing',
  rejection: 'rejected',
  offer: 'offer',
};

export interface TransitionContext {
  user: string;
  timeZone: string;
  settings: CadenceSettings;
  now: Date;
  /** The inbound message id (idempotency key). */
  messageId: string;
}

export interface Transition {
  app: Application;
  /** The immediate reply the email calls for, if any. */
  reply: ReplyId | null;
  /** False when the email changed nothing but the record of having seen it. */
  changed: boolean;
}

function capped(u: Understood): Understood {
  const cut = (s: string | null) => (s === null ? null : s.slice(0, MAX_KEPT_TEXT));
  return { ...u, userNote: cut(u.userNote), cues: u.cues.slice(0, 20), outer: { ...u.outer, topText: u.outer.topText.slice(0, MAX_KEPT_TEXT), references: u.outer.references.slice(-20) } };
}

/** A fresh application for an email that matched none (stage set by applyEmail). */
export function newApplication(id: string, u: Understood, ctx: TransitionContext): Application {
  const now = ctx.now.toISOString();
  return {
    id,
    user: ctx.user,
    company: u.company,
    role: u.role,
    contact: u.contact,
    stage: 'applied',
    key: applicationKey(u.company, u.role),
    interviewAt: null,
    decisionBy: null,
    source: capped(u),
    steps: [],
    snoozedUntil: null,
    applied: [],
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
}

/** Marks every pending step (or those matching `which`) cancelled by `by`. */
export function cancelPending(app: Application, by: string, which: (s: StepRecord) => boolean = () => true): Application {
  return { ...app, steps: app.steps.map((s) => (s.status === 'scheduled' && which(s) ? { ...s, status: 'cancelled', cancelledBy: by } : s)) };
}

/** New step records from a plan. */
export function stepRecords(app: Application, planned: { step: StepId; at: string; reason: string }[], by: string): StepRecord[] {
  return planned.map((p) => ({ step: p.step, at: isoUtc(p.at), reason: p.reason, status: 'scheduled', scheduleName: scheduleName(app.user, app.id, p.step, isoUtc(p.at)), plannedBy: by }));
}

/** Records the message as applied (bounded list). */
export function markApplied(app: Application, messageId: string, now: Date): Application {
  return { ...app, applied: [...app.applied, messageId].slice(-APPLIED_IDS_KEPT), updatedAt: now.toISOString() };
}

/**
 * Applies one understood email to its application (new when `app.version` is 0).
 * Interview after application cancels the nudge; rejection after interview cancels the interview
 * steps; an offer closes everything; an interview after a rejection cancels keep-in-touch.
 */
export function applyEmail(current: Application, u: Understood, ctx: TransitionContext): Transition {
  const isNew = current.version === 0 && current.steps.length === 0 && current.applied.length === 0;
  let app: Application = {
    ...current,
    company: current.company ?? u.company,
    role: current.role ?? u.role,
    contact: current.contact.email || current.contact.name ? current.contact : u.contact,
    source: capped(u),
  };
  app.key = app.key ?? applicationKey(app.company, app.role);
  app = markApplied(app, ctx.messageId, ctx.now);
  const unchanged = (reply: ReplyId | null = null): Transition => ({ app, reply, changed: false });

  if (u.kind === 'other') {
    // "Stop as soon as the employer writes back": anything about an application cancels its nudge.
    if (isNew) return unchanged('understood-other');
    const nudge = app.steps.some((s) => s.status === 'scheduled' && s.step === 'application-nudge');
    return nudge ? { app: cancelPending(app, ctx.messageId, (s) => s.step === 'application-nudge'), reply: 'understood-other', changed: true } : unchanged('understood-other');
  }
  if (!isNew && isClosed(app)) return unchanged();

  const target = STAGE_OF[u.kind];
  if (!isNew) {
    if (u.kind === 'application') return unchanged();
    if (u.kind === 'rejection' && app.stage === 'rejected') return unchanged();
    if (u.kind === 'interview' && app.stage === 'interviewing' && (u.interviewAt === null || u.interviewAt === app.interviewAt)) return unchanged();
  }

  app = cancelPending(app, ctx.messageId);
  app.stage = target;
  if (u.kind === 'interview') {
    app.interviewAt = u.interviewAt;
    app.decisionBy = u.decisionBy;
  }
  // New news from the employer ends a snooze: the next step is about what just happened.
  app.snoozedUntil = null;
  if (u.kind === 'offer') return { app, reply: 'offer-congrats', changed: true };

  const plan = planSteps({ kind: u.kind, interviewAt: app.interviewAt, decisionBy: app.decisionBy, now: ctx.now, timeZone: ctx.timeZone, settings: ctx.settings });
  app.steps = [...app.steps, ...stepRecords(app, plan.steps, ctx.messageId)];
  const reply: ReplyId | null = u.kind === 'interview' && app.interviewAt === null ? 'ask-interview-time' : null;
  return { app, reply, changed: true };
}
