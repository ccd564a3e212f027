import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import type { CliCommand } from '../command.js';
import type { User } from '../../shared/domain/types.js';
import { createDynamoDbClient, ensureTable } from '../../shared/adapters/aws/dynamodb-client.js';
import { DynamoDbStore } from '../../shared/adapters/aws/dynamodb-store.js';
import type { UserAdmin } from '../../shared/workflow/ports.js';
import { UsersFile, usersFilePath } from '../../shared/workflow/users-file.js';
import { DEFAULT_DATA_DIR } from '../../local/limits.js';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Target {
  admin: UserAdmin;
  describe: string;
  close(): void;
}

async function openTarget(values: { table?: string; region?: string; endpoint?: string; 'data-dir'?: string }): Promise<Target> {
  if (values.table && values['data-dir']) throw new UsageError('give either --table (AWS) or --data-dir (local), not both');
  if (values.table) {
    const client = createDynamoDbClient({ region: values.region, endpoint: values.endpoint });
    // A local endpoint (dynalite) may not have the table yet; on AWS, CDK created it.
    if (values.endpoint) await ensureTable(client, values.table);
    return { admin: new DynamoDbStore({ client, tableName: values.table }), describe: `table ${values.table}`, close: () => client.destroy() };
  }
  const path = usersFilePath(values['data-dir'] ?? DEFAULT_DATA_DIR);
  return { admin: new UsersFile(path), describe: path, close: () => undefined };
}

function format(users: User[]): string {
  if (users.length === 0) return 'No registered users.';
  return users
    .sort((a, b) => a.email.localeCompare(b.email))
    .map((u) => `${u.email}  ${u.timeZone}  ${u.name ?? ''}`.trimEnd())
    .join('\n');
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      tz: { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const [action, email] = positionals;
  if (action !== 'add' && action !== 'remove' && action !== 'list') throw new UsageError('expected add, remove or list');
  if (action !== 'list' && (!email || !EMAIL.test(email))) throw new UsageError(`${action} needs an email address`);
  const tz = values.tz ?? 'UTC';
  if (!DateTime.now().setZone(tz).isValid) throw new UsageError(`--tz "${tz}" is not an IANA time zone (e.g. Europe/Berlin)`);
  const target = await openTarget(values);
  try {
    if (action === 'list') {
      const users = await target.admin.listUsers();
      process.stdout.write((values.json ? JSON.stringify(users, null, 2) : format(users)) + '\n');
      return 0;
    }
    const address = (email ?? '').trim().toLowerCase();
    if (action === 'add') {
      const existing = await target.admin.getUser(address);
      const user: User = { ...existing, email: address, name: values.name ?? existing?.name ?? null, timeZone: values.tz ?? existing?.timeZone ?? 'UTC' };
      await target.admin.putUser(user);
      process.stdout.write(`${existing ? 'Updated' : 'Added'} ${address} (${user.timeZone}) in ${target.describe}\n`);
      return 0;
    }
    if (await target.admin.removeUser(address)) {
      process.stdout.write(`Removed ${address} from ${target.describe}\n`);
      return 0;
    }
    process.stderr.write(`runnerup users: ${address} is not registered in ${target.describe}\n`);
    return 1;
  } finally {
    target.close();
  }
}

export const command: CliCommand = {
  name: 'users',
  usage: 'users add EMAIL [--name N] [--tz ZONE] | remove EMAIL | list [--json]',
  summary: 'Manage registered senders (local data dir or the DynamoDB table)',
  help: `Registered senders are the only people Runner-Up reads mail from and writes to.

  users add EMAIL [--name NAME] [--tz ZONE]   add or update (zone: IANA, default UTC)
  users remove EMAIL                          remove (exit 1 if not registered)
  users list [--json]                         list

Target (one of):
  --data-dir D                      the local runtime's D/users.json (default ${DEFAULT_DATA_DIR}/)
  --table NAME [--region R] [--endpoint URL]
                                    the DynamoDB table (AWS credentials from the usual chain;
                                    --endpoint for a local DynamoDB such as dynalite)`,
  async run(args) {
    try {
      return await run(args);
    } catch (err) {
      if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`runnerup users: ${(err as Error).message}\nUsage: runnerup ${command.usage}\n`);
        return 2;
      }
      throw err;
    }
  },
};
