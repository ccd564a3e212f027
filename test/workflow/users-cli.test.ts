import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { command } from '../../cli/commands/users.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';

/** Runs `runnerup users ...` in-process (the dispatcher is covered by test/cli.test.ts), capturing its output. */
async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { status: await command.run(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let db: RunningDynalite;
let dir: string;
beforeAll(async () => {
  db = await startDynalite({ tableName: 'cli-users' });
  dir = await mkdtemp(join(tmpdir(), 'runnerup-cli-users-'));
});
afterAll(async () => {
  await db?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('runnerup users', () => {
  it('adds, lists and removes users in the DynamoDB table', async () => {
    const target = ['--table', 'cli-users', '--endpoint', db.endpoint];
    expect((await cli(['add', 'Ada@Example.com', '--name', 'Ada Lovelace', '--tz', 'America/New_York', ...target])).status).toBe(0);
    expect(await db.store.getUser('ada@example.com')).toEqual({ email: 'ada@example.com', name: 'Ada Lovelace', timeZone: 'America/New_York' });
    const listed = await cli(['list', '--json', ...target]);
    expect(JSON.parse(listed.stdout)).toEqual([{ email: 'ada@example.com', name: 'Ada Lovelace', timeZone: 'America/New_York' }]);
    expect((await cli(['remove', 'ada@example.com', ...target])).status).toBe(0);
    expect(await db.store.getUser('ada@example.com')).toBeNull();
  });

  it('writes the local runtime’s users.json with --data-dir, and refuses a bad zone', async () => {
    expect((await cli(['add', 'bob@example.org', '--tz', 'Europe/Berlin', '--data-dir', dir])).status).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'users.json'), 'utf8'))).toEqual([{ email: 'bob@example.org', name: null, timeZone: 'Europe/Berlin' }]);
    const bad = await cli(['add', 'eve@example.org', '--tz', 'Nowhere/Land', '--data-dir', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not an IANA time zone');
  });
});
