import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../shared/ports/index.js';
import { fire, receive, workflowConfig, type ReceiveResult, type WorkflowDeps } from '../shared/workflow/index.js';
import { readSavedClock, saveClock } from './clock-file.js';
import { createConsoleLogger } from './console-logger.js';
import { startLocalDynamo, type LocalDynamo } from './dynalite-server.js';
import { FsRawMailStore } from './fs-raw-mail-store.js';
import { InboundQueue, type Envelope } from './inbound-queue.js';
import { DEFAULT_ADDRESS, DEFAULT_SMTP_PORT, SMTP_HOST, TABLE_NAME } from './limits.js';
import { LocalScheduler } from './local-scheduler.js';
import { LocalUsers } from './local-users.js';
import { CachedUserDirectory } from './cached-users.js';
import { OutboxMailer, type Relay } from './outbox-mailer.js';
import { liveRuntime, removeRuntimeInfo, writeRuntimeInfo } from './runtime-file.js';
import { schedulesPath } from './schedule-file.js';
import { startSmtpInbound, type SmtpInbound } from './smtp-inbound.js';
import { createSmtpRelay } from './smtp-relay.js';
import { VirtualClock } from './virtual-clock.js';

export interface LocalRuntimeOptions {
  dataDir: string;
  /** Default 2525; 0 picks a free port; null runs without SMTP (runnerup send). */
  smtpPort?: number | null;
  address?: string;
  allow?: readonly string[];
  speed?: number;
  relay?: string;
  /** False: record schedules but fire nothing (runnerup send's one-shot run). Default true. */
  fireDue?: boolean;
  logger?: Logger;
  /** Terminal lines (sent drafts); silent when absent. */
  print?: (line: string) => void;
  /** Called after each inbound mail was processed (its workflow result). */
  onReceived?: (messageId: string, result: ReceiveResult) => void;
}

export interface LocalRuntime {
  /** The actual port (0 when running without SMTP). */
  smtpPort: number;
  smtpUrl: string;
  dataDir: string;
  address: string;
  /** 'open' when any loopback sender is accepted (no users.json, no --allow). */
  senders: 'allow-list' | 'open';
  /** Messages accepted in a previous run and requeued now. */
  recovered: number;
  clock: VirtualClock;
  scheduler: LocalScheduler;
  /** Whether mail from this envelope sender is accepted (the same check as SMTP MAIL FROM). */
  acceptsSender(email: string): Promise<boolean>;
  /** Keeps and queues a raw mail exactly as an SMTP acceptance does; resolves with its id. */
  inject(raw: Uint8Array, envelope: Envelope): Promise<string>;
  /** Resolves when every accepted mail has been processed. */
  idle(): Promise<void>;
  /** Stops accepting mail, drains the queue, stops the scheduler, closes the store. */
  stop(): Promise<void>;
}

export class RuntimeAlreadyRunningError extends Error {
  constructor(dataDir: string, pid: number) {
    super(`a Runner-Up runtime (pid ${pid}) is already running on ${dataDir}`);
    this.name = 'RuntimeAlreadyRunningError';
  }
}

const CLOCK_SAVE_MS = 1_000;

/**
 * The address drafts come from. The draft renderer only accepts dotted domains, so the default
 * `followups@localhost` sends as `followups@localhost.localdomain`; the listener accepts both, so
 * replies to drafts come back either way.
 */
export function sendingAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return address.slice(at + 1).includes('.') ? address : `${address}.localdomain`;
}

/** Starts the whole product on this machine: the same use cases as the Lambdas, on embedded adapters. */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const dataDir = resolve(options.dataDir);
  const address = options.address ?? DEFAULT_ADDRESS;
  const logger = options.logger ?? createConsoleLogger('silent');
  await mkdir(dataDir, { recursive: true });
  const running = await liveRuntime(dataDir);
  if (running) throw new RuntimeAlreadyRunningError(dataDir, running.pid);

  const saved = await readSavedClock(dataDir);
  const clock = new VirtualClock({ speed: options.speed ?? 1, start: new Date(Math.max(Date.now(), saved?.getTime() ?? 0)) });
  const relay = options.relay ? createSmtpRelay(options.relay) : undefined;
  const dynamo = await startLocalDynamo({ dir: join(dataDir, 'dynamodb'), tableName: TABLE_NAME, clock }).catch((err: unknown) => {
    relay?.close();
    throw err;
  });
  try {
    return await wire({ ...options, dataDir, address, logger }, clock, dynamo, relay);
  } catch (err) {
    relay?.close();
    await dynamo.stop().catch(() => undefined);
    throw err;
  }
}

