/** Helpers to drive the workflow use cases in tests. */
import type { User } from '../../shared/domain/types.js';
import { fire, receive } from '../../shared/workflow/index.js';
import type { FireResult, ReceiveInput, ReceiveResult } from '../../shared/workflow/types.js';
import { fakeDeps, type FakeDeps } from './fakes.js';
import type { WorkflowConfig } from '../../shared/workflow/deps.js';
import { bytes } from './mail.js';

export const ADA: User = { email: 'ada@example.com', name: 'Ada Lovelace', timeZone: 'America/New_York' };
export const BOB: User = { email: 'bob@example.org', name: 'Bob Stone', timeZone: 'Europe/Berlin' };

/** Fakes with Ada and Bob registered; Monday 2 March 2026, 15:00 UTC (10:00 in New York). */
export function setup(options: { now?: string; config?: Partial<WorkflowConfig>; users?: User[] } = {}): FakeDeps {
  return fakeDeps({ now: options.now ?? '2026-03-02T15:00:00Z', config: options.config, users: options.users ?? [ADA, BOB] });
}

let counter = 0;
/** Delivers one raw email as the inbound entry points do. */
export function deliver(deps: FakeDeps, raw: string, extra: Partial<ReceiveInput> = {}): Promise<ReceiveResult> {
  counter += 1;
  return receive({ messageId: extra.messageId ?? `ses-${counter}`, raw: bytes(raw), ...extra }, deps);
}

/** The Message-ID header of a mail we sent. */
export function messageIdOf(text: string): string {
  const id = /^Message-ID:\s*(<[^>]+>)/im.exec(text)?.[1];
  if (!id) throw new Error('no Message-ID in sent mail');
  return id;
}

/** The last mail sent for a given step or reply id. */
export function lastSent(deps: FakeDeps, what: string) {
  const mail = [...deps.mailer.sent].reverse().find((m) => m.meta?.step === what);
  if (!mail) throw new Error(`no ${what} mail sent; sent: ${deps.mailer.steps().join(', ')}`);
  return mail;
}

/** Acts as EventBridge Scheduler: fires every pending schedule due by now, in time order (and forgets it, as ActionAfterCompletion DELETE does). */
export async function fireDue(deps: FakeDeps): Promise<FireResult[]> {
  const results: FireResult[] = [];
  for (const request of deps.scheduler.pending()) {
    if (Date.parse(request.at) > deps.clock.now().getTime()) break;
    deps.scheduler.active.delete(request.name);
    results.push(await fire(request.payload, deps));
  }
  return results;
}

/** Moves the clock to `iso` and fires whatever came due. */
export async function advanceTo(deps: FakeDeps, iso: string): Promise<FireResult[]> {
  deps.clock.set(iso);
  return fireDue(deps);
}

/** Pending steps of the user as [step, at] pairs, in time order. */
export function pendingSteps(deps: FakeDeps): [string, string][] {
  return deps.scheduler.pending().map((r) => [r.payload.step, r.at]);
}
