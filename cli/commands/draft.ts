import type { CliCommand } from '../command.js';
import { STEP_IDS, type ReplyId, type StepId } from '../../shared/domain/types.js';
import { composeUserEmail, draftContextFromUnderstood, REPLY_IDS } from '../../shared/drafts/index.js';
import { parseCommon, planFor, understandFile, UsageError, withErrors, zoneFor } from './plan.js';

// The CLI shows the mail as the service would send it; these stand in for the deployed addresses.
const DEFAULT_FROM = 'Runner-Up <drafts@runnerup.example>';
const ALL_IDS: readonly string[] = [...STEP_IDS, ...REPLY_IDS];

export const command: CliCommand = {
  name: 'draft',
  usage: 'draft FILE --step STEP [--now ISO] [--tz ZONE]',
  summary: 'Print the email a step would send to the user',
  help: [
    'Understands FILE and prints the complete RFC 5322 message Runner-Up would send the user for STEP.',
    `Steps: ${STEP_IDS.join(', ')}`,
    `Replies (also accepted): ${REPLY_IDS.join(', ')}`,
    'Options:',
    '  --now ISO        the current time (default: now); the mail is dated at the step\'s planned time',
    '  --tz ZONE        the user\'s IANA zone (default: inferred from the forward\'s Date header, else UTC)',
    `  --from ADDR      our From address (default: ${DEFAULT_FROM})`,
    '  --inbound ADDR   where command replies go (default: the From address)',
    'Exit codes: 0 ok, 1 file unreadable or not an email, 2 bad flags or unknown step.',
  ].join('\n'),
  run: (args) =>
    withErrors('draft', async () => {
      const { file, now, tz, settings, values } = parseCommon(args, ['step', 'from', 'inbound']);
      const step = values.step;
      if (!step) throw new UsageError('--step STEP is required');
      if (!ALL_IDS.includes(step)) throw new UsageError(`unknown step "${step}" (one of: ${ALL_IDS.join(', ')})`);
      const u = await understandFile(file);
      const timeZone = zoneFor(u, tz, now);
      const planned = planFor(u, now, timeZone, settings).steps.find((s) => s.step === step);
      const at = planned?.at ?? now.toISOString();
      const sendAt = new Date(Math.max(now.getTime(), Date.parse(at)));
      const fromAddress = values.from ?? DEFAULT_FROM;
      const ctx = draftContextFromUnderstood(u, {
        step: step as StepId | ReplyId,
        at,
        now: sendAt,
        timeZone,
        fromAddress,
        inboundAddress: values.inbound ?? fromAddress.replace(/^.*<([^>]+)>.*$/, '$1'),
      });
      if (!ctx.user.email) throw new Error(`${file}: no forwarder address to send the draft to`);
      const mail = await composeUserEmail({ ...ctx, settings });
      process.stdout.write(mail.raw.toString('utf8'));
      if (!mail.raw.toString('utf8').endsWith('\n')) process.stdout.write('\r\n');
      return 0;
    }),
};
