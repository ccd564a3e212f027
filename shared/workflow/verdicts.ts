/**
 * SES verdicts: normalising the event's shapes, and deciding whether a sender is authenticated.
 * A forward is sent by the user's own mailbox, so SPF/DKIM/DMARC speak for the user (design.md).
 */
import type { Verdicts, VerdictStatus } from './types.js';

const STATUSES: readonly VerdictStatus[] = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'];

function status(value: unknown): VerdictStatus | undefined {
  const raw = typeof value === 'string' ? value : (value as { status?: unknown } | null | undefined)?.status;
  if (typeof raw !== 'string') return undefined;
  const upper = raw.trim().toUpperCase();
  return (STATUSES as readonly string[]).includes(upper) ? (upper as VerdictStatus) : undefined;
}

/**
 * Normalises SES receipt verdicts: `{ spfVerdict: { status } }` (the SES event) or plain strings,
 * and `dmarcPolicy` given as a string or as `{ status }`. Unknown values become absent.
 */
export function normaliseVerdicts(input: unknown): Verdicts {
  const o = (input ?? {}) as Record<string, unknown>;
  const pick = (...names: string[]) => status(names.map((n) => o[n]).find((v) => v !== undefined));
  const policyRaw = o.dmarcPolicy;
  const policy = typeof policyRaw === 'string' ? policyRaw : (policyRaw as { status?: unknown } | undefined)?.status;
  const verdicts: Verdicts = {
    spf: pick('spf', 'spfVerdict'),
    dkim: pick('dkim', 'dkimVerdict'),
    dmarc: pick('dmarc', 'dmarcVerdict'),
    spam: pick('spam', 'spamVerdict'),
    virus: pick('virus', 'virusVerdict'),
    dmarcPolicy: typeof policy === 'string' ? policy.toUpperCase() : undefined,
  };
  for (const key of Object.keys(verdicts) as (keyof Verdicts)[]) if (verdicts[key] === undefined) delete verdicts[key];
  return verdicts;
}

export type AuthenticationFailure = 'unauthenticated' | 'spam' | 'virus';

/**
 * Null when the verdicts authenticate the sender: no FAIL for SPF, DKIM or DMARC, SPF or DKIM PASS,
 * and spam/virus not FAIL. A registered address forged from elsewhere fails here, so it is never trusted.
 */
export function authenticationFailure(verdicts: Verdicts | undefined): AuthenticationFailure | null {
  const v = normaliseVerdicts(verdicts);
  if (v.virus === 'FAIL') return 'virus';
  if (v.spam === 'FAIL') return 'spam';
  if (v.spf === 'FAIL' || v.dkim === 'FAIL' || v.dmarc === 'FAIL') return 'unauthenticated';
  if (v.spf !== 'PASS' && v.dkim !== 'PASS') return 'unauthenticated';
  return null;
}
