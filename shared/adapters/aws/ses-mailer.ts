import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../ports/index.js';

/** SES refuses larger messages (the v2 API limit for a raw message, headers included). */
export const MAX_RAW_MESSAGE_BYTES = 40 * 1024 * 1024;
/** SES message-tag values allow only these characters (and at most 256 of them). */
const TAG_VALUE = /^[A-Za-z0-9_-]{1,256}$/;
/** A single bare address: anything list-like or with line breaks could add recipients. */
const SINGLE_ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+$/;

export class InvalidRecipientError extends Error {
  override readonly name = 'InvalidRecipientError';
  constructor(readonly recipient: string) {
    super(`refusing to send to "${recipient}": exactly one plain address is allowed`);
  }
}

export class MessageTooLargeError extends Error {
  override readonly name = 'MessageTooLargeError';
  constructor(readonly bytes: number) {
    super(`raw message of ${bytes} bytes exceeds the SES limit of ${MAX_RAW_MESSAGE_BYTES}`);
  }
}

export interface SesMailerOptions {
  readonly client: SESv2Client;
  /** A verified SES identity (address or an address on a verified domain). */
  readonly from: string;
  /** Optional configuration set (event destinations, suppression, dedicated IPs). */
  readonly configurationSet?: string;
}

/**
 * Sends the draft renderer's MIME through SESv2. The envelope recipient is the user alone:
 * SES delivers to Destination, not to the To/Cc headers, so nothing in the MIME can widen it.
 */
export class SesMailer implements Mailer {
  constructor(private readonly options: SesMailerOptions) {
    if (!options.from) throw new TypeError('SesMailer: from is required');
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    if (!SINGLE_ADDRESS.test(mail.to)) throw new InvalidRecipientError(mail.to);
    if (mail.raw.byteLength > MAX_RAW_MESSAGE_BYTES) {
      throw new MessageTooLargeError(mail.raw.byteLength);
    }
    const tags = [
      { Name: 'step', Value: mail.meta?.step },
    ].filter((t): t is { Name: string; Value: string } => !!t.Value && TAG_VALUE.test(t.Value));
    const out = await this.options.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [mail.to] },
        Content: { Raw: { Data: mail.raw } },
        ...(this.options.configurationSet
          ? { ConfigurationSetName: this.options.configurationSet }
          : {}),
        ...(tags.length > 0 ? { EmailTags: tags } : {}),
      }),
    );
    if (!out.MessageId) throw new Error('SES SendEmail returned no MessageId');
    return { messageId: out.MessageId };
  }
}
