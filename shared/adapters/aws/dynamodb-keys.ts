/** Key layout of the single table (see docs/workflow.md). Every user's items share one partition. */
import { createHash } from 'node:crypto';

/** DynamoDB caps a sort key at 1024 bytes; message ids may be longer, so long parts are hashed. */
const MAX_KEY_PART = 400;

export const USERS_PK = 'USERS';

/** The partition of one user's items. */
export function userPk(email: string): string {
  return `USER#${email.trim().toLowerCase()}`;
}

/** A sort-key part, hashed when too long for DynamoDB. */
export function keyPart(value: string): string {
  if (Buffer.byteLength(value, 'utf8') <= MAX_KEY_PART) return value;
  return `h:${createHash('sha256').update(value).digest('hex')}`;
}

export const sk = {
  app: (id: string) => `APP#${id}`,
  thread: (messageId: string) => `THREAD#${keyPart(messageId)}`,
  key: (key: string) => `KEY#${keyPart(key)}`,
  inbound: (messageId: string) => `INBOUND#${keyPart(messageId)}`,
  claim: (name: string) => `CLAIM#${keyPart(name)}`,
  quota: (day: string) => `QUOTA#${day}`,
  raw: (key: string) => `RAW#${keyPart(key)}`,
  user: (email: string) => email.trim().toLowerCase(),
};
