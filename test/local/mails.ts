/** Forwarded recruiting emails for the local-runtime suites, dated relative to now. */

export interface ForwardOptions {
  user: string;
  userName?: string;
  company: string;
  role: string;
  contactName?: string;
  /** Offset of the user's Date header in hours (the local runtime infers the user's zone from it). */
  offsetHours?: number;
  messageId?: string;
}

/** A Date header value for `date` as seen at a UTC offset of `offsetHours`. */
export function dateHeader(date: Date, offsetHours = 0): string {
  const local = new Date(date.getTime() + offsetHours * 3_600_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offsetHours < 0 ? '-' : '+';
  return `${days[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${sign}${pad(Math.abs(offsetHours))}00`;
}

/** The UTC offset (hours) at which it is about noon right now: drafts due "right away" then go out at once. */
export function middayOffsetHours(now = new Date()): number {
  const offset = 12 - now.getUTCHours();
  return offset > 14 ? offset - 24 : offset;
}

function forward(o: ForwardOptions, subject: string, body: string, note: string): string {
  const now = new Date();
  const contact = o.contactName ?? 'Jordan Lee';
  const contactEmail = `${contact.toLowerCase().replace(/[^a-z]+/g, '.')}@${o.company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  const id = o.messageId ?? `<fwd-${Math.random().toString(36).slice(2)}@mail.example>`;
  return [
    `From: ${o.userName ?? 'Sam Carter'} <${o.user}>`,
    `Date: ${dateHeader(now, o.offsetHours ?? 0)}`,
    `Message-ID: ${id}`,
    `Subject: Fwd: ${subject}`,
    'To: followups@localhost',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    note,
    '',
    '---------- Forwarded message ---------',
    `From: ${contact} <${contactEmail}>`,
    `Date: ${dateHeader(new Date(now.getTime() - 3_600_000), o.offsetHours ?? 0)}`,
    `Subject: ${subject}`,
    `To: ${o.userName ?? 'Sam Carter'} <${o.user}>`,
    '',
    '',
    body.replace(/\{company\}/g, o.company).replace(/\{role\}/g, o.role).replace(/\{contact\}/g, contact),
    '',
  ].join('\r\n');
}

export function rejectionMail(o: ForwardOptions): string {
  return forward(
    o,
    `Your application for ${o.role} at ${o.company}`,
    `Hi,\r\n\r\nThank you for taking the time to interview with us for the {role} role at {company}.\r\n` +
      `After careful consideration, we have decided to move forward with another candidate.\r\n` +
      `We were impressed and would be glad to hear from you in the future.\r\n\r\nBest regards,\r\n{contact}\r\nRecruiter, {company}`,
    'Sad, but keep in touch.',
  );
}

/** An interview invitation at `at` (stated in UTC in the text). */
export function interviewMail(o: ForwardOptions, at: Date): string {
  const when = at.toISOString().slice(0, 16).replace('T', ' ');
  return forward(
    o,
    `Interview invitation: ${o.role} at ${o.company}`,
    `Hi,\r\n\r\nThanks for applying for the {role} position at {company}.\r\n` +
      `We would like to invite you to an interview with our team.\r\n\r\n` +
      `When: ${when} UTC (45 minutes)\r\nWhere: Video call\r\n\r\nBest,\r\n{contact}\r\nHiring Manager, {company}`,
    'Interview!',
  );
}

/** A reply by the user to one of our drafts: `command` as the first word. */
export function replyMail(user: string, inReplyTo: string, command: string, subject = 'Re: Draft'): string {
  return [
    `From: Sam Carter <${user}>`,
    `Date: ${dateHeader(new Date())}`,
    `Message-ID: <reply-${Math.random().toString(36).slice(2)}@mail.example>`,
    `Subject: ${subject}`,
    'To: followups@localhost',
    `In-Reply-To: ${inReplyTo}`,
    `References: ${inReplyTo}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    command,
    '',
  ].join('\r\n');
}
