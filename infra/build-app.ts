import path from 'node:path';
import { Annotations, App, Validations, type AppProps } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig, type ConfigSources, type LoadedConfig } from './load-config.js';
import { RunnerUpStack, type FunctionEntries } from './runner-up-stack.js';

export interface BuildAppOptions {
  /** Environment the CDK CLI provides (CDK_DEFAULT_REGION, CDK_DEFAULT_ACCOUNT, AWS_REGION). */
  readonly env: ConfigSources['env'];
  /** Project root: config files and function entries resolve against it. */
  readonly root: string;
  readonly appProps?: AppProps;
  /** Test-only: deploy this code instead of bundling the handlers. @default bundle the entries */
  readonly functionCode?: lambda.Code;
  /** @default functions/inbound/handler.ts and functions/follow-up/handler.ts under root */
  readonly entries?: FunctionEntries;
}

export interface BuiltApp {
  readonly app: App;
  readonly stack: RunnerUpStack;
  readonly loaded: LoadedConfig;
}

/** Builds the CDK app: validated config, the stack in the configured region, cdk-nag AwsSolutions checks. */
export function buildApp(options: BuildAppOptions): BuiltApp {
  const app = new App(options.appProps);
  const loaded = loadConfig({ context: (key) => app.node.tryGetContext(key), env: options.env, root: options.root });
  const { config } = loaded;
  const stack = new RunnerUpStack(app, config.stackName, {
    description: 'Runner-Up: the follow-up copilot for job seekers',
    env: { region: config.region, account: config.account },
    config,
    entries: options.entries ?? {
      inbound: path.join(options.root, 'functions/inbound/handler.ts'),
      followUp: path.join(options.root, 'functions/follow-up/handler.ts'),
    },
    functionCode: options.functionCode,
  });
  if (loaded.isExample) {
    Annotations.of(stack).addWarningV2(
      'runnerup:example-config',
      `Using ${loaded.source} (example.com values). Copy it to infra/config.json and edit it before deploying.`,
    );
  }
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, loaded };
}
