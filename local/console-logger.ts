import type { Logger } from '../shared/ports/index.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Structured logs for the terminal: one line each, `time level message {attributes}`. */
export function createConsoleLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, attributes?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const extra = attributes && Object.keys(attributes).length > 0 ? ' ' + JSON.stringify(attributes) : '';
    write(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${message}${extra}`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
