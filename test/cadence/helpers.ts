import { DateTime } from 'luxon';
import { planSteps, type PlanInput } from '../../shared/cadence/index.js';
import type { StepId } from '../../shared/domain/types.js';

/** "Fri 2026-03-13 08:00": the instant as the user sees it. */
export function local(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('ccc yyyy-MM-dd HH:mm');
}

/** Plans and returns a step's local time (or undefined), plus the whole plan. */
export function plan(input: Omit<PlanInput, 'now'> & { now: string }) {
  const result = planSteps({ ...input, now: new Date(input.now) });
  const at = (step: StepId) => result.steps.find((s) => s.step === step)?.at;
  const localAt = (step: StepId) => {
    const iso = at(step);
    return iso ? local(iso, input.timeZone) : undefined;
  };
  return { ...result, at, localAt, ids: result.steps.map((s) => s.step) };
}
