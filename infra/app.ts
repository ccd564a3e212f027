/**
 * The CDK app (cdk.json "app"). Configuration: infra/config.json, or see docs/deploy.md.
 * Reading process.env here only: this is the entry point's configuration edge.
 */
import { ConfigError } from './config.js';
import { buildApp } from './build-app.js';

try {
  const { app } = buildApp({ env: process.env, root: process.cwd() });
  app.synth();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
