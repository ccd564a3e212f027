import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUsersFile, UsersFile, UsersFileError, usersFilePath } from '../../shared/workflow/users-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runnerup-users-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('users.json', () => {
  it('reads as empty when the file does not exist', async () => {
    expect(await readUsersFile(usersFilePath(dir))).toEqual([]);
  });

  it('adds, replaces, lists and removes users, case-insensitively, in the documented format', async () => {
    const file = new UsersFile(usersFilePath(dir));
    await file.putUser({ email: 'Ada@Example.com', name: 'Ada', timeZone: 'Europe/London' });
    await file.putUser({ email: 'bob@example.org', name: null, timeZone: 'UTC' });
    await file.putUser({ email: 'ada@example.com', name: 'Ada L.', timeZone: 'Europe/Berlin' });
    expect(JSON.parse(await readFile(usersFilePath(dir), 'utf8'))).toEqual([
      { email: 'ada@example.com', name: 'Ada L.', timeZone: 'Europe/Berlin' },
      { email: 'bob@example.org', name: null, timeZone: 'UTC' },
    ]);
    expect((await file.getUser('ADA@example.com'))?.name).toBe('Ada L.');
    expect(await file.removeUser('bob@example.org')).toBe(true);
    expect(await file.removeUser('bob@example.org')).toBe(false);
    expect((await file.listUsers()).map((u) => u.email)).toEqual(['ada@example.com']);
  });

  it('fills defaults for name and zone, and names the problem in a malformed file', async () => {
    const path = usersFilePath(dir);
    await writeFile(path, JSON.stringify([{ email: 'ada@example.com' }]));
    expect(await readUsersFile(path)).toEqual([{ email: 'ada@example.com', name: null, timeZone: 'UTC' }]);
    await writeFile(path, JSON.stringify([{ email: 'ada@example.com', timezone: 'Europe/Berlin' }]));
    await expect(readUsersFile(path)).rejects.toBeInstanceOf(UsersFileError);
    await writeFile(path, '{ not json');
    await expect(readUsersFile(path)).rejects.toThrow(/users\.json must be a JSON array/);
  });
});
