import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly and fails.
export const command: CliCommand = {
  name: 'pending',
  usage: 'pending [--data-dir D] [--json]',
  summary: 'List pending follow-up steps of a local runtime',
  async run() {
    process.stderr.write('runnerup pending: not implemented yet\n');
    return 1;
  },
};
