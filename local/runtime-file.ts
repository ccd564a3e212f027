import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../shared/adapters/fs/files.js';

/** `<data-dir>/runtime.json`: tells `runnerup send` that a runtime is running on this data dir, and where. */
export interface RuntimeInfo {
  pid: number;
  smtpPort: number;
  address: string;
  startedAt: string;
}

export function runtimeFilePath(dataDir: string): string {
  return join(dataDir, 'runtime.json');
}

export async function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writeFileAtomic(runtimeFilePath(dataDir), JSON.stringify(info) + '\n');
}

export async function removeRuntimeInfo(dataDir: string): Promise<void> {
  await rm(runtimeFilePath(dataDir), { force: true });
}

/** The runtime running on this data dir, or null (no file, unreadable, or its process is gone). */
export async function liveRuntime(dataDir: string): Promise<RuntimeInfo | null> {
  let info: RuntimeInfo;
  try {
    info = JSON.parse(await readFile(runtimeFilePath(dataDir), 'utf8')) as RuntimeInfo;
  } catch {
    return null;
  }
  if (!Number.isInteger(info.pid) || !Number.isInteger(info.smtpPort)) return null;
  try {
    process.kill(info.pid, 0);
    return info;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else: still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? info : null;
  }
}
