import { describe, expect, it } from 'vitest';
import { personName, signatureName, signOffAt } from '../../../shared/understand/person-name.js';

describe('signatureName', () => {
  it('reads more sign-offs ("Schöne Grüße", "Con i migliori saluti") and no shop as a signer', () => {
    expect(signatureName(['Dann machen wir es so.', 'Schöne Grüße', 'Melanie Kraus', 'Personal', 'Heimberg Maschinenbau GmbH'], [])?.name).toBe('Melanie Kraus');
    expect(signatureName(['Conserveremo il Suo curriculum.', 'Con i migliori saluti,', 'Anna Sella', 'Ufficio Risorse Umane'], [])?.name).toBe('Anna Sella');
    // No sign-off: the name near the end the sender's display name mentions, not the garage's own name.
    expect(signatureName(['Bonjour Kevin,', 'Le poste a été pourvu.', 'Bonne chance,', 'Jean-Marc Lambotte', 'Garage Lambotte', 'Rue de Herve 301'], ['Garage Lambotte', 'info@garage-lambotte.be'])?.name).toBe('Jean-Marc Lambotte');
  });

  it('reads the name under a Māori sign-off, a surname that is also an institution\'s word included', () => {
    expect(signatureName(['Please reply to this email.', 'Ngā mihi nui,', 'Lisa Chambers', 'People & Capability Advisor', 'Waimarama District Council'], [])?.name).toBe('Lisa Chambers');
    expect(signatureName(['Kia ora Tama,', 'Nāku noa, nā', 'Wiremu Tane', 'Presiding Member'], [])?.name).toBe('Wiremu Tane');
    // (Still: a business or a team signing is no one.)
    expect(signatureName(['Come in for a chat.', 'Ngā mihi,', 'Saltmarsh Coffee Roasters'], [])).toBeNull();
    expect(signatureName(['We will be in touch.', 'Ngā mihi,', 'Te Tira Pūmanawa Tangata'], [])).toBeNull();
  });

  it('reads the name under a bilingual Welsh sign-off ("Yn gywir / Yours sincerely,")', () => {
    expect(signatureName(['Please reply by Friday 31 August.', 'Yn gywir / Yours sincerely,', 'Lowri Evans', 'Swyddog Adnoddau Dynol / HR Officer'], [])?.name).toBe('Lowri Evans');
  });

  it('reads the name under German "Im Auftrag" and Nordic sign-offs', () => {
    expect(signatureName(['Vielen Dank.', 'Mit freundlichen Grüßen', 'Im Auftrag', 'Petra Hübner', 'Universität Leinefeld'], [])?.name).toBe('Petra Hübner');
    expect(signatureName(['Tack!', 'Med vänlig hälsning', 'Jonas Wikström', 'HR-specialist'], [])?.name).toBe('Jonas Wikström');
  });
});

describe('personName', () => {
  it('takes no greeting, team or department for a person', () => {
    expect(personName('Bonjour Élodie', false)).toBeNull();
    expect(personName('Hi Arjun', false)).toBeNull();
    expect(personName('Dear Euan McKellar', false)).toBeNull();
    expect(personName('Gestión Humana', false)).toBeNull();
    expect(personName('Im Auftrag', false)).toBeNull();
    expect(personName('Petra Hübner', false)).toBe('Petra Hübner');
  });
});

describe('signOffAt', () => {
  it('finds a sign-off, but not thanks that go on into a clause or end in a colon', () => {
    expect(signOffAt(['Hi Ana,', 'See you on Tuesday.', 'Thanks,', 'Jo'])).toBe(2);
    expect(signOffAt(['Dear Grace,', 'Thank you for applying for the following job:', 'Job title: Staff Nurse', 'Employer: Severnvale Hospitals NHS Foundation Trust'])).toBe(-1);
    expect(signOffAt(['Dear Rebecca,', 'Thank you for submitting your application for:', '331905 : Court Usher'])).toBe(-1);
  });
});

