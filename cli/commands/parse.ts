import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../command.js';
import { understand, UnreadableMailError } from '../../shared/understand/index.js';

// Field order of the public contract first; extras (cues, outer facts) after.
function line(file: string, u: Awaited<ReturnType<typeof understand>>): string {
  return JSON.stringify({
    file,
    forwardedBy: u.forwardedBy,
    kind: u.kind,
    company: u.company,
    role: u.role,
    contact: { name: u.contact.name, email: u.contact.email },
    interviewAt: u.interviewAt,
    decisionBy: u.decisionBy,
    userNote: u.userNote,
    original: { from: { name: u.original.from.name, email: u.original.from.email }, subject: u.original.subject, date: u.original.date },
    cues: u.cues,
    forwarderName: u.forwarderName,
  });
}

function reason(err: unknown): string {
  if (err instanceof UnreadableMailError) return err.message;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'The file does not exist.';
  if (code === 'EISDIR') return 'The path is a directory, not a file.';
  if (code === 'EACCES') return 'The file cannot be read (permission denied).';
  return `The file could not be understood: ${err instanceof Error ? err.message : String(err)}.`;
}

export const command: CliCommand = {
  name: 'parse',
  usage: 'parse FILE...',
  summary: 'Understand forwarded emails; one JSON line per file',
  help: [
    'Reads each .eml file and prints one JSON object per file, one per line, in order:',
    '  {"file", "forwardedBy", "kind", "company", "role", "contact": {"name", "email"}, "interviewAt",',
    '   "decisionBy", "userNote", "original": {"from", "subject", "date"}, "cues", ...}',
    'A file that is not an email prints {"file", "error"}. Exits 1 if any file failed, else 0.',
  ].join('\n'),
  async run(args) {
    const files = args.filter((a) => a !== '--');
    if (files.length === 0) {
      process.stderr.write('Usage: runnerup parse FILE...\n');
      return 2;
    }
    let failed = false;
    for (const file of files) {
      try {
        const u = await understand(await readFile(file));
        process.stdout.write(line(file, u) + '\n');
      } catch (err) {
        failed = true;
        process.stdout.write(JSON.stringify({ file, error: reason(err) }) + '\n');
      }
    }
    return failed ? 1 : 0;
  },
};
