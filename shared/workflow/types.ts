/**
 * Inputs and outputs of the workflow use cases (receive, fire). The entry points (functions/,
 * local/) build these; the use cases in this folder consume them. Extend with optional fields.
 */

/** SES verdict statuses; spam/virus are DISABLED when scanning is off. */
export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';

export interface Verdicts {
  spf?: VerdictStatus;
  dkim?: VerdictStatus;
  dmarc?: VerdictStatus;
  spam?: VerdictStatus;
  virus?: VerdictStatus;
  /** SES gives this as a string in some event shapes and as { status } in others; normalise before. */
  dmarcPolicy?: string;
}

export interface ReceiveInput {
  /** The inbound message's id: the SES message id (also the S3 key suffix), or a local id. Idempotency key. */
  messageId: string;
  raw: Uint8Array;
  /** True when the raw mail is already stored (SES S3 action ran first); receive then does not store it again. */
  rawAlreadyStored?: boolean;
  envelope?: { mailFrom: string; recipients: string[] };
  /** Present on AWS; absent locally, where the SMTP listener decides whom to trust. */
  verdicts?: Verdicts;
}

/** Why an inbound email was dropped without any reply. */
export type DropReason =
  | 'unreadable'
  | 'no-sender'
  | 'unregistered'
  | 'unauthenticated'
  | 'spam'
  | 'virus'
  | 'auto-submitted'
  | 'null-return-path'
  | 'bulk'
  | 'list'
  | 'daemon'
  | 'bounce'
  | 'own-draft'
  | 'help-already-sent';

/** A step scheduled, or a schedule cancelled, by a use case. */
export interface ScheduledStepInfo {
  application: string;
  step: string;
  at: string;
  name: string;
}

/** One mail handed to the Mailer. */
export interface SentMailInfo {
  /** A step id or a reply id (ReplyId). */
  what: string;
  application?: string;
  messageId: string;
}

export interface ReceiveResult {
  outcome: 'processed' | 'duplicate' | 'dropped' | 'command' | 'relayed' | 'replied';
  reason?: DropReason;
  user?: string;
  application?: string;
  kind?: string;
  command?: string;
  scheduled: ScheduledStepInfo[];
  cancelled: ScheduledStepInfo[];
  sent: SentMailInfo[];
}

export interface FireResult {
  outcome: 'sent' | 'skipped' | 'rescheduled' | 'duplicate';
  /** Why nothing was sent (skipped): no-user, no-application, cancelled, superseded, closed, quota... */
  reason?: string;
  sent?: SentMailInfo;
  rescheduled?: ScheduledStepInfo;
}
