/**
 * The local runtime's registered users: `<data-dir>/users.json`, a JSON array of
 * `{ "email", "name", "timeZone" }` (optionally `settings`, `dailySendCap`). Read by `npm start`,
 * written by `runnerup users --data-dir D`. Writes go to a temp file then rename, so a reader never
 * sees half a file.
 */
import { join } from 'node:path';
import { readFileIfExists, writeFileAtomic } from '../adapters/fs/files.js';
import * as z from 'zod';
import type { User } from '../domain/types.js';
import type { UserAdmin } from './ports.js';

export const USERS_FILE_NAME = 'users.json';

/** users.json exists but is not a valid list of users (the message names the problem). */
export class UsersFileError extends Error {
  override readonly name = 'UsersFileError';
  constructor(path: string, detail: string) {
    super(`${path} must be a JSON array of { "email", "name", "timeZone" }: ${detail}`);
  }
}

const userSchema = z
  .object({
    email: z.string().trim().toLowerCase().regex(/^[^\s@]+@[^\s@]+$/, 'not an email address'),
    name: z.string().nullable().default(null),
    timeZone: z.string().min(1).default('UTC'),
    settings: z.record(z.string(), z.unknown()).optional(),
    dailySendCap: z.number().int().positive().optional(),
  })
  .strict();

/** `<dataDir>/users.json`. */
export function usersFilePath(dataDir: string): string {
  return join(dataDir, USERS_FILE_NAME);
}

/** The users in the file; an empty list when it does not exist. Throws UsersFileError when it is malformed. */
export async function readUsersFile(path: string): Promise<User[]> {
  const bytes = await readFileIfExists(path);
  if (!bytes) return [];
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new UsersFileError(path, err instanceof Error ? err.message : String(err));
  }
  const parsed = z.array(userSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsersFileError(path, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
  }
  return parsed.data as User[];
}

/** Replaces the file's content (atomically), sorted by email. */
export async function writeUsersFile(path: string, users: readonly User[]): Promise<void> {
  const sorted = [...users].sort((a, b) => a.email.localeCompare(b.email));
  await writeFileAtomic(path, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** UserAdmin over users.json (for the CLI; each call reads the file fresh). */
export class UsersFile implements UserAdmin {
  constructor(readonly path: string) {}

  async getUser(email: string): Promise<User | null> {
    const key = email.trim().toLowerCase();
    return (await readUsersFile(this.path)).find((u) => u.email === key) ?? null;
  }

  async putUser(user: User): Promise<void> {
    const clean = { ...user, email: user.email.trim().toLowerCase() };
    const others = (await readUsersFile(this.path)).filter((u) => u.email !== clean.email);
    await writeUsersFile(this.path, [...others, clean]);
  }

  async removeUser(email: string): Promise<boolean> {
    const key = email.trim().toLowerCase();
    const users = await readUsersFile(this.path);
    const kept = users.filter((u) => u.email !== key);
    if (kept.length === users.length) return false;
    await writeUsersFile(this.path, kept);
    return true;
  }

  async listUsers(): Promise<User[]> {
    return readUsersFile(this.path);
  }
}
