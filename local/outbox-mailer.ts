import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Logger, Mailer, OutgoingMail } from '../shared/ports/index.js';
import type { Clock } from '../shared/ports/index.js';
import { writeFileAtomic } from '../shared/adapters/fs/files.js';
import { headerBlock, headerValue } from './mail-headers.js';

/** Forwards a finished message to a real SMTP server (the --relay option). */
export interface Relay {
  send(from: string, to: string, raw: Uint8Array): Promise<void>;
}

export interface OutboxMailerOptions {
  /** `<data-dir>/outbox` */
  dir: string;
  /** The runtime's own address, the envelope sender when relaying. */
  from: string;
  clock: Clock;
  logger: Logger;
  /** One line per sent email, for the terminal. */
  print?: (line: string) => void;
  relay?: Relay;
}

/**
 * The Mailer port for npm start: every email is written to the outbox as `.eml` (names sort by
 * virtual time, then by a sequence number, and carry the step), summarised on the terminal, and
 * optionally relayed. A relay failure is logged, not thrown: the outbox file is the record, and
 * throwing would make the workflow retry a send that already happened.
 */
export class OutboxMailer implements Mailer {
  private seq = 0;

  constructor(private readonly options: OutboxMailerOptions) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const headers = headerBlock(mail.raw);
    const step = mail.meta?.step ?? headerValue(headers, 'x-runnerup-step') ?? 'mail';
    const messageId = headerValue(headers, 'message-id') ?? `<${randomUUID()}@runnerup.local>`;
    const when = this.options.clock.now();
    this.seq += 1;
    const name = `${compactIso(when)}-${String(this.seq).padStart(6, '0')}-${safe(step)}.eml`;
    const path = join(this.options.dir, name);
    await writeFileAtomic(path, mail.raw);
    const company = mail.meta?.company ?? '-';
    this.options.print?.(`draft ${step} → ${mail.meta?.user ?? mail.to} (${company}) at ${when.toISOString()}: ${path}`);
    this.options.logger.debug('outbox written', { step, to: mail.to, path });
    if (this.options.relay) {
      try {
        await this.options.relay.send(this.options.from, mail.to, mail.raw);
      } catch (err) {
        this.options.logger.error('relay failed; the draft is in the outbox', { path, error: String(err) });
      }
    }
    return { messageId };
  }
}

function compactIso(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '');
}

function safe(value: string): string {
  return value.replace(/[^0-9a-zA-Z_-]/g, '_').slice(0, 40) || 'mail';
}
