/** The story's inbound traffic: SES receipt events for stored mail, and the user's replies. */
import { readFileSync } from 'node:fs';

export const INBOUND_ADDRESS = 'followups@runnerup.test';
export const FROM_ADDRESS = 'drafts@runnerup.test';

/** One mail the mailer handed to SES, as the user receives it. */
export interface Delivered {
  to: string;
  step: string;
  subject: string;
  messageIdHeader: string;
  sesMessageId: string;
  text: string;
}

const template = JSON.parse(
  readFileSync(new URL('../fixtures/events/ses-receipt.json', import.meta.url), 'utf8'),
) as { Records: { ses: { mail: Record<string, unknown>; receipt: Record<string, unknown> } }[] };

/** The SES receipt event for one stored message: all verdicts PASS unless `receipt` overrides them. */
export function sesEvent(
  messageId: string,
  from: string,
  timestamp: string,
  receipt: Record<string, unknown> = {},
): unknown {
  const event = structuredClone(template);
  const ses = event.Records[0]!.ses;
  ses.mail.messageId = messageId;
  ses.mail.source = from;
  ses.mail.timestamp = timestamp;
  ses.receipt.timestamp = timestamp;
  Object.assign(ses.receipt, receipt);
  return event;
}

/** A reply from the user to one of our mails, as their mail program would thread it. */
export function replyTo(mail: Delivered, from: string, body: string, date: Date): string {
  return [
    `From: Ada Lovelace <${from}>`,
    `To: ${INBOUND_ADDRESS}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <reply-${date.getTime()}@mail.example.com>`,
    `In-Reply-To: ${mail.messageIdHeader}`,
    `References: ${mail.messageIdHeader}`,
    `Subject: Re: ${mail.subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    body,
    '',
    `On ${date.toUTCString()}, Runner-Up <${FROM_ADDRESS}> wrote:`,
    '> (the draft)',
    '',
  ].join('\r\n');
}
