import type { ReplyId } from '../domain/types.js';

/** Every ReplyId (the domain types declare the union; this is its runtime list). */
export const REPLY_IDS: readonly ReplyId[] = [
  'offer-congrats',
  'ask-interview-time',
  'understood-other',
  'help',
  'list',
  'forwarding-confirmation',
  'command-ack',
];
