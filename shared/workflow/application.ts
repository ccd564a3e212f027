/**
 * The application record: one job application of one user, with its stage and its plan of steps.
 * Stored as one item (optimistic `version`); the plan is kept on it so `fire` can tell whether a
 * step still holds without consulting the scheduler.
 */
import type { Address, ReplyId, Stage, StepId, Understood } from '../domain/types.js';

/** Status of one planned step. `superseded` means re-planned (e.g. moved by a snooze). */
export type StepStatus = 'scheduled' | 'sent' | 'cancelled' | 'superseded';

export interface StepRecord {
  step: StepId;
  /** ISO-8601 UTC, the planned time (the FirePayload's `at`). */
  at: string;
  status: StepStatus;
  /** Deterministic scheduler name (see scheduleName). */
  scheduleName: string;
  reason: string;
  /** The inbound message (or command) that planned it, and the one that cancelled it. */
  plannedBy: string;
  cancelledBy?: string;
  sentAt?: string;
}

export interface Application {
  id: string;
  /** Owner's address, lower-case (the partition key: only the owner can reach it). */
  user: string;
  company: string | null;
  role: string | null;
  contact: Address;
  stage: Stage;
  /** Normalised company|role lookup key, when both or either are known. */
  key: string | null;
  interviewAt: string | null;
  decisionBy: string | null;
  /** The latest understood email about it, kept to render drafts when a step fires. */
  source: Understood;
  steps: StepRecord[];
  /** ISO-8601 UTC: steps due before this are moved to it. */
  snoozedUntil: string | null;
  /** Inbound message ids already applied (bounded): a replay changes nothing. */
  applied: string[];
  /** The reply the latest applied message called for, so a replay after a crash can still send it. */
  lastReply?: { messageId: string; reply: ReplyId } | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: 0 for a record never stored. */
  version: number;
}

/** Stages after which nothing more is scheduled. */
export const CLOSED_STAGES: readonly Stage[] = ['offer', 'hired', 'stopped'];

/** How many applied message ids an application remembers (older replays hit the INBOUND marker). */
export const APPLIED_IDS_KEPT = 50;

/** True for offer, hired and stopped: nothing more is scheduled. */
export function isClosed(app: Application): boolean {
  return CLOSED_STAGES.includes(app.stage);
}

/** Steps still waiting to fire. */
export function pendingSteps(app: Application): StepRecord[] {
  return app.steps.filter((s) => s.status === 'scheduled');
}

/** The company|role lookup key: case, punctuation and spacing do not matter; null when both are unknown. */
export function applicationKey(company: string | null, role: string | null): string | null {
  const norm = (v: string | null) =>
    (v ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .slice(0, 120);
  const c = norm(company);
  const r = norm(role);
  if (!c && !r) return null;
  return `${c}|${r}`;
}
