import { FORWARD_MARKER } from './forward-block.js';
import { MAX_LINE_CHARS, MAX_NOTE_CHARS } from './limits.js';
import { SIGN_OFF, TITLE } from './person-name.js';

// Lines that open a quoted reply or a forwarded message, in the languages we support.
const QUOTE_OPENERS: RegExp[] = [
  /^\s*on\b.{0,300}\bwrote:\s*$/i,
  /^\s*le\b.{0,300}\ba [ée]crit\s*:\s*$/i,
  /^\s*am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^\s*el\b.{0,300}\bescribi[óo]\s*:\s*$/i,
  /^\s*il giorno\b.{0,300}\bha scritto\s*:\s*$/i,
  /^\s*op\b.{0,300}\bschreef\b.{0,200}:\s*$/i,
  /^\s*em\b.{0,300}\bescreveu\s*:\s*$/i,
  /^\s*>/,
  /^\s*-{2,}\s*(forwarded message|original message|mensaje (reenviado|original)|message (transf[ée]r[ée]|d'origine|original)|weitergeleitete nachricht|urspr[üu]ngliche nachricht|nachricht|messaggio (inoltrato|originale)|doorgestuurd bericht|oorspronkelijk bericht|mensagem (encaminhada|original)|przekazana wiadomo|wiadomo[śs][ćc] oryginalna|oryginalna wiadomo[śs][ćc]|videresendt|vidarebefordrat)/i,
  /^\s*-{5,}\s*$/,
  /^\s*_{10,}\s*$/,
  new RegExp(String.raw`^\s*(?:${FORWARD_MARKER})\s*[:：]?`, 'i'),
];
// All of them as one pattern: one test per line instead of nine.
const QUOTE_OPENER = new RegExp(QUOTE_OPENERS.map((re) => `(?:${re.source})`).join('|'), 'i');
// Outlook-style header block: a From line followed closely by Sent/Date/To/Subject.
// (In Dutch, the Nordic languages, Polish, Italian, Portuguese and Finnish too: "Van:", "Från:", "Fra:", "Od:", "Da:", "Lähettäjä:".)
const OUTLOOK_FROM = /^\s*\*?(from|de|von|expéditeur|van|från|fra|od|da|lähettäjä)\s*:\*?\s*\S/i;
const OUTLOOK_NEXT = /^\s*\*?(sent|date|to|subject|envoy[ée]|[àa]|objet|gesendet|datum|an|betreff|enviado|enviada|fecha|para|asunto|assunto|verzonden|aan|onderwerp|skickat|till|ämne|sendt|til|emne|wysłano|wysłane|do|temat|inviato|oggetto|lähetetty|vastaanottaja|aihe)\s*:/i;
// Signature delimiter and mobile footers: what follows is not something the user typed.
// ("Outlook für iOS beziehen<https://aka.ms/o0ukef>": the app's link may follow; "Hent Outlook til iOS", "Obter o Outlook para
// Android", "Pobierz aplikację Outlook dla systemu Android": the apps' footers in any language name the app and the phone.)
const SIGNATURE = /^\s*(--\s*|sent (from|with|via) .{1,40}|get outlook for .{1,40}|obtenir outlook pour .{1,40}|descargar outlook para .{1,40}|obtener outlook para .{1,40}|hent outlook for .{1,40}|hämta outlook för .{1,40}|gesendet (?:von|mit) .{1,40}|envoy[ée] (?:à partir de|avec) .{1,40}|baixe o outlook para .{1,40}|scarica outlook per .{1,40}|outlook für .{1,40} (?:herunterladen|beziehen)|download outlook voor .{1,40}|envoy[ée] (de|depuis) mon .{1,40}|von (?:meinem )?.{1,40} gesendet|enviado desde (?:mi )?.{1,40}|enviado do meu .{1,40}|inviato da(l)? .{1,40}|verzonden (vanaf|met|vanuit) .{1,40}|skickat från min .{1,40}|verstuurd (vanaf|met) .{1,40}|lähetetty .{1,40}(sta|stä)|.{1,20}から送信|从我的.{1,20}发送|發自我的.{1,20}|寄自我的.{1,20}|sendt fra min .{1,40}|wysłane z .{1,40}|wysłano z .{1,40}|envoy[ée] de .{1,40}|.{0,40}\b(?:outlook|yahoo mail)\b.{0,30}\b(?:ios|android|iphone|ipad)\b.{0,25})(?:\s*<https?:[^\s>]{1,80}>)?$/i;

// A place under a signed name: "Chicago, IL", "Leeds, UK".
const PLACE_LINE = /^\p{Lu}[\p{L}.' -]{1,30},\s*\p{Lu}[\p{L}]{1,20}$/u;
// A short title under a signed name ("Ing. Civil", "MSc Data Science"): a few words, no sentence.
// ("BCom/BSc, University of Auckland": degrees joined by a slash.)
const TITLE_LINE = /^\p{Lu}[\p{L}.&'’/-]*(?:\s+[\p{L}.&'’-]+){0,3}$/u;
// What a signature's other lines hold: a phone number, an address, a link.
const CONTACT_LINE = /\d{3}|\+?\d[\d\s().-]{6,}\d|@|https?:|www\.|\|/;

/** The signer's name alone on a line ("Kwame Mensah", "Kwame"), as a signature starts. */
function isNameLine(line: string, signer: string): boolean {
  // "Devon Clarke | 647-555-0119": the name, then contact details on the same line.
  const l = line.trim().toLowerCase().replace(/\s*[|–—]\s*.*$/, (rest) => (CONTACT_LINE.test(rest) ? '' : rest)).replace(/[,.]$/, '');
  const name = signer.trim().toLowerCase();
  const first = name.split(/\s+/)[0] ?? '';
  // Or its short form with kisses: "Beth x" for Bethany.
  const short = /^(\p{L}{3,})(?: x+)?$/u.exec(l)?.[1];
  // Or the full name with letters after it: "Luke Harrington, CPA", "Ayesha Khan MEng".
  const credentials = name.includes(' ') && l.startsWith(name) && /^(?:,?\s+[\p{L}.]{2,8}){1,3}$/u.test(l.slice(name.length));
  return l !== '' && (l === name || l === first || credentials || (!!short && first.startsWith(short)));
}

// A title with its firm or town after a separator ("UX Designer · Lisboa", "Principal, Menon Advisory LLC").
const TITLE_AND_PLACE = /^\p{Lu}[\p{L}.&'’/-]*(?:\s[\p{L}.&'’-]+){0,3}(?:\s?[·–—|,]\s\p{Lu}[\p{L}.&'’-]*(?:\s[\p{L}.&'’-]+){0,3})$/u;

