import * as z from 'zod/mini';
import '../zod-messages.js';
import type { CadenceSettings } from '../domain/types.js';

/** The documented defaults (product.md, "Default cadence"). */
export const DEFAULT_SETTINGS: CadenceSettings = Object.freeze({
  morning: '08:00',
  thankYouDelayHours: 2,
  thankYouLatestLocal: '20:00',
  thankYouNextDayLocal: '07:30',
  thankYouMaxHours: 24,
  interviewLengthMinutes: 60,
  statusCheckBusinessDays: 5,
  rejectionReplyWindow: Object.freeze({ from: '07:00', to: '21:00' }),
  rejectionReplyNextDayLocal: '07:30',
  growthAskBusinessDays: 10,
  keepInTouchDays: Object.freeze([45, 91, 182]) as unknown as [number, number, number],
  applicationNudgeBusinessDays: 10,
}) as CadenceSettings;

/** Raised when a settings object does not validate; `field` names the first offending path. */
export class InvalidSettingsError extends Error {
  override readonly name = 'InvalidSettingsError';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`invalid cadence setting "${field}": ${detail}`);
  }
}

// Upper bounds keep a typo (e.g. 500 business days) from scheduling mail years ahead.
const MAX_BUSINESS_DAYS = 60;
const MAX_KEEP_IN_TOUCH_DAYS = 730;
const MAX_DELAY_HOURS = 24;


const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (00:00-23:59)'));
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const wholeBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const businessDays = wholeBetween(1, MAX_BUSINESS_DAYS);
const keepInTouchDay = wholeBetween(1, MAX_KEEP_IN_TOUCH_DAYS);

const schema = z
  .strictObject({
    morning: hhmm,
    thankYouDelayHours: between(0, MAX_DELAY_HOURS),
    thankYouLatestLocal: hhmm,
    thankYouNextDayLocal: hhmm,
    thankYouMaxHours: between(1, 72),
    interviewLengthMinutes: wholeBetween(0, 600),
    statusCheckBusinessDays: businessDays,
    rejectionReplyWindow: z.strictObject({ from: hhmm, to: hhmm }),
    rejectionReplyNextDayLocal: hhmm,
    growthAskBusinessDays: businessDays,
    keepInTouchDays: z.tuple([keepInTouchDay, keepInTouchDay, keepInTouchDay]),
    applicationNudgeBusinessDays: businessDays,
  })
  .check(
    z.refine((s) => s.rejectionReplyWindow.from < s.rejectionReplyWindow.to, {
      message: 'window "from" must be before "to"',
      path: ['rejectionReplyWindow'],
    }),
    z.refine((s) => s.keepInTouchDays[0] < s.keepInTouchDays[1] && s.keepInTouchDays[1] < s.keepInTouchDays[2], {
      message: 'the three keep-in-touch days must increase',
      path: ['keepInTouchDays'],
    }),
  );

/**
 * Validates a (partial) settings object and merges it over the defaults.
 * Unknown fields and out-of-range values throw InvalidSettingsError naming the field.
 */
export function resolveSettings(partial?: unknown): CadenceSettings {
  if (partial === undefined || partial === null) return structuredClone(DEFAULT_SETTINGS);
  if (typeof partial !== 'object' || Array.isArray(partial)) {
    throw new InvalidSettingsError('(settings)', 'expected an object');
  }
  const given = partial as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...structuredClone(DEFAULT_SETTINGS), ...given };
  if (given.rejectionReplyWindow && typeof given.rejectionReplyWindow === 'object') {
    merged.rejectionReplyWindow = { ...DEFAULT_SETTINGS.rejectionReplyWindow, ...given.rejectionReplyWindow };
  }
  const result = schema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(settings)';
    const detail = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : (issue?.message ?? 'invalid');
    throw new InvalidSettingsError(issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : field, detail);
  }
  return result.data as CadenceSettings;
}
