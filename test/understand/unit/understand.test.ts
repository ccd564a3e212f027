import { describe, expect, it } from 'vitest';
import { understand, UnreadableMailError } from '../../../shared/understand/index.js';
import { unitFixture } from './helpers.js';

/** An owner's reply auto-forwarded by Ana's mailbox, as raw RFC 5322 text. */
const ownerMail = (from: string, date: string, subject: string, body: string) =>
  ['Delivered-To: in@runnerup.example', 'Delivered-To: ana@gmail.com', `From: ${from}`, 'To: Ana <ana@gmail.com>', `Subject: ${subject}`, `Date: ${date}`, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');

describe('understand()', () => {
  it('reads a Gmail inline forward: forwarder, original, note, kind, facts', async () => {
    const u = await understand(unitFixture('gmail-inline-interview.eml'));
    expect(u.forwardedBy).toBe('bob@gmail.com');
    expect(u.userNote).toBe('Please track this one!');
    expect(u.original.from.email).toBe('jane.doe@acme.com');
    expect(u.original.subject).toBe('Interview for Senior Backend Engineer at Acme');
    expect(u.kind).toBe('interview');
    expect(u.cues.length).toBeGreaterThan(0);
    expect(u.company).toBe('Acme');
    expect(u.role).toBe('Senior Backend Engineer');
    expect(u.contact.email).toBe('jane.doe@acme.com');
    // "Tuesday, March 3 at 2:00 PM ET" with the original sent on 2 March: EST, UTC-5.
    expect(u.interviewAt).toBe('2026-03-03T19:00:00Z');
  });

  it('reads an owner asking you in for a chat at a stated time as an interview, in Spanish and Portuguese too', async () => {
    const mail = (from: string, date: string, body: string) => ownerMail(from, date, 'Re: CV', body);
    const es = await understand(mail('Horacio Ferreyra <horacio@estudioferreyra.com.ar>', 'Mon, 21 Jun 2027 10:00:00 -0300', 'Gracias por mandar el CV. ¿Podés venir a charlar al estudio el viernes 25 a las 17 hs? Estamos en Av. Córdoba 1345.'));
    expect(es.kind).toBe('interview');
    expect(es.interviewAt).toBe('2027-06-25T20:00:00Z');
    const pt = await understand(mail('Manuel Ribeiro <manuel@tascadoribeiro.pt>', 'Thu, 11 Nov 2027 11:00:00 +0000', 'Obrigado pelo contacto e pelo CV. Pode vir cá amanhã às 16h para conversarmos um bocado?'));
    expect(pt.kind).toBe('interview');
    expect(pt.interviewAt).toBe('2027-11-12T16:00:00Z');
  });

  it('reads "come out to the site tomorrow at 11" and Danish "kom forbi ... kl. 9.00" as an interview at that time', async () => {
    const mail = (from: string, date: string, body: string) => ownerMail(from, date, 'Re: Bricklayer position', body);
    const ie = await understand(mail('Shane Kilbride <shane@kilbrideconstruction.ie>', 'Wed, 13 Oct 2038 16:52:00 +0100', 'Can you come out to the site in Naas tomorrow at 11? I\'ll meet you at the site cabin.'));
    expect(ie.kind).toBe('interview');
    expect(ie.interviewAt).toBe('2038-10-14T10:00:00Z');
    const da = await understand(mail('Jens Holm <jens@holmsnedkeri.dk>', 'Mon, 11 Oct 2038 09:00:00 +0200', 'Tak for din ansøgning. Kom forbi værkstedet onsdag den 20. oktober kl. 9.00 – adressen er Industrivej 14, 8260 Viby J.'));
    expect(da.kind).toBe('interview');
    expect(da.interviewAt).toBe('2038-10-20T07:00:00Z');
  });

  it("names the job a candidate survey asks about, though it comes from the talent team's mailbox", async () => {
    const raw = [
      'Delivered-To: in@runnerup.example',
      'Delivered-To: mira@fastmail.com',
      'From: Saltmarsh Instruments Talent <talent@saltmarsh-instruments.com>',
      'To: Mira Osei <mira@fastmail.com>',
      'Subject: How was your interview experience with Saltmarsh Instruments?',
      'Date: Tue, 10 Apr 2029 09:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Mira,',
      '',
      "Thank you for interviewing for the Manufacturing Engineer position at Saltmarsh Instruments on Monday. We'd love to hear about your experience, whatever the outcome.",
      '',
      'The survey takes about three minutes: https://survey.example.com/s/8812',
      '',
      'Saltmarsh Instruments Talent Team',
      '',
    ].join('\r\n');
    const u = await understand(raw);
    expect(u.kind).toBe('other');
    expect(u.cues).toContain('other: candidate survey');
    expect(u.contact).toEqual({ name: null, email: 'talent@saltmarsh-instruments.com' });
    expect(u.role).toBe('Manufacturing Engineer');
  });

  it("reads an employer's reply that quotes the user's own message, forwarded automatically, as the original", async () => {
    const raw = [
      'Delivered-To: in@runnerup.example',
      'Delivered-To: jack@tane.nz',
      'From: Rachel Bishop <rachel@bishopelectrical.co.nz>',
      'To: Jack Tane <jack@tane.nz>',
      'Subject: RE: Apprentice Electrician - CV',
      'Date: Tue, 31 Aug 2027 08:47:00 +1200',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Jack,',
      '',
      "Thanks for dropping your CV in. Got it, and we'll be in touch either way by Friday.",
      '',
      'Cheers,',
      'Rachel',
      '',
      'From: Jack Tane <jack@tane.nz>',
      'Sent: Sunday, 29 August 2027 7:03 PM',
      'To: Rachel Bishop <rachel@bishopelectrical.co.nz>',
      'Subject: Apprentice Electrician - CV',
      '',
      'Hi Rachel, I dropped my CV into the office on Friday for the Apprentice Electrician job.',
      '',
    ].join('\r\n');
    const u = await understand(raw);
    expect(u.forwardedBy).toBe('jack@tane.nz');
    expect(u.original.from.email).toBe('rachel@bishopelectrical.co.nz');
    expect(u.original.subject).toBe('RE: Apprentice Electrician - CV');
  });

  it("names a search firm's client as the company, and never its own team mailbox as the contact", async () => {
    const raw = [
      'X-Forwarded-For: hana@example.net',
      'Delivered-To: in@runnerup.example',
      'From: Marlowe Sutton Appointments <appointments@marlowesutton.com>',
      'To: Hana Ito <hana@example.net>',
      'Subject: Application received: Chief Executive, Greyfriars Housing Trust (ref MS-2291)',
      'Date: Tue, 11 May 2027 09:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Dear Hana,',
      '',
      'Thank you for your application for the role of Chief Executive at Greyfriars Housing Trust. This is to confirm that we have received your CV and supporting statement.',
      '',
      'We will review all applications for this search after the closing date.',
      '',
      'Kind regards,',
      'Marlowe Sutton Appointments',
      'On behalf of Greyfriars Housing Trust',
      '',
    ].join('\r\n');
    const u = await understand(raw);
    expect(u.company).toBe('Greyfriars Housing Trust');
    expect(u.contact).toEqual({ name: null, email: 'appointments@marlowesutton.com' });
  });

  it('calls mail no cue placed an interview when it speaks of a meeting at a stated time, not when it is an event', async () => {
    const mail = (subject: string, body: string) =>
      [
        'X-Forwarded-For: sam@example.net',
        'From: Oliver Strand <oliver.strand@calderwhitlock.com>',
        'To: Sam Reid <sam@example.net>',
        `Subject: ${subject}`,
        'Date: Mon, 20 Sep 2027 09:00:00 +0100',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Dear Sam,',
        '',
        body,
        '',
        'Oliver',
      ].join('\r\n');
    const moved = await understand(mail('Alder Housing – Chief Executive – change to panel date', 'The panel is now on Friday 1 October at 11:00 at Rowan House, 40 Quayside.'));
    expect(moved.kind).toBe('interview');
    expect(moved.interviewAt).toBe('2027-10-01T10:00:00Z');
    const evening = await understand(mail('Careers evening', 'Come and meet our engineers on Friday 1 October at 18:00 at Rowan House.'));
    expect(evening.kind).toBe('other');
  });

  it("reads an auto-forwarded reply that quotes its sender's own first mail as the reply, not as a forward", async () => {
    const raw = [
      'X-Forwarded-For: kelsey@example.net in@runnerup.example',
      'From: Patricia Delgado <pdelgado@harborpointps.org>',
      'To: Kelsey O\'Brien <kelsey@example.net>',
      'Subject: RE: Interview - School Adjustment Counselor',
      'Date: Fri, 18 Jan 2036 13:07:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Kelsey,',
      '',
      'With the storm forecast we are moving all interviews. Could we move yours from Wednesday, January 23 at 2:00 p.m. to Friday, January 25 at 9:15 a.m.?',
      '',
      'Patricia',
      '',
      '________________________________',
      'From: Patricia Delgado <pdelgado@harborpointps.org>',
      'Sent: Monday, January 14, 2036 10:41 AM',
      'To: Kelsey O\'Brien <kelsey@example.net>',
      'Subject: Interview - School Adjustment Counselor',
      '',
      "Hi Kelsey, I'd like to invite you to interview on Wednesday, January 23 at 2:00 p.m.",
      '',
    ].join('\r\n');
    const u = await understand(raw);
    expect(u.forwardedBy).toBe('kelsey@example.net');
    expect(u.original.subject).toBe('RE: Interview - School Adjustment Counselor');
    expect(u.interviewAt).toBe('2036-01-25T14:15:00Z');
  });

  it('reads a redirected reply that kept its own subject (In-Reply-To only) and quotes the user as the reply', async () => {
    const raw = [
      'Resent-From: nadia@example.net',
      'Resent-To: in@runnerup.example',
      'From: Coquet Water Resourcing <resourcing@coquetwater.example>',
      'To: Nadia Hussain <nadia@example.net>',
      'Subject: Leakage Technician interview - Thursday 22 January',
      'Date: Wed, 14 Jan 2037 11:02:05 +0000',
      'In-Reply-To: <CAf8x2Lk0q@example.net>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Nadia,',
      '',
      'Your interview for the Leakage Technician role is confirmed for Thursday 22 January at 1.30pm.',
      '',
      'Sam Ridley',
      'Coquet Water',
      '',
      '-----Original Message-----',
      'From: Nadia Hussain <nadia@example.net>',
      'Sent: 13 January 2037 19:41',
      'To: Coquet Water Resourcing <resourcing@coquetwater.example>',
      'Subject: Re: Leakage Technician - interview',
      '',
      'Hi Sam, Thursday 22nd at 1.30 would be great. Thanks, Nadia',
      '',
    ].join('\r\n');
    const u = await understand(raw);
    expect(u.forwardedBy).toBe('nadia@example.net');
    expect(u.original.from.email).toBe('resourcing@coquetwater.example');
    expect(u.interviewAt).toBe('2037-01-22T13:30:00Z');
  });

  it('takes the forwarder of an automatic forward from X-Forwarded-For, not the employer in From', async () => {
    const u = await understand(unitFixture('auto-forward-x-forwarded-for.eml'), { envelope: { recipients: ['track@runnerup.example'] } });
    expect(u.forwardedBy).toBe('maya.chen@gmail.com');
    expect(u.kind).toBe('rejection');
    expect(u.original.from.email).toBe('ines.duarte@solvane.io');
    expect(u.userNote).toBeNull();
  });

  it('unwraps a forward-as-attachment and reads the interview time from its calendar part (TZID)', async () => {
    const u = await understand(unitFixture('attached-with-calendar.eml'));
    expect(u.forwardedBy).toBe('bob@gmail.com');
    expect(u.original.from.email).toBe('lena.park@orbitly.com');
    expect(u.kind).toBe('interview');
    // 10:00 in Los Angeles on 10 March 2026 is after the DST switch (UTC-7).
    expect(u.interviewAt).toBe('2026-03-10T17:00:00Z');
    expect(u.cues.some((c) => c.includes('calendar'))).toBe(true);
  });

  it('fills the outer message facts and strips quotes and signature from topText', async () => {
    const u = await understand(unitFixture('reply-command.eml'));
    expect(u.outer.topText).toBe('snooze 2w');
    expect(u.outer.returnPath).toBe('');
    expect(u.outer.runnerupStep).toBe('thank-you');
    expect(u.outer.inReplyTo).toBe('<draft-1@runnerup.example>');
    expect(u.outer.references).toEqual(['<app-1@runnerup.example>', '<draft-1@runnerup.example>']);
    expect(u.outer.dateOffsetMinutes).toBe(60);
    expect(u.outer.autoSubmitted).toBe('no');
  });

  it.each([
    ['empty input', ''],
    ['binary junk', new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256))],
    ['text without headers', 'hello there, this is just a note\nwith two lines\n'],
  ])('throws UnreadableMailError with one sentence for %s', async (_name, input) => {
    const err = await understand(input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableMailError);
    expect((err as Error).message).toMatch(/^[A-Z][^.]*\.$/);
  });
});

