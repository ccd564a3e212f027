/**
 * The follow-up function: an EventBridge Scheduler one-time schedule invokes it (asynchronously)
 * with a FirePayload → fire. Failures are rethrown so Lambda's async retries and the on-failure
 * destination apply; fire sends at most once per step (conditional claim before sending).
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
// Straight from fire.js: the workflow index would pull receive and the whole understanding engine
// into this bundle.
import { fire } from '../../shared/workflow/fire.js';
import type { FireResult } from '../../shared/workflow/types.js';
import { buildAwsDeps } from '../aws-deps.js';
import { parseFollowUpConfig } from '../config.js';
import { depsResolver, errorAttributes, lambdaContextLogging, type DepsProvider } from '../handler-support.js';
import { parseFirePayload } from './fire-event.js';

/** The follow-up handler over the given dependencies (tests pass stand-ins and a fake clock). */
export function createFollowUpHandler(provider: DepsProvider) {
  const resolve = depsResolver(provider);
  return middy<unknown, FireResult, Error, Context>()
    .use(lambdaContextLogging(resolve))
    .handler(async (event, context) => {
      const deps = resolve(context);
      let payload;
      try {
        payload = parseFirePayload(event);
      } catch (error) {
        const version = (event as { v?: unknown } | null)?.v;
        deps.logger.error('fire payload rejected', { version, ...errorAttributes(error) });
        throw error;
      }
      const where = { user: payload.user, application: payload.application, step: payload.step, at: payload.at };
      try {
        const result = await fire(payload, deps);
        deps.logger.info('follow-up fired', {
          ...where,
          outcome: result.outcome,
          reason: result.reason,
          sent: result.sent?.messageId,
          rescheduledTo: result.rescheduled?.at,
        });
        return result;
      } catch (error) {
        deps.logger.error('follow-up failed', { ...where, ...errorAttributes(error) });
        throw error;
      }
    });
}

/**
 * A function ARN without a version or alias qualifier: the Scheduler role may invoke the
 * unqualified function only, and schedules must keep targeting whatever is deployed when they fire.
 */
export function unqualifiedArn(arn: string): string {
  return arn.split(':').slice(0, 7).join(':');
}

/**
 * The Lambda entry. Snoozed steps are rescheduled to invoke this same function, so its own ARN
 * (from the first invocation's context) is the schedule target.
 */
export const handler = createFollowUpHandler((context) =>
  buildAwsDeps({
    config: parseFollowUpConfig(),
    followUpArn: unqualifiedArn(context.invokedFunctionArn),
    serviceName: 'runner-up-follow-up',
  }),
);
