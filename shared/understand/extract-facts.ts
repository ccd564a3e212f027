import type { Address, Kind } from '../domain/types.js';
import type { OriginalMessage } from './unwrap-forward.js';

export interface Facts {
  company: string | null;
  role: string | null;
  contact: Address;
  interviewAt: string | null;
  decisionBy: string | null;
}

/** Extracts company, role, contact, interview time and decision date from the original (stub). */
export function extractFacts(original: OriginalMessage, _kind: Kind, _forwardedBy: string | null): Facts {
  return { company: null, role: null, contact: original.from, interviewAt: null, decisionBy: null };
}
