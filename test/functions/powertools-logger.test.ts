import { afterEach, describe, expect, it, vi } from 'vitest';
import { PowertoolsLoggerAdapter } from '../../shared/adapters/aws/powertools-logger.js';
import { lambdaContext, INBOUND_ARN } from './lambda-context.js';

describe('PowertoolsLoggerAdapter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function capture(): string[] {
    const lines: string[] = [];
    // Powertools writes through its own Console: info/debug to stdout, warn/error to stderr.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        lines.push(String(chunk));
        return true;
      });
    }
    return lines;
  }

  it('writes one JSON line per entry with the attributes, the level and the Lambda context', () => {
    const lines = capture();
    const logger = new PowertoolsLoggerAdapter({ serviceName: 'runner-up-test', logLevel: 'DEBUG' });
    logger.powertools.addContext(lambdaContext(INBOUND_ARN));

    logger.info('draft scheduled', { application: 'app0001', at: '2026-03-04T16:00:00.000Z' });
    logger.debug('detail', { n: 1 });

    const entries = lines.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({
      level: 'INFO',
      message: 'draft scheduled',
      service: 'runner-up-test',
      application: 'app0001',
      at: '2026-03-04T16:00:00.000Z',
      function_name: 'runnerup-inbound',
    });
    expect(entries[1]).toMatchObject({ level: 'DEBUG', message: 'detail', n: 1 });
  });

  it('drops entries below the configured level', () => {
    const lines = capture();
    const logger = new PowertoolsLoggerAdapter({ serviceName: 'runner-up-test', logLevel: 'WARN' });

    logger.info('quiet');
    logger.error('loud', { errorName: 'X' });

    const messages = lines.join('').trim().split('\n').map((l) => (JSON.parse(l) as { message: string }).message);
    expect(messages).toEqual(['loud']);
  });
});
