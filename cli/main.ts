/**
 * `runnerup <command>`: the command-line entry (npm run runnerup -- <command>, or the package bin).
 * Each command lives in cli/commands/<name>.ts and exports `command: CliCommand`.
 */
import type { CliCommand } from './command.js';
import { command as parse } from './commands/parse.js';
import { command as plan } from './commands/plan.js';
import { command as draft } from './commands/draft.js';
import { command as users } from './commands/users.js';
import { command as pending } from './commands/pending.js';
import { command as send } from './commands/send.js';

const COMMANDS: readonly CliCommand[] = [parse, plan, draft, users, pending, send];

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`);
  return ['Usage: runnerup <command> [options]', '', 'Commands:', ...lines, '', 'runnerup <command> --help shows more.'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`runnerup: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`Usage: runnerup ${cmd.usage}\n\n${cmd.help ?? cmd.summary}\n`);
    return 0;
  }
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`runnerup: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
