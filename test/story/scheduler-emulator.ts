/**
 * EventBridge Scheduler has no local stand-in, so the story emulates the part it relies on over
 * aws-sdk-client-mock: schedules held by name, a duplicate name raising ConflictException, a
 * missing one raising ResourceNotFoundException on delete, and a past `at()` rejected.
 */
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  type CreateScheduleCommandInput,
  type DeleteScheduleCommandInput,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { DateTime } from 'luxon';
import type { Clock } from '../../shared/ports/index.js';

export class SchedulerEmulator {
  /** Schedules that exist now (deleted on cancel and, by the harness, after firing). */
  readonly live = new Map<string, CreateScheduleCommandInput>();
  /** Every schedule created, in order (conflicting duplicates are not created). */
  readonly created: CreateScheduleCommandInput[] = [];
  /** Every delete request, found or not. */
  readonly deleted: DeleteScheduleCommandInput[] = [];
  private readonly mock = mockClient(SchedulerClient);

  constructor(clock: Clock, group: string) {
    this.mock.on(CreateScheduleCommand).callsFake((input: CreateScheduleCommandInput) => {
      const name = input.Name ?? '';
      if (this.live.has(name)) throw new ConflictException({ message: 'exists', Message: 'exists', $metadata: {} });
      if (fireTime(input) < clock.now().getTime()) throw new Error(`schedule ${name} is in the past`);
      this.live.set(name, structuredClone(input));
      this.created.push(structuredClone(input));
      return { ScheduleArn: `arn:aws:scheduler:eu-west-1:123456789012:schedule/${group}/${name}` };
    });
    this.mock.on(DeleteScheduleCommand).callsFake((input: DeleteScheduleCommandInput) => {
      this.deleted.push(structuredClone(input));
      if (!this.live.delete(input.Name ?? '')) {
        throw new ResourceNotFoundException({ message: 'not found', Message: 'not found', $metadata: {} });
      }
      return {};
    });
  }

  restore(): void {
    this.mock.restore();
  }
}

/** The instant an `at()` schedule fires, from its expression and zone. */
export function fireTime(input: CreateScheduleCommandInput): number {
  const inner = /^at\((.+)\)$/.exec(input.ScheduleExpression ?? '')?.[1];
  const at = DateTime.fromISO(inner ?? '', { zone: input.ScheduleExpressionTimezone ?? 'UTC' });
  if (!at.isValid) throw new Error(`not an at() schedule: ${input.ScheduleExpression}`);
  return at.toMillis();
}
