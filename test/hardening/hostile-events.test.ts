import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../shared/domain/types.js';
import { fire, InvalidFirePayloadError } from '../../shared/workflow/index.js';
import { fakeDeps } from '../support/fakes.js';
import { createInboundHandler } from '../../functions/inbound/handler.js';
import { INBOUND_ARN, lambdaContext } from '../functions/lambda-context.js';
import { ADA, sesEvent } from './support/mail.js';

// Hostile triggers. Broken Scheduler payloads (a tampered schedule, an old payload version, junk from a
// misconfigured target) reach fire: each one is rejected with a typed error or skipped, never sent.

const nearValid = fc.record({
  v: fc.oneof(fc.constant(1), fc.constant(2), fc.anything()),
  user: fc.oneof(fc.constant(ADA.email), fc.constant('mallory@evil.example'), fc.string({ maxLength: 400 }), fc.constant('../USERS')),
  application: fc.oneof(fc.constant('app0001'), fc.string({ maxLength: 200 }), fc.constant('APP#app0001')),
  step: fc.oneof(fc.constantFrom(...STEP_IDS), fc.string({ maxLength: 30 })),
  at: fc.oneof(fc.constant('2026-03-04T16:00:00.000Z'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string({ maxLength: 40 })),
});

describe('fire with hostile payloads', () => {
  it('rejects with InvalidFirePayloadError or skips, and never sends (property, 2,000 payloads)', async () => {
    const deps = fakeDeps({ users: [ADA] });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearValid), async (payload) => {
        try {
          const out = await fire(payload as never, deps);
          expect(['skipped', 'duplicate']).toContain(out.outcome);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidFirePayloadError);
        }
        expect(deps.mailer.sent).toEqual([]);
      }),
      { seed: 4_242, numRuns: 2_000 },
    );
  });
});

describe('the inbound handler with hostile SES events', () => {
  it('rejects malformed events with a typed error and never sends (property, 1,000 events)', async () => {
    const deps = fakeDeps({ users: [ADA], config: { requireAuthentication: true } });
    await deps.rawMail.put('inbound/known0001', Buffer.from('From: ada@example.com\r\nSubject: help\r\n\r\nhelp'));
    const handler = createInboundHandler(deps);
    const tampered = fc
      .record({ messageId: fc.oneof(fc.constant('known0001'), fc.string({ maxLength: 80 }), fc.constant('../../etc/passwd')), path: fc.constantFrom('Records', 'ses', 'receipt', 'spfVerdict', 'mail'), value: fc.anything() })
      .map(({ messageId, path, value }) => {
        const event = sesEvent(messageId) as { Records: { ses: { mail: Record<string, unknown>; receipt: Record<string, unknown> } }[] };
        const record = event.Records[0]!;
        if (path === 'Records') (event as Record<string, unknown>).Records = value;
        else if (path === 'ses') (record as Record<string, unknown>).ses = value;
        else if (path === 'receipt') record.ses.receipt = value as Record<string, unknown>;
        else if (path === 'mail') record.ses.mail = value as Record<string, unknown>;
        else record.ses.receipt.spfVerdict = value;
        return event;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), tampered), async (event) => {
        try {
          await handler(event, lambdaContext(INBOUND_ARN));
        } catch (error) {
          expect(['InvalidEventError', 'RawMailNotFoundError']).toContain((error as Error).name);
        }
        // Only the known message from Ada with valid verdicts could be answered at all.
        for (const mail of deps.mailer.sent) expect(mail.to).toBe(ADA.email);
      }),
      { seed: 5_151, numRuns: 1_000 },
    );
  });
});
