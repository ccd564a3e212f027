import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app.js';
import { ConfigError, parseConfig } from '../../infra/config.js';
import { loadConfig } from '../../infra/load-config.js';
import { inboundSmtpEndpoint, SES_RECEIVING_REGIONS, UnsupportedReceivingRegionError } from '../../infra/ses-receiving-regions.js';
import { exampleConfig, ROOT } from './synth.js';

const CDK = { timeout: 60_000 };

function problemsOf(raw: unknown): string[] {
  try {
    parseConfig(raw, 'test');
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

function without(key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = exampleConfig();
  return rest;
}

describe('configuration', () => {
  it('accepts the example in the repo and fills documented defaults', () => {
    const config = parseConfig(exampleConfig(), 'example');
    expect(config).toMatchObject({ stackName: 'RunnerUp', region: 'eu-west-1', receiptRuleSet: { mode: 'create-inactive' } });
    expect(parseConfig(without('logLevel'), 'x').logLevel).toBe('INFO');
    expect(parseConfig(without('dailySendCap'), 'x').dailySendCap).toBe(50);
  });

  it.each(['mailDomain', 'inboundAddress', 'fromAddress', 'retentionDays', 'receiptRuleSet', 'region'])('names %s when it is missing', (key) => {
    expect(problemsOf(without(key))).toContain(`${key}: is required`);
  });

  it.each([
    ['inboundAddress', 'not-an-address', 'inboundAddress'],
    ['fromAddress', 'runner-up@elsewhere.org', 'fromAddress'],
    ['inboundAddress', 'followups@other.example.com', 'inboundAddress'],
    ['mailDomain', 'Mail Example', 'mailDomain'],
    ['retentionDays', 0, 'retentionDays'],
    ['retentionDays', 1.5, 'retentionDays'],
    ['logRetentionDays', 10, 'logRetentionDays'],
    ['alarmEmail', 'ops', 'alarmEmail'],
    ['receiptRuleSet', { mode: 'activate-please' }, 'receiptRuleSet.mode'],
    ['receiptRuleSet', { mode: 'existing' }, 'receiptRuleSet.name'],
    ['hostedZone', { hostedZoneId: 'Z123', zoneName: 'unrelated.org' }, 'hostedZone.zoneName'],
    ['retentionDayz', 30, '(root)'],
  ])('names the field when %s is %j', (key, value, field) => {
    const problems = problemsOf({ ...exampleConfig(), [key]: value });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(`${field}:`))).toBe(true);
  });

  it('rejects a region where SES cannot receive mail, naming the region field and the allowed list', () => {
    const [problem] = problemsOf({ ...exampleConfig(), region: 'eu-south-1' });
    expect(problem).toMatch(/^region: SES cannot receive email there; use one of .*eu-west-1/);
  });
});

describe('SES receiving regions', () => {
  it('maps a receiving region to its inbound SMTP endpoint and refuses others', () => {
    expect(inboundSmtpEndpoint('eu-west-1')).toBe('inbound-smtp.eu-west-1.amazonaws.com');
    expect(() => inboundSmtpEndpoint('ap-south-1')).toThrow(UnsupportedReceivingRegionError);
    expect(SES_RECEIVING_REGIONS).toContain('us-east-1');
  });
});

describe('loading', () => {
  function tempRoot(files: Record<string, unknown>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'runnerup-config-'));
    mkdirSync(path.join(root, 'infra'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), JSON.stringify(content));
    return root;
  }

  it('prefers infra/config.json over the example and takes the region from the CDK environment when the file omits it', () => {
    const { region: _region, ...noRegion } = exampleConfig();
    const root = tempRoot({ 'infra/config.json': { ...noRegion, retentionDays: 9 }, 'infra/config.example.json': exampleConfig() });
    const loaded = loadConfig({ context: () => undefined, env: { CDK_DEFAULT_REGION: 'us-west-2', CDK_DEFAULT_ACCOUNT: '123456789012' }, root });
    expect(loaded).toMatchObject({ source: 'infra/config.json', isExample: false, config: { retentionDays: 9, region: 'us-west-2', account: '123456789012' } });
  });

  it('falls back to the example (flagged) and uses inline context above any file', () => {
    const root = tempRoot({ 'infra/config.example.json': exampleConfig() });
    expect(loadConfig({ context: () => undefined, env: {}, root }).isExample).toBe(true);
    const inline = loadConfig({ context: (k) => (k === 'runnerup' ? { ...exampleConfig(), retentionDays: 3 } : undefined), env: {}, root });
    expect(inline).toMatchObject({ isExample: false, config: { retentionDays: 3 } });
  });

  it('requires an explicit region when neither the file nor the environment gives one', () => {
    const { region: _region, ...noRegion } = exampleConfig();
    const root = tempRoot({ 'infra/config.json': noRegion });
    expect(() => loadConfig({ context: () => undefined, env: {}, root })).toThrow(/region: is required/);
  });

  it('checks the region the CDK environment supplies as strictly as one in the file', () => {
    const { region: _region, ...noRegion } = exampleConfig();
    const root = tempRoot({ 'infra/config.json': noRegion });
    expect(() => loadConfig({ context: () => undefined, env: { AWS_REGION: 'eu-south-1' }, root })).toThrow(/region: SES cannot receive email there/);
  });

  it('names a missing or unreadable file', () => {
    const root = tempRoot({});
    expect(() => loadConfig({ context: (k) => (k === 'runnerup:configFile' ? 'ops/prod.json' : undefined), env: {}, root })).toThrow(/file not found: .*ops\/prod\.json/);
    writeFileSync(path.join(root, 'infra/config.json'), '{ nope');
    expect(() => loadConfig({ context: () => undefined, env: {}, root })).toThrow(/infra\/config\.json.*not valid JSON/s);
  });
});

describe('synth with a bad configuration', () => {
  it('fails before any resource is built, naming each bad field', CDK, () => {
    const build = () =>
      buildApp({
        env: {},
        root: ROOT,
        appProps: { context: { runnerup: { ...exampleConfig(), mailDomain: undefined, region: 'sa-east-1' } }, builtinCloudFormationValidation: false },
        functionCode: lambda.Code.fromInline('export const handler = async () => {};'),
      });
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(/mailDomain: is required/);
    expect(build).toThrow(/region: SES cannot receive email there/);
  });
});
