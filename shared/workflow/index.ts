/**
 * The workflow use cases: `receive` (an inbound email) and `fire` (a scheduled step).
 * Pure orchestration over ports (WorkflowDeps); deterministic given the clock and ids.
 */
export { receive } from './receive.js';
export { fire } from './fire.js';
export type { WorkflowDeps, WorkflowConfig } from './deps.js';
export { workflowConfig, DEFAULT_DAILY_SEND_CAP } from './deps.js';
export type { ApplicationStore, UserDirectory, UserAdmin } from './ports.js';
export type { Application, StepRecord, StepStatus } from './application.js';
export { applicationKey } from './application.js';
export { VersionConflictError, ConflictRetriesExhaustedError, InvalidFirePayloadError, WorkflowConfigError } from './errors.js';
export { scheduleName } from './schedule-name.js';
export type { ReceiveInput, ReceiveResult, FireResult, Verdicts, DropReason } from './types.js';
export type { FirePayload } from '../ports/index.js';
