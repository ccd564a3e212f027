import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Small file-system helpers shared by the local runtime and the users.json file: one atomic write
 * and one "absent means nothing" read, so every file we keep behaves the same way.
 */

// Directories already created by this process: saves a mkdir per write on the hot path. A
// directory removed behind our back is recreated on the ENOENT retry below.
const knownDirs = new Set<string>();

/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * write a temp file in the same directory, fsync it, rename it over the target.
 * The fsync matters: "kept" must mean on disk before we acknowledge anything.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  if (!knownDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    knownDirs.add(dir);
  }
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w').catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
    await mkdir(dir, { recursive: true });
    return open(temp, 'w');
  });
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** The file's bytes, or null when it does not exist (any other error is thrown). */
export async function readFileIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
