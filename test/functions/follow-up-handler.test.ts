import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FirePayload } from '../../shared/ports/index.js';
import type { FireResult } from '../../shared/workflow/types.js';
import { fakeDeps } from '../support/fakes.js';
import { FOLLOW_UP_ARN, lambdaContext } from './lambda-context.js';

// As for inbound: this proves the edge (validation, hand-off, rethrow); the story runs real fire.
const fire = vi.hoisted(() => vi.fn<(payload: FirePayload) => Promise<FireResult>>());
vi.mock('../../shared/workflow/fire.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  fire,
}));
const { createFollowUpHandler } = await import('../../functions/follow-up/handler.js');
const { InvalidFirePayloadEventError, UnsupportedPayloadVersionError } = await import(
  '../../functions/follow-up/fire-event.js'
);

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'));

describe('follow-up handler', () => {
  beforeEach(() => {
    fire.mockReset();
  });

  it('hands the validated Scheduler payload to fire and returns its result', async () => {
    const deps = fakeDeps();
    fire.mockResolvedValue({ outcome: 'sent', sent: { what: 'thank-you', messageId: 'm1' } });

    const out = await createFollowUpHandler(deps)(fixture('scheduler-fire.json'), lambdaContext(FOLLOW_UP_ARN));

    expect(fire).toHaveBeenCalledWith(
      {
        v: 1,
        user: 'ada@example.com',
        application: 'app0001',
        step: 'thank-you',
        at: '2026-03-04T17:00:00.000Z',
      },
      deps,
    );
    expect(out).toEqual({ outcome: 'sent', sent: { what: 'thank-you', messageId: 'm1' } });
    expect(deps.logger.lines.find((l) => l.message === 'follow-up fired')?.attributes).toMatchObject({
      application: 'app0001',
      step: 'thank-you',
      outcome: 'sent',
    });
  });

  it('rejects an unknown payload version with a named, logged error', async () => {
    const deps = fakeDeps();

    await expect(
      createFollowUpHandler(deps)(fixture('scheduler-fire-v2.json'), lambdaContext(FOLLOW_UP_ARN)),
    ).rejects.toBeInstanceOf(UnsupportedPayloadVersionError);
    expect(fire).not.toHaveBeenCalled();
    expect(deps.logger.lines.find((l) => l.message === 'fire payload rejected')?.attributes).toMatchObject({
      version: 2,
      errorName: 'UnsupportedPayloadVersionError',
    });
  });

  it('rejects a v1 payload with a bad field', async () => {
    const handler = createFollowUpHandler(fakeDeps());
    for (const bad of [
      { step: 'send-money' },
      { at: 'tomorrow' },
      { user: 'not-an-address' },
      { application: '' },
    ]) {
      await expect(
        handler({ ...fixture('scheduler-fire.json'), ...bad }, lambdaContext(FOLLOW_UP_ARN)),
      ).rejects.toBeInstanceOf(InvalidFirePayloadEventError);
    }
    expect(fire).not.toHaveBeenCalled();
  });

  it('rethrows a failure of fire so Lambda retries it', async () => {
    const deps = fakeDeps();
    fire.mockRejectedValue(new Error('SES throttled'));

    await expect(
      createFollowUpHandler(deps)(fixture('scheduler-fire.json'), lambdaContext(FOLLOW_UP_ARN)),
    ).rejects.toThrow('SES throttled');
    expect(deps.logger.messages('error')).toEqual(['follow-up failed']);
  });

  it('builds its dependencies once, from the first invocation context (its own ARN)', async () => {
    const deps = fakeDeps();
    fire.mockResolvedValue({ outcome: 'skipped', reason: 'cancelled' });
    const arns: string[] = [];
    const handler = createFollowUpHandler((context) => {
      arns.push(context.invokedFunctionArn);
      return deps;
    });

    await handler(fixture('scheduler-fire.json'), lambdaContext(FOLLOW_UP_ARN));
    await handler(fixture('scheduler-fire.json'), lambdaContext(FOLLOW_UP_ARN));

    expect(arns).toEqual([FOLLOW_UP_ARN]);
  });
});

describe('unqualifiedArn', () => {
  it('drops a version or alias qualifier and leaves an unqualified ARN alone', async () => {
    const { unqualifiedArn } = await import('../../functions/follow-up/handler.js');
    expect(unqualifiedArn(`${FOLLOW_UP_ARN}:live`)).toBe(FOLLOW_UP_ARN);
    expect(unqualifiedArn(`${FOLLOW_UP_ARN}:$LATEST`)).toBe(FOLLOW_UP_ARN);
    expect(unqualifiedArn(FOLLOW_UP_ARN)).toBe(FOLLOW_UP_ARN);
  });
});