/** The signer's full name (two words or more) alone on a line, or with letters after it ("Anita Kaur MRICS"). */
function fullName(line: string, signer: string): boolean {
  const l = line.trim().toLowerCase();
  const name = signer.trim().toLowerCase();
  return /\s/.test(name) && l.startsWith(name) && /^(?:,?\s+[\p{L}.]{2,8}){0,3}$/u.test(l.slice(name.length));
}

/** Index of the first line that starts quoted or forwarded material, or lines.length. */
export function quoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    if (QUOTE_OPENER.test(line)) return i;
    // "On Mon, 2 Mar 2026 at 10:15, Jane <jane@x.com>\nwrote:" (Gmail wraps long attributions)
    if (/^\s*(on|le|am|el)\s/i.test(line) && /^\s*(wrote|a [ée]crit|schrieb|escribi[óo])\b.{0,80}:\s*$/i.test(lines[i + 1] ?? '')) return i;
    if (OUTLOOK_FROM.test(line)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (OUTLOOK_NEXT.test(lines[j] ?? '')) return i;
    }
  }
  return lines.length;
}

/**
 * What the sender typed above any quote, forward or signature, trimmed
 * (used for reply commands such as "snooze 2w" and for the user's note on a forward).
 */
export function topText(body: string, signer: string | null = null): string {
  const lines = body.slice(0, MAX_NOTE_CHARS * 4).split(/\r?\n/);
  let kept = lines.slice(0, quoteStart(lines));
  // A mobile footer ("Get Outlook for iOS") ends what was typed.
  const footer = kept.findIndex((l) => SIGNATURE.test(l));
  if (footer >= 0) kept = kept.slice(0, footer);
  // (Blank lines at the end would hide a signature block from the checks that look at the last lines.)
  while (kept.length > 0 && !(kept[kept.length - 1] ?? '').trim()) kept.pop();
  // The sender's own signature block ("Maya Chen\nhttps://...") under a short note.
  const first = signer?.trim().toLowerCase().replace(TITLE, '').split(/\s+/)[0];
  if (first && first.length > 1) {
    // The first name or its short form ("Tom" for Tomasz, "Beth x" for Bethany) opening a short last block.
    const signs = (l: string) => {
      // ("Dr Rajesh Menon MBBS FRCA": after an honorific.)
      const w = l.trim().toLowerCase().replace(TITLE, '').split(/[\s,]+/)[0] ?? '';
      return w.length >= 3 && (w.startsWith(first) || first.startsWith(w));
    };
    const at = kept.findIndex((l, i) => i > 0 && i >= kept.length - 5 && signs(l) && l.trim().length < 80 && (kept[i - 1] ?? '').trim() === '');
    // ("Refus Kerlys.\nYanis Belkacem\nTechnicien systèmes & réseaux\n07 55 21 90 46": with no blank line, the full name, then
    // only a post, a place or contact lines; under a sign-off, the sign-off's reading below takes both.)
    const block = at > 0 ? -1 : kept.findIndex((l, i) => i > 0 && i >= kept.length - 5 && fullName(l, signer ?? '') && !SIGN_OFF.test((kept[i - 1] ?? '').trim()) && kept.slice(i + 1).every((r) => !r.trim() || CONTACT_LINE.test(r) || PLACE_LINE.test(r.trim()) || TITLE_LINE.test(r.trim()) || TITLE_AND_PLACE.test(r.trim())));
    if (at > 0) kept = kept.slice(0, at);
    else if (block > 0) kept = kept.slice(0, block);
    // Nothing typed, only the signature ("Kwame Mensah\n(646) 555-0133"): the name alone on the first line.
    // ("Mareike Jansen\nM.Sc. Accounting & Finance\n+49 171 555 3184": under the full name, a short title too.)
    else if (kept.length > 0 && kept.length <= 5 && isNameLine(kept[0] ?? '', signer ?? '') && kept.slice(1).every((l, i) => !l.trim() || CONTACT_LINE.test(l) || PLACE_LINE.test(l.trim()) || (i === 0 && fullName(kept[0] ?? '', signer ?? '') && (TITLE_LINE.test(l.trim()) || TITLE_AND_PLACE.test(l.trim()))))) kept = [];
  }
  // "Kind regards,\nEleri Morgan\n07700 900 318": a sign-off, the signer's name and contact lines end the note.
  if (signer) {
    for (let i = Math.max(0, kept.length - 6); i < kept.length; i++) {
      const m = SIGN_OFF.exec((kept[i] ?? '').trim());
      if (!m) continue;
      const rest = [m[m.length - 1] ?? '', ...kept.slice(i + 1)].map((l) => l.trim()).filter(Boolean);
      // (Under the name, contact lines or a short title: "Ing. Civil", "Chartered Accountant".)
      if (rest.length > 0 && isNameLine(rest[0] ?? '', signer) && rest.slice(1).every((l) => CONTACT_LINE.test(l) || TITLE_LINE.test(l))) {
        kept = kept.slice(0, i);
        break;
      }
    }
  }
  // "Offer from Tri-County!\nDevon", "Onwards.\n\nC": the sender's first name or initial alone on the last line.
  const end = kept.length - 1;
  const own = (l: string) => !!first && first.length > 1 && (l === first || (l.length === 1 && l === first[0]));
  // ("D.": an initial with its stop.)
  if (end >= 1 && own((kept[end] ?? '').trim().toLowerCase().replace(/^-\s*/, '').replace(/^(\p{L})\.$/u, '$1')) && kept.slice(0, end).some((l) => l.trim())) kept = kept.slice(0, end);
  // ("Kwame\n\nDr Kwame Asante RN FHEA": the first name alone over the signature is no note.)
  const typed = kept.filter((l) => l.trim());
  if (typed.length === 1 && own(typed[0]!.trim().toLowerCase())) kept = [];
  // "...\n\nGaz": a single short capitalised word closing a note after a blank line is its signature.
  const last = kept.length - 1;
  if (last >= 2 && (kept[last - 1] ?? '').trim() === '' && /^-?\s*\p{Lu}\p{Ll}{1,9}\s*x*$/u.test((kept[last] ?? '').trim()) && kept.slice(0, last - 1).some((l) => l.trim())) kept = kept.slice(0, last - 1);
  const text = kept.join('\n').trim();
  return text.slice(0, MAX_NOTE_CHARS);
}
