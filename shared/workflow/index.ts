/**
 * The workflow use cases: `receive` (an inbound email) and `fire` (a scheduled step).
 * Pure orchestration over ports (WorkflowDeps); deterministic given the clock and ids.
 */
export { receive } from './receive.js';
export { fire, parseFirePayload } from './fire.js';
export type { WorkflowDeps, WorkflowConfig } from './deps.js';
export { workflowConfig, DEFAULT_DAILY_SEND_CAP, DEFAULT_MARKER_RETENTION_DAYS } from './deps.js';
export type { ApplicationStore, UserDirectory, UserAdmin } from './ports.js';
export type { Application, StepRecord, StepStatus } from './application.js';
export { applicationKey } from './application.js';
export { VersionConflictError, ConflictRetriesExhaustedError, InvalidFirePayloadError, WorkflowConfigError } from './errors.js';
export { scheduleName, SCHEDULE_NAME_MAX } from './schedule-name.js';
export { normaliseVerdicts, authenticationFailure } from './verdicts.js';
export { parseCommand, snoozeEnd, type Command } from './commands.js';
export { readUsersFile, writeUsersFile, usersFilePath, UsersFile, UsersFileError, USERS_FILE_NAME } from './users-file.js';
export type { ReceiveInput, ReceiveResult, FireResult, Verdicts, VerdictStatus, DropReason, ScheduledStepInfo, SentMailInfo } from './types.js';
export type { FirePayload } from '../ports/index.js';
