import type { WorkflowDeps } from './deps.js';
import type { ReceiveInput, ReceiveResult } from './types.js';

/**
 * Receives one inbound email: keeps the raw mail first, drops what must never be answered,
 * runs a command or applies the email to its application, then schedules, cancels and sends.
 * Idempotent on `input.messageId`.
 */
export async function receive(input: ReceiveInput, deps: WorkflowDeps): Promise<ReceiveResult> {
  void input;
  void deps;
  throw new Error('receive: in progress');
}
