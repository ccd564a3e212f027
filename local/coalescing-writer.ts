/**
 * Persists a changing in-memory state with at most one write in flight: every caller of
 * `flush()` resolves once a write that includes its change is on disk. Under load many changes
 * share one write instead of rewriting the file once per change.
 */
export class CoalescingWriter {
  private version = 0;
  private written = 0;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly write: () => Promise<void>) {}

  /** Marks the state changed and waits until a write containing the change completed. */
  async flush(): Promise<void> {
    const target = ++this.version;
    while (this.written < target) {
      if (!this.inFlight) {
        const v = this.version;
        this.inFlight = this.write()
          .then(() => {
            this.written = Math.max(this.written, v);
          })
          .finally(() => {
            this.inFlight = null;
          });
      }
      await this.inFlight;
    }
  }

  /** Waits for the write in flight, if any (used on shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
  }
}
