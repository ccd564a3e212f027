import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import {
  InvalidRecipientError,
  MessageTooLargeError,
  MAX_RAW_MESSAGE_BYTES,
  SesMailer,
} from '../../shared/adapters/aws/ses-mailer.js';
import { startLocalSes, type LocalSes } from '../support/ses-local.js';

const FROM = 'Runner-Up <drafts@runnerup.example>';

function mime(to: string, subject: string, body: string): Uint8Array {
  return Buffer.from(
    [
      `From: ${FROM}`,
      `To: ${to}`,
      `Subject: ${subject}`,
      'Message-ID: <draft-1@runnerup.example>',
      'Auto-Submitted: auto-generated',
      'X-Runnerup-Step: thank-you',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

describe('SesMailer against aws-ses-v2-local', () => {
  let ses: LocalSes;

  beforeAll(async () => {
    ses = await startLocalSes();
  });
  beforeEach(async () => ses.clear());
  afterAll(async () => ses.stop());

  it('sends the raw MIME to the user, and the stand-in receives that message', async () => {
    const mailer = new SesMailer({ client: ses.client, from: 'drafts@runnerup.example' });

    const { messageId } = await mailer.send({
      to: 'ada@example.com',
      raw: mime('ada@example.com', 'Draft: thank you, Acme', 'Hi Ada, here is your draft.'),
      meta: { step: 'thank-you' },
    });

    const sent = await ses.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.messageId).toBe(messageId);
    expect(sent[0]?.subject).toBe('Draft: thank you, Acme');
    expect(sent[0]?.destination.to).toEqual(['ada@example.com']);
    expect(sent[0]?.body.text).toContain('here is your draft');
  });
});

describe('SesMailer request shape', () => {
  // Created per test: mockClient patches the class prototype, which would also catch the
  // stand-in suite above if it were installed at collection time.
  let mock: ReturnType<typeof mockClient>;
  beforeEach(() => {
    mock = mockClient(SESv2Client);
  });
  afterEach(() => mock.restore());

  it('addresses exactly the user, from the verified address, with the configuration set', async () => {
    mock.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    const mailer = new SesMailer({
      client: new SESv2Client({ region: 'eu-west-1' }),
      from: 'drafts@runnerup.example',
      configurationSet: 'runnerup',
    });
    // The MIME names an employer in To/Cc: SES must still deliver only to the user.
    const raw = mime('hiring@acme.example', 'Draft', 'x');

    expect(await mailer.send({ to: 'ada@example.com', raw, meta: { step: 'thank-you' } })).toEqual({
      messageId: 'ses-1',
    });
    expect(mock.commandCalls(SendEmailCommand)[0]?.args[0].input).toEqual({
      FromEmailAddress: 'drafts@runnerup.example',
      Destination: { ToAddresses: ['ada@example.com'] },
      Content: { Raw: { Data: raw } },
      ConfigurationSetName: 'runnerup',
      EmailTags: [{ Name: 'step', Value: 'thank-you' }],
    });
  });

  it('omits the configuration set and tags when there are none', async () => {
    mock.on(SendEmailCommand).resolves({ MessageId: 'ses-2' });
    const mailer = new SesMailer({ client: new SESv2Client({ region: 'eu-west-1' }), from: 'a@b.example' });
    const raw = mime('ada@example.com', 'S', 'x');

    await mailer.send({ to: 'ada@example.com', raw });

    expect(mock.commandCalls(SendEmailCommand)[0]?.args[0].input).toEqual({
      FromEmailAddress: 'a@b.example',
      Destination: { ToAddresses: ['ada@example.com'] },
      Content: { Raw: { Data: raw } },
    });
  });

  it('refuses a recipient that is not one plain address, without calling SES', async () => {
    const mailer = new SesMailer({ client: new SESv2Client({ region: 'eu-west-1' }), from: 'a@b.example' });
    const raw = mime('x', 'S', 'x');
    for (const to of ['a@b.example, boss@acme.example', 'a@b.example\r\nBcc: x@y', 'Ada <a@b.example>', '']) {
      await expect(mailer.send({ to, raw })).rejects.toBeInstanceOf(InvalidRecipientError);
    }
    expect(mock.calls()).toHaveLength(0);
  });

  it('refuses a message larger than SES accepts', async () => {
    const mailer = new SesMailer({ client: new SESv2Client({ region: 'eu-west-1' }), from: 'a@b.example' });
    await expect(
      mailer.send({ to: 'a@b.example', raw: new Uint8Array(MAX_RAW_MESSAGE_BYTES + 1) }),
    ).rejects.toBeInstanceOf(MessageTooLargeError);
  });
});