describe('signatureName after a French closing formula, with joined particles and short first names', () => {
  it("reads the name under a French letter's closing formula, however long its line", () => {
    const lines = ['Madame,', 'Nous ne pouvons pas donner suite à votre candidature.', "Nous vous prions d'agréer, Madame, nos salutations distinguées.", 'Stéphanie Bovet', 'Responsable RH'];
    expect(signatureName(lines, [])?.name).toBe('Stéphanie Bovet');
  });

  it('reads "DeLuca" as a surname and the full name under a short first name ("Fred", then "Frédéric Guérin")', () => {
    expect(personName('Marco DeLuca')).toBe('Marco DeLuca');
    expect(signatureName(['Salut Lucas,', "C'est oui.", 'Cordialement,', 'Fred', 'Frédéric Guérin', 'Gérant'], [])?.name).toBe('Frédéric Guérin');
  });

  it('reads German sign-offs of the form "Mit <adjective> Grüßen" and "Alles Gute"', () => {
    expect(signatureName(['Hallo Jonas,', 'Melde dich gern.', 'Mit hanseatischen Grüßen', 'Merle Johannsen', 'Employer Branding'], [])?.name).toBe('Merle Johannsen');
    expect(signatureName(['Liebe Sara,', 'Schade!', 'Alles Gute und liebe Grüße aus der Annenstraße', 'Lisa', 'Lisa Moosbrugger', 'Partnerin'], [])?.name).toBe('Lisa Moosbrugger');
  });
});

describe('personName on team and job words', () => {
  it("reads no person in a team's or a post's name ('Examinations Unit', 'Classified Personnel', 'Consultant Clinical Psychologist')", () => {
    for (const team of ['Examinations Unit', 'Exam Unit', 'Classified Personnel', 'Graduate Program', 'Teaching Staff', 'Consultant Clinical Psychologist', 'Adnoddau Dynol']) expect(personName(team, false)).toBeNull();
    expect(personName('Fraser Lennox', false)).toBe('Fraser Lennox');
  });
});

describe('personName: letters after a name, Welsh sign-offs, and words that name no one', () => {
  it('drops degrees and registrations after a name ("Eimear Gallagher MVB", "Jordan Reyes, SHRM-CP"), keeping two words', () => {
    expect(personName('Eimear Gallagher MVB', false)).toBe('Eimear Gallagher');
    expect(personName('Rhys Morgan RVN', false)).toBe('Rhys Morgan');
    expect(personName('Jordan Reyes, SHRM-CP', false)).toBe('Jordan Reyes');
    expect(personName('Dr Anita Rao PhD MBA', false)).toBe('Anita Rao');
  });

  it('reads the name under "Diolch," and without its closing quote ("Viele Grüße, Nora“")', () => {
    expect(signatureName(['Morning Holly,', 'See you Thursday.', 'Diolch,', 'Rhys', 'Rhys Morgan RVN', 'Head Nurse'], [])?.name).toBe('Rhys Morgan');
    expect(signatureName(['Hallo Clara,', 'Viele Grüße, Nora“'], [])?.name).toBe('Nora');
  });

  it("reads no person in a team's, a label's or a company's words", () => {
    for (const s of ['Dirección de Personas', 'Time de Atração', 'Tîm Recriwtio', 'Tîm Adnoddau Dynol', 'Nachricht von Nora', 'Redhawk Aerospace Corporation']) expect(personName(s, false)).toBeNull();
  });
});

describe('personName: French courtesy titles', () => {
  it('drops "Madame" and "Monsieur" before a name', () => {
    expect(personName('Madame Sandra Aebischer', false)).toBe('Sandra Aebischer');
    expect(personName('Monsieur Luc Bolduc', false)).toBe('Luc Bolduc');
  });
});

describe('signatureName: "With best wishes,"', () => {
  it('reads the name under it, as under "Best wishes,"', () => {
    const lines = ['Dear Sam,', 'Thank you for attending.', 'With best wishes,', 'Ellie Brooks', 'Recruitment Coordinator'];
    expect(signatureName(lines)?.name).toBe('Ellie Brooks');
    expect(signatureName(['Hi,', 'See you then.', 'With warm wishes,', 'Ana Ruiz'])?.name).toBe('Ana Ruiz');
  });
});

describe('personName: the words of a post, a campaign or a body', () => {
  it('reads none of them as a person', () => {
    for (const name of ['Regional Infrastructure', 'Clerical Campaign', 'Maintenance Craftsperson', 'Home Organiser', 'Clerical Officer']) expect(personName(name, false)).toBeNull();
    expect(personName('Gwendolyn Price', false)).toBe('Gwendolyn Price');
  });
});

describe('personName: a Polish HR department', () => {
  it('is no person ("Działem Kadr")', () => {
    expect(personName('Działem Kadr', false)).toBeNull();
  });
});

