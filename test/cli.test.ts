import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) =>
  spawnSync('npx', ['tsx', 'cli/main.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('runnerup command line', () => {
  it('prints every command in --help and exits 0', () => {
    const out = execFileSync('npx', ['tsx', 'cli/main.ts', '--help'], { encoding: 'utf8' });
    for (const name of ['parse', 'plan', 'draft', 'users', 'pending', 'send']) expect(out).toContain(name);
  });

  it('rejects an unknown command with exit code 2 and the usage', () => {
    const res = cli(['frobnicate']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('unknown command "frobnicate"');
  });
});
