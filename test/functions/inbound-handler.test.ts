import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReceiveInput, ReceiveResult } from '../../shared/workflow/types.js';
import { fakeDeps } from '../support/fakes.js';
import { INBOUND_ARN, lambdaContext } from './lambda-context.js';

// The handler is tested as the thin edge it is: what it hands to `receive`, and what it does with
// receive's failures. The story test runs the real use cases behind the real handlers.
const receive = vi.hoisted(() => vi.fn<(input: ReceiveInput) => Promise<ReceiveResult>>());
vi.mock('../../shared/workflow/receive.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  receive,
}));
const { createInboundHandler, RawMailNotFoundError } = await import('../../functions/inbound/handler.js');
const { InvalidEventError } = await import('../../functions/inbound/ses-event.js');

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'));

const processed: ReceiveResult = { outcome: 'processed', scheduled: [], cancelled: [], sent: [] };

describe('inbound handler', () => {
  beforeEach(() => {
    receive.mockReset();
  });

  it('reads the raw mail at prefix + SES message id and hands it to receive with envelope and verdicts', async () => {
    const deps = fakeDeps();
    const raw = Buffer.from('From: ada@example.com\r\n\r\nhello');
    await deps.rawMail.put('inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g81', raw);
    receive.mockResolvedValue(processed);
    const handler = createInboundHandler(deps);

    const out = await handler(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN));

    expect(receive).toHaveBeenCalledTimes(1);
    const [input, passedDeps] = receive.mock.calls[0] as unknown as [ReceiveInput, unknown];
    expect(passedDeps).toBe(deps);
    expect(input).toEqual({
      messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g81',
      raw,
      rawAlreadyStored: true,
      envelope: { mailFrom: 'ada@example.com', recipients: ['followups@runnerup.test'] },
      verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS', dmarcPolicy: 'none' },
    });
    expect(out).toEqual({
      results: [{ messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g81', outcome: 'processed' }],
    });
    expect(deps.logger.messages('debug')).toContain('inbound processed');
  });

  it('accepts dmarcPolicy as an object and DISABLED scanning verdicts', async () => {
    const deps = fakeDeps();
    await deps.rawMail.put('inbound/b5kv8qg2l1ah4hmq1a2c0rk7n3ej8rmcdr1h4381', Buffer.from('x'));
    receive.mockResolvedValue({ ...processed, outcome: 'dropped', reason: 'unauthenticated' });

    const out = await createInboundHandler(deps)(
      fixture('ses-receipt-dmarc-policy-object.json'),
      lambdaContext(INBOUND_ARN),
    );

    const [input] = receive.mock.calls[0] as unknown as [ReceiveInput];
    expect(input.verdicts).toEqual({
      spf: 'PASS',
      dkim: 'FAIL',
      dmarc: 'FAIL',
      spam: 'DISABLED',
      virus: 'DISABLED',
      dmarcPolicy: 'reject',
    });
    expect(out.results[0]).toMatchObject({ outcome: 'dropped', reason: 'unauthenticated' });
  });

  it('fails (so Lambda retries) when the S3 action has not stored the mail', async () => {
    const deps = fakeDeps();

    await expect(
      createInboundHandler(deps)(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN)),
    ).rejects.toBeInstanceOf(RawMailNotFoundError);
    expect(receive).not.toHaveBeenCalled();
    expect(deps.logger.messages('error')).toContain('inbound failed');
  });

  it('rethrows a failure of receive after logging it', async () => {
    const deps = fakeDeps();
    await deps.rawMail.put('inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g81', Buffer.from('x'));
    receive.mockRejectedValue(new Error('DynamoDB throttled'));

    await expect(
      createInboundHandler(deps)(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN)),
    ).rejects.toThrow('DynamoDB throttled');
    const line = deps.logger.lines.find((l) => l.message === 'inbound failed');
    expect(line?.attributes).toMatchObject({
      messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g81',
      errorMessage: 'DynamoDB throttled',
    });
  });

  it('rejects an event that is not an SES receipt, and a message id that is not path-safe', async () => {
    const deps = fakeDeps();
    const handler = createInboundHandler(deps);
    await expect(handler({ Records: [] }, lambdaContext(INBOUND_ARN))).rejects.toBeInstanceOf(InvalidEventError);
    await expect(handler(fixture('scheduler-fire.json'), lambdaContext(INBOUND_ARN))).rejects.toBeInstanceOf(
      InvalidEventError,
    );
    const sneaky = fixture('ses-receipt.json') as { Records: { ses: { mail: { messageId: string } } }[] };
    sneaky.Records[0]!.ses.mail.messageId = '../users/other';
    await expect(handler(sneaky, lambdaContext(INBOUND_ARN))).rejects.toBeInstanceOf(InvalidEventError);
    expect(receive).not.toHaveBeenCalled();
  });

  it('builds its dependencies once, on the first invocation', async () => {
    const deps = fakeDeps();
    await deps.rawMail.put('inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g81', Buffer.from('x'));
    receive.mockResolvedValue(processed);
    const build = vi.fn(() => deps);
    const handler = createInboundHandler(build);
    expect(build).not.toHaveBeenCalled();

    await handler(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN));
    await handler(fixture('ses-receipt.json'), lambdaContext(INBOUND_ARN));

    expect(build).toHaveBeenCalledTimes(1);
  });
});
