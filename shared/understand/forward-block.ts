import { MAX_LINE_CHARS } from './limits.js';

/** A forwarded header block found in a body: its fields, and where it sits. */
export interface ForwardBlock {
  fields: Record<'from' | 'date' | 'subject' | 'to' | 'cc' | 'replyTo', string>;
  /** Text above the separator / block (the forwarder's note). */
  above: string;
  /** Text below the block (the original body). */
  body: string;
}

// Header names as mail clients print them in forwarded blocks (EN, FR, DE, ES, IT, NL, PT, the Nordic
// languages, PL, ZH, HI, GA, CY, JA, AR, RO, TR).
const KEYS: Array<[keyof ForwardBlock['fields'], RegExp]> = [
  ['from', /^(from|de|von|van|da|od|fra|från|expéditeur|remitente|mittente|nadawca|afsender|avsändare|发件人|寄件者|寄件人|प्रेषक|oddi wrth|ó|lähettäjä|差出人|送信者|من|de la|kimden|gönderen|से)$/i],
  ['date', /^(date|sent|envoyé|datum|gesendet|fecha|enviado|enviada|data|inviato|verzonden|sendt|skickat|dato|wysłano|日期|发送时间|發送時間|时间|時間|भेजा गया|दिनांक|seolta|dáta|dyddiad|anfonwyd|enviada em|enviado em|enviado el|päivämäärä|päiväys|lähetetty|日付|送信日時|تاريخ الإرسال|التاريخ|أرسل|تم الإرسال|trimis|gönderildi|tarih)$/i],
  ['subject', /^(subject|objet|betreff|asunto|oggetto|onderwerp|assunto|emne|ämne|temat|主题|主旨|विषय|ábhar|pwnc|aihe|件名|الموضوع|subiect|konu)$/i],
  ['to', /^(to|à|a|an|para|aan|til|till|destinataire|destinatario|adresat|do|mottagare|收件人|प्रति|chuig|at|vastaanottaja|宛先|إلى|către|catre|kime)$/i],
  ['cc', /^(cc|cci|抄送|副本|kopio|kopia|kopi|نسخة)$/i],
  ['replyTo', /^(reply-to|répondre à|antwort an|responder a|svar til|svara till|rispondi a|antwoord aan|antwoord-naar|antwoorden aan|responder para|vastausosoite|返信先|الرد على)$/i],
];
// (Devanagari labels carry combining marks; Chinese clients write a full-width colon.)
const HEADER_LINE = /^\s*[>*\s]*([\p{L}\p{M}-]+(?:[ -][\p{L}\p{M}]+)?)\s*\*?\s*[:：]\s*\*?\s*(.*)$/u;
/**
 * The line a client prints above a forwarded message, in the languages we support ("Begin forwarded message:",
 * "Anfang der weitergeleiteten Nachricht:", "Początek przekazywanej wiadomości:"): one list, read here and by the
 * user's note (top-text.ts). A pattern source, without the colon that may follow.
 */
export const FORWARD_MARKER = String.raw`begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée]|anfang der weitergeleiteten (?:nachricht|e-mail)|inicio del mensaje reenviado|(?:början på )?vidarebefordrat (?:brev|mejl|meddelande|e-postmeddelande)|(?:begynnelsen? på |begyndelse på |start på )?videresendt (?:besked|meddelelse|melding|e-?post)|początek przekaz(?:ywa|a)nej wiadomości|inizio messaggio inoltrato|begin doorgestuurd bericht|(?:in[íi]cio|começo) da mensagem (?:re)?encaminhada|(?:开始)?转发的邮件|轉寄的郵件|välitetty viesti(?: alkaa)?|videresendt e-?post|転送されたメッセージ|الرسالة المعاد توجيهها`;
// Separator lines some clients print above the block; they are not part of the note.
const SEPARATOR = new RegExp(String.raw`^\s*(?:-{2,}.*-{2,}|_{5,}|-{5,}|(?:${FORWARD_MARKER})\s*[:：]?)\s*$`, 'i');

// A header line without its colon ("From Rebecca Sloane <rsloane@carrawaylane.com>"), under a separator line only.
const BARE_HEADER = /^\s*(From|Date|Sent|Subject|To|Cc|De|Von|Envoyé|Objet|Betreff|Asunto|Fecha|Para|À|An)\s+(\S.*)$/u;
const BARE_FROM = /^\s*(?:From|De|Von)\s[^:<]*<[^\s<>@]+@[^\s<>]+>\s*$/u;

