import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../../ports/index.js';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

export interface PowertoolsLoggerOptions {
  readonly serviceName: string;
  readonly logLevel?: LogLevel;
}

/**
 * The Logger port over Powertools: one JSON line per entry with the attributes merged in, plus
 * the Lambda context when the handler uses Powertools' injectLambdaContext middleware on
 * `.powertools`.
 */
export class PowertoolsLoggerAdapter implements Logger {
  readonly powertools: PowertoolsLogger;

  constructor(options: PowertoolsLoggerOptions | PowertoolsLogger) {
    this.powertools =
      options instanceof PowertoolsLogger
        ? options
        : new PowertoolsLogger({
            serviceName: options.serviceName,
            ...(options.logLevel ? { logLevel: options.logLevel } : {}),
          });
  }

  debug(message: string, attributes?: Record<string, unknown>): void {
    this.powertools.debug(message, { ...attributes });
  }

  info(message: string, attributes?: Record<string, unknown>): void {
    this.powertools.info(message, { ...attributes });
  }

  warn(message: string, attributes?: Record<string, unknown>): void {
    this.powertools.warn(message, { ...attributes });
  }

  error(message: string, attributes?: Record<string, unknown>): void {
    this.powertools.error(message, { ...attributes });
  }
}
