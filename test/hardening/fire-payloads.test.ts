import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../shared/domain/types.js';
import { fire, InvalidFirePayloadError } from '../../shared/workflow/index.js';
import { fakeDeps } from '../support/fakes.js';
import { ADA } from './support/mail.js';

// Hostile or broken Scheduler payloads (a tampered schedule, an old payload version, junk from a
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
