/**
 * Hostile-mail builders for the hardening suites: a forward as Ada's mail program writes it,
 * with any header or body part replaced, and the SES receipt event for it with chosen verdicts.
 */
import { readFileSync } from 'node:fs';
import PostalMime, { type Email } from 'postal-mime';
import type { User } from '../../../shared/domain/types.js';
import type { OutgoingMail } from '../../../shared/ports/index.js';

export const ADA: User = { email: 'ada@example.com', name: 'Ada Lovelace', timeZone: 'Europe/Berlin' };
export const INBOUND = 'followups@runnerup.test';

/** The employer's mail inside Ada's forward: an interview with a time, so it plans steps. */
export const INTERVIEW_BLOCK = [
  '---------- Forwarded message ---------',
  'From: Priya Natarajan <priya@northwind.example>',
  'Date: Mon, Mar 2, 2026 at 10:12 AM',
  'Subject: Interview invitation: Senior Data Analyst at Northwind',
  'To: Ada Lovelace <ada@example.com>',
  '',
  '',
  'Hi Ada,',
  '',
  'Thank you for applying for the Senior Data Analyst position at Northwind.',
  'We would like to invite you to an interview on Wednesday, March 4, 2026',
  'at 3:00 PM CET by video call. The interview will take about 45 minutes.',
  '',
  'Best regards,',
  'Priya Natarajan',
  'Talent Acquisition, Northwind',
].join('\n');

export const REJECTION_BLOCK = [
  '---------- Forwarded message ---------',
  'From: Priya Natarajan <priya@northwind.example>',
  'Date: Tue, Mar 10, 2026 at 9:02 AM',
  'Subject: Your application for Senior Data Analyst at Northwind',
  'To: Ada Lovelace <ada@example.com>',
  '',
  '',
  'Dear Ada,',
  '',
  'Thank you for your interest in the Senior Data Analyst role at Northwind and for the time',
  'you spent with us. After careful consideration we have decided not to move forward with',
  'your application at this time. We wish you every success in your search.',
  '',
  'Kind regards,',
  'Priya Natarajan',
  'Talent Acquisition, Northwind',
].join('\n');

export interface MailSpec {
  from?: string;
  subject?: string;
  messageId?: string;
  /** Extra header lines, written verbatim (hostile ones included). */
  headers?: string[];
  contentType?: string;
  /** What the user typed above the forward. */
  note?: string;
  /** The forwarded block (or any body). */
  body?: string;
}

let counter = 0;

/** A forward from Ada (by default of the interview invitation), CRLF line ends. */
export function forward(spec: MailSpec = {}): string {
  counter += 1;
  const lines = [
    `From: ${spec.from ?? 'Ada Lovelace <ada@example.com>'}`,
    `To: ${INBOUND}`,
    'Date: Mon, 2 Mar 2026 14:00:00 +0100',
    `Message-ID: ${spec.messageId ?? `<hardening-${counter}-${Date.now()}@mail.example.com>`}`,
    `Subject: ${spec.subject ?? 'Fwd: Interview invitation: Senior Data Analyst at Northwind'}`,
    ...(spec.headers ?? []),
    'MIME-Version: 1.0',
    `Content-Type: ${spec.contentType ?? 'text/plain; charset="UTF-8"'}`,
    '',
    spec.note ?? 'Really liked Priya.',
    '',
    spec.body ?? INTERVIEW_BLOCK,
    '',
  ];
  return lines.join('\n').replace(/\r?\n/g, '\r\n');
}

/** A message Ada writes herself (a command, or a reply to one of our mails). */
export function userMail(body: string, headers: string[] = [], from = 'Ada Lovelace <ada@example.com>'): string {
  counter += 1;
  return [
    `From: ${from}`,
    `To: ${INBOUND}`,
    'Date: Mon, 2 Mar 2026 15:00:00 +0100',
    `Message-ID: <user-${counter}-${Date.now()}@mail.example.com>`,
    'Subject: Re: Runner-Up',
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    body,
    '',
  ]
    .join('\n')
    .replace(/\r?\n/g, '\r\n');
}

export type VerdictName = 'spam' | 'virus' | 'spf' | 'dkim' | 'dmarc';
export interface EventSpec {
  /** Envelope MAIL FROM as SES saw it. */
  source?: string;
  verdicts?: Partial<Record<VerdictName, string>>;
  /** Omitted when undefined; a string or `{ status }` as SES sends it in different shapes. */
  dmarcPolicy?: string | { status: string };
}

const template = JSON.parse(readFileSync(new URL('../../fixtures/events/ses-receipt.json', import.meta.url), 'utf8')) as {
  Records: { ses: { mail: Record<string, unknown>; receipt: Record<string, unknown> } }[];
};

/** A real-shaped SES receipt event (the Lambda action's) for one stored message. */
export function sesEvent(messageId: string, spec: EventSpec = {}): unknown {
  const event = structuredClone(template);
  const ses = event.Records[0]!.ses;
  ses.mail.messageId = messageId;
  ses.mail.source = spec.source ?? ADA.email;
  const verdicts: Record<VerdictName, string> = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', ...spec.verdicts };
  for (const [name, status] of Object.entries(verdicts)) ses.receipt[`${name}Verdict`] = { status };
  if (spec.dmarcPolicy === undefined) delete ses.receipt.dmarcPolicy;
  else ses.receipt.dmarcPolicy = spec.dmarcPolicy;
  return event;
}

let sesIds = 0;
/** A fresh SES-shaped message id (path-safe, as the handler requires). */
export function sesMessageId(tag = 'h'): string {
  sesIds += 1;
  return `${tag}${String(sesIds).padStart(6, '0')}x${Math.random().toString(36).slice(2, 10)}`;
}

/** What a mail program makes of one mail we sent. */
export function parseSent(mail: OutgoingMail): Promise<Email> {
  return PostalMime.parse(mail.raw);
}

/** The raw header block of a message, unfolded lines kept as they are on the wire. */
export function rawHeaderLines(raw: Uint8Array): string[] {
  const text = Buffer.from(raw).toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  return (end < 0 ? text : text.slice(0, end)).split('\r\n');
}
