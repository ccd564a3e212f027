/**
 * Building a DynamoDB client and making sure the table exists, for the entry points that do not
 * get the table from CDK: the local runtime (dynalite), the `users` command, and the tests.
 */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { createTableInput } from './dynamodb-table.js';

export interface DynamoDbClientOptions {
  region?: string;
  /** e.g. http://127.0.0.1:4567 for dynalite; the AWS endpoint when absent. */
  endpoint?: string;
}

/** How long ensureTable waits for a new table to become ACTIVE (dynalite: createTableMs). */
const TABLE_ACTIVE_TIMEOUT_MS = 30_000;
const TABLE_POLL_MS = 50;

/** A DynamoDB client; with an endpoint (dynalite) it uses dummy credentials, as dynalite ignores them. */
export function createDynamoDbClient(options: DynamoDbClientOptions = {}): DynamoDBClient {
  if (options.endpoint) {
    return new DynamoDBClient({
      region: options.region ?? 'us-east-1',
      endpoint: options.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  }
  return new DynamoDBClient(options.region ? { region: options.region } : {});
}

/** Creates the table (createTableInput) unless it exists, and waits until it is ACTIVE. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (err) {
    if (!(err instanceof ResourceInUseException) && (err as { name?: string }).name !== 'ResourceInUseException') throw err;
  }
  const deadline = Date.now() + TABLE_ACTIVE_TIMEOUT_MS;
  for (;;) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (out.Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} did not become ACTIVE`);
    await new Promise((r) => setTimeout(r, TABLE_POLL_MS));
  }
}
