import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../shared/ports/index.js';
import type { Envelope } from './inbound-queue.js';
import { MAX_MESSAGE_BYTES, SMTP_CLOSE_TIMEOUT_MS } from './limits.js';

export interface SmtpInboundOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The addresses we accept mail for (case-insensitive; the first is the one users forward to); RCPT to anything else gets 550. */
  addresses: readonly string[];
  /** Whether mail from this envelope sender is accepted at all (refused with 550 5.7.1 otherwise). */
  isAllowedSender: (email: string) => Promise<boolean>;
  /** Keeps the mail durably and queues it; resolves with its id. Its failure is answered with 451. */
  accept: (raw: Uint8Array, envelope: Envelope) => Promise<string>;
  logger: Logger;
  maxBytes?: number;
  /** Called when the last open mail transaction ended (the queue may speed up again). */
  onQuiet?: () => void;
}

export interface SmtpInbound {
  port: number;
  /** Mail transactions in progress (MAIL FROM accepted, DATA not finished). */
  readonly transactions: number;
  /** Stops accepting connections; waits for open sessions (at most SMTP_CLOSE_TIMEOUT_MS). */
  close(): Promise<void>;
}

class SmtpReplyError extends Error {
  constructor(readonly responseCode: number, message: string) {
    super(message);
    this.name = 'SmtpReplyError';
  }
}

/**
 * The local inbound listener (SES's role on AWS): loopback only, no AUTH, no TLS. Mail is
 * answered 250 only after accept() kept it on disk. Every socket and stream error is caught and
 * logged: hostile or broken input ends one session, never the process.
 */
export async function startSmtpInbound(options: SmtpInboundOptions): Promise<SmtpInbound> {
  const maxBytes = options.maxBytes ?? MAX_MESSAGE_BYTES;
  const inbound = new Set(options.addresses.map((a) => a.toLowerCase()));
  const { logger } = options;
  const inTransaction = new Set<string>();
  const endTransaction = (session: SMTPServerSession) => {
    if (inTransaction.delete(session.id) && inTransaction.size === 0) options.onQuiet?.();
  };

  const server = new SMTPServer({
    name: 'runnerup.local',
    banner: 'Runner-Up local inbound',
    size: maxBytes,
    rejectOversized: true,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: SMTP_CLOSE_TIMEOUT_MS,
    onMailFrom(address: SMTPServerAddress, _session: SMTPServerSession, callback) {
      const email = address.address.trim().toLowerCase();
      if (!email) return callback(new SmtpReplyError(550, '5.7.1 The null sender is not accepted here'));
      options.isAllowedSender(email).then(
        (allowed) => {
          if (allowed) inTransaction.add(_session.id);
          callback(allowed ? null : new SmtpReplyError(550, '5.7.1 Sender not registered with Runner-Up'));
        },
        (err: unknown) => {
          logger.error('sender check failed', { error: String(err) });
          callback(new SmtpReplyError(451, '4.3.0 Temporary failure, try again'));
        },
      );
    },
    onClose(session: SMTPServerSession) {
      endTransaction(session);
    },
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback) {
      if (inbound.has(address.address.trim().toLowerCase())) return callback();
      callback(new SmtpReplyError(550, `5.1.1 No such mailbox here (this is ${options.addresses[0]})`));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let done = false;
      const finish = (err: Error | null, message?: string) => {
        if (done) return;
        done = true;
        endTransaction(session);
        callback(err, message);
      };
      stream.on('data', (chunk: Buffer) => {
        // Stop buffering once over the limit; the stream is still drained so the session stays sane.
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('error', (err: Error) => {
        logger.warn('smtp data stream error', { error: String(err) });
        finish(new SmtpReplyError(451, '4.3.0 Error while receiving the message'));
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          logger.warn('refused over-size mail', { bytes: stream.byteLength, limit: maxBytes });
          return finish(new SmtpReplyError(552, `5.3.4 Message exceeds the ${maxBytes} byte limit`));
        }
        const envelope: Envelope = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((r) => r.address),
        };
        options.accept(Buffer.concat(chunks), envelope).then(
          (id) => finish(null, `2.0.0 Ok: queued as ${id}`),
          (err: unknown) => {
            logger.error('could not keep accepted mail', { error: String(err) });
            finish(new SmtpReplyError(451, '4.3.0 Could not store the message, try again'));
          },
        );
      });
    },
  });
  server.on('error', (err: Error) => logger.warn('smtp connection error', { error: String(err) }));

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    get transactions() {
      return inTransaction.size;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