describe('understand() corrections and hostile line ends', () => {
  it('keeps a signer whose surname is in the company name as the contact, not one signing "from" the company', async () => {
    const mail = (signature: string) =>
      [
        'From: Lena Vogt <lena.vogt@gmail.com>',
        'To: in@runnerup.example',
        'Subject: Fwd: Ihre Bewerbung',
        'Date: Tue, 16 Mar 2027 09:00:00 +0100',
        'Content-Type: text/plain; charset=utf-8',
        '',
        '---------- Forwarded message ---------',
        'From: Kaffeerösterei Brandl <jobs@brandl-kaffee.at>',
        'Date: Mon, 15 Mar 2027 10:00',
        'Subject: Ihre Bewerbung als Filialleitung',
        'To: <lena.vogt@gmail.com>',
        '',
        'Liebe Frau Vogt,',
        'leider haben wir uns für eine andere Bewerberin entschieden.',
        'Herzliche Grüße',
        signature,
        'Kaffeerösterei Brandl KG',
        '',
      ].join('\r\n');
    expect((await understand(Buffer.from(mail('Johanna Brandl')))).contact.name).toBe('Johanna Brandl');
    expect((await understand(Buffer.from(mail('Miriam von Kaffeerösterei Brandl')))).contact.name).not.toBe('Miriam von Kaffeerösterei Brandl');
  });

  it('gives no contact name when the only "name" is the organisation\'s own', async () => {
    const mail = [
      'From: Lucía Pardo <lucia.pardo@gmail.com>',
      'To: in@runnerup.example',
      'Subject: Fwd: ¿Cómo fue tu experiencia?',
      'Date: Tue, 16 Mar 2027 09:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Hoteles Caracol Azul <encuestas@hotelescaracolazul.es>',
      'Date: Mon, 15 Mar 2027 10:00',
      'Subject: ¿Cómo fue tu experiencia con nuestro proceso de selección?',
      'To: <lucia.pardo@gmail.com>',
      '',
      'Hola Lucía,',
      'Hace unos días participaste en nuestro proceso de selección. ¿Nos ayudas con una encuesta de dos minutos?',
      '¡Gracias!',
      'Atracción de Talento Hoteles Caracol Azul',
      '',
    ].join('\r\n');
    const u = await understand(Buffer.from(mail));
    expect(u.company).toBe('Hoteles Caracol Azul');
    expect(u.contact.name).toBeNull();
  });

  it('lets one word on the first line of the user note override the kind', async () => {
    const raw = unitFixture('gmail-inline-interview.eml').toString('utf8').replace('Please track this one!', 'rejection\nthey changed their mind');
    const u = await understand(raw);
    expect(u.kind).toBe('rejection');
    expect(u.cues[0]).toBe('user said: rejection');
  });

  it('reads mail whose lines end in bare CR like ordinary mail', async () => {
    const raw = unitFixture('gmail-inline-interview.eml').toString('utf8').replace(/\r?\n/g, '\r');
    const u = await understand(raw);
    expect(u.forwardedBy).toBe('bob@gmail.com');
    expect(u.original.from.email).toBe('jane.doe@acme.com');
  });
});

