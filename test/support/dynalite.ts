/**
 * Starts an in-memory dynalite on a free port (port 0) with the workflow's table, for tests.
 * Reusable by any suite: `const db = await startDynalite(); ... await db.stop();`
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient, ensureTable } from '../../shared/adapters/aws/dynamodb-client.js';
import { DynamoDbStore } from '../../shared/adapters/aws/dynamodb-store.js';

type DynaliteFactory = (options: { path?: string; createTableMs?: number; deleteTableMs?: number; updateTableMs?: number }) => Server;
// dynalite ships no types; require keeps the cast in one place.
const dynalite = createRequire(import.meta.url)('dynalite') as DynaliteFactory;

export interface RunningDynalite {
  endpoint: string;
  client: DynamoDBClient;
  tableName: string;
  store: DynamoDbStore;
  stop(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1:0 and creates the table (default name 'runnerup'). */
export async function startDynalite(options: { tableName?: string; path?: string } = {}): Promise<RunningDynalite> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const tableName = options.tableName ?? 'runnerup';
  const client = createDynamoDbClient({ endpoint });
  await ensureTable(client, tableName);
  return {
    endpoint,
    client,
    tableName,
    store: new DynamoDbStore({ client, tableName }),
    async stop() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
