import { describe, expect, it } from 'vitest';
import { fire } from '../../shared/workflow/index.js';
import { CORPUS, isTypedError } from './support/fuzz.js';
import { fakeInbound } from './support/inbound.js';
import { ADA } from './support/mail.js';
import { checkOutgoing } from './support/outgoing.js';

// Each hand-made hostile fixture (test/fixtures/hostile) through the real inbound handler as an
// authenticated, registered Ada, then every step it planned fired: typed failures only, the
// loop rules hold, and whatever we send passes the hygiene checks.
const HOSTILE = CORPUS.filter((c) => c.name.startsWith('fixtures/hostile/'));
const NEVER_ANSWERED: Record<string, string[]> = {
  'auto-reply-vacation.eml': ['auto-submitted'],
  'bounce-dsn.eml': ['null-return-path', 'daemon', 'bounce', 'own-draft'],
};

describe('hostile fixtures', () => {
  it('has the hostile corpus', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(7);
  });

  for (const fixture of HOSTILE) {
    const file = fixture.name.split('/').pop() ?? fixture.name;
    it(`${file}: no untyped failure, loop rules hold, every mail sent is clean`, { timeout: 60_000 }, async () => {
      const lambda = fakeInbound();
      let delivery;
      try {
        delivery = await lambda.deliver(fixture.raw);
      } catch (error) {
        expect(isTypedError(error), String(error)).toBe(true);
        return;
      }
      const never = NEVER_ANSWERED[file];
      if (never) {
        expect(delivery.outcome).toBe('dropped');
        expect(never).toContain(delivery.reason);
      }
      for (const s of lambda.deps.scheduler.pending()) {
        lambda.deps.clock.set(s.at);
        await fire(s.payload, lambda.deps);
      }
      if (never) expect(lambda.deps.mailer.sent).toEqual([]);
      for (const mail of lambda.deps.mailer.sent) {
        expect(mail.to).toBe(ADA.email);
        await checkOutgoing(mail.raw, ADA.email);
      }
      expect(lambda.deps.rawMail.objects.has(`inbound/${delivery.messageId}`)).toBe(true);
    });
  }
});
