import type { OuterMessage } from '../domain/types.js';
import { headerValue, type MimeMessage } from './mime-message.js';
import { topText } from './top-text.js';

const MSG_ID = /<[^<>\s]+>/g;

/** Header facts of the message as it reached us, plus what its sender typed at the top. */
export function outerMessage(msg: MimeMessage): OuterMessage {
  const rp = msg.returnPath;
  return {
    from: { name: msg.from?.name?.trim() || null, email: msg.from?.address?.toLowerCase() || null },
    to: msg.to.map((a) => a.address.toLowerCase()).filter(Boolean),
    subject: msg.subject,
    date: msg.date,
    dateOffsetMinutes: msg.dateOffsetMinutes,
    messageId: msg.messageId,
    inReplyTo: msg.inReplyTo,
    references: msg.references?.match(MSG_ID) ?? [],
    autoSubmitted: headerValue(msg, 'auto-submitted'),
    precedence: headerValue(msg, 'precedence'),
    listId: headerValue(msg, 'list-id'),
    // The null reverse path `<>` marks bounces and other automatic mail: keep it as ''.
    returnPath: rp === null ? null : rp.replace(/^<\s*|\s*>$/g, '').trim(),
    contentType: msg.contentType,
    runnerupStep: headerValue(msg, 'x-runnerup-step'),
    topText: topText(msg.text),
  };
}
