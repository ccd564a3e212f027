/**
 * The inbound function: SES receipt rule (S3 action first, then this Lambda action, invocation
 * type Event) → raw mail from S3 by message id → receive. Failures are rethrown so Lambda's async
 * retries and the on-failure destination apply; receive is idempotent on the SES message id.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { receive } from '../../shared/workflow/receive.js';
import type { ReceiveResult } from '../../shared/workflow/types.js';
import { buildAwsDeps } from '../aws-deps.js';
import { parseInboundConfig } from '../config.js';
import { depsResolver, errorAttributes, lambdaContextLogging, type DepsProvider } from '../handler-support.js';
import { envelopeOf, parseSesEvent, verdictsOf } from './ses-event.js';

/** No S3 object for the message (not written yet, or deleted since): retry rather than lose mail. */
export class RawMailNotFoundError extends Error {
  override readonly name = 'RawMailNotFoundError';
  constructor(readonly key: string) {
    super(`raw mail ${key} is not in the bucket`);
  }
}

export interface InboundHandlerResult {
  results: { messageId: string; outcome: ReceiveResult['outcome']; reason?: string }[];
}

/** The inbound handler over the given dependencies (tests pass stand-ins and a fake clock). */
export function createInboundHandler(provider: DepsProvider) {
  const resolve = depsResolver(provider);
  return middy<unknown, InboundHandlerResult, Error, Context>()
    .use(lambdaContextLogging(resolve))
    .handler(async (event, context) => {
      const deps = resolve(context);
      let parsed;
      try {
        parsed = parseSesEvent(event);
      } catch (error) {
        deps.logger.error('inbound event rejected', errorAttributes(error));
        throw error;
      }
      const results: InboundHandlerResult['results'] = [];
      // SES sends one record per invocation; a loop keeps any extra one from being ignored.
      for (const record of parsed.Records) {
        const messageId = record.ses.mail.messageId;
        const key = `${deps.config.rawMailPrefix}${messageId}`;
        try {
          const raw = await deps.rawMail.get(key);
          if (!raw) throw new RawMailNotFoundError(key);
          const verdicts = verdictsOf(record);
          const result = await receive(
            { messageId, raw, rawAlreadyStored: true, envelope: envelopeOf(record), verdicts },
            deps,
          );
          // receive logs the outcome at info; this adds the counts for debugging.
          deps.logger.debug('inbound processed', {
            messageId,
            outcome: result.outcome,
            reason: result.reason,
            application: result.application,
            kind: result.kind,
            command: result.command,
            scheduled: result.scheduled.length,
            cancelled: result.cancelled.length,
            sent: result.sent.map((s) => s.what),
          });
          results.push({ messageId, outcome: result.outcome, ...(result.reason ? { reason: result.reason } : {}) });
        } catch (error) {
          deps.logger.error('inbound failed', { messageId, key, ...errorAttributes(error) });
          throw error;
        }
      }
      return { results };
    });
}

/** The Lambda entry: config parsed and clients built on the first invocation, then reused. */
export const handler = createInboundHandler(() => {
  const config = parseInboundConfig();
  return buildAwsDeps({ config, followUpArn: config.FOLLOW_UP_FUNCTION_ARN, serviceName: 'runner-up-inbound' });
});
