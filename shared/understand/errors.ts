/** Raised for input that is not an email at all (empty, binary junk, no header block). */
export class UnreadableMailError extends Error {
  override readonly name = 'UnreadableMailError';
  constructor(message: string) {
    super(message);
  }
}
