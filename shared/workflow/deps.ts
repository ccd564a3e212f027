/**
 * Everything the use cases depend on, passed as one argument. Entry points (functions/, local/)
 * build it once; tests build it from test/support/fakes.ts.
 */
import type { Clock, IdSource, Logger, Mailer, RawMailStore, Scheduler } from '../ports/index.js';
import { WorkflowConfigError } from './errors.js';
import type { ApplicationStore, UserDirectory } from './ports.js';

export interface WorkflowConfig {
  /** The verified address drafts are sent from. */
  fromAddress: string;
  /** The address users forward to (and reply to). */
  inboundAddress: string;
  /** Outgoing mails per user per day (UTC day); a user's own `dailySendCap` overrides it. Default 50. */
  dailySendCap: number;
  /** True on AWS: SES verdicts are required (SPF or DKIM PASS, DMARC not FAIL). False locally. */
  requireAuthentication: boolean;
  /** Prefix of raw-mail keys (the SES S3 action's object key prefix), e.g. 'inbound/'. */
  rawMailPrefix: string;
  /** How long idempotency markers and raw-mail records live, in days. Default 30. */
  markerRetentionDays: number;
}

export const DEFAULT_DAILY_SEND_CAP = 50;
export const DEFAULT_MARKER_RETENTION_DAYS = 30;

export interface WorkflowDeps {
  store: ApplicationStore;
  users: UserDirectory;
  rawMail: RawMailStore;
  scheduler: Scheduler;
  mailer: Mailer;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  config: WorkflowConfig;
}

/** Fills the defaults and rejects nonsense (throws WorkflowConfigError). */
export function workflowConfig(
  input: Pick<WorkflowConfig, 'fromAddress' | 'inboundAddress'> & Partial<WorkflowConfig>,
): WorkflowConfig {
  const config: WorkflowConfig = {
    dailySendCap: DEFAULT_DAILY_SEND_CAP,
    requireAuthentication: true,
    rawMailPrefix: '',
    markerRetentionDays: DEFAULT_MARKER_RETENTION_DAYS,
    ...input,
  };
  if (!config.fromAddress.includes('@')) throw new WorkflowConfigError(`fromAddress "${config.fromAddress}" is not an address`);
  if (!config.inboundAddress.includes('@')) throw new WorkflowConfigError(`inboundAddress "${config.inboundAddress}" is not an address`);
  if (!Number.isInteger(config.dailySendCap) || config.dailySendCap < 1) throw new WorkflowConfigError('dailySendCap must be a positive integer');
  if (!(config.markerRetentionDays > 0)) throw new WorkflowConfigError('markerRetentionDays must be positive');
  return config;
}
