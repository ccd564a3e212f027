import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  ValidationException,
} from '@aws-sdk/client-scheduler';
import {
  EventBridgeScheduler,
  InvalidScheduleNameError,
  atExpression,
} from '../../shared/adapters/aws/eventbridge-scheduler.js';
import type { FirePayload } from '../../shared/ports/index.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const TARGET = 'arn:aws:lambda:eu-west-1:123456789012:function:follow-up';
const ROLE = 'arn:aws:iam::123456789012:role/scheduler-invoke';
const DLQ = 'arn:aws:sqs:eu-west-1:123456789012:scheduler-dlq';

const payload: FirePayload = {
  v: 1,
  user: 'ada@example.com',
  application: 'app_01',
  step: 'status-check',
  at: '2026-03-10T14:00:00.000Z',
};

let active: ReturnType<typeof mockClient> | undefined;

function setup() {
  const mock = mockClient(SchedulerClient);
  active = mock;
  const scheduler = new EventBridgeScheduler({
    client: new SchedulerClient({ region: 'eu-west-1' }),
    clock: { now: () => NOW },
    groupName: 'runnerup',
    targetArn: TARGET,
    roleArn: ROLE,
    deadLetterArn: DLQ,
  });
  return { mock, scheduler };
}

describe('EventBridgeScheduler', () => {
  // mockClient patches the client; undo it even when an assertion failed.
  afterEach(() => active?.restore());

  it('creates a one-time schedule in the user zone with the exact target settings', async () => {
    const { mock, scheduler } = setup();
    mock.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:x' });

    await scheduler.schedule({
      name: 'ru-app_01-status-check',
      at: payload.at,
      timeZone: 'Europe/Berlin',
      payload,
    });

    const calls = mock.commandCalls(CreateScheduleCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      Name: 'ru-app_01-status-check',
      GroupName: 'runnerup',
      // 14:00Z is 15:00 in Berlin (CET, UTC+1, in March before the switch).
      ScheduleExpression: 'at(2026-03-10T15:00:00)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Target: {
        Arn: TARGET,
        RoleArn: ROLE,
        Input: JSON.stringify(payload),
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 21_600 },
        DeadLetterConfig: { Arn: DLQ },
      },
    });
    expect(JSON.parse(calls[0]?.args[0].input.Target?.Input ?? '')).toEqual(payload);
  });

  it('treats ConflictException as already scheduled', async () => {
    const { mock, scheduler } = setup();
    mock
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ Message: 'exists', message: 'exists', $metadata: {} }));

    await expect(
      scheduler.schedule({ name: 'dup', at: payload.at, timeZone: 'UTC', payload }),
    ).resolves.toBeUndefined();
  });

  it('rethrows any other failure', async () => {
    const { mock, scheduler } = setup();
    mock
      .on(CreateScheduleCommand)
      .rejects(new ValidationException({ Message: 'bad', message: 'bad', $metadata: {} }));

    await expect(
      scheduler.schedule({ name: 'x', at: payload.at, timeZone: 'UTC', payload }),
    ).rejects.toBeInstanceOf(ValidationException);
  });

  it('moves a time already past (or due within the lead) to two minutes from now', async () => {
    const { mock, scheduler } = setup();
    mock.on(CreateScheduleCommand).resolves({});
    const overdue = { ...payload, at: '2026-03-01T08:00:00.000Z' };

    await scheduler.schedule({ name: 'late', at: overdue.at, timeZone: 'America/New_York', payload: overdue });

    const input = mock.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    // 09:02Z is 04:02 in New York (EST); the payload still names the planned time.
    expect(input?.ScheduleExpression).toBe('at(2026-03-02T04:02:00)');
    expect(input?.ScheduleExpressionTimezone).toBe('America/New_York');
    expect(JSON.parse(input?.Target?.Input ?? '')).toEqual(overdue);
  });

  it('rejects names Scheduler would reject, before calling it', async () => {
    const { mock, scheduler } = setup();
    for (const name of ['', 'a'.repeat(65), 'has space', 'slash/no', 'colon:no']) {
      await expect(
        scheduler.schedule({ name, at: payload.at, timeZone: 'UTC', payload }),
      ).rejects.toBeInstanceOf(InvalidScheduleNameError);
      await expect(scheduler.cancel(name)).rejects.toBeInstanceOf(InvalidScheduleNameError);
    }
    expect(mock.calls()).toHaveLength(0);
  });

  it('deletes by name in the group, and a missing schedule counts as done', async () => {
    const { mock, scheduler } = setup();
    mock
      .on(DeleteScheduleCommand)
      .resolvesOnce({})
      .rejects(new ResourceNotFoundException({ Message: 'gone', message: 'gone', $metadata: {} }));

    await scheduler.cancel('ru-app_01-status-check');
    await scheduler.cancel('ru-app_01-status-check');

    const calls = mock.commandCalls(DeleteScheduleCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([
      { Name: 'ru-app_01-status-check', GroupName: 'runnerup' },
      { Name: 'ru-app_01-status-check', GroupName: 'runnerup' },
    ]);
  });

  it('rejects out-of-range retry settings at construction', () => {
    const base = {
      client: new SchedulerClient({ region: 'eu-west-1' }),
      clock: { now: () => NOW },
      groupName: 'g',
      targetArn: TARGET,
      roleArn: ROLE,
      deadLetterArn: DLQ,
    };
    expect(() => new EventBridgeScheduler({ ...base, maximumRetryAttempts: 186 })).toThrow(RangeError);
    expect(() => new EventBridgeScheduler({ ...base, maximumEventAgeInSeconds: 30 })).toThrow(RangeError);
    expect(() => new EventBridgeScheduler({ ...base, roleArn: '' })).toThrow(/roleArn/);
  });
});

describe('atExpression', () => {
  it('writes local wall time, rounding sub-seconds up', () => {
    expect(atExpression('2026-07-01T07:30:00.400Z', 'Asia/Kolkata', NOW)).toEqual({
      expression: 'at(2026-07-01T13:00:01)',
      timeZone: 'Asia/Kolkata',
    });
  });

  it('falls back to UTC for a wall time that occurs twice when clocks go back', () => {
    // 05:30Z on 1 Nov 2026 is 01:30 EDT; 01:30 comes again an hour later in EST.
    expect(atExpression('2026-11-01T05:30:00Z', 'America/New_York', NOW)).toEqual({
      expression: 'at(2026-11-01T05:30:00)',
      timeZone: 'UTC',
    });
  });

  it('keeps the zone across a spring-forward day for a time that exists', () => {
    expect(atExpression('2026-03-29T08:00:00Z', 'Europe/Berlin', NOW)).toEqual({
      expression: 'at(2026-03-29T10:00:00)',
      timeZone: 'Europe/Berlin',
    });
  });

  it('expresses the instant in UTC when the zone is not an IANA zone', () => {
    for (const zone of ['Mars/Olympus', 'UTC+2', '']) {
      expect(atExpression('2026-03-29T08:00:00Z', zone, NOW)).toEqual({
        expression: 'at(2026-03-29T08:00:00)',
        timeZone: 'UTC',
      });
    }
  });

  it('rejects an instant that is not a date', () => {
    expect(() => atExpression('not a date', 'UTC', NOW)).toThrow(/invalid schedule time/);
  });
});
