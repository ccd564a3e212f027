/**
 * The SES receipt-rule Lambda event (invocation type Event), validated with zod. Modelled on
 * Powertools' parser schema (packages/parser/src/schemas/ses.ts), loosened where real events
 * differ: DISABLED verdicts when scanning is off, `dmarcPolicy` as a string or `{ status }`
 * (and absent unless DMARC failed), headers we do not use left unchecked.
 */
import * as z from 'zod/mini';
import '../../shared/zod-messages.js';
import type { Verdicts, VerdictStatus } from '../../shared/workflow/types.js';


const verdict = z.object({
  status: z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']),
});

const dmarcPolicy = z.union([z.string(), z.object({ status: z.string() })]);

export const sesRecordSchema = z.object({
  eventSource: z.literal('aws:ses'),
  eventVersion: z.string(),
  ses: z.object({
    mail: z.object({
      timestamp: z.string(),
      source: z.string(),
      // The SES message id is also the S3 object key (after the prefix): keep it path-safe.
      messageId: z.string().check(z.regex(/^[0-9A-Za-z._-]{1,256}$/, 'not an SES message id')),
      destination: z.array(z.string()),
      headersTruncated: z.optional(z.boolean()),
      commonHeaders: z.optional(z.looseObject({})),
    }),
    receipt: z.object({
      timestamp: z.string(),
      recipients: z.array(z.string()),
      spamVerdict: z.optional(verdict),
      virusVerdict: z.optional(verdict),
      spfVerdict: z.optional(verdict),
      dkimVerdict: z.optional(verdict),
      dmarcVerdict: z.optional(verdict),
      dmarcPolicy: z.optional(dmarcPolicy),
      action: z.looseObject({ type: z.string() }),
    }),
  }),
});

export const sesEventSchema = z.object({ Records: z.array(sesRecordSchema).check(z.minLength(1)) });

export type SesRecord = z.infer<typeof sesRecordSchema>;
export type SesEvent = z.infer<typeof sesEventSchema>;

export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

/** Validates an SES receipt event; throws InvalidEventError with the first problems. */
export function parseSesEvent(event: unknown): SesEvent {
  const result = sesEventSchema.safeParse(event);
  if (result.success) return result.data;
  throw new InvalidEventError(`not an SES receipt event: ${z.prettifyError(result.error)}`);
}

/** The verdicts the workflow reads, with `dmarcPolicy` normalised to a lower-case string. */
export function verdictsOf(record: SesRecord): Verdicts {
  const r = record.ses.receipt;
  const policy = typeof r.dmarcPolicy === 'string' ? r.dmarcPolicy : r.dmarcPolicy?.status;
  const out: Verdicts = {};
  const set = (key: 'spf' | 'dkim' | 'dmarc' | 'spam' | 'virus', v?: { status: VerdictStatus }) => {
    if (v) out[key] = v.status;
  };
  set('spf', r.spfVerdict);
  set('dkim', r.dkimVerdict);
  set('dmarc', r.dmarcVerdict);
  set('spam', r.spamVerdict);
  set('virus', r.virusVerdict);
  if (policy) out.dmarcPolicy = policy.toLowerCase();
  return out;
}

/** The SMTP envelope as SES saw it: MAIL FROM and the recipients this rule matched. */
export function envelopeOf(record: SesRecord): { mailFrom: string; recipients: string[] } {
  return { mailFrom: record.ses.mail.source, recipients: record.ses.receipt.recipients };
}
