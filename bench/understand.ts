import type { Bench } from './bench.js';

// Placeholder until its issue lands.
export const bench: Bench = {
  async run() {
    process.stderr.write('bench understand: not implemented yet\n');
    return 1;
  },
};
