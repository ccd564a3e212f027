/** One command of the `runnerup` command line. */
export interface CliCommand {
  name: string;
  /** e.g. 'parse FILE...' */
  usage: string;
  summary: string;
  help?: string;
  /** Returns the process exit code. Writes its own output. */
  run(args: string[]): Promise<number>;
}
