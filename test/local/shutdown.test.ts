import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createConsoleLogger } from '../../local/console-logger.js';
import { startLocalRuntime } from '../../local/runtime.js';
import { middayOffsetHours, rejectionMail } from './mails.js';
import { readOutbox, smtpSend, tempDir } from './helpers.js';

const REPO = join(import.meta.dirname, '..', '..');
const MAILS = 30;
const SIGNAL_AFTER = 5;

describe('local runtime shutdown', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('loses no accepted mail when its process gets SIGTERM while mail is arriving', async () => {
    const dir = await tempDir();
    cleanups.push(dir.remove);
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts', '--port', '0', '--data-dir', dir.path, '--log-level', 'silent'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(async () => void child.kill('SIGKILL'));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on smtp:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error(`runtime exited before listening: ${out}`)));
    });

    // Prepare: many senders at once; SIGTERM once a few were acknowledged, while the rest are in flight.
    const accepted: string[] = [];
    const offset = middayOffsetHours();
    const sends = Array.from({ length: MAILS }, (_, i) =>
      smtpSend(port, rejectionMail({ user: `user${i}@example.com`, company: `Company ${i}`, role: 'Engineer', offsetHours: offset }), `user${i}@example.com`)
        .then((reply) => {
          accepted.push(/queued as (\S+)/.exec(reply)![1]!);
          if (accepted.length === SIGNAL_AFTER) child.kill('SIGTERM');
        })
        .catch(() => undefined),
    );
    await Promise.all(sends);
    expect(await exited).toBe(0);
    expect(accepted.length).toBeGreaterThanOrEqual(SIGNAL_AFTER);

    // Every acknowledged mail is on disk, and a new start processes whatever was left.
    for (const id of accepted) expect(existsSync(join(dir.path, 'raw', `${id}.eml`))).toBe(true);
    const runtime = await startLocalRuntime({ dataDir: dir.path, smtpPort: null, logger: createConsoleLogger('silent') });
    await runtime.idle();
    await runtime.stop();
    expect(await readdir(join(dir.path, 'inbox'))).toEqual([]);
    expect(existsSync(join(dir.path, 'failed'))).toBe(false);
    const replies = (await readOutbox(dir.path)).filter((d) => d.step === 'rejection-reply');
    expect(replies).toHaveLength(accepted.length);
  }, 180_000);
});
