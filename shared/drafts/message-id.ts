import { STEP_IDS } from '../domain/types.js';
import { REPLY_IDS } from './reply-ids.js';

// Our Message-IDs: <ru1.BASE64URL(applicationId).STEP.NONCE@domain>. The application id is
// base64url-encoded so any id round-trips and no id can smuggle a '.', '>' or '@'.
const PREFIX = 'ru1';
const MAX_APPLICATION_ID_LENGTH = 128;
const KNOWN_STEPS: ReadonlySet<string> = new Set<string>([...STEP_IDS, ...REPLY_IDS]);
const NONCE_SAFE = /[^A-Za-z0-9_-]/g;
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/** Raised when a Message-ID cannot be built from the given parts. */
export class InvalidMessageIdPartError extends Error {
  override readonly name = 'InvalidMessageIdPartError';
}

/**
 * Builds the Message-ID (with angle brackets) of a mail we send about `applicationId` for
 * `stepOrReply`; parseOurMessageId maps a reply's In-Reply-To/References back to both.
 */
export function ourMessageId(applicationId: string, stepOrReply: string, nonce: string, domain: string): string {
  if (!applicationId || applicationId.length > MAX_APPLICATION_ID_LENGTH) {
    throw new InvalidMessageIdPartError('application id must be 1-128 characters');
  }
  if (!KNOWN_STEPS.has(stepOrReply)) throw new InvalidMessageIdPartError(`unknown step "${stepOrReply}"`);
  const cleanNonce = nonce.replace(NONCE_SAFE, '').slice(0, 40) || '0';
  const cleanDomain = DOMAIN.test(domain) ? domain : 'runnerup.invalid';
  const id = Buffer.from(applicationId, 'utf8').toString('base64url');
  return `<${PREFIX}.${id}.${stepOrReply}.${cleanNonce}@${cleanDomain}>`;
}

/** The application and step behind one of our Message-IDs, or null for anyone else's. */
export function parseOurMessageId(id: string | null | undefined): { applicationId: string; step: string } | null {
  if (!id) return null;
  const m = /^<?ru1\.([A-Za-z0-9_-]+)\.([a-z0-9-]+)\.([A-Za-z0-9_-]+)@([^<>@\s]+)>?$/.exec(id.trim());
  if (!m || !m[1] || !m[2] || !KNOWN_STEPS.has(m[2])) return null;
  const applicationId = Buffer.from(m[1], 'base64url').toString('utf8');
  if (!applicationId || Buffer.from(applicationId, 'utf8').toString('base64url') !== m[1]) return null;
  return { applicationId, step: m[2] };
}
