/**
 * Builds the drafts module's context from what the workflow knows, and composes the mail.
 * The drafts module owns the words; this only decides which facts it gets.
 */
import type { CadenceSettings, ReplyId, StepId, Understood, User } from '../domain/types.js';
import { composeUserEmail, type ComposedEmail, type DraftContext } from '../drafts/index.js';
import type { Application } from './application.js';
import type { WorkflowConfig } from './deps.js';

/** The application id on replies that concern no application (help, list, ...). */
export const NO_APPLICATION = 'none';

export interface RenderRequest {
  user: User;
  settings: CadenceSettings;
  what: StepId | ReplyId;
  at: string;
  now: Date;
  config: WorkflowConfig;
  /** The application, when the mail concerns one. */
  app?: Application | null;
  /** The inbound email being answered (for threading and `understood-other`), when there is one. */
  inbound?: Understood | null;
  /** Makes a reply's Message-ID unique (e.g. the inbound message id). */
  nonce?: string;
  extra?: Pick<DraftContext, 'digest' | 'forwarding' | 'ack' | 'understood'>;
}

/** Composes the complete message to the user. */
export async function renderMail(r: RenderRequest): Promise<ComposedEmail> {
  const source = r.inbound ?? r.app?.source ?? null;
  const app = r.app;
  const ctx: DraftContext = {
    user: { email: r.user.email, name: r.user.name ?? source?.forwarderName ?? null },
    application: {
      id: app?.id ?? NO_APPLICATION,
      company: app?.company ?? source?.company ?? null,
      role: app?.role ?? source?.role ?? null,
      contact: app?.contact ?? source?.contact ?? { name: null, email: null },
      userNote: source?.userNote ?? null,
      interviewAt: app?.interviewAt ?? source?.interviewAt ?? null,
      decisionBy: app?.decisionBy ?? source?.decisionBy ?? null,
      stage: app?.stage ?? 'applied',
      originalSubject: source?.original.subject ?? null,
    },
    step: r.what,
    at: r.at,
    timeZone: r.user.timeZone,
    now: r.now,
    fromAddress: r.config.fromAddress,
    inboundAddress: r.config.inboundAddress,
    thread: { messageId: source?.outer.messageId ?? null, references: source?.outer.references ?? [] },
    settings: r.settings,
    ...(r.nonce ? { nonce: r.nonce } : {}),
    ...(source && r.what === 'understood-other' ? { understood: { kind: source.kind, cues: source.cues, subject: source.original.subject } } : {}),
    ...r.extra,
  };
  return composeUserEmail(ctx);
}
