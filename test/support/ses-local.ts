/**
 * An in-process SES v2 stand-in (aws-ses-v2-local) on a free port, with a client aimed at it
 * and a reader for what it received.
 */
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import startSes from 'aws-ses-v2-local';

export interface SentEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

export interface LocalSes {
  client: SESv2Client;
  endpoint: string;
  /** Everything the stand-in accepted since it started (its store is per process). */
  sent(): Promise<SentEmail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startLocalSes(): Promise<LocalSes> {
  const server = await startSes({ host: '127.0.0.1', port: 0 });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new SESv2Client({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    client,
    endpoint,
    async sent() {
      const res = await fetch(`${endpoint}/store`);
      const body = (await res.json()) as { emails: SentEmail[] };
      return body.emails;
    },
    async clear() {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
    },
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((err) => (err ? reject(err) : resolve())),
      );
    },
  };
}
