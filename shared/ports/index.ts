/**
 * Ports: the narrow interfaces the use cases depend on. Adapters implement one port each:
 * AWS adapters live in shared/adapters/aws, embedded ones (npm start) in local/.
 * The ApplicationStore and UserDirectory ports are owned by the workflow (shared/workflow);
 * the ones below are shared with the local runtime and must stay stable.
 */
import type { StepId } from '../domain/types.js';

export interface Clock {
  now(): Date;
}

export interface IdSource {
  /** A new unique, URL-safe id ([0-9a-zA-Z_-]). */
  next(): string;
}

/** Raw inbound mail, kept before anything else happens to it. */
export interface RawMailStore {
  put(key: string, raw: Uint8Array): Promise<void>;
  /** Null when there is no such object. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

/** What a scheduled follow-up carries back when it fires (versioned, validated on receipt). */
export interface FirePayload {
  v: 1;
  user: string;
  application: string;
  step: StepId;
  /** The step's planned time, ISO-8601 UTC: a fire for an older plan is recognised as superseded. */
  at: string;
}

export interface ScheduleRequest {
  /** Deterministic, at most 64 chars of [0-9a-zA-Z-_.]: creating twice is a no-op. */
  name: string;
  /** ISO-8601 UTC instant. */
  at: string;
  /** IANA zone of the user, for display and for EventBridge's ScheduleExpressionTimezone. */
  timeZone: string;
  payload: FirePayload;
}

export interface Scheduler {
  /** Idempotent: a schedule of the same name that already exists is left as it is. */
  schedule(request: ScheduleRequest): Promise<void>;
  /** Idempotent: cancelling a schedule that does not exist (or already fired) succeeds. */
  cancel(name: string): Promise<void>;
}

export interface OutgoingMail {
  /** The single recipient: always the user, never an employer. */
  to: string;
  /** Complete RFC 5322 message (headers and body), as built by the draft renderer. */
  raw: Uint8Array;
  /** For operators' logs and the local outbox summary. */
  meta?: { step?: string; user?: string; company?: string | null; application?: string };
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** Structured logger (Powertools in Lambda, a console logger locally, a silent one in tests). */
export interface Logger {
  debug(message: string, attributes?: Record<string, unknown>): void;
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}
