import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawMailStore } from '../shared/ports/index.js';
import { readFileIfExists, writeFileAtomic } from '../shared/adapters/fs/files.js';

export class InvalidRawKeyError extends Error {
  constructor(key: string) {
    super(`raw mail key must be 1-200 chars of [0-9a-zA-Z._/-] without "..": ${JSON.stringify(key)}`);
    this.name = 'InvalidRawKeyError';
  }
}

// Keys become file paths: refuse anything that could escape the directory.
const KEY_PATTERN = /^[0-9a-zA-Z._/-]{1,200}$/;

/** RawMailStore on the filesystem: `<dir>/<key>.eml`, written atomically and fsynced. */
export class FsRawMailStore implements RawMailStore {
  constructor(private readonly dir: string) {}

  pathOf(key: string): string {
    if (!KEY_PATTERN.test(key) || key.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      throw new InvalidRawKeyError(key);
    }
    return join(this.dir, `${key}.eml`);
  }

  async put(key: string, raw: Uint8Array): Promise<void> {
    await writeFileAtomic(this.pathOf(key), raw);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const bytes = await readFileIfExists(this.pathOf(key));
    return bytes ? new Uint8Array(bytes) : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
