import { DateTime, type Zone } from 'luxon';
import type { CadenceSettings } from '../domain/types.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { addBusinessDays, atLocal, hhmmMinutes, inZone, minuteOfDay, toUtcIso } from './local-time.js';
import { morningOf, type PlanBuilder } from './plan-builder.js';
import type { PlanInput } from './plan-steps.js';

/** Interview steps: the thank-you note, then the status check (product.md table). */
export function planInterviewSteps(plan: PlanBuilder, input: PlanInput, settings: CadenceSettings, zone: Zone): void {
  if (!input.interviewAt) {
    // No time yet: the workflow asks the user when it is; nothing to schedule.
    return;
  }
  const start = inZone(input.interviewAt, zone);
  if (!start.isValid) return;
  planThankYou(plan, start, settings);
  planStatusCheck(plan, start, input.decisionBy, settings, zone);
}

function planThankYou(plan: PlanBuilder, start: DateTime, settings: CadenceSettings): void {
  const now = plan.now;
  const maxHours = settings.thankYouMaxHours ?? DEFAULT_SETTINGS.thankYouMaxHours ?? 24;
  const lengthMinutes = settings.interviewLengthMinutes ?? DEFAULT_SETTINGS.interviewLengthMinutes ?? 60;
  const latest = start.plus({ hours: maxHours });
  if (now > latest) {
    plan.skip('thank-you', `the interview was more than ${maxHours} hours ago, past the window for a thank-you note`);
    return;
  }
  if (now >= start.plus({ minutes: lengthMinutes })) {
    plan.steps.push({
      step: 'thank-you',
      at: toUtcIso(now),
      reason: 'the interview is already over: send the thank-you note within 24 hours, so right away',
    });
    return;
  }
  const delay = settings.thankYouDelayHours;
  let at = start.plus({ hours: delay });
  let reason = `${delay} hours after the interview starts: a thank-you note within 24 hours`;
  const minute = minuteOfDay(at);
  if (minute > hhmmMinutes(settings.thankYouLatestLocal)) {
    // "After 20:00": an 18:00 interview's note at 20:00 sharp still goes out that evening.
    at = atLocal(at.plus({ days: 1 }), settings.thankYouNextDayLocal);
    reason = `the interview ends late, so at ${settings.thankYouNextDayLocal} the next morning: a thank-you note within 24 hours`;
  } else if (minute < hhmmMinutes(settings.thankYouNextDayLocal)) {
    // Past midnight (a very late or far-away interview): wait for the morning of that day.
    at = atLocal(at, settings.thankYouNextDayLocal);
    reason = `the interview ends in the night, so at ${settings.thankYouNextDayLocal} in the morning: a thank-you note within 24 hours`;
  }
  if (at > latest) {
    at = latest;
    reason = `${maxHours} hours after the interview, the latest a thank-you note should go`;
  }
  plan.add('thank-you', at, reason);
}

function planStatusCheck(
  plan: PlanBuilder,
  start: DateTime,
  decisionBy: string | null,
  settings: CadenceSettings,
  zone: Zone,
): void {
  const decision = decisionBy ? DateTime.fromISO(decisionBy, { zone }) : null;
  if (decision && decision.isValid && decision.startOf('day') >= start.startOf('day')) {
    plan.add(
      'status-check',
      atLocal(addBusinessDays(decision, 1), settings.morning),
      `they said they would decide by ${decision.toFormat('ccc d LLL')}: a polite status check the business day after`,
    );
    return;
  }
  const n = settings.statusCheckBusinessDays;
  plan.add(
    'status-check',
    morningOf(addBusinessDays(start, n), settings),
    `no news ${n} business days after the interview: a polite status check`,
  );
}
