/**
 * `npm start`: the whole product on this machine (issue 6). Parses the options, starts the local
 * runtime, prints where it listens, and shuts down cleanly on SIGINT/SIGTERM (accepted mail is
 * processed or stays queued on disk for the next start).
 */
import { createConsoleLogger } from './console-logger.js';
import { LOCAL_USAGE, LocalOptionsError, parseLocalOptions } from './options.js';
import { startLocalRuntime } from './runtime.js';

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseLocalOptions(argv);
  } catch (err) {
    if (!(err instanceof LocalOptionsError)) throw err;
    process.stderr.write(`runnerup start: ${err.message}\n\n${LOCAL_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(LOCAL_USAGE + '\n');
    return 0;
  }
  // The pinned AWS SDK warns about Node versions it will drop in 2027: noise for a local demo.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const out = (line: string) => process.stdout.write(line + '\n');
  const logger = createConsoleLogger(options.logLevel);
  const runtime = await startLocalRuntime({
    ...options,
    logger,
    print: out,
    onReceived: (id, r) => {
      const what = [r.kind, r.command && `command ${r.command}`, r.reason].filter(Boolean).join(', ');
      const scheduled = r.scheduled.length ? `; scheduled ${r.scheduled.map((s) => s.step).join(', ')}` : '';
      const cancelled = r.cancelled.length ? `; cancelled ${r.cancelled.map((s) => s.step).join(', ')}` : '';
      out(`mail ${id} from ${r.user ?? 'unknown sender'}: ${r.outcome}${what ? ` (${what})` : ''}${scheduled}${cancelled}`);
    },
  });

  const speed = runtime.clock.speed === 1 ? '' : `, clock ×${runtime.clock.speed}`;
  out(`Runner-Up listening on ${runtime.smtpUrl} for ${runtime.address} (data dir ${runtime.dataDir}${speed})`);
  if (runtime.senders === 'open') {
    out('WARNING: no users.json and no --allow: accepting mail from ANY sender on loopback and registering it on its first mail.');
  }
  if (runtime.recovered > 0) out(`Requeued ${runtime.recovered} accepted email(s) from the previous run.`);
  out(`Drafts go to ${runtime.dataDir}/outbox/. Try: npm run runnerup -- send samples/rejection.eml --data-dir ${runtime.dataDir}`);

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      process.removeAllListeners('SIGINT');
      process.removeAllListeners('SIGTERM');
      // A second signal while draining means "now": exit without waiting.
      const force = () => process.exit(130);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      out(`${signal}: shutting down (draining accepted mail)...`);
      runtime.stop().then(resolve, (err: unknown) => {
        logger.error('shutdown failed', { error: String(err) });
        resolve();
      });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  out('Runner-Up stopped.');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const inUse = (err as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
    const hint = inUse ? ' (another npm start? pick another port with --smtp-port P, or 0 for a free one)' : '';
    process.stderr.write(`runnerup start: ${err instanceof Error ? err.message : String(err)}${hint}\n`);
    process.exitCode = 1;
  },
);
