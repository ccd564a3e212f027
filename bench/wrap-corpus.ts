/**
 * `npx tsx bench/wrap-corpus.ts OUT [DIR]`: writes a copy of every .eml under DIR (default: the fixtures)
 * wrapped the way mail clients send it, for `npm run bench -- understand --corpus OUT`. The fixtures are
 * written lean (mostly one text part, 4 KB on average); real mail also carries an HTML twin of the text
 * (Outlook-style, with its style block) and an inline logo in a multipart/related. The understanding
 * must not change (check with `npm run runnerup -- parse`); only the MIME bulk around it does, which
 * shows how the ratio against postal-mime depends on message size. Measurement aid, not a fixture.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A fixed "logo" (9 KB of base64 lines): deterministic, so runs compare.
const LOGO = Buffer.from(Array.from({ length: 9_000 }, (_, i) => (i * 7919) % 251)).toString('base64').replace(/.{76}/g, '$&\r\n');
const STYLE = `<style>${Array.from({ length: 120 }, (_, i) => `p.MsoNormal${i}, li.MsoNormal${i} { margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; }`).join('\n')}</style>`;
const LOGO_PART = ['Content-Type: image/png; name="logo.png"', 'Content-ID: <logo@runnerup.bench>', 'Content-Disposition: inline; filename="logo.png"', 'Content-Transfer-Encoding: base64', '', LOGO];

function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return emlFiles(p);
      return name.endsWith('.eml') ? [p] : [];
    });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The message with its top-level entity put inside a multipart/related beside an inline logo (and an HTML twin for plain text). */
export function wrap(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split);
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const contentType = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im.exec(head)?.[0] ?? 'Content-Type: text/plain; charset=utf-8';
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1] ?? '7bit';
  const headers = head
    .split(/\r?\n(?![ \t])/)
    .filter((h) => !/^(content-type|content-transfer-encoding|mime-version):/i.test(h))
    .join('\r\n');
  const entity = [contentType, `Content-Transfer-Encoding: ${encoding}`, '', body];
  const plain = /^content-type:\s*text\/plain/im.test(head) || !/^content-type:/im.test(head);
  const inner = plain
    ? [
        'Content-Type: multipart/alternative; boundary="ALT"',
        '',
        '--ALT',
        ...entity,
        '--ALT',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        `<html><head><meta charset="utf-8">${STYLE}</head><body lang="EN-US"><div class="WordSection1">` +
          body.split(/\r?\n/).map((l) => `<p class="MsoNormal"><span style="font-size:11.0pt">${escapeHtml(l) || '&nbsp;'}</span></p>`).join('\r\n') +
          '<p><img src="cid:logo@runnerup.bench" width="120" height="40"></p></div></body></html>',
        '--ALT--',
      ]
    : entity;
  return [headers, 'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="REL"', '', '--REL', ...inner, '--REL', ...LOGO_PART, '--REL--', ''].join('\r\n');
}

const [out, dir = 'test/fixtures/emails'] = process.argv.slice(2);
if (!out) {
  process.stderr.write('Usage: npx tsx bench/wrap-corpus.ts OUT [DIR]\n');
  process.exitCode = 2;
} else {
  mkdirSync(out, { recursive: true });
  const files = emlFiles(dir);
  files.forEach((f, i) => writeFileSync(join(out, `${String(i).padStart(3, '0')}.eml`), Buffer.from(wrap(readFileSync(f, 'latin1')), 'latin1')));
  process.stdout.write(`wrote ${files.length} wrapped messages to ${out}\n`);
}
