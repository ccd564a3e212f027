/**
 * The Lambda entry points' configuration: one zod schema per function, parsed once per cold
 * start from the environment the CDK stack sets. The only place `process.env` is read.
 */
import * as z from 'zod/mini';
import '../shared/zod-messages.js';


export const DEFAULT_RAW_MAIL_PREFIX = 'inbound/';
export const DEFAULT_DAILY_SEND_CAP = 50;
/** How long idempotency markers and raw-mail records live when the stack does not say (days). */
export const DEFAULT_RETENTION_DAYS = 30;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly variables: string[], detail: string) {
    super(`invalid configuration: ${detail}`);
  }
}

// An empty variable is a missing one: CDK renders an unset optional value as ''.
const orMissing = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(emptyToUndefined), schema);
const text = () => orMissing(z.string().check(z.trim(), z.minLength(1, 'is required')));
const optionalText = () => orMissing(z.optional(z.string().check(z.trim(), z.minLength(1))));
const address = () => orMissing(z.email('must be an email address'));
const arn = (service: string) =>
  orMissing(z.string().check(z.regex(new RegExp(`^arn:aws[a-z-]*:${service}:`), `must be an ${service} ARN`)));
/** A positive whole number from its decimal text, `fallback` when unset. */
const count = (fallback: number) =>
  z.pipe(
    z.transform((v): unknown => emptyToUndefined(v) ?? String(fallback)),
    z.coerce.number().check(z.int('must be a whole number'), z.positive('must be positive')),
  );

const common = {
  TABLE_NAME: text(),
  RAW_MAIL_BUCKET: text(),
  RAW_MAIL_PREFIX: z.pipe(
    z.transform((v) => (v === undefined ? DEFAULT_RAW_MAIL_PREFIX : v)),
    z.string(),
  ),
  FROM_ADDRESS: address(),
  INBOUND_ADDRESS: address(),
  SCHEDULE_GROUP: z.pipe(text(), z.string().check(z.regex(/^[0-9a-zA-Z-_.]{1,64}$/, 'must be a schedule group name'))),
  SCHEDULER_ROLE_ARN: arn('iam'),
  SCHEDULER_DLQ_ARN: arn('sqs'),
  DAILY_SEND_CAP: count(DEFAULT_DAILY_SEND_CAP),
  RETENTION_DAYS: count(DEFAULT_RETENTION_DAYS),
  SES_CONFIGURATION_SET: optionalText(),
  LOG_LEVEL: z.pipe(
    z.transform((v) => (typeof v === 'string' && v !== '' ? v.toUpperCase() : 'INFO')),
    z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']),
  ),
};

export const followUpConfigSchema = z.object(common);
export const inboundConfigSchema = z.object({
  ...common,
  FOLLOW_UP_FUNCTION_ARN: arn('lambda'),
});

export type FollowUpConfig = z.infer<typeof followUpConfigSchema>;
export type InboundConfig = z.infer<typeof inboundConfigSchema>;
/** What both functions share (the follow-up function has no FOLLOW_UP_FUNCTION_ARN). */
export type FunctionConfig = FollowUpConfig & { FOLLOW_UP_FUNCTION_ARN?: string };

/** Parses the inbound function's environment; throws ConfigError naming each bad variable. */
export function parseInboundConfig(env: NodeJS.ProcessEnv = process.env): InboundConfig {
  return parse(inboundConfigSchema, env);
}

/** Parses the follow-up function's environment; throws ConfigError naming each bad variable. */
export function parseFollowUpConfig(env: NodeJS.ProcessEnv = process.env): FollowUpConfig {
  return parse(followUpConfigSchema, env);
}

function parse<T>(schema: z.ZodMiniType<T>, env: NodeJS.ProcessEnv): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const variable = String(i.path[0] ?? '?');
    const missing = emptyToUndefined(env[variable]) === undefined;
    return { variable, message: missing ? 'is required' : i.message };
  });
  throw new ConfigError(
    problems.map((p) => p.variable),
    problems.map((p) => `${p.variable} ${p.message}`).join('; '),
  );
}

function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}
