import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixture = join('test', 'fixtures', 'unit', 'gmail-inline-interview.eml');
const parse = (files: string[]) => spawnSync('npx', ['tsx', 'cli/main.ts', 'parse', ...files], { encoding: 'utf8' });

describe('runnerup parse', () => {
  it('prints one JSON line per file with the contract fields and exits 0', () => {
    const res = parse([fixture]);
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!);
    expect(row).toMatchObject({ file: fixture, forwardedBy: 'bob@gmail.com', kind: 'interview', company: 'Acme', contact: { email: 'jane.doe@acme.com' } });
    for (const key of ['role', 'interviewAt', 'decisionBy', 'userNote', 'original']) expect(row).toHaveProperty(key);
    expect(row.original).toHaveProperty('from.email', 'jane.doe@acme.com');
    expect(row.original).toHaveProperty('subject');
    expect(row.original).toHaveProperty('date');
  });

  it('prints an error line for a file that is not an email, keeps order, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runnerup-parse-'));
    const junk = join(dir, 'junk.eml');
    writeFileSync(junk, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 13) % 256)));
    const res = parse([junk, fixture]);
    expect(res.status).toBe(1);
    const [first, second] = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toEqual({ file: junk, error: expect.stringMatching(/\.$/) });
    expect(second.file).toBe(fixture);
    expect(second.kind).toBe('interview');
  });
});
