import { describe, expect, it } from 'vitest';
import { runCommand } from '../../shared/workflow/run-command.js';
import { DEFAULT_SETTINGS } from '../../shared/cadence/settings.js';
import { fakeDeps } from '../support/fakes.js';
import { sampleApplication, sampleUnderstood } from '../support/samples.js';

// Two deliveries of one "delete my data" request (SES and Lambda deliver at least once), the second one having read
// the raw mail before the first deleted it: the first deletes and answers; the second deletes again but must not
// answer again. Before the answer's claim survived the deletion, the second wiped it and sent a second answer.
describe('"delete my data" delivered twice', () => {
  it('answers once', async () => {
    const user = { email: 'ada@example.com', name: 'Ada', timeZone: 'Europe/Berlin' };
    const deps = fakeDeps({ users: [user] });
    await deps.store.saveApplication(sampleApplication({ user: user.email, id: 'a1' }));
    const run = {
      command: { name: 'delete-my-data' as const },
      u: sampleUnderstood({ forwardedBy: user.email }),
      user,
      settings: DEFAULT_SETTINGS,
      messageId: '<delete-1@mail.example.com>',
      applicationId: null,
      rawKey: 'inbound/delete-1',
    };
    for (let i = 0; i < 2; i++) await runCommand(run, deps, { scheduled: [], cancelled: [], sent: [] });
    expect(deps.mailer.sent.map((m) => m.meta?.step)).toEqual(['command-ack']);
    expect(await deps.store.listApplications(user.email)).toEqual([]);
  });
});
