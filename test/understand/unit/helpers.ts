import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of a small unit fixture under test/fixtures/unit. */
export function unitFixture(name: string): Buffer {
  return readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'unit', name));
}
