import { z } from 'zod';
import { isSesReceivingRegion, SES_RECEIVING_REGIONS } from './ses-receiving-regions.js';

/** CloudWatch Logs accepts only these retention periods (days). */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;
/** Raw mail is personal data: keep it at least a day (SES retries, debugging) and never past ten years. */
const MAX_RETENTION_DAYS = 3650;

const hostname = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a lower-case domain name like mail.example.com');

const receiptRuleSet = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('create-and-activate') }).strict(),
  z.object({ mode: z.literal('create-inactive') }).strict(),
  z
    .object({
      mode: z.literal('existing'),
      name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'must be an SES rule set name'),
    })
    .strict(),
]);

const schema = z
  .object({
    region: z.string().refine(isSesReceivingRegion, {
      message: `SES cannot receive email there; use one of ${SES_RECEIVING_REGIONS.join(', ')}`,
    }),
    account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    stackName: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'must be a CloudFormation stack name').default('RunnerUp'),
    mailDomain: hostname,
    inboundAddress: z.email(),
    fromAddress: z.email(),
    hostedZone: z.object({ hostedZoneId: z.string().regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 zone id'), zoneName: hostname }).strict().optional(),
    alarmEmail: z.email().optional(),
    retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS),
    logRetentionDays: z
      .number()
      .refine((n) => (LOG_RETENTION_DAYS as readonly number[]).includes(n), { message: `must be one of ${LOG_RETENTION_DAYS.join(', ')}` })
      .default(30),
    dailySendCap: z.number().int().min(1).max(10_000).default(50),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
    sesSandboxRecipients: z.array(z.email()).max(50).optional(),
    sesConfigurationSet: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an SES configuration set name').optional(),
    receiptRuleSet,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (domainOf(c.inboundAddress) !== c.mailDomain) {
      ctx.addIssue({ code: 'custom', path: ['inboundAddress'], message: `must be an address at mailDomain (${c.mailDomain})` });
    }
    if (domainOf(c.fromAddress) !== c.mailDomain) {
      ctx.addIssue({ code: 'custom', path: ['fromAddress'], message: `must be an address at mailDomain (${c.mailDomain}), the verified SES identity` });
    }
    const zone = c.hostedZone?.zoneName;
    if (zone && c.mailDomain !== zone && !c.mailDomain.endsWith(`.${zone}`)) {
      ctx.addIssue({ code: 'custom', path: ['hostedZone', 'zoneName'], message: `must be mailDomain (${c.mailDomain}) or a parent of it` });
    }
  });

/** The validated deploy configuration. */
export type RunnerUpConfig = z.output<typeof schema>;

/** Thrown when the configuration is missing or invalid; the message names every bad field. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Runner-Up configuration (${source}) is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates raw configuration (already merged with env defaults) or throws ConfigError naming each field. */
export function parseConfig(raw: unknown, source: string): RunnerUpConfig {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(root)';
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return missing ? `${field}: is required` : `${field}: ${issue.message}`;
  });
  throw new ConfigError(source, problems);
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
