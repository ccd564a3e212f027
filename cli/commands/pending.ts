import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import { DEFAULT_DATA_DIR } from '../../local/limits.js';
import { readSchedules, schedulesPath } from '../../local/schedule-file.js';

/** One pending step, as `pending --json` prints it (a public contract). */
export interface PendingStep {
  user: string;
  application: string;
  step: string;
  at: string;
}

/** Pending steps of a local data dir, earliest first: read from schedules.json, so no runtime is needed. */
export async function pendingSteps(dataDir: string): Promise<PendingStep[]> {
  const schedules = await readSchedules(schedulesPath(dataDir));
  return schedules
    .map((s) => ({ user: s.payload.user, application: s.payload.application, step: s.payload.step, at: s.at }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.user.localeCompare(b.user));
}

function table(rows: PendingStep[]): string {
  if (rows.length === 0) return 'No pending steps.';
  const head: PendingStep = { at: 'AT (UTC)', step: 'STEP', user: 'USER', application: 'APPLICATION' };
  const all = [head, ...rows];
  const width = (k: keyof PendingStep) => Math.max(...all.map((r) => r[k].length));
  const cols: (keyof PendingStep)[] = ['at', 'step', 'user', 'application'];
  return all.map((r) => cols.map((k) => r[k].padEnd(width(k))).join('  ').trimEnd()).join('\n');
}

export const command: CliCommand = {
  name: 'pending',
  usage: 'pending [--data-dir D] [--json]',
  summary: 'List pending follow-up steps of a local runtime',
  help: `Lists the follow-up steps waiting in a local data dir (default ${DEFAULT_DATA_DIR}/), earliest first,
whether or not npm start is running on it. --json prints [{"user","application","step","at"}].`,
  async run(args) {
    const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
    const rows = await pendingSteps(values['data-dir'] ?? DEFAULT_DATA_DIR);
    process.stdout.write((values.json ? JSON.stringify(rows, null, 2) : table(rows)) + '\n');
    return 0;
  },
};
