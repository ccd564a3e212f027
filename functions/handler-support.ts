/**
 * What both Lambda handlers share: how they get their dependencies (injected in tests, built
 * lazily once per cold start in Lambda) and a middy middleware adding the Lambda context to logs.
 */
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { PowertoolsLoggerAdapter } from '../shared/adapters/aws/powertools-logger.js';
import type { WorkflowDeps } from '../shared/workflow/deps.js';

/** Ready deps (tests), or a builder called with the first invocation's context (Lambda). */
export type DepsProvider = WorkflowDeps | ((context: Context) => WorkflowDeps);

/** Resolves a provider, building at most once: a cold start parses config and creates clients once. */
export function depsResolver(provider: DepsProvider): (context: Context) => WorkflowDeps {
  if (typeof provider !== 'function') return () => provider;
  let built: WorkflowDeps | undefined;
  return (context) => (built ??= provider(context));
}

/** Adds request id, function name and cold start to every Powertools log line of the invocation. */
export function lambdaContextLogging(
  resolve: (context: Context) => WorkflowDeps,
): MiddlewareObj<unknown, unknown, Error, Context> {
  return {
    name: 'lambdaContextLogging',
    before: (request) => {
      const { logger } = resolve(request.context);
      if (logger instanceof PowertoolsLoggerAdapter) logger.powertools.addContext(request.context);
    },
  };
}

/** An error as log attributes (name and message; the stack only where it helps). */
export function errorAttributes(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { errorName: error.name, errorMessage: error.message, stack: error.stack };
  }
  return { errorMessage: String(error) };
}
