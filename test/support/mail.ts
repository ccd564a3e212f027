/**
 * Builders of realistic raw emails for workflow tests: Gmail-style forwards of recruiting mail,
 * replies to our drafts (commands), and the loop/bulk variants we must never answer.
 */
export interface ForwardOptions {
  user?: string;
  userName?: string;
  /** The forward's Message-ID (also what replies to our drafts about it reference). */
  messageId?: string;
  originalMessageId?: string;
  company?: string;
  role?: string;
  contactName?: string;
  contactEmail?: string;
  note?: string;
  /** Extra outer headers, e.g. { 'Auto-Submitted': 'auto-replied' }. */
  headers?: Record<string, string>;
  date?: string;
  to?: string;
}

const BODIES = {
  interview: (o: Required<Pick<ForwardOptions, 'company' | 'role' | 'contactName'>>, when: string) =>
    `Hi Ada,\n\nThank you for your interest in the ${o.role} position at ${o.company}. We would like to invite you to an interview on ${when}. The interview will be a video call of 45 minutes with our hiring manager.\n\nPlease confirm that this time works for you.\n\nBest regards,\n${o.contactName}\nRecruiter, ${o.company}`,
  interviewNoTime: (o: Required<Pick<ForwardOptions, 'company' | 'role' | 'contactName'>>) =>
    `Hi Ada,\n\nThank you for your interest in the ${o.role} position at ${o.company}. We would like to invite you to an interview with our hiring manager. I will send you a calendar invitation shortly.\n\nBest regards,\n${o.contactName}\nRecruiter, ${o.company}`,
  rejection: (o: Required<Pick<ForwardOptions, 'company' | 'role' | 'contactName'>>) =>
    `Hi Ada,\n\nThank you for taking the time to interview for the ${o.role} position at ${o.company}. After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current needs.\n\nWe appreciate your interest and wish you the best in your search.\n\nBest regards,\n${o.contactName}\nRecruiter, ${o.company}`,
  application: (o: Required<Pick<ForwardOptions, 'company' | 'role' | 'contactName'>>) =>
    `Hi Ada,\n\nThank you for applying to the ${o.role} role at ${o.company}. We have received your application and our team is reviewing it. We will be in touch if your profile matches our needs.\n\nBest regards,\n${o.contactName}\nTalent Acquisition, ${o.company}`,
  offer: (o: Required<Pick<ForwardOptions, 'company' | 'role' | 'contactName'>>) =>
    `Hi Ada,\n\nI am delighted to offer you the position of ${o.role} at ${o.company}! Please find your offer letter attached. We would love to have you join the team; please let us know your decision by the end of next week.\n\nBest regards,\n${o.contactName}\nRecruiter, ${o.company}`,
  other: () => `Hi Ada,\n\nHere are this week's new jobs matching your saved search. Unsubscribe at any time.\n\nThe JobBoard team`,
};

export type Kind = 'interview' | 'interviewNoTime' | 'rejection' | 'application' | 'offer' | 'other';

const SUBJECTS: Record<Kind, (o: { company: string; role: string }) => string> = {
  interview: (o) => `Interview invitation: ${o.role} at ${o.company}`,
  interviewNoTime: (o) => `Interview invitation: ${o.role} at ${o.company}`,
  rejection: (o) => `Your application for ${o.role} at ${o.company}`,
  application: (o) => `Thank you for applying to ${o.company}`,
  offer: (o) => `Offer: ${o.role} at ${o.company}`,
  other: () => 'New jobs for you this week',
};

function headerBlock(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
}

/** A Gmail-style inline forward of a recruiting email of the given kind. */
export function forwardedEmail(kind: Kind, options: ForwardOptions = {}, interviewWhen = 'Wednesday, March 4, 2026 at 10:00 AM ET'): string {
  const o = {
    company: options.company ?? 'Northwind',
    role: options.role ?? 'Senior Data Analyst',
    contactName: options.contactName ?? 'Priya Natarajan',
  };
  const contactEmail = options.contactEmail ?? `${o.contactName.split(' ')[0]?.toLowerCase() ?? 'hr'}@${o.company.toLowerCase().replace(/\W/g, '')}.example`;
  const user = options.user ?? 'ada@example.com';
  const body = kind === 'interview' ? BODIES.interview(o, interviewWhen) : kind === 'other' ? BODIES.other() : BODIES[kind](o);
  const from = kind === 'other' ? 'JobBoard <alerts@jobboard.example>' : `${o.contactName} <${contactEmail}>`;
  const subject = SUBJECTS[kind](o);
  const headers = headerBlock({
    From: `${options.userName ?? 'Ada Lovelace'} <${user}>`,
    To: options.to ?? 'followups@runnerup.test',
    Subject: `Fwd: ${subject}`,
    Date: options.date ?? 'Mon, 02 Mar 2026 14:55:00 +0000',
    'Message-ID': options.messageId ?? `<fwd-${Math.random().toString(36).slice(2)}@mail.example.com>`,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset="utf-8"',
    ...options.headers,
  });
  const note = options.note ? `${options.note}\r\n\r\n` : '';
  return `${headers}\r\n\r\n${note}---------- Forwarded message ---------\r\nFrom: ${from}\r\nDate: Mon, Mar 2, 2026 at 9:00 AM\r\nSubject: ${subject}\r\nTo: Ada Lovelace <${user}>\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
}

/** A reply from the user (e.g. a command) to one of our mails, quoting it. */
export function replyEmail(text: string, options: { user?: string; inReplyTo?: string | null; messageId?: string; headers?: Record<string, string> } = {}): string {
  const user = options.user ?? 'ada@example.com';
  const headers = headerBlock({
    From: `Ada Lovelace <${user}>`,
    To: 'followups@runnerup.test',
    Subject: 'Re: Draft: your follow-up',
    Date: 'Mon, 02 Mar 2026 15:10:00 +0000',
    'Message-ID': options.messageId ?? `<reply-${Math.random().toString(36).slice(2)}@mail.example.com>`,
    ...(options.inReplyTo ? { 'In-Reply-To': options.inReplyTo, References: options.inReplyTo } : {}),
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset="utf-8"',
    ...options.headers,
  });
  return `${headers}\r\n\r\n${text}\r\n\r\nOn Mon, Mar 2, 2026 at 3:00 PM Runner-Up <drafts@runnerup.test> wrote:\r\n> Here is your draft.\r\n`;
}

/** Gmail's forwarding confirmation for `requester`. */
export function gmailConfirmation(requester: string, code = '123456789'): string {
  return [
    'From: Gmail Team <forwarding-noreply@google.com>',
    'To: followups@runnerup.test',
    `Subject: (#${code}) Gmail Forwarding Confirmation - Receive Mail from ${requester}`,
    'Date: Mon, 02 Mar 2026 14:00:00 +0000',
    'Message-ID: <confirm-1@google.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    `${requester} has requested to automatically forward mail to your email address followups@runnerup.test.`,
    `Confirmation code: ${code}`,
    '',
    `To allow ${requester} to automatically forward mail to your address, please click the link below to confirm the request:`,
    '',
    'https://mail-settings.google.com/mail/vf-%5BANGjdJ9abc%5D-xyz',
    '',
    'If you click the link and it appears to be broken, please copy and paste it into a new browser window.',
    '',
  ].join('\r\n');
}

export const bytes = (s: string) => new TextEncoder().encode(s);
