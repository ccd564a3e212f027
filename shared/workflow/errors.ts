/** Named errors of the workflow. */

/** The application changed since it was read (optimistic version check failed). */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly user: string,
    readonly applicationId: string,
  ) {
    super(`application ${applicationId} of ${user} changed concurrently`);
  }
}

/** Retries on VersionConflictError ran out (the trigger is retried by Lambda or the local runtime). */
export class ConflictRetriesExhaustedError extends Error {
  override readonly name = 'ConflictRetriesExhaustedError';
  constructor(readonly applicationId: string) {
    super(`application ${applicationId} kept changing; giving up for now`);
  }
}

/** A fire payload that is not ours or not valid. */
export class InvalidFirePayloadError extends Error {
  override readonly name = 'InvalidFirePayloadError';
}

/** A configuration value that makes no sense. */
export class WorkflowConfigError extends Error {
  override readonly name = 'WorkflowConfigError';
}
