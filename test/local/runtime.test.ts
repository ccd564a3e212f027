import { afterEach, describe, expect, it } from 'vitest';
import { pendingSteps, type PendingStep } from '../../cli/commands/pending.js';
import { createConsoleLogger } from '../../local/console-logger.js';
import { startSmtpInbound } from '../../local/smtp-inbound.js';
import { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from '../../local/runtime.js';
import { usersFilePath, writeUsersFile } from '../../shared/workflow/users-file.js';
import { interviewMail, middayOffsetHours, rejectionMail, replyMail } from './mails.js';
import { rawSession, readOutbox, smtpOutcome, smtpSend, tempDir, waitFor } from './helpers.js';

const FAST = 1e7;
const REJECTION_STEPS = ['rejection-reply', 'growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3'];
const USER = 'sam@example.com';

// Real SMTP, dynalite and fsyncs: generous limits so a busy CI machine slows these down without failing them.
describe('local runtime (npm start) end to end over SMTP', { timeout: 120_000 }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function dataDir(): Promise<string> {
    const dir = await tempDir();
    cleanups.push(dir.remove);
    return dir.path;
  }

  async function start(dir: string, options: Partial<LocalRuntimeOptions> = {}): Promise<LocalRuntime> {
    const runtime = await startLocalRuntime({ dataDir: dir, smtpPort: 0, logger: createConsoleLogger('silent'), ...options });
    cleanups.push(() => runtime.stop());
    return runtime;
  }

  const pendingFor = async (dir: string, application?: string): Promise<PendingStep[]> =>
    (await pendingSteps(dir)).filter((p) => application === undefined || p.application === application);

  it('turns a rejection into its five drafts, in order, when the clock runs fast', async () => {
    const dir = await dataDir();
    const runtime = await start(dir, { speed: FAST });
    expect(runtime.smtpPort).toBeGreaterThan(0);
    const reply = await smtpSend(runtime.smtpPort, rejectionMail({ user: USER, company: 'Acme Robotics', role: 'Platform Engineer' }), USER);
    expect(reply).toMatch(/^250 /);
    const drafts = await waitFor(async () => {
      const out = await readOutbox(dir);
      return out.length >= REJECTION_STEPS.length ? out : undefined;
    }, 'five drafts');
    expect(drafts.map((d) => d.step)).toEqual(REJECTION_STEPS);
    expect(drafts.every((d) => d.to?.includes(USER))).toBe(true);
    await waitFor(async () => ((await pendingFor(dir)).length === 0 ? true : undefined), 'no pending steps');
  });

  it('replaces the interview steps with the rejection steps for the same application', async () => {
    const dir = await dataDir();
    const runtime = await start(dir);
    const mail = { user: USER, company: 'Northwind', role: 'Data Analyst' };
    await smtpSend(runtime.smtpPort, interviewMail(mail, new Date(Date.now() + 3 * 86_400_000)), USER);
    await runtime.idle();
    const interview = await pendingFor(dir);
    const application = interview[0]!.application;
    expect(interview.map((s) => s.step)).toEqual(['thank-you', 'status-check']);

    await smtpSend(runtime.smtpPort, rejectionMail(mail), USER);
    await runtime.idle();
    const after = await pendingFor(dir);
    expect(after.every((s) => s.application === application)).toBe(true);
    expect(after.map((s) => s.step)).not.toContain('thank-you');
    expect(after.map((s) => s.step)).not.toContain('status-check');
    expect(after.map((s) => s.step)).toEqual(expect.arrayContaining(['growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']));
  });

  it('stops an application\'s steps when the user replies "stop" to its draft', async () => {
    const dir = await dataDir();
    const runtime = await start(dir);
    await smtpSend(runtime.smtpPort, rejectionMail({ user: USER, company: 'Globex', role: 'Analyst', offsetHours: middayOffsetHours() }), USER);
    await runtime.idle();
    const draft = (await readOutbox(dir)).find((d) => d.step === 'rejection-reply');
    expect(draft).toBeDefined();
    const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(draft!.raw)?.[1];
    expect(messageId).toBeDefined();
    expect((await pendingFor(dir)).length).toBeGreaterThan(0);

    await smtpSend(runtime.smtpPort, replyMail(USER, messageId!, 'stop'), USER);
    await waitFor(async () => ((await pendingFor(dir)).length === 0 ? true : undefined), 'no pending steps after stop');
  });

  it('keeps pending steps across a restart and fires them afterwards', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    await smtpSend(first.smtpPort, rejectionMail({ user: USER, company: 'Initech', role: 'Engineer' }), USER);
    await first.idle();
    const before = await pendingFor(dir);
    expect(before.map((s) => s.step)).toEqual(expect.arrayContaining(['growth-ask', 'keep-in-touch-1', 'keep-in-touch-2', 'keep-in-touch-3']));
    await first.stop();
    expect(await pendingFor(dir)).toEqual(before);

    const second = await start(dir, { speed: FAST });
    expect(second.scheduler.pending().map((s) => s.name).length).toBe(before.length);
    await waitFor(async () => ((await pendingFor(dir)).length === 0 ? true : undefined), 'the steps to fire');
    const steps = (await readOutbox(dir)).map((d) => d.step);
    for (const step of before.map((s) => s.step)) expect(steps.filter((s) => s === step)).toHaveLength(1);
  });

  it('refuses over-size mail with 552 and shrugs off junk, then still accepts mail', async () => {
    const dir = await dataDir();
    const runtime = await start(dir, { speed: FAST });
    const tooBig = Buffer.concat([Buffer.from('From: <sam@example.com>\r\nSubject: big\r\n\r\n'), Buffer.alloc(40 * 1024 * 1024 + 10, 'a')]);
    expect(await smtpOutcome(runtime.smtpPort, tooBig, USER)).toBe(552);
    await rawSession(runtime.smtpPort, ['EHLO x\r\n', 'MAIL FROM:<sam@example.com>\r\n', 'RCPT TO:<followups@localhost>\r\n', 'DATA\r\n', '\0\xff\xfe garbage\r\n\r\n\r\n.\r\n', 'QUIT\r\n']);
    await rawSession(runtime.smtpPort, ['EHLO x\r\n', 'MAIL FROM:<sam@example.com>\r\n', 'RCPT TO:<followups@localhost>\r\n', 'DATA\r\n', 'Subject: =?utf-8?B?////?=\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--\r\n--x\r\n.\r\n', 'QUIT\r\n']);
    await runtime.idle();
    expect(await smtpOutcome(runtime.smtpPort, rejectionMail({ user: USER, company: 'Hooli', role: 'Engineer' }), USER)).toBe('accepted');
    await waitFor(async () => ((await readOutbox(dir)).some((d) => d.step === 'rejection-reply') ? true : undefined), 'a draft after the junk');
  });

  it('accepts only registered senders when --allow is given', async () => {
    const dir = await dataDir();
    const runtime = await start(dir, { allow: [USER] });
    expect(runtime.senders).toBe('allow-list');
    expect(await smtpOutcome(runtime.smtpPort, rejectionMail({ user: 'eve@example.com', company: 'X', role: 'Y' }), 'eve@example.com')).toBe(550);
    expect(await smtpOutcome(runtime.smtpPort, rejectionMail({ user: USER, company: 'X', role: 'Y' }), USER)).toBe('accepted');
  });

  it('takes registered senders from users.json and notices when the file changes', async () => {
    const dir = await dataDir();
    await writeUsersFile(usersFilePath(dir), [{ email: USER, name: 'Sam Carter', timeZone: 'Europe/Berlin' }]);
    const runtime = await start(dir);
    expect(runtime.senders).toBe('allow-list');
    const mail = rejectionMail({ user: 'kim@example.com', company: 'X', role: 'Y' });
    expect(await smtpOutcome(runtime.smtpPort, mail, 'kim@example.com')).toBe(550);
    await writeUsersFile(usersFilePath(dir), [
      { email: USER, name: 'Sam Carter', timeZone: 'Europe/Berlin' },
      { email: 'kim@example.com', name: 'Kim', timeZone: 'Asia/Tokyo' },
    ]);
    expect(await smtpOutcome(runtime.smtpPort, mail, 'kim@example.com')).toBe('accepted');
    await runtime.idle();
    expect((await pendingFor(dir)).every((p) => p.user === 'kim@example.com')).toBe(true);
    expect((await pendingFor(dir)).length).toBeGreaterThan(0);
  });

  it('does not register, nor answer, an automated sender in open mode', async () => {
    const dir = await dataDir();
    const runtime = await start(dir, { speed: FAST });
    expect(runtime.senders).toBe('open');
    const bot = 'alerts@example.com';
    const mail = rejectionMail({ user: bot, company: 'Umbrella', role: 'Engineer' }).replace('MIME-Version: 1.0', 'Auto-Submitted: auto-generated\r\nMIME-Version: 1.0');
    expect(await smtpOutcome(runtime.smtpPort, mail, bot)).toBe('accepted');
    await runtime.idle();
    expect(await readOutbox(dir)).toEqual([]);
    expect(await pendingFor(dir)).toEqual([]);
  });

  it('relays every draft to a real SMTP server with --relay, and keeps it in the outbox', async () => {
    const caught: { raw: string; to: string[] }[] = [];
    const catcher = await startSmtpInbound({
      host: '127.0.0.1', port: 0, addresses: [USER], logger: createConsoleLogger('silent'),
      isAllowedSender: async () => true,
      accept: async (raw, envelope) => {
        caught.push({ raw: Buffer.from(raw).toString('utf8'), to: envelope.recipients });
        return `caught-${caught.length}`;
      },
    });
    cleanups.push(() => catcher.close());
    const dir = await dataDir();
    const runtime = await start(dir, { relay: `smtp://127.0.0.1:${catcher.port}` });
    await smtpSend(runtime.smtpPort, rejectionMail({ user: USER, company: 'Wayne Enterprises', role: 'Analyst', offsetHours: middayOffsetHours() }), USER);
    await runtime.idle();
    const outbox = await readOutbox(dir);
    expect(outbox.map((d) => d.step)).toEqual(['rejection-reply']);
    expect(caught).toHaveLength(1);
    expect(caught[0]!.to).toEqual([USER]);
    expect(caught[0]!.raw).toMatch(/^X-Runnerup-Step: rejection-reply/im);
  });
});
