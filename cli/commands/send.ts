import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly and fails.
export const command: CliCommand = {
  name: 'send',
  usage: 'send FILE.eml [--data-dir D]',
  summary: 'Inject an email into the local runtime without SMTP',
  async run() {
    process.stderr.write('runnerup send: not implemented yet\n');
    return 1;
  },
};
