/**
 * The follow-up function's event: the FirePayload a schedule was created with, delivered as the
 * Lambda event itself (Scheduler passes Target.Input through unchanged). Versioned so a payload
 * written by an older or newer deployment is recognised instead of misread.
 */
import * as z from 'zod/mini';
import '../../shared/zod-messages.js';
import { STEP_IDS, type StepId } from '../../shared/domain/types.js';
import type { FirePayload } from '../../shared/ports/index.js';

export const SUPPORTED_PAYLOAD_VERSION = 1;


// Unknown extra fields are ignored: additive changes need no new version.
const firePayloadV1 = z.object({
  v: z.literal(SUPPORTED_PAYLOAD_VERSION),
  user: z.email(),
  application: z.string().check(z.minLength(1), z.maxLength(128)),
  step: z.enum(STEP_IDS as [StepId, ...StepId[]]),
  at: z.iso.datetime({ offset: true }),
});

/** A payload whose `v` this code does not know (written by another deployment). */
export class UnsupportedPayloadVersionError extends Error {
  override readonly name = 'UnsupportedPayloadVersionError';
  constructor(readonly version: unknown) {
    super(`fire payload version ${JSON.stringify(version)} is not supported (expected ${SUPPORTED_PAYLOAD_VERSION})`);
  }
}

/** A payload that claims a known version but does not match it. */
export class InvalidFirePayloadEventError extends Error {
  override readonly name = 'InvalidFirePayloadEventError';
}

/** Validates a Scheduler event as a FirePayload (v1). */
export function parseFirePayload(event: unknown): FirePayload {
  const version = (event as { v?: unknown } | null)?.v;
  if (version !== SUPPORTED_PAYLOAD_VERSION) throw new UnsupportedPayloadVersionError(version);
  const result = firePayloadV1.safeParse(event);
  if (result.success) return result.data;
  throw new InvalidFirePayloadEventError(`invalid fire payload: ${z.prettifyError(result.error)}`);
}
