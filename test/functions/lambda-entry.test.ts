import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../functions/config.js';
import { FOLLOW_UP_ARN, INBOUND_ARN, lambdaContext } from './lambda-context.js';

// The exported `handler`s as Lambda loads them: importing builds nothing (so tests and the
// bundler can load them), and an incomplete environment fails the invocation naming the variables.
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'));

const VARIABLES = [
  'TABLE_NAME',
  'RAW_MAIL_BUCKET',
  'FROM_ADDRESS',
  'INBOUND_ADDRESS',
  'SCHEDULE_GROUP',
  'SCHEDULER_ROLE_ARN',
  'SCHEDULER_DLQ_ARN',
  'FOLLOW_UP_FUNCTION_ARN',
];

describe('the Lambda entries', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('inbound fails naming each missing variable, and reads the environment again next time', async () => {
    for (const name of VARIABLES) vi.stubEnv(name, '');
    const { handler } = await import('../../functions/inbound/handler.js');

    const error = await handler(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variables).toEqual(VARIABLES);

    vi.stubEnv('TABLE_NAME', 'runnerup-state');
    const again = await handler(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN)).catch((e: unknown) => e);
    expect((again as ConfigError).variables).not.toContain('TABLE_NAME');
  });

  it('follow-up fails naming each missing variable (it needs no FOLLOW_UP_FUNCTION_ARN)', async () => {
    for (const name of VARIABLES) vi.stubEnv(name, '');
    const { handler } = await import('../../functions/follow-up/handler.js');

    const error = await handler(fixture('scheduler-fire.json'), lambdaContext(FOLLOW_UP_ARN)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variables).toEqual(VARIABLES.filter((v) => v !== 'FOLLOW_UP_FUNCTION_ARN'));
  });
});
