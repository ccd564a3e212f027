import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly and fails.
export const command: CliCommand = {
  name: 'users',
  usage: 'users add|remove|list',
  summary: 'Manage registered senders',
  async run() {
    process.stderr.write('runnerup users: not implemented yet\n');
    return 1;
  },
};
