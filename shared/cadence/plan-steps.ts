import type { DateTime } from 'luxon';
import type { CadenceSettings, Kind, PlannedStep } from '../domain/types.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { addBusinessDays, atLocal, hhmmMinutes, inZone, minuteOfDay, resolveZone } from './local-time.js';
import { planInterviewSteps } from './interview-steps.js';
import { PlanBuilder, morningOf, type SkippedStep } from './plan-builder.js';

export type { SkippedStep } from './plan-builder.js';

export interface PlanInput {
  kind: Kind;
  /** Interview start, ISO-8601 UTC, or null. */
  interviewAt: string | null;
  /** YYYY-MM-DD as written by the employer, or null. */
  decisionBy: string | null;
  now: Date;
  /** IANA zone (or UTC±hh:mm) of the user. */
  timeZone: string;
  settings?: CadenceSettings;
}

export interface Plan {
  steps: PlannedStep[];
  skipped: SkippedStep[];
}

/**
 * Plans the follow-up steps for one understood email, exactly per product.md's default cadence:
 * business days are Monday-Friday in the user's zone, wall-clock times hold across DST changes,
 * and a step whose moment has fully passed is returned in `skipped` with a reason.
 */
export function planSteps(input: PlanInput): Plan {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const zone = resolveZone(input.timeZone);
  const now = inZone(input.now, zone);
  const plan = new PlanBuilder(now);
  switch (input.kind) {
    case 'interview':
      planInterviewSteps(plan, input, settings, zone);
      break;
    case 'rejection':
      planRejectionSteps(plan, now, settings);
      break;
    case 'application': {
      const n = settings.applicationNudgeBusinessDays;
      plan.add(
        'application-nudge',
        atLocal(addBusinessDays(now, n), settings.morning),
        `no answer ${n} business days after the application: one polite nudge`,
      );
      break;
    }
    case 'offer':
    case 'other':
      break;
  }
  return { steps: plan.steps, skipped: plan.skipped };
}

function planRejectionSteps(plan: PlanBuilder, now: DateTime, settings: CadenceSettings): void {
  const { from, to } = settings.rejectionReplyWindow;
  const minute = minuteOfDay(now);
  if (minute >= hhmmMinutes(from) && minute <= hhmmMinutes(to)) {
    plan.add('rejection-reply', now, 'answer a rejection graciously, the same day');
  } else {
    // Before the window opens: this morning; after it closes: tomorrow morning.
    const day = minute < hhmmMinutes(from) ? now : now.plus({ days: 1 });
    plan.add(
      'rejection-reply',
      atLocal(day, settings.rejectionReplyNextDayLocal),
      `answer a rejection graciously; it came outside ${from}-${to}, so first thing in the morning`,
    );
  }
  const g = settings.growthAskBusinessDays;
  plan.add(
    'growth-ask',
    atLocal(addBusinessDays(now, g), settings.morning),
    `${g} business days after the rejection: ask how to become the stronger candidate`,
  );
  const labels = ['keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3'] as const;
  settings.keepInTouchDays.forEach((days, i) => {
    plan.add(
      labels[i] ?? 'keep-in-touch-3',
      morningOf(now.plus({ days }), settings),
      `${days} days after the rejection, while the new hire settles in: stay the obvious call-back`,
    );
  });
}
