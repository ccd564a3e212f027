// Node 20's TextDecoder decodes "windows-1252" (and "latin1", which WHATWG maps to it) as
// ISO-8859-1, leaving C1 control characters where Outlook's curly quotes, dashes and euro
// signs were. Real text never contains C1 controls, so mapping them back is safe.
const C1_TO_CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

/** Repairs windows-1252 text that was decoded as ISO-8859-1. */
export function repairCp1252(text: string): string {
  C1.lastIndex = 0;
  if (!C1.test(text)) return text;
  return text.replace(C1, (ch) => C1_TO_CP1252[ch.charCodeAt(0) - 0x80] ?? ch);
}
