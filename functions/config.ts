/**
 * The Lambda entry points' configuration: one zod schema per function, parsed once per cold
 * start from the environment the CDK stack sets. The only place `process.env` is read.
 */
import * as z from 'zod';

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
const text = () => z.preprocess(emptyToUndefined, z.string().trim().min(1, 'is required'));
const optionalText = () => z.preprocess(emptyToUndefined, z.string().trim().min(1).optional());
const address = () => z.preprocess(emptyToUndefined, z.email('must be an email address'));
const arn = (service: string) =>
  z.preprocess(
    emptyToUndefined,
    z.string().regex(new RegExp(`^arn:aws[a-z-]*:${service}:`), `must be an ${service} ARN`),
  );

const common = {
  TABLE_NAME: text(),
  RAW_MAIL_BUCKET: text(),
  RAW_MAIL_PREFIX: z.preprocess((v) => (v === undefined ? DEFAULT_RAW_MAIL_PREFIX : v), z.string()),
  FROM_ADDRESS: address(),
  INBOUND_ADDRESS: address(),
  SCHEDULE_GROUP: text().pipe(z.string().regex(/^[0-9a-zA-Z-_.]{1,64}$/, 'must be a schedule group name')),
  SCHEDULER_ROLE_ARN: arn('iam'),
  SCHEDULER_DLQ_ARN: arn('sqs'),
  DAILY_SEND_CAP: z.preprocess(
    (v) => emptyToUndefined(v) ?? String(DEFAULT_DAILY_SEND_CAP),
    z.coerce.number().int('must be a whole number').positive('must be positive'),
  ),
  RETENTION_DAYS: z.preprocess(
    (v) => emptyToUndefined(v) ?? String(DEFAULT_RETENTION_DAYS),
    z.coerce.number().int('must be a whole number').positive('must be positive'),
  ),
  SES_CONFIGURATION_SET: optionalText(),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v !== '' ? v.toUpperCase() : 'INFO'),
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

function parse<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
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
