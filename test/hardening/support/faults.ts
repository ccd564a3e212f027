/**
 * Fault injection for the AWS adapters: a middleware placed inside the SDK's retry loop (the
 * `deserialize` step), so an injected throttling error is retried by the SDK exactly as a real
 * one would be, and a non-retryable error surfaces. Plus an EventBridge Scheduler emulation in
 * the same place, so the real EventBridgeScheduler adapter runs against "the service".
 */
import { ConflictException, ResourceNotFoundException, type SchedulerClient } from '@aws-sdk/client-scheduler';

export interface FaultPlan {
  /** Commands seen (every attempt, retries included). */
  attempts: string[];
  /** Attempts answered with a fault. */
  faults: string[];
  /** Fail this many more attempts (of matching commands); Infinity until cleared. */
  remaining: number;
  /** Let this many matching attempts through before failing. */
  skip: number;
  /** Only commands whose name matches (e.g. /PutCommand|UpdateItem/); all when absent. */
  only?: RegExp;
  make: () => Error;
  clear(): void;
}

/** Any SDK client (its middleware stack is typed per client; we only add to it). */
interface Stack {
  middlewareStack: unknown;
}
type LooseStack = { add: (mw: unknown, options: Record<string, unknown>) => void };

/** An AWS-shaped service error (what the SDK's deserializer would have thrown). */
export function awsError(name: string, status: number, message = `injected ${name}`): Error {
  return Object.assign(new Error(message), { name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status, attempts: 1 } });
}

/** Adds a fault injector to an SDK client (or a DynamoDBDocumentClient's shared stack). */
export function injectFaults(client: Stack, make: () => Error = () => awsError('ProvisionedThroughputExceededException', 400)): FaultPlan {
  const plan: FaultPlan = {
    attempts: [],
    faults: [],
    remaining: 0,
    skip: 0,
    make,
    clear() {
      this.remaining = 0;
      this.skip = 0;
    },
  };
  (client.middlewareStack as LooseStack).add(
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      const command = context.commandName ?? '?';
      plan.attempts.push(command);
      if (plan.remaining > 0 && (!plan.only || plan.only.test(command))) {
        if (plan.skip > 0) plan.skip -= 1;
        else {
          plan.remaining -= 1;
          plan.faults.push(command);
          throw plan.make();
        }
      }
      return next(args);
    },
    { step: 'deserialize', name: `hardeningFaults${Math.random()}`, priority: 'high' },
  );
  return plan;
}

/** EventBridge Scheduler as the service behaves (conflict on a duplicate name, not found on a missing delete). */
export function emulateScheduler(client: SchedulerClient): { live: Map<string, Record<string, unknown>>; created: string[]; deleted: string[] } {
  const state = { live: new Map<string, Record<string, unknown>>(), created: [] as string[], deleted: [] as string[] };
  (client.middlewareStack as LooseStack).add(
    (_next: unknown, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
      const name = String(args.input.Name ?? '');
      if (context.commandName === 'CreateScheduleCommand') {
        if (state.live.has(name)) throw new ConflictException({ message: 'exists', Message: 'exists', $metadata: { httpStatusCode: 409 } });
        state.live.set(name, structuredClone(args.input));
        state.created.push(name);
        return { output: { ScheduleArn: `arn:aws:scheduler:eu-west-1:123456789012:schedule/runnerup/${name}`, $metadata: {} }, response: { statusCode: 200, headers: {} } };
      }
      if (context.commandName === 'DeleteScheduleCommand') {
        if (!state.live.delete(name)) throw new ResourceNotFoundException({ message: 'not found', Message: 'not found', $metadata: { httpStatusCode: 404 } });
        state.deleted.push(name);
        return { output: { $metadata: {} }, response: { statusCode: 200, headers: {} } };
      }
      throw new Error(`scheduler emulation: ${context.commandName} not expected`);
    },
    { step: 'deserialize', name: 'hardeningSchedulerService', priority: 'low' },
  );
  return state;
}