/** A forwarded header line's label and value; without a colon only in a block that opens bare (see findForwardBlock). */
function headerLine(line: string, bare: boolean): RegExpExecArray | null {
  return HEADER_LINE.exec(line) ?? (bare ? BARE_HEADER.exec(line) : null);
}

const WRAPPED_ADDRESS = /^\s*[<\[]?(?:mailto:)?[^\s<>\[\]@]+@[^\s<>\[\]]+[>\]]?\s*$/;

function isHeader(line: string | undefined): boolean {
  const m = line !== undefined && (line.includes(':') || line.includes('：')) ? HEADER_LINE.exec(line.slice(0, MAX_LINE_CHARS)) : null;
  return !!m && !!keyOf(m[1] ?? '');
}

function keyOf(name: string): keyof ForwardBlock['fields'] | null {
  for (const [key, re] of KEYS) if (re.test(name.trim())) return key;
  return null;
}

/**
 * Finds the first forwarded header block (From/Date/Subject/To lines in any order and in the
 * common languages) in a body: a cheap line scan that handles Gmail, Outlook, Apple Mail,
 * Thunderbird and Yahoo layouts before the heavier email-forward-parser is asked.
 */
export function findForwardBlock(text: string, maxLines = 400): ForwardBlock | null {
  const lines = text.split('\n');
  // ("---------- Forwarded message ---------" over "From Rebecca Sloane <rsloane@...>", "Date Fri, Mar 18, ...": labels
  // without their colons, read only right under a separator line, with an address on the From line.)
  let bare = false;
  for (let i = 0; i < Math.min(lines.length, maxLines); i++) {
    if (bare && !SEPARATOR.test(lines[i - 1] ?? '')) bare = false;
    // (Every line is looked at: the cheap test for the address's bracket first.)
    if (!bare && (lines[i + 1] ?? '').includes('<') && BARE_FROM.test((lines[i + 1] ?? '').slice(0, MAX_LINE_CHARS)) && SEPARATOR.test(lines[i] ?? '')) bare = true;
    // A header line has a colon; most lines have none (cheaper to check than the pattern).
    if (!bare && !(lines[i] ?? '').includes(':') && !(lines[i] ?? '').includes('：')) continue;
    const first = headerLine((lines[i] ?? '').slice(0, MAX_LINE_CHARS), bare);
    if (!first || !keyOf(first[1] ?? '')) continue;
    const fields: Partial<ForwardBlock['fields']> = {};
    let j = i;
    let last = i;
    // The field the last header line set (null when it repeated one already set).
    let open: keyof ForwardBlock['fields'] | null = null;
    for (; j < Math.min(lines.length, i + 12); j++) {
      const line = (lines[j] ?? '').slice(0, MAX_LINE_CHARS);
      if (line.trim() === '') continue;
      const m = headerLine(line, bare);
      const key = m ? keyOf(m[1] ?? '') : null;
      if (!m || !key) {
        // Gmail's plain text wraps a long header line ("Subject: ... Talent" / "Community", "From: X via
        // Workable" / "<noreply@...>"): a line right under a header line that is an address, or that
        // another header line follows, goes on with it.
        if (open && last === j - 1 && (WRAPPED_ADDRESS.test(line) || isHeader(lines[j + 1]))) {
          fields[open] = `${fields[open]} ${line.trim()}`;
          last = j;
          continue;
        }
        break;
      }
      // (A second sender line after a whole block opens the next block: a forward of a forward whose inner header block
      // follows the outer one with no separator, "Von: ... Betreff: WG: ..." over "Von: ... Gesendet: ...".)
      if (key === 'from' && fields.from && Object.keys(fields).length >= 3 && (fields.subject !== undefined || fields.date !== undefined)) break;
      open = fields[key] ? null : key;
      if (!fields[key]) fields[key] = (m[2] ?? '').trim();
      last = j;
    }
    const count = Object.keys(fields).length;
    if (!fields.from || count < 3 || !(fields.subject !== undefined || fields.date !== undefined)) continue;
    let top = i;
    // Separator and blank lines above the block, quoted or not ("> Vidarebefordrat brev:", ">").
    const unquoted = (l: string) => l.replace(/^\s*(?:>\s?)+/, '');
    while (top > 0 && (unquoted(lines[top - 1] ?? '').trim() === '' || SEPARATOR.test(unquoted(lines[top - 1] ?? '')))) top--;
    return {
      fields: { from: '', date: '', subject: '', to: '', cc: '', replyTo: '', ...fields },
      above: lines.slice(0, top).join('\n'),
      body: lines.slice(last + 1).join('\n').replace(/^\s*\n/, ''),
    };
  }
  return null;
}