describe("signatureName: a calendar invitation's description signed above its own lines", () => {
  it('finds the signer above "Organizer", its guest list and its buttons', () => {
    const lines = ['Hi Priya, this is your panel interview for Water Treatment Operator II.', 'Derek Lum', 'Senior HR Advisor | Salish Basin Water Commission', '604-555-0148', 'Organizer', 'Derek Lum', 'dlum@salishbasinwater.ca', 'Guests', 'Derek Lum - organizer', 'Sunita Grewal', 'priya.sandhu.bc@gmail.com', 'View all guest info', 'Reply for priya.sandhu.bc@gmail.com', 'Yes', 'No', 'Maybe', 'More options', 'Invitation from Google Calendar', 'You are receiving this email because you are an attendee on the event.'];
    expect(signatureName(lines, ['Derek Lum', 'dlum@salishbasinwater.ca'])).toEqual({ name: 'Derek Lum', index: 1 });
  });
});

describe('signatureName: a name over a post, with no sign-off', () => {
  const post = { isPost: (l: string) => /Generalist|Manager|Recruiter/.test(l) && !/\sAG$/.test(l), user: new Set(['rachel adeyemi']) };
  it('reads the name over its post near the end, whatever the sending mailbox is called', () => {
    expect(signatureName(['Dear Tasha,', 'We look forward to welcoming you to our team!', 'Carla Jenkins', 'HR Generalist', 'Brandywine Senior Living – Chadds Ford'], ['hr@brandywineseniorliving.com'], post)?.name).toBe('Carla Jenkins');
  });
  it("still not the user's own profile card, nor a sign-off", () => {
    expect(signatureName(['Your application was sent to Corvane Energy', 'Applied with your profile', 'Rachel Adeyemi', 'Vice President, FP&A Manager at Stonebridge Retail'], [], post)).toBeNull();
    expect(signatureName(['Wir wünschen Ihnen viel Erfolg.', 'Freundliche Grüsse', 'Recruiting Manager'], [], post)).toBeNull();
  });
});

describe('personName: posts, bulletins and Welsh team words', () => {
  it('takes no post, bulletin or recruiting team for a person', () => {
    expect(personName('Senior Valuer', false)).toBeNull();
    expect(personName('Resourcing Adviser', false)).toBeNull();
    expect(personName('Workforce Bulletin', false)).toBeNull();
    expect(personName('Recriwtio Gofal', false)).toBeNull();
    expect(personName('Mark Ostrowski', false)).toBe('Mark Ostrowski');
  });
});

describe('personName: drug makers, steelworks and Nordic recruiting teams, and Spanish professional titles', () => {
  it('reads no person in a company named for its trade', () => {
    expect(personName('Orvane Pharmaceuticals España', false)).toBeNull();
    expect(personName('Quillon Pharmaceuticals', false)).toBeNull();
    expect(personName('Acciaierie Valtrompia', false)).toBeNull();
    expect(personName('Rekryteringsteamet', true)).toBeNull();
    expect(personName('Rekrutteringsteamet', true)).toBeNull();
  });
  it('reads the person after "Bioq.", "Dra." and "Cra."', () => {
    expect(personName('Bioq. Gustavo Pereyra', false)).toBe('Gustavo Pereyra');
    expect(personName('Dra. Ana Ruiz', false)).toBe('Ana Ruiz');
  });
});

describe('personName: posts, policies and places that name no one; an Irish sign-off', () => {
  it('reads no person in "Wholetime Firefighter", "Reef Policy", "Mandurah Terrace" or "Workforce Training"', () => {
    for (const words of ['Wholetime Firefighter', 'Reef Policy', 'Mandurah Terrace', 'Workforce Training']) expect(personName(words, false)).toBeNull();
  });
  it('reads the name under "Le dea-mhéin,"', () => {
    expect(signatureName(['Thank you for your application.', 'Le dea-mhéin,', 'Seán Ó Murchú', 'Príomhoide / Principal'], [])?.name).toBe('Seán Ó Murchú');
  });
});

describe('personName: letters in capitals after a name, and public bodies', () => {
  it('drops "MCABE" after "Paul Adeyemi"', () => {
    expect(personName('Paul Adeyemi MCABE', false)).toBe('Paul Adeyemi');
  });
  it('reads no person in a school district or a police force', () => {
    for (const words of ['Kestrel Lake Public Schools', 'Ouse Valley Constabulary', 'Ouse Valley Police']) expect(personName(words, false)).toBeNull();
  });
});
