import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of a small unit fixture under test/fixtures/unit. */
export function unitFixture(name: string): Buffer {
  return readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unit', name));
}

/** Bytes of a forward of the fresh corpus, by its path under test/fixtures/fresh without ".eml". */
export function freshFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'fresh', `${path}.eml`)));
}