type Resolved = LocalRuntimeOptions & { dataDir: string; address: string; logger: Logger };

async function wire(options: Resolved, clock: VirtualClock, dynamo: LocalDynamo, relay: (Relay & { close(): void }) | undefined): Promise<LocalRuntime> {
  const { dataDir, address, logger } = options;
  const fromAddress = sendingAddress(address);
  const config = workflowConfig({ fromAddress, inboundAddress: address, requireAuthentication: false });
  const rawMail = new FsRawMailStore(join(dataDir, 'raw'));
  const mailer = new OutboxMailer({ dir: join(dataDir, 'outbox'), from: address, clock, logger, print: options.print, relay });
  let deps: WorkflowDeps | undefined;
  const scheduler = await LocalScheduler.open({
    file: schedulesPath(dataDir),
    clock,
    logger,
    fire: async (payload) => {
      const result = await fire(payload, deps!);
      logger.debug('fired', { step: payload.step, application: payload.application, outcome: result.outcome, reason: result.reason });
    },
  });
  const directory = new CachedUserDirectory(dynamo.store);
  deps = {
    store: dynamo.store, users: directory, rawMail, scheduler, mailer, clock, logger, config,
    ids: { next: () => randomBytes(12).toString('base64url') },
  };
  const users = new LocalUsers({ dataDir, allow: options.allow ?? [], directory, logger });
  let smtp: SmtpInbound | null = null;
  const queue = new InboundQueue({
    dir: join(dataDir, 'inbox'),
    failedDir: join(dataDir, 'failed'),
    rawMail,
    rawKey: (id) => config.rawMailPrefix + id,
    logger,
    arriving: () => (smtp?.transactions ?? 0) > 0,
    process: async (item, raw) => {
      await users.registerSender(raw, item.envelope);
      const result = await receive({ messageId: item.messageId, raw, rawAlreadyStored: true, envelope: item.envelope }, deps!);
      logger.debug('received', { messageId: item.messageId, outcome: result.outcome, reason: result.reason, kind: result.kind, sent: result.sent.map((s) => s.what) });
      options.onReceived?.(item.messageId, result);
    },
  });

  const senders = await users.mode();
  const recovered = await queue.recover();
  if (options.fireDue !== false) scheduler.start();
  try {
    if (options.smtpPort !== null) {
      smtp = await startSmtpInbound({
        host: SMTP_HOST,
        port: options.smtpPort ?? DEFAULT_SMTP_PORT,
        addresses: [address, fromAddress],
        logger,
        isAllowedSender: (email) => users.isAllowedSender(email),
        accept: (raw, envelope) => queue.accept(raw, envelope),
        onQuiet: () => queue.nudge(),
      });
      await writeRuntimeInfo(dataDir, { pid: process.pid, smtpPort: smtp.port, address, startedAt: new Date().toISOString() });
    }
  } catch (err) {
    await smtp?.close();
    await queue.close();
    await scheduler.stop();
    throw err;
  }
  const clockTimer = setInterval(() => void saveClock(dataDir, clock.now()).catch(() => undefined), CLOCK_SAVE_MS);
  clockTimer.unref();

  const stop = async () => {
    if (smtp) await smtp.close();
    await queue.close();
    await scheduler.stop();
    clearInterval(clockTimer);
    await saveClock(dataDir, clock.now());
    await dynamo.stop();
    relay?.close();
    if (smtp) await removeRuntimeInfo(dataDir);
  };
  let stopping: Promise<void> | null = null;
  const smtpPort = smtp?.port ?? 0;
  return {
    smtpPort,
    smtpUrl: `smtp://${SMTP_HOST}:${smtpPort}`,
    dataDir,
    address,
    senders,
    recovered,
    clock,
    scheduler,
    acceptsSender: (email) => users.isAllowedSender(email),
    inject: (raw, envelope) => queue.accept(raw, envelope),
    idle: () => queue.idle(),
    stop: () => (stopping ??= stop()),
  };
}
