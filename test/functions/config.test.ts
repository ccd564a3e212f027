import { describe, expect, it } from 'vitest';
import { ConfigError, parseFollowUpConfig, parseInboundConfig } from '../../functions/config.js';

const env = {
  TABLE_NAME: 'runnerup-state',
  RAW_MAIL_BUCKET: 'runnerup-raw-mail',
  FROM_ADDRESS: 'drafts@runnerup.example',
  INBOUND_ADDRESS: 'followups@runnerup.example',
  SCHEDULE_GROUP: 'runnerup',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/runnerup-scheduler',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:eu-west-1:123456789012:runnerup-scheduler-dlq',
  FOLLOW_UP_FUNCTION_ARN: 'arn:aws:lambda:eu-west-1:123456789012:function:runnerup-follow-up',
};

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('function configuration', () => {
  it('fills the documented defaults', () => {
    expect(parseInboundConfig(env)).toEqual({
      ...env,
      RAW_MAIL_PREFIX: 'inbound/',
      DAILY_SEND_CAP: 50,
      RETENTION_DAYS: 30,
      SES_CONFIGURATION_SET: undefined,
      LOG_LEVEL: 'INFO',
    });
  });

  it('reads the optional values when set', () => {
    const config = parseInboundConfig({
      ...env,
      RAW_MAIL_PREFIX: '',
      DAILY_SEND_CAP: '7',
      RETENTION_DAYS: '90',
      SES_CONFIGURATION_SET: 'runnerup',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ RAW_MAIL_PREFIX: '', DAILY_SEND_CAP: 7, RETENTION_DAYS: 90, SES_CONFIGURATION_SET: 'runnerup', LOG_LEVEL: 'DEBUG' });
  });

  it('names each missing variable (an empty one counts as missing)', () => {
    const error = errorOf(() => parseInboundConfig({ ...env, TABLE_NAME: '', FROM_ADDRESS: undefined }));
    expect(error.variables).toEqual(['TABLE_NAME', 'FROM_ADDRESS']);
    expect(error.message).toContain('TABLE_NAME is required');
    expect(error.message).toContain('FROM_ADDRESS is required');
  });

  it('names each invalid variable', () => {
    const error = errorOf(() =>
      parseInboundConfig({
        ...env,
        FROM_ADDRESS: 'drafts',
        SCHEDULER_ROLE_ARN: 'arn:aws:sqs:eu-west-1:1:q',
        SCHEDULE_GROUP: 'has space',
        DAILY_SEND_CAP: '0',
        LOG_LEVEL: 'LOUD',
      }),
    );
    expect(error.variables.sort()).toEqual(
      ['DAILY_SEND_CAP', 'FROM_ADDRESS', 'LOG_LEVEL', 'SCHEDULER_ROLE_ARN', 'SCHEDULE_GROUP'].sort(),
    );
    expect(error.message).toContain('SCHEDULER_ROLE_ARN must be an iam ARN');
    // zod/mini has no messages of its own: the English locale must be loaded.
    expect(error.message).toContain('LOG_LEVEL Invalid option: expected one of "DEBUG"');
  });

  it('requires FOLLOW_UP_FUNCTION_ARN for inbound only', () => {
    const { FOLLOW_UP_FUNCTION_ARN: _omit, ...followUpEnv } = env;
    expect(errorOf(() => parseInboundConfig(followUpEnv)).variables).toEqual(['FOLLOW_UP_FUNCTION_ARN']);
    expect(parseFollowUpConfig(followUpEnv)).not.toHaveProperty('FOLLOW_UP_FUNCTION_ARN');
  });
});
