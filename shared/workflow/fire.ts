import type { FirePayload } from '../ports/index.js';
import type { WorkflowDeps } from './deps.js';
import type { FireResult } from './types.js';

/**
 * Fires one scheduled step: sends its draft to the user if the step still holds, exactly once
 * (conditional claim before sending); reschedules it to the snooze end when the application is snoozed.
 */
export async function fire(payload: FirePayload, deps: WorkflowDeps): Promise<FireResult> {
  void payload;
  void deps;
  throw new Error('fire: in progress');
}
