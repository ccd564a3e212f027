import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly and fails.
export const command: CliCommand = {
  name: 'parse',
  usage: 'parse FILE...',
  summary: 'Understand forwarded emails; one JSON line per file',
  async run() {
    process.stderr.write('runnerup parse: not implemented yet\n');
    return 1;
  },
};
