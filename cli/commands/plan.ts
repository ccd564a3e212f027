import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly and fails.
export const command: CliCommand = {
  name: 'plan',
  usage: 'plan FILE [--now ISO] [--tz ZONE]',
  summary: 'Print the follow-up steps an email would schedule',
  async run() {
    process.stderr.write('runnerup plan: not implemented yet\n');
    return 1;
  },
};
