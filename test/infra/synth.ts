import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildApp, type BuiltApp } from '../../infra/build-app.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The repo's example configuration, as ops would start from it. */
export function exampleConfig(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, 'infra/config.example.json'), 'utf8')) as Record<string, unknown>;
}

export interface Synthesized extends BuiltApp {
  readonly template: Template;
  /** Violations cdk-nag's AwsSolutions pack reports after acknowledgements. */
  readonly nagViolations: ReturnType<AwsSolutionsChecks['validateScope']>['violations'];
  /** The validation report CDK wrote into the cloud assembly during synth. */
  readonly validationReport: { pluginReports: { pluginName?: string; summary?: unknown; violations?: unknown[] }[] };
}

/**
 * Synthesizes the app with `config` given as context (no files, no credentials). Unless `bundle` is set, both
 * functions get inline code so no esbuild run is needed: the bundle has its own test.
 */
export function synth(config: Record<string, unknown>, options: { bundle?: boolean } = {}): Synthesized {
  const built = buildApp({
    env: {},
    root: ROOT,
    // The built-in CloudFormation schema validation costs ~20 s per process and is not what we test here.
    appProps: { context: { runnerup: config }, builtinCloudFormationValidation: false },
    functionCode: options.bundle ? undefined : lambda.Code.fromInline('export const handler = async () => {};'),
  });
  const assembly = built.app.synth();
  const template = Template.fromStack(built.stack);
  const nagViolations = new AwsSolutionsChecks(built.app).validateScope(built.app).violations;
  const validationReport = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as Synthesized['validationReport'];
  return { ...built, template, nagViolations, validationReport };
}

/** Resources of one type, by logical id. */
export function resourcesOf(template: Template, type: string): [string, { Properties?: Record<string, unknown>; DependsOn?: string[] }][] {
  return Object.entries(template.findResources(type)) as [string, { Properties?: Record<string, unknown>; DependsOn?: string[] }][];
}

/** The single resource of a type (fails the test when there is none or several). */
export function onlyResource(template: Template, type: string): [string, { Properties: Record<string, unknown>; DependsOn: string[] }] {
  const found = resourcesOf(template, type);
  if (found.length !== 1 || !found[0]) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  const [id, resource] = found[0];
  return [id, { Properties: resource.Properties ?? {}, DependsOn: resource.DependsOn ?? [] }];
}
