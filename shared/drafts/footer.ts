/** The reply commands (product.md, "Commands by reply"), as shown under every mail to the user. */
export const REPLY_COMMANDS: readonly { command: string; meaning: string }[] = [
  { command: 'stop', meaning: 'stop follow-ups for this application' },
  { command: 'stop all', meaning: 'stop all follow-ups' },
  { command: 'snooze 2w', meaning: 'pause this application (or: snooze until 2026-04-01)' },
  { command: 'hired', meaning: 'you got the job: close this application' },
  { command: 'list', meaning: 'your active applications and their next steps' },
  { command: 'timezone Europe/Berlin', meaning: 'set your time zone' },
  { command: 'help', meaning: 'this list' },
  { command: 'delete my data', meaning: 'remove everything Runner-Up keeps about you' },
];

/** First line of the footer. */
export const FOOTER_INTRO = 'Reply to this email with a command as the first word:';
/** Last line of the footer: the user is the only recipient. */
export const FOOTER_PRIVACY = 'This email went only to you. Runner-Up never writes to employers; you decide what to send.';

/** The footer as plain text. */
export function footerText(): string {
  const width = Math.max(...REPLY_COMMANDS.map((c) => c.command.length)) + 2;
  const lines = REPLY_COMMANDS.map((c) => `  ${c.command.padEnd(width)}${c.meaning}`);
  return ['-- ', FOOTER_INTRO, ...lines, '', FOOTER_PRIVACY].join('\n');
}

/** The footer as HTML (static text: nothing inbound reaches it). */
export function footerHtml(): string {
  const rows = REPLY_COMMANDS.map(
    (c) => `<tr><td style="padding:2px 12px 2px 0"><code>${c.command}</code></td><td style="padding:2px 0">${c.meaning}</td></tr>`,
  ).join('');
  return `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px"><p style="color:#555;margin:0 0 6px">${FOOTER_INTRO}</p><table style="color:#555;font-size:13px;border-collapse:collapse">${rows}</table><p style="color:#888;font-size:12px">${FOOTER_PRIVACY}</p>`;
}
