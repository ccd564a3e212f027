/**
 * `npm run bench -- local [--count N] [--connections C] [--json]`: starts a local runtime on a temp
 * data dir, sends N forwarded rejections concurrently over SMTP (C pooled connections, 20 users),
 * and reports accepted emails/s, acceptance → first draft latency (p50, p99), and whether every
 * email produced exactly its one immediate draft (a rejection-reply, sent right away because each
 * user's Date header puts them at midday).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import type { Bench } from './bench.js';
import { createConsoleLogger } from '../local/console-logger.js';
import { startLocalRuntime } from '../local/runtime.js';
import { FsRawMailStore } from '../local/fs-raw-mail-store.js';
import { InboundQueue } from '../local/inbound-queue.js';
import { startSmtpInbound } from '../local/smtp-inbound.js';
import { middayOffsetHours, rejectionMail } from '../test/local/mails.js';

const USERS = 20;
const DRAIN_TIMEOUT_MS = 300_000;

function companyOf(i: number): string {
  // Letters only: the extractor reads names, and digits would make them look like references.
  let n = i;
  let name = '';
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `Zq${name} Labs`;
}

/**
 * Baseline measured in the same run: the SMTP listener and the durable queue alone (raw mail and
 * marker fsynced before 250), with no workflow behind them. The full runtime is reported against it.
 */
async function ingestOnly(mails: { user: string; raw: string }[], connections: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'runnerup-bench-ingest-'));
  const logger = createConsoleLogger('error');
  const queue = new InboundQueue({
    dir: join(dir, 'inbox'), failedDir: join(dir, 'failed'), rawMail: new FsRawMailStore(join(dir, 'raw')),
    rawKey: (id) => id, logger, process: async () => undefined,
  });
  const smtp = await startSmtpInbound({
    host: '127.0.0.1', port: 0, addresses: ['followups@localhost'], logger,
    isAllowedSender: async () => true, accept: (raw, envelope) => queue.accept(raw, envelope),
  });
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: connections, maxMessages: Infinity });
  const t0 = performance.now();
  let accepted = 0;
  await Promise.all(mails.map((m) => transport.sendMail({ envelope: { from: m.user, to: ['followups@localhost'] }, raw: m.raw }).then(() => void (accepted += 1), () => undefined)));
  const perSecond = accepted / ((performance.now() - t0) / 1000);
  transport.close();
  await smtp.close();
  await queue.close();
  await rm(dir, { recursive: true, force: true });
  return Math.round(perSecond);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const bench: Bench = {
  async run(args) {
    const { values } = parseArgs({ args, options: { count: { type: 'string' }, connections: { type: 'string' }, json: { type: 'boolean' } } });
    const count = Number(values.count ?? 500);
    const connections = Number(values.connections ?? 20);
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(connections) || connections < 1) {
      process.stderr.write('bench local: --count and --connections must be positive integers\n');
      return 2;
    }
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const offset = middayOffsetHours();
    const mails = Array.from({ length: count }, (_, i) => {
      const user = `bench${i % USERS}@example.com`;
      return { user, company: companyOf(i), raw: rejectionMail({ user, company: companyOf(i), role: 'Engineer', offsetHours: offset }) };
    });
    const baseline = await ingestOnly(mails, connections);
    const dataDir = await mkdtemp(join(tmpdir(), 'runnerup-bench-'));
    const drafts = new Map<string, { step: string; at: number }[]>();
    const runtime = await startLocalRuntime({
      dataDir,
      smtpPort: 0,
      logger: createConsoleLogger('error'),
      print: (line) => {
        const m = /^draft (\S+) → \S+ \((.*)\) at /.exec(line);
        if (!m) return;
        const list = drafts.get(m[2]!) ?? [];
        list.push({ step: m[1]!, at: performance.now() });
        drafts.set(m[2]!, list);
      },
    });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: runtime.smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: connections, maxMessages: Infinity });
    const acceptedAt = new Map<string, number>();
    let refused = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      mails.map((m) =>
        transport.sendMail({ envelope: { from: m.user, to: [runtime.address] }, raw: m.raw }).then(
          () => void acceptedAt.set(m.company, performance.now()),
          () => void (refused += 1),
        ),
      ),
    );
    const acceptSeconds = (performance.now() - t0) / 1000;
    transport.close();
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (Date.now() < deadline && [...acceptedAt.keys()].some((c) => !drafts.has(c))) await new Promise((r) => setTimeout(r, 50));
    await runtime.idle();
    const allSeconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await runtime.stop();
    await rm(dataDir, { recursive: true, force: true });

    const latencies: number[] = [];
    let lost = 0;
    let doubled = 0;
    let wrong = 0;
    for (const m of mails) {
      const accepted = acceptedAt.get(m.company);
      if (accepted === undefined) continue;
      const got = drafts.get(m.company) ?? [];
      if (got.length === 0) lost += 1;
      if (got.length > 1) doubled += 1;
      if (got.some((d) => d.step !== 'rejection-reply')) wrong += 1;
      if (got[0]) latencies.push(got[0].at - accepted);
    }
    latencies.sort((a, b) => a - b);
    const result = {
      emails: count,
      accepted: acceptedAt.size,
      refused,
      connections,
      acceptedPerSecond: Math.round(acceptedAt.size / acceptSeconds),
      ingestOnlyPerSecond: baseline,
      processedPerSecond: Math.round(acceptedAt.size / allSeconds),
      firstDraftMs: { p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)) },
      // CPU of the whole process (SMTP client included, all threads), per email: meaningful on a busy machine.
      cpuMsPerEmail: Math.round((cpu.user + cpu.system) / 1000 / count),
      lost,
      doubled,
      unexpectedDrafts: wrong,
    };
    if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
    else {
      process.stdout.write(
        `local runtime: ${result.accepted}/${count} emails accepted over SMTP (${connections} connections) in ${acceptSeconds.toFixed(2)} s = ${result.acceptedPerSecond} emails/s\n` +
          `baseline, SMTP + durable queue without the workflow: ${baseline} emails/s (runtime at ${(result.acceptedPerSecond / baseline).toFixed(2)}× of it)\n` +
          `all processed in ${allSeconds.toFixed(2)} s = ${result.processedPerSecond} emails/s\n` +
          `CPU per email (client + runtime, all threads): ${result.cpuMsPerEmail} ms\n` +
          `acceptance → first draft: p50 ${result.firstDraftMs.p50} ms, p99 ${result.firstDraftMs.p99} ms\n` +
          `immediate drafts: lost ${lost}, doubled ${doubled}, unexpected ${wrong}${refused ? `, refused ${refused}` : ''}\n`,
      );
    }
    return lost === 0 && doubled === 0 && wrong === 0 && refused === 0 ? 0 : 1;
  },
};
