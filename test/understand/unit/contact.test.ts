import { describe, expect, it } from 'vitest';
import { findContact, type ContactInput } from '../../../shared/understand/contact.js';

const input = (over: Partial<ContactInput>): ContactInput => ({
  from: { name: null, email: null },
  replyTo: [],
  lines: [],
  bodyEmails: [],
  signedName: null,
  exclude: new Set(),
  ...over,
});

describe('findContact', () => {
  it("takes a scheduling tool's invitation organiser when the sender is a no-reply address", () => {
    const from = { name: 'Saimaa Analytics', email: 'no-reply@us.greenhouse-mail.io' };
    const organizer = { name: 'Laura Virtanen', email: 'laura.virtanen@saimaa-analytics.fi' };
    expect(findContact(input({ from, organizer }), 'interview')).toEqual({ email: 'laura.virtanen@saimaa-analytics.fi', name: 'Laura Virtanen' });
    // The organiser is the ATS itself: nobody to write to.
    expect(findContact(input({ from, organizer: { name: null, email: 'no-reply@us.greenhouse-mail.io' } }), 'interview')).toEqual({ email: null, name: null });
  });

  it("gives a team mailbox the name of the person who signed, never the team's display name", () => {
    const from = { name: 'Brambles & Co Recruitment', email: 'recruitment@bramblesandco.co.uk' };
    expect(findContact(input({ from, signedName: 'Priya Shah' }), 'interview')).toEqual({ email: 'recruitment@bramblesandco.co.uk', name: 'Priya Shah' });
    expect(findContact(input({ from }), 'interview')).toEqual({ email: 'recruitment@bramblesandco.co.uk', name: null });
  });

  it('gives a personal address the signed name only when it is that person', () => {
    const from = { name: null, email: 'tom.brandt@lakeshoreortho.com' };
    expect(findContact(input({ from, signedName: 'Tom Brandt' }), 'interview').name).toBe('Tom Brandt');
  });

  it("gives other mail its events or community mailbox as the address to write to, with no name, and alerts none", () => {
    expect(findContact(input({ from: { name: 'Alder & Quay Events', email: 'events@alderquay.com' } }), 'other')).toEqual({ email: 'events@alderquay.com', name: null });
    expect(findContact(input({ from: { name: 'Job alerts', email: 'alerts@jobboard.example' } }), 'other')).toEqual({ email: null, name: null });
    expect(findContact(input({ from: { name: 'Kim Baxter', email: 'kim.baxter@harbourtalent.com' }, signedName: 'Kim Baxter' }), 'other')).toEqual({ email: 'kim.baxter@harbourtalent.com', name: 'Kim Baxter' });
  });

  it("gives an address shown under an organisation's name the person who signed, unless the signature is the organisation or a formula", () => {
    const kita = { name: 'Kita Sonnenhügel – Leitung', email: 'leitung@kita-sonnenhuegel.de' };
    expect(findContact(input({ from: kita, signedName: 'Birgit Hahn' }), 'interview')).toEqual({ email: 'leitung@kita-sonnenhuegel.de', name: 'Birgit Hahn' });
    // (The organisation signing as itself, or a team's formula, is no one.)
    const bank = { name: 'Emilbanca', email: 'selezione.personale@emilbanca.it' };
    expect(findContact(input({ from: { ...bank, email: 'personale.ufficio@emilbanca.it' }, signedName: 'Emilbanca Credito Cooperativo' }), 'rejection').name).toBeNull();
    expect(findContact(input({ from: { name: 'Zahnarztpraxis Dr. Weiß', email: 'praxis.weiss@zahnarzt-weiss.de' }, signedName: 'Ihr Praxisteam' }), 'rejection').name).toBeNull();
  });
});

describe('findContact: addresses in a privacy notice', () => {
  it('passes over a data-protection address written in the body for the recruiting mailbox ("dpo@", "privacidade@", Polish "iod@")', () => {
    const from = { name: 'Lagunare', email: 'no-reply@successfactors.eu' };
    for (const privacy of ['dpo@lagunare.it', 'privacidade@lagunare.it', 'iod@lagunare.it', 'protecciondedatos@lagunare.it', 'datenschutz@lagunare.it']) {
      expect(findContact(input({ from, bodyEmails: [privacy, 'recruiting@lagunare.it'] }), 'application').email).toBe('recruiting@lagunare.it');
    }
  });
});

describe('findContact: no-reply mailboxes in other languages, and the name before an address', () => {
  it('takes "no-responder@", "nao-responda@" and "ikke-svar@" for no-reply mailboxes', () => {
    for (const noReply of ['no-responder@copihue.cl', 'nao-responda@vagacerta.com.br', 'ikke-svar@bergensjomat.jobbsys.no', 'ne-pas-repondre@exemple.fr']) {
      expect(findContact(input({ from: { name: 'Recrutamento', email: noReply } }), 'application').email).toBeNull();
    }
  });

  it('reads the name written before an address without the word that sends the reader there ("Contactez Hanne De Smet")', () => {
    const lines = ['Des questions ? Contactez Hanne De Smet à hanne.desmet@vanacker.be.'];
    expect(findContact(input({ from: { name: null, email: 'no-reply@recruitee.com' }, lines, bodyEmails: ['hanne.desmet@vanacker.be'] }), 'application')).toEqual({ email: 'hanne.desmet@vanacker.be', name: 'Hanne De Smet' });
  });
});

describe('findContact: a team mailbox and its privacy office', () => {
  it('takes no privacy address a disclaimer asks you to contact for the person a team mailbox names', () => {
    const from = { name: 'Quadrifoglio Robotics Talent Team', email: 'talent@quadrifogliorobotics.com' };
    const lines = ['Kind regards,', 'Elisa Marchetti', 'processes candidate data in accordance with the GDPR; see our privacy notice or contact privacy@quadrifogliorobotics.com.'];
    expect(findContact(input({ from, lines, bodyEmails: ['privacy@quadrifogliorobotics.com'], signedName: 'Elisa Marchetti' }), 'rejection')).toEqual({ email: 'talent@quadrifogliorobotics.com', name: 'Elisa Marchetti' });
  });
});

describe('findContact: a directory\'s display name, surname first', () => {
  it('gives the name as its owner signs it ("Adams Sophie" signed "Sophie Adams"), and keeps a display name nobody signs otherwise', () => {
    const from = { name: 'Adams Sophie', email: 'sophie.adams5@wessexvale.nhs.uk' };
    expect(findContact(input({ from, signedName: 'Sophie Adams' }), 'interview').name).toBe('Sophie Adams');
    const quebec = { name: 'Josée Pelletier', email: 'pelletier.josee@csbf.gouv.qc.ca' };
    expect(findContact(input({ from: quebec, signedName: null }), 'interview').name).toBe('Josée Pelletier');
  });
  it('turns an NHS directory name ("Marsh Helen (KINGSMERE HOSPITALS NHS TRUST)") whose address is helen.marsh@', () => {
    const from = { name: 'Marsh Helen (KINGSMERE HOSPITALS NHS TRUST)', email: 'helen.marsh@kingsmerehospitals.nhs.uk' };
    expect(findContact(input({ from }), 'rejection').name).toBe('Helen Marsh');
    // (Not a name in the usual order whose address is surname first.)
    const quebec = { name: 'Josée Pelletier (CSBF)', email: 'pelletier.josee@csbf.gouv.qc.ca' };
    expect(findContact(input({ from: quebec }), 'interview').name).toBe('Josée Pelletier');
  });
});
