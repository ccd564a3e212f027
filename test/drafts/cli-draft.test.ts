import { spawnSync } from 'node:child_process';
import PostalMime from 'postal-mime';
import { describe, expect, it, vi } from 'vitest';
import { command as draft } from '../../cli/commands/draft.js';
import { command as plan } from '../../cli/commands/plan.js';
import { parseOurMessageId } from '../../shared/drafts/index.js';

const FIXTURE = 'test/fixtures/emails/yahoo/interview-et-after-dst-start.eml';

/** Runs a command in-process, capturing what it writes. */
async function run(cmd: typeof plan, args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const status = await cmd.run(args);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('runnerup plan and draft', () => {
  it('plan prints the kind and the steps in UTC, with the zone inferred from the Date header', async () => {
    const res = await run(plan, [FIXTURE, '--now', '2026-03-05T14:00:00Z']);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.kind).toBe('interview');
    expect(out.timeZone).toBe('America/New_York');
    expect(out.steps.map((s: { step: string }) => s.step)).toEqual(['thank-you', 'status-check']);
    for (const s of out.steps) expect(s.at).toMatch(/Z$/);
  });

  it('plan honours --tz', async () => {
    const out = JSON.parse((await run(plan, [FIXTURE, '--now', '2026-03-05T14:00:00Z', '--tz', 'Europe/Berlin'])).stdout);
    expect(out.timeZone).toBe('Europe/Berlin');
    expect(out.steps[1].at).toMatch(/T07:00:00Z$/); // 08:00 CET
  });

  it('draft prints an RFC 5322 message to the forwarder for the step', async () => {
    const res = await run(draft, [FIXTURE, '--step', 'thank-you', '--now', '2026-03-05T14:00:00Z']);
    expect(res.status).toBe(0);
    const parsed = await PostalMime.parse(res.stdout);
    expect(parsed.subject).toMatch(/^Draft: thank-you note to /);
    expect(parsed.headers.find((h) => h.key === 'x-runnerup-step')?.value).toBe('thank-you');
    expect(parseOurMessageId(parsed.messageId)?.step).toBe('thank-you');
    expect(parsed.text).toContain('mailto:');
  });

  it('returns 2 with a clear message on an unknown step or a bad flag, 1 on a missing file', async () => {
    const step = await run(draft, [FIXTURE, '--step', 'dance']);
    expect(step.status).toBe(2);
    expect(step.stderr).toMatch(/unknown step "dance"/);
    const now = await run(plan, [FIXTURE, '--now', 'tomorrow']);
    expect(now.status).toBe(2);
    expect(now.stderr).toMatch(/--now/);
    expect((await run(plan, [FIXTURE, '--tz', 'Mars/Base'])).status).toBe(2);
    expect((await run(plan, [FIXTURE, '--bogus'])).status).toBe(2);
    expect((await run(draft, [FIXTURE])).stderr).toMatch(/--step STEP is required/);
    const missing = await run(plan, ['does/not/exist.eml']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('works through the real entry point (npm run runnerup -- draft ...)', () => {
    const res = spawnSync('npx', ['tsx', 'cli/main.ts', 'draft', FIXTURE, '--step', 'nope'], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/unknown step "nope"/);
  }, 120_000);
});

describe('draft from an automatic forward', () => {
  it('addresses the user (the mailbox the employer wrote to), never the employer', async () => {
    const res = await run(draft, ['test/fixtures/emails/auto-forward/interview-iso-timestamp-with-offset.eml', '--step', 'thank-you', '--now', '2026-03-01T10:00:00Z']);
    expect(res.status).toBe(0);
    const parsed = await PostalMime.parse(res.stdout);
    const to = parsed.to?.map((a) => ('address' in a ? a.address : '')) ?? [];
    expect(to).toHaveLength(1);
    expect(to[0]).not.toMatch(/tulipmobility/);
  });
});
