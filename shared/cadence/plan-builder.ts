import type { DateTime } from 'luxon';
import type { CadenceSettings, PlannedStep, StepId } from '../domain/types.js';
import { atLocal, onOrNextBusinessDay, toUtcIso } from './local-time.js';

export interface SkippedStep {
  step: StepId;
  reason: string;
}

/** Collects steps, turning a moment that has fully passed into a skip with a reason. */
export class PlanBuilder {
  readonly steps: PlannedStep[] = [];
  readonly skipped: SkippedStep[] = [];
  constructor(readonly now: DateTime) {}

  /**
   * Adds `step` at `at`. A moment earlier today (local) is still useful, so it goes out right
   * away; a moment on an earlier day has fully passed and is skipped.
   */
  add(step: StepId, at: DateTime, reason: string): void {
    if (at >= this.now) {
      this.steps.push({ step, at: toUtcIso(at), reason });
    } else if (at.hasSame(this.now, 'day')) {
      this.steps.push({ step, at: toUtcIso(this.now), reason: `${reason}; that was earlier today, so right away` });
    } else {
      this.skip(step, `its moment (${at.toFormat("ccc d LLL yyyy HH:mm")}) has passed: ${reason}`);
    }
  }

  skip(step: StepId, reason: string): void {
    this.skipped.push({ step, reason });
  }
}

/** 08:00 ("morning", configurable) on the given local day, rolled to a business day. */
export function morningOf(day: DateTime, settings: CadenceSettings): DateTime {
  return atLocal(onOrNextBusinessDay(day), settings.morning);
}

