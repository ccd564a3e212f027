import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { createDynamoDbClient, ensureTable } from '../shared/adapters/aws/dynamodb-client.js';
import { DynamoDbStore } from '../shared/adapters/aws/dynamodb-store.js';
import { LOCAL_REGION, SMTP_HOST } from './limits.js';

type DynaliteFactory = (options: { path?: string; createTableMs?: number; deleteTableMs?: number; updateTableMs?: number }) => Server;
// dynalite ships no types; require keeps the cast in one place.
const dynalite = createRequire(import.meta.url)('dynalite') as DynaliteFactory;

export interface LocalDynamo {
  endpoint: string;
  store: DynamoDbStore;
  /** Closes the client, then dynalite (which closes its LevelDB files). */
  stop(): Promise<void>;
}

/**
 * Runs dynalite on disk (`dir`, LevelDB) on a free loopback port and opens the production
 * DynamoDbStore against it: the local runtime speaks the same DynamoDB API as Lambda does.
 */
export async function startLocalDynamo(options: { dir: string; tableName: string }): Promise<LocalDynamo> {
  await mkdir(options.dir, { recursive: true });
  const server = dynalite({ path: options.dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, SMTP_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${SMTP_HOST}:${port}`;
  const client = createDynamoDbClient({ endpoint, region: LOCAL_REGION });
  const stop = async () => {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  try {
    await ensureTable(client, options.tableName);
  } catch (err) {
    await stop();
    throw err;
  }
  return { endpoint, store: new DynamoDbStore({ client, tableName: options.tableName }), stop };
}
