import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import type { CliCommand } from '../command.js';
import { DEFAULT_DATA_DIR, SMTP_HOST } from '../../local/limits.js';
import { addressOf, headerBlock, headerValue } from '../../local/mail-headers.js';
import { liveRuntime } from '../../local/runtime-file.js';

const FALLBACK_SENDER = 'someone@localhost';

/** The envelope sender for a file: --from, else the address of its From header. */
function senderOf(raw: Uint8Array, from: string | undefined): string {
  return from ?? addressOf(headerValue(headerBlock(raw), 'from')) ?? FALLBACK_SENDER;
}

/** Hands the files to the runtime running on the data dir, over its SMTP port. */
async function viaSmtp(files: { path: string; raw: Uint8Array }[], port: number, to: string, from?: string): Promise<number> {
  const transport = nodemailer.createTransport({ host: SMTP_HOST, port, secure: false, ignoreTLS: true });
  let failures = 0;
  try {
    for (const { path, raw } of files) {
      try {
        const info = await transport.sendMail({ envelope: { from: senderOf(raw, from), to: [to] }, raw: Buffer.from(raw) });
        process.stdout.write(`${path}: handed to the running runtime (smtp://${SMTP_HOST}:${port}): ${info.response}\n`);
      } catch (err) {
        failures += 1;
        process.stderr.write(`${path}: refused: ${(err as { response?: string }).response ?? String(err)}\n`);
      }
    }
  } finally {
    transport.close();
  }
  return failures === 0 ? 0 : 1;
}

/** No runtime on the data dir: run receive in this process on the same data dir, then exit. */
async function inProcess(files: { path: string; raw: Uint8Array }[], dataDir: string, from?: string): Promise<number> {
  // The pinned SDK warns about Node versions of 2027; irrelevant to a one-shot local command.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { startLocalRuntime } = await import('../../local/runtime.js');
  const print = (line: string) => process.stdout.write(line + '\n');
  const runtime = await startLocalRuntime({
    dataDir, smtpPort: null, fireDue: false, print,
    onReceived: (id, result) => print(`${id}: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}${result.kind ? `, ${result.kind}` : ''}; scheduled ${result.scheduled.map((s) => s.step).join(', ') || 'nothing'}`),
  });
  let failures = 0;
  try {
    for (const { path, raw } of files) {
      const sender = senderOf(raw, from);
      if (!(await runtime.acceptsSender(sender))) {
        failures += 1;
        process.stderr.write(`${path}: refused: ${sender} is not a registered sender of ${runtime.dataDir}\n`);
        continue;
      }
      const id = await runtime.inject(raw, { mailFrom: sender, recipients: [runtime.address] });
      print(`${path}: accepted as ${id}`);
    }
    await runtime.idle();
  } finally {
    await runtime.stop();
  }
  return failures === 0 ? 0 : 1;
}

export const command: CliCommand = {
  name: 'send',
  usage: 'send FILE.eml... [--data-dir D] [--from ADDRESS]',
  summary: 'Inject an email into the local runtime without SMTP',
  help: `Delivers .eml files to the local runtime of a data dir (default ${DEFAULT_DATA_DIR}/), as if forwarded to it.
If npm start is running on that data dir, the files are handed to it over SMTP; otherwise they are
processed in this process on the same data dir (drafts due now land in D/outbox/) and it exits.
The envelope sender is --from, else the address in the file's From header.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, options: { 'data-dir': { type: 'string' }, from: { type: 'string' } },
    });
    if (positionals.length === 0) {
      process.stderr.write('runnerup send: give at least one .eml file\n');
      return 2;
    }
    const files = await Promise.all(positionals.map(async (path) => ({ path, raw: new Uint8Array(await readFile(path)) })));
    const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
    const running = await liveRuntime(dataDir);
    if (running) return viaSmtp(files, running.smtpPort, running.address, values.from);
    return inProcess(files, dataDir, values.from);
  },
};
