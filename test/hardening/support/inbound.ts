/**
 * The real inbound Lambda handler (factory) over in-memory fakes, with requireAuthentication on
 * as in production: each delivery stores the raw mail where the SES S3 action would and invokes
 * the handler with a real-shaped SES receipt event.
 */
import type { User } from '../../../shared/domain/types.js';
import type { WorkflowConfig } from '../../../shared/workflow/index.js';
import { createInboundHandler } from '../../../functions/inbound/handler.js';
import { fakeDeps, type FakeDeps } from '../../support/fakes.js';
import { INBOUND_ARN, lambdaContext } from '../../functions/lambda-context.js';
import { ADA, sesEvent, sesMessageId, type EventSpec } from './mail.js';

export interface Delivery {
  messageId: string;
  outcome: string;
  reason?: string;
}

export interface FakeInbound {
  deps: FakeDeps;
  deliver(raw: string | Uint8Array, spec?: EventSpec): Promise<Delivery>;
  /** Log lines of drops, as operators see them. */
  drops(): { reason?: unknown; messageId?: unknown }[];
}

export function fakeInbound(options: { users?: User[]; config?: Partial<WorkflowConfig>; now?: string } = {}): FakeInbound {
  const deps = fakeDeps({
    now: options.now ?? '2026-03-02T15:00:00Z',
    users: options.users ?? [ADA],
    config: { requireAuthentication: true, ...options.config },
  });
  const handler = createInboundHandler(deps);
  return {
    deps,
    async deliver(raw, spec = {}) {
      const messageId = sesMessageId();
      await deps.rawMail.put(`${deps.config.rawMailPrefix}${messageId}`, typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw);
      const out = await handler(sesEvent(messageId, spec), lambdaContext(INBOUND_ARN));
      const first = out.results[0];
      if (!first) throw new Error('handler returned no result');
      return { messageId, outcome: first.outcome, ...(first.reason ? { reason: first.reason } : {}) };
    },
    drops() {
      return deps.logger.lines.filter((l) => l.message === 'inbound mail dropped without reply').map((l) => l.attributes ?? {});
    },
  };
}
