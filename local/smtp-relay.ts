import nodemailer from 'nodemailer';
import type { Relay } from './outbox-mailer.js';

export class InvalidRelayUrlError extends Error {
  constructor(url: string) {
    super(`--relay must be an smtp:// or smtps:// URL, got ${JSON.stringify(url)}`);
    this.name = 'InvalidRelayUrlError';
  }
}

/** Relays drafts to a real SMTP server (e.g. smtp://localhost:1025 of a mail catcher) with nodemailer. */
export function createSmtpRelay(url: string): Relay & { close(): void } {
  if (!/^smtps?:\/\/[^\s]+$/.test(url)) throw new InvalidRelayUrlError(url);
  const transport = nodemailer.createTransport(url);
  return {
    async send(from, to, raw) {
      await transport.sendMail({ envelope: { from, to: [to] }, raw: Buffer.from(raw) });
    },
    close() {
      transport.close();
    },
  };
}
