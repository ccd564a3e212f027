import type { Application } from './application.js';
import type { WorkflowDeps } from './deps.js';
import { ConflictRetriesExhaustedError, VersionConflictError } from './errors.js';

/** Optimistic retries on a version conflict before giving up (the trigger is then retried). */
export const MAX_CONFLICT_RETRIES = 6;

/**
 * Read-modify-write of one application with optimistic concurrency: `change` returns the next
 * record, or null to leave it as it is. Null when the application does not exist.
 */
export async function updateApplication(
  user: string,
  id: string,
  deps: Pick<WorkflowDeps, 'store'>,
  change: (app: Application) => Application | null,
): Promise<Application | null> {
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    const app = await deps.store.getApplication(user, id);
    if (!app) return null;
    const next = change(app);
    if (!next) return app;
    try {
      return await deps.store.saveApplication(next);
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
    }
  }
  throw new ConflictRetriesExhaustedError(id);
}
