import { createHash } from 'node:crypto';

/**
 * Picks one phrasing deterministically from the application id and a slot name, so a user's two
 * applications get different wording while re-rendering the same draft gives the same text.
 */
export function pick<T>(seed: string, slot: string, options: readonly T[]): T {
  if (options.length === 0) throw new RangeError(`no options for ${slot}`);
  const digest = createHash('sha256').update(`${seed}\u0000${slot}`).digest();
  const index = digest.readUInt32BE(0) % options.length;
  return options[index] as T;
}

/** A short stable hex digest (ids, nonces). */
export function shortHash(value: string, length = 16): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}
