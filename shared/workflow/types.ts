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
