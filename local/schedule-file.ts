import { join } from 'node:path';
import { z } from 'zod';
import { STEP_IDS, type StepId } from '../shared/domain/types.js';
import type { ScheduleRequest } from '../shared/ports/index.js';
import { readFileIfExists, writeFileAtomic } from '../shared/adapters/fs/files.js';

/** `<data-dir>/schedules.json`: the local scheduler's pending steps, read by `runnerup pending` too. */
export const SCHEDULES_FILE = 'schedules.json';

export class ScheduleFileError extends Error {
  constructor(path: string, cause: unknown) {
    super(`${path} is not a valid schedules file: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ScheduleFileError';
  }
}

const stepSchema = z.string().refine((s): s is StepId => (STEP_IDS as readonly string[]).includes(s));

const requestSchema = z.object({
  name: z.string().min(1).max(64),
  at: z.string().min(1),
  timeZone: z.string(),
  payload: z.object({
    v: z.literal(1),
    user: z.string(),
    application: z.string(),
    step: stepSchema,
    at: z.string(),
  }),
});

const fileSchema = z.object({ v: z.literal(1), schedules: z.array(requestSchema) });

export function schedulesPath(dataDir: string): string {
  return join(dataDir, SCHEDULES_FILE);
}

/** Reads the pending schedules; an absent file means none. */
export async function readSchedules(path: string): Promise<ScheduleRequest[]> {
  const bytes = await readFileIfExists(path);
  if (!bytes) return [];
  try {
    return fileSchema.parse(JSON.parse(bytes.toString('utf8'))).schedules as ScheduleRequest[];
  } catch (err) {
    throw new ScheduleFileError(path, err);
  }
}

export async function writeSchedules(path: string, schedules: readonly ScheduleRequest[]): Promise<void> {
  await writeFileAtomic(path, JSON.stringify({ v: 1, schedules }, null, 1) + '\n');
}
