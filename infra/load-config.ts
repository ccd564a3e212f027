import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig, type RunnerUpConfig } from './config.js';

/** Context key holding the whole configuration inline (cdk.json "context" or `-c`). */
export const CONFIG_CONTEXT_KEY = 'runnerup';
/** Context key naming a configuration file, relative to the project root. */
export const CONFIG_FILE_CONTEXT_KEY = 'runnerup:configFile';
export const DEFAULT_CONFIG_FILE = 'infra/config.json';
export const EXAMPLE_CONFIG_FILE = 'infra/config.example.json';

export interface ConfigSources {
  /** Reads a CDK context value (app.node.tryGetContext). */
  readonly context: (key: string) => unknown;
  /** CDK_DEFAULT_REGION / AWS_REGION / CDK_DEFAULT_ACCOUNT as the CDK CLI sets them. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Project root that relative file names resolve against. */
  readonly root: string;
}

export interface LoadedConfig {
  readonly config: RunnerUpConfig;
  readonly source: string;
  /** True when no configuration was given and the repo's example was used (fine for synth, not for deploy). */
  readonly isExample: boolean;
}

/**
 * Finds the configuration, first match wins: context `runnerup` (an object), context
 * `runnerup:configFile` (a path), `infra/config.json`, then `infra/config.example.json`.
 * Region and account fall back to the CDK CLI's environment when the file leaves them out.
 */
export function loadConfig(sources: ConfigSources): LoadedConfig {
  const inline = sources.context(CONFIG_CONTEXT_KEY);
  const named = sources.context(CONFIG_FILE_CONTEXT_KEY);
  let raw: unknown;
  let source: string;
  let isExample = false;
  if (inline !== undefined) {
    raw = typeof inline === 'string' ? parseJson(inline, `context "${CONFIG_CONTEXT_KEY}"`) : inline;
    source = `context "${CONFIG_CONTEXT_KEY}"`;
  } else {
    const file = typeof named === 'string' ? named : existsSync(path.resolve(sources.root, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : EXAMPLE_CONFIG_FILE;
    isExample = file === EXAMPLE_CONFIG_FILE;
    source = file;
    const full = path.resolve(sources.root, file);
    if (!existsSync(full)) throw new ConfigError(source, [`file not found: ${full}`]);
    raw = parseJson(readFileSync(full, 'utf8'), source);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(source, ['(root): must be a JSON object']);
  const withEnv: Record<string, unknown> = { ...raw };
  const region = sources.env.CDK_DEFAULT_REGION ?? sources.env.AWS_REGION;
  if (withEnv.region === undefined && region) withEnv.region = region;
  if (withEnv.account === undefined && sources.env.CDK_DEFAULT_ACCOUNT) withEnv.account = sources.env.CDK_DEFAULT_ACCOUNT;
  return { config: parseConfig(withEnv, source), source, isExample };
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(source, [`(root): not valid JSON (${err instanceof Error ? err.message : String(err)})`]);
  }
}
