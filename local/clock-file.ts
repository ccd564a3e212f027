import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../shared/adapters/fs/files.js';

/**
 * `<data-dir>/clock.json`: the last virtual time of a run. A data dir has its own timeline: after
 * a run at --speed N, the next run continues from where virtual time got to (never before real
 * time), so steps planned in sped-up time keep their meaning.
 */
export function clockFilePath(dataDir: string): string {
  return join(dataDir, 'clock.json');
}

export async function readSavedClock(dataDir: string): Promise<Date | null> {
  try {
    const { virtualNow } = JSON.parse(await readFile(clockFilePath(dataDir), 'utf8')) as { virtualNow?: string };
    const ms = typeof virtualNow === 'string' ? Date.parse(virtualNow) : NaN;
    return Number.isNaN(ms) ? null : new Date(ms);
  } catch {
    return null;
  }
}

export async function saveClock(dataDir: string, virtualNow: Date): Promise<void> {
  await writeFileAtomic(clockFilePath(dataDir), JSON.stringify({ virtualNow: virtualNow.toISOString() }) + '\n');
}
