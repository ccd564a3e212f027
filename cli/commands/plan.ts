import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.js';
import type { Understood } from '../../shared/domain/types.js';
import { inferTimeZone, planSteps, resolveSettings, resolveZone, type Plan } from '../../shared/cadence/index.js';
import { understand, UnreadableMailError } from '../../shared/understand/index.js';

/** A bad flag or value: the command prints it and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `FILE --now ISO --tz ZONE` (plus extra string options); throws UsageError. */
export function parseCommon(args: string[], extra: string[] = []) {
  let parsed;
  try {
    parsed = parseArgs({
      args: args.filter((a) => a !== '--'),
      allowPositionals: true,
      strict: true,
      options: {
        now: { type: 'string' },
        tz: { type: 'string' },
        settings: { type: 'string' },
        ...Object.fromEntries(extra.map((name) => [name, { type: 'string' as const }])),
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`expected exactly one FILE, got ${positionals.length}`);
  let now = new Date();
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(values.now) || Number.isNaN(now.getTime())) {
      throw new UsageError(`--now "${values.now}" is not an ISO-8601 date-time (e.g. 2026-03-10T09:00:00Z)`);
    }
  }
  if (values.tz !== undefined) {
    try {
      resolveZone(values.tz);
    } catch (err) {
      throw new UsageError(`--tz: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  let settings;
  if (values.settings !== undefined) {
    try {
      settings = resolveSettings(JSON.parse(values.settings));
    } catch (err) {
      throw new UsageError(`--settings: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { file: positionals[0] as string, now, tz: values.tz, settings, values: values as Record<string, string | undefined> };
}

/** Reads and understands FILE; errors are worded for the command line. */
export async function understandFile(file: string): Promise<Understood> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(err)})`);
  }
  try {
    return await understand(raw);
  } catch (err) {
    if (err instanceof UnreadableMailError) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
}

/** The user's zone: --tz, else inferred from the offset of their own Date header (at its date). */
export function zoneFor(u: Understood, tz: string | undefined, now: Date): string {
  if (tz) return tz;
  const headerDate = u.outer.date ? new Date(u.outer.date) : null;
  const at = headerDate && !Number.isNaN(headerDate.getTime()) ? headerDate : now;
  return inferTimeZone(u.outer.dateOffsetMinutes, at);
}

/** Plans the steps for an understood email (shared with `draft`). */
export function planFor(u: Understood, now: Date, timeZone: string, settings?: ReturnType<typeof resolveSettings>): Plan {
  return planSteps({ kind: u.kind, interviewAt: u.interviewAt, decisionBy: u.decisionBy, now, timeZone, settings });
}

/** Runs a command body, mapping UsageError to exit 2 and other failures to exit 1. */
export async function withErrors(name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    process.stderr.write(`runnerup ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof UsageError) {
      process.stderr.write(`Try: runnerup ${name} --help\n`);
      return 2;
    }
    return 1;
  }
}

export const command: CliCommand = {
  name: 'plan',
  usage: 'plan FILE [--now ISO] [--tz ZONE]',
  summary: 'Print the follow-up steps an email would schedule',
  help: [
    'Understands FILE and prints the steps the default cadence schedules, as JSON:',
    '  {"kind", "timeZone", "steps": [{"step", "at" (ISO-8601 UTC), "reason"}], "skipped": [{"step", "reason"}]}',
    'Options:',
    '  --now ISO       the current time (default: now)',
    '  --tz ZONE       the user\'s IANA zone (default: inferred from the offset of the forward\'s Date header, else UTC)',
    '  --settings JSON cadence settings to override, e.g. \'{"morning":"09:00"}\'',
    'Exit codes: 0 ok, 1 file unreadable or not an email, 2 bad flags.',
  ].join('\n'),
  run: (args) =>
    withErrors('plan', async () => {
      const { file, now, tz, settings } = parseCommon(args);
      const u = await understandFile(file);
      const timeZone = zoneFor(u, tz, now);
      const plan = planFor(u, now, timeZone, settings);
      process.stdout.write(JSON.stringify({ kind: u.kind, timeZone, steps: plan.steps, skipped: plan.skipped }) + '\n');
      return 0;
    }),
};
