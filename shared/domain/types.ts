/**
 * The product's shared vocabulary. Every part of Runner-Up (understanding, cadence,
 * drafts, use cases, adapters, local runtime) speaks these types.
 * Extend freely with optional fields; do not rename what is here: other parts rely on it.
 */

/** What a forwarded recruiting email is. */
export type Kind = 'interview' | 'rejection' | 'offer' | 'application' | 'other';
export const KINDS: readonly Kind[] = ['interview', 'rejection', 'offer', 'application', 'other'];

/** The follow-up steps Runner-Up schedules (ids are a public contract: X-Runnerup-Step, CLI). */
export type StepId =
  | 'thank-you'
  | 'status-check'
  | 'rejection-reply'
  | 'growth-ask'
  | 'keep-in-touch-1'
  | 'keep-in-touch-2'
  | 'keep-in-touch-3'
  | 'application-nudge';
export const STEP_IDS: readonly StepId[] = [
  'thank-you',
  'status-check',
  'rejection-reply',
  'growth-ask',
  'keep-in-touch-1',
  'keep-in-touch-2',
  'keep-in-touch-3',
  'application-nudge',
];

/** Replies to the user that are not drafts to an employer (X-Runnerup-Step carries these too). */
export type ReplyId =
  | 'offer-congrats'
  | 'ask-interview-time'
  | 'understood-other'
  | 'help'
  | 'list'
  | 'forwarding-confirmation'
  | 'command-ack';

export interface Address {
  name: string | null;
  email: string | null;
}

/** Header facts of the message as it reached us (the user's forward, or a reply). */
export interface OuterMessage {
  from: Address;
  to: string[];
  subject: string;
  /** ISO-8601 of the outer Date header, or null. */
  date: string | null;
  /** Offset in minutes east of UTC stated by the outer Date header (e.g. -300 for -0500), or null. */
  dateOffsetMinutes: number | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Loop and bulk signals, raw header values (null when absent). */
  autoSubmitted: string | null;
  precedence: string | null;
  listId: string | null;
  /** Return-Path as given ('' for the null path `<>`, null when absent). */
  returnPath: string | null;
  /** MIME type of the top-level part, e.g. 'multipart/report'. */
  contentType: string | null;
  /** Our own X-Runnerup-Step header when one of our drafts comes back. */
  runnerupStep: string | null;
  /** Text the sender typed at the top (above any quote or forward), trimmed. */
  topText: string;
}

/** The result of understanding one inbound email (the `parse` contract plus extras). */
export interface Understood {
  forwardedBy: string | null;
  /** The forwarder's display name, when the outer From has one. */
  forwarderName: string | null;
  kind: Kind;
  /** Human-readable cues that decided the kind (explainability). */
  cues: string[];
  company: string | null;
  role: string | null;
  contact: Address;
  /** Interview start, ISO-8601 UTC, or null. */
  interviewAt: string | null;
  /** YYYY-MM-DD, or null. */
  decisionBy: string | null;
  userNote: string | null;
  original: {
    from: Address;
    subject: string;
    date: string | null;
    messageId?: string | null;
  };
  outer: OuterMessage;
}

/** Stages an application moves through (product.md, "A later email ... moves it"). */
export type Stage = 'applied' | 'interviewing' | 'rejected' | 'offer' | 'hired' | 'stopped';

/** User-tunable cadence values; see shared/cadence for the defaults and the validating schema. */
export interface CadenceSettings {
  /** Local time the "morning" steps arrive, HH:MM. */
  morning: string;
  thankYouDelayHours: number;
  thankYouLatestLocal: string;
  thankYouNextDayLocal: string;
  /** Latest a thank-you may reach the user, in hours after the interview starts (default 24). */
  thankYouMaxHours?: number;
  /** Assumed interview length: after start + this, the interview is "already over" (default 60). */
  interviewLengthMinutes?: number;
  statusCheckBusinessDays: number;
  rejectionReplyWindow: { from: string; to: string };
  rejectionReplyNextDayLocal: string;
  growthAskBusinessDays: number;
  keepInTouchDays: [number, number, number];
  applicationNudgeBusinessDays: number;
}

/** A registered user (ops manage them). */
export interface User {
  email: string;
  name: string | null;
  timeZone: string;
  settings?: Partial<CadenceSettings>;
  /** Per-user cap on outgoing mail per day; the configured default when absent. */
  dailySendCap?: number;
}

/** One planned step (the `plan` contract). */
export interface PlannedStep {
  step: StepId;
  /** ISO-8601 UTC. */
  at: string;
  reason: string;
}
