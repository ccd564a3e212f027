import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly and fails.
export const command: CliCommand = {
  name: 'draft',
  usage: 'draft FILE --step STEP [--now ISO] [--tz ZONE]',
  summary: 'Print the email a step would send to the user',
  async run() {
    process.stderr.write('runnerup draft: not implemented yet\n');
    return 1;
  },
};