describe('an organisation signing its own ATS mail', () => {
  it('is the company, not a contact, when its display name adds a team word', async () => {
    const raw = [
      'Delivered-To: in@runnerup.example',
      'Delivered-To: mitchell@gmail.com',
      'From: Southern Cross Water Careers <southerncrosswater@myworkday.com>',
      'To: Mitchell <mitchell@gmail.com>',
      'Subject: Thank you for applying – Asset Planning Engineer (R-20415)',
      'Date: Mon, 3 Jul 2028 09:00:00 +0930',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Mitchell,\n\nThank you for applying for the Asset Planning Engineer role (R-20415) at Southern Cross Water. We have received your application.\n\nKind regards,\nThe Talent Team\nSouthern Cross Water\n',
    ].join('\r\n');
    const u = await understand(Buffer.from(raw));
    expect(u.company).toBe('Southern Cross Water');
    expect(u.contact.name).toBeNull();
  });
});

describe('understand(): a forwarded Finnish reply ("VS:") that quotes the user', () => {
  it("keeps the employer's reply as the original, not the user's message quoted under it", async () => {
    const raw = [
      'From: Laura Salminen <laura.salminen@gmail.com>',
      'To: in@runnerup.example',
      'Subject: Fwd: VS: Haastatteluaika',
      'Date: Wed, 08 Jul 2037 10:50:00 +0300',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Haastattelu sovittu to 16.7.',
      '',
      '---------- Välitetty viesti ---------',
      'Lähettäjä: Rekrytointi | Saimaan Ohjelmistotalo <rekrytointi@saimaansoft.fi>',
      'Date: ke 8.7.2037 klo 10.25',
      'Subject: VS: Haastatteluaika',
      'To: Laura Salminen <laura.salminen@gmail.com>',
      '',
      'Hei Laura,',
      'kiitos vahvistuksesta! Sovitaan siis haastattelu torstaille 16.7. klo 13.00.',
      'Ystävällisin terveisin',
      'Mikko Heikkinen',
      '',
      'Lähettäjä: Laura Salminen <laura.salminen@gmail.com>',
      'Lähetetty: tiistai 7. heinäkuuta 2037 19.02',
      'Vastaanottaja: Rekrytointi | Saimaan Ohjelmistotalo <rekrytointi@saimaansoft.fi>',
      'Aihe: Re: Haastatteluaika',
      '',
      'Hei Mikko,',
      'torstai 16.7. klo 13 sopii minulle parhaiten.',
      '',
    ].join('\r\n');
    const u = await understand(raw);
    expect(u.forwardedBy).toBe('laura.salminen@gmail.com');
    expect(u.original.from.email).toBe('rekrytointi@saimaansoft.fi');
    expect(u.original.subject).toBe('VS: Haastatteluaika');
  });
});

describe("understand(): a job board's alert", () => {
  it('gives no contact address for the alerts mailbox, and keeps an event\'s own', async () => {
    const { freshFixture } = await import('./helpers.js');
    for (const path of ['batch115/gmail/other-norwegian-job-alert', 'batch100/gmail/other-job-alert-board-comptable-nantes']) {
      const r = await understand(freshFixture(path));
      expect(r.kind).toBe('other');
      expect(r.contact).toEqual({ name: null, email: null });
    }
    expect((await understand(freshFixture('batch675/outlook/other-fire-rescue-information-session'))).contact.email).toBe('recruitment@palmettoshoresfl.gov');
  });
});
