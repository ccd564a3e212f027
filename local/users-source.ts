import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { User } from '../shared/domain/types.js';

// Temporary reader of <data-dir>/users.json until shared/workflow/users-file.ts lands (then this delegates to it).
export class UsersFileError extends Error {
  constructor(path: string, cause: unknown) {
    super(`${path} must be a JSON array of { "email", "name", "timeZone" }: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UsersFileError';
  }
}

const usersSchema = z.array(
  z.object({ email: z.string().includes('@'), name: z.string().nullable().default(null), timeZone: z.string().default('UTC') }).passthrough(),
);

export function usersFilePath(dataDir: string): string {
  return join(dataDir, 'users.json');
}

export async function readUsersFile(path: string): Promise<User[]> {
  try {
    return usersSchema.parse(JSON.parse(await readFile(path, 'utf8'))) as User[];
  } catch (err) {
    throw new UsersFileError(path, err);
  }
}
