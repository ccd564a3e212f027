import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_ADDRESS, DEFAULT_DATA_DIR, DEFAULT_SMTP_PORT, MAX_SPEED } from './limits.js';
import type { LogLevel } from './console-logger.js';

export class LocalOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalOptionsError';
  }
}

export const LOCAL_USAGE = `Usage: npm start -- [options]

  --smtp-port P     SMTP port on 127.0.0.1 (default ${DEFAULT_SMTP_PORT}; 0 picks a free one; alias --port)
  --data-dir D      where state, raw mail, schedules and the outbox live (default ${DEFAULT_DATA_DIR}/)
  --allow a@x,b@y   registered senders (in addition to D/users.json); with neither, any loopback sender
  --speed N         run the local clock N times faster (default 1)
  --address A       the inbound address mail must be sent to (default ${DEFAULT_ADDRESS})
  --relay URL       also relay every draft to a real SMTP server, e.g. smtp://127.0.0.1:1025
  --log-level L     debug|info|warn|error|silent (default warn; the terminal shows every mail and draft anyway)`;

export interface LocalCliOptions {
  smtpPort: number;
  dataDir: string;
  allow: string[];
  speed: number;
  address: string;
  relay?: string;
  logLevel: LogLevel;
  help: boolean;
}

const schema = z.object({
  smtpPort: z.coerce.number().int().min(0).max(65_535),
  dataDir: z.string().min(1),
  allow: z.array(z.string().regex(/^[^@\s,]+@[^@\s,]+$/, 'each --allow entry must be an email address')),
  speed: z.coerce.number().min(1).max(MAX_SPEED),
  address: z.string().regex(/^[^@\s]+@[^@\s]+$/, '--address must be an email address'),
  relay: z.string().regex(/^smtps?:\/\/\S+$/, '--relay must be an smtp:// or smtps:// URL').optional(),
  logLevel: z.enum(['debug', 'info', 'warn', 'error', 'silent']),
  help: z.boolean(),
});

/** Parses `npm start` arguments (the local runtime's one configuration schema); throws LocalOptionsError naming the option. */
export function parseLocalOptions(argv: string[]): LocalCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        'smtp-port': { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        allow: { type: 'string', multiple: true },
        speed: { type: 'string' },
        address: { type: 'string' },
        relay: { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new LocalOptionsError(err instanceof Error ? err.message : String(err));
  }
  const parsed = schema.safeParse({
    smtpPort: values['smtp-port'] ?? values.port ?? DEFAULT_SMTP_PORT,
    dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR,
    allow: (values.allow ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    speed: values.speed ?? 1,
    address: values.address ?? DEFAULT_ADDRESS,
    relay: values.relay,
    logLevel: values['log-level'] ?? 'warn',
    help: values.help ?? false,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LocalOptionsError(`--${String(issue?.path[0] ?? '').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${issue?.message}`);
  }
  return parsed.data as LocalCliOptions;
}
