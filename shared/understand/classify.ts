import type { Kind } from '../domain/types.js';
import type { OriginalMessage } from './unwrap-forward.js';

export interface Verdict {
  kind: Kind;
  cues: string[];
}

/** Decides what the original message is (stub: refined below). */
export function classify(_original: OriginalMessage): Verdict {
  return { kind: 'other', cues: [] };
}
