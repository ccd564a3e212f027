export interface Bench {
  run(args: string[]): Promise<number>;
}
