/**
 * The cadence engine: when each follow-up step reaches the user (product.md, "Default cadence").
 * Pure and deterministic given `now`; all zone arithmetic is luxon's.
 */
export { DEFAULT_SETTINGS, InvalidSettingsError, resolveSettings } from './settings.js';
export { planSteps, type Plan, type PlanInput, type SkippedStep } from './plan-steps.js';
export { inferTimeZone, ZONE_PREFERENCE } from './infer-time-zone.js';
export { InvalidTimeZoneError, resolveZone } from './local-time.js';
