import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { createDynamoDbClient, ensureTable } from '../shared/adapters/aws/dynamodb-client.js';
import { DynamoDbStore } from '../shared/adapters/aws/dynamodb-store.js';
import type { Clock } from '../shared/ports/index.js';
import { LOCAL_REGION, SMTP_HOST } from './limits.js';

export class DynaliteStartError extends Error {
  constructor(message: string) {
    super(`dynalite could not start: ${message}`);
    this.name = 'DynaliteStartError';
  }
}

// Runs in a worker thread (plain CommonJS: the worker needs no TypeScript loader). dynalite and its
// LevelDB take as much CPU as the workflow does, so giving them their own thread uses a second core
// and keeps the SMTP listener responsive under load.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.dynalitePath);
const server = dynalite({ path: workerData.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (err) => parentPort.postMessage({ error: String(err) }));
server.listen(0, workerData.host, () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'close') server.close(() => parentPort.postMessage({ closed: true }));
});
`;

export interface LocalDynamo {
  endpoint: string;
  store: DynamoDbStore;
  /** Closes the client, then dynalite (which closes its LevelDB files), then its thread. */
  stop(): Promise<void>;
}

/**
 * Runs dynalite on disk (`dir`, LevelDB) on a free loopback port and opens the production
 * DynamoDbStore against it: the local runtime speaks the same DynamoDB API as Lambda does.
 */
export async function startLocalDynamo(options: { dir: string; tableName: string; clock?: Clock }): Promise<LocalDynamo> {
  await mkdir(options.dir, { recursive: true });
  const dynalitePath = createRequire(import.meta.url).resolve('dynalite');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dynalitePath, path: options.dir, host: SMTP_HOST } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', (err) => reject(new DynaliteStartError(String(err))));
    worker.once('exit', (code) => reject(new DynaliteStartError(`worker exited with ${code}`)));
    worker.once('message', (m: { port?: number; error?: string }) => (m.port ? resolve(m.port) : reject(new DynaliteStartError(m.error ?? 'no port'))));
  }).catch(async (err: unknown) => {
    await worker.terminate();
    throw err;
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.on('error', () => undefined); // reported through failing requests; never crash the runtime
  const endpoint = `http://${SMTP_HOST}:${port}`;
  const client = createDynamoDbClient({ endpoint, region: LOCAL_REGION });
  const stop = async () => {
    client.destroy();
    await new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.once('exit', () => resolve());
      worker.postMessage('close');
    });
    await worker.terminate();
  };
  try {
    await ensureTable(client, options.tableName);
  } catch (err) {
    await stop();
    throw err;
  }
  return { endpoint, store: new DynamoDbStore({ client, tableName: options.tableName, clock: options.clock }), stop };
}
