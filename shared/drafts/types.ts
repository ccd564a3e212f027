import type { Address, CadenceSettings, Kind, ReplyId, Stage, StepId } from '../domain/types.js';

/** The application a draft is about, as the workflow knows it. All strings are untrusted. */
export interface DraftApplication {
  id: string;
  company: string | null;
  role: string | null;
  contact: Address;
  /** What the user typed above the forward, or null. */
  userNote: string | null;
  /** ISO-8601 UTC, or null. */
  interviewAt: string | null;
  /** YYYY-MM-DD, or null. */
  decisionBy: string | null;
  stage: Stage;
  /** Subject of the employer's email, for a "Re:" on replies to it. */
  originalSubject?: string | null;
}

/** One line of the `list` digest. */
export interface DigestEntry {
  applicationId: string;
  company: string | null;
  role: string | null;
  stage: Stage;
  contactName?: string | null;
  /** The next pending step, when there is one. */
  next?: { step: StepId; at: string } | null;
  /** Snoozed until (ISO-8601 UTC), when snoozed. */
  snoozedUntil?: string | null;
}

/** A mail provider's forwarding confirmation (e.g. Gmail's), relayed to the user it names. */
export interface ForwardingConfirmation {
  /** e.g. 'Gmail'. */
  provider: string;
  /** The confirmation link, when the message has one. */
  link: string | null;
  /** The confirmation code, when the message has one. */
  code: string | null;
  /** Subject of the provider's message. */
  subject: string;
}

/** Everything a draft or reply to the user is rendered from. Deterministic: no clock, no randomness. */
export interface DraftContext {
  /** The registered user: the only recipient. */
  user: { email: string; name: string | null };
  application: DraftApplication;
  /** The step or reply being rendered (goes into X-Runnerup-Step and the Message-ID). */
  step: StepId | ReplyId;
  /** When the step is due, ISO-8601 UTC (for replies: now). */
  at: string;
  /** The user's IANA zone (or UTC±hh:mm), for times shown to them. */
  timeZone: string;
  now: Date;
  /** Our From address, e.g. 'Runner-Up <drafts@runnerup.example>' or a bare address. */
  fromAddress: string;
  /** Where command replies go (Reply-To), usually the same inbound address the user forwards to. */
  inboundAddress: string;
  /** The user's forwarded message, so our mail threads under it. */
  thread: { messageId: string | null; references: string[] };
  /** Makes the Message-ID unique; defaults to a hash of (application, step, at). */
  nonce?: string;
  settings?: CadenceSettings;
  /** For `understood-other`: what we made of the email. */
  understood?: { kind: Kind; cues: string[]; subject?: string | null };
  /** For `list`. */
  digest?: DigestEntry[];
  /** For `forwarding-confirmation`. */
  forwarding?: ForwardingConfirmation;
  /** For `command-ack`: one or two plain sentences saying what was done. */
  ack?: { text: string };
}

/** The note to the employer (or, for replies, the message to the user), before MIME. */
export interface RenderedDraft {
  /** The employer's address the draft is for (mailto `to`), or null when unknown. */
  to: string | null;
  /** Display name for the subject line ("to Priya Natarajan"), or null. */
  toName: string | null;
  subject: string;
  /** Plain text with \n line breaks. */
  body: string;
}

/** What the user receives: rendered text and HTML parts before MIME. */
export interface UserEmailContent {
  subject: string;
  text: string;
  html: string;
}

export interface ComposedEmail {
  raw: Buffer;
  messageId: string;
  subject: string;
}
