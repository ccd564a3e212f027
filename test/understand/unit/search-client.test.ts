import { describe, expect, it } from 'vitest';
import { findCompany } from '../../../shared/understand/company.js';
import { personName } from '../../../shared/understand/person-name.js';
import { searchClient } from '../../../shared/understand/search-client.js';

// The module alone: a plain cleaner (legal forms off), the agency's own name and the people it signs with excluded.
const client = (subject: string, sentences: string[]) =>
  searchClient({
    subject,
    sentences,
    clean: (raw) => raw.replace(/\s+(?:plc|AG|GmbH|Ltd)$/, '').trim() || null,
    excluded: (name) => /^(?:Ashcombe Partners|Sophie Lenahan)$/.test(name) || /\b(?:Officer|Director|Chief)\b/.test(name),
    personLike: (name) => !!personName(name, false),
  })?.name ?? null;

// The module with a trimming cleaner and nothing excluded, given how it tells persons and job titles.
const clientWith =
  (personLike: (name: string) => boolean, roleLike: (text: string) => boolean) =>
  (subject: string, sentences: string[]) =>
    searchClient({ subject, sentences, clean: (raw) => raw.trim() || null, excluded: () => false, personLike, roleLike })?.name ?? null;
const shapedLikePerson = (name: string) => !!personName(name, false);

// The whole company reader on a consultant's mail: the sender signs with their name, then the given lines.
const consultantMail =
  (name: string, email: string, signature: string[]) =>
  (subject: string, sentences: string[]) =>
    findCompany({ from: { name, email }, replyTo: [], bodyEmails: [], subject, sentences, people: [name], nameLine: name, signature });

describe('searchClient: the client a consultant names in passing', () => {
  it('reads the client from its chair, board, committee, offices or the words "the client is"', () => {
    expect(client('Ravensworth Estates – CIO – meeting with the Chair', ["Ravensworth's Chair, Lord Hadley, would like to meet you before the formal panel."])).toBe('Ravensworth Estates');
    expect(client('Confidential – CFO search – next step', ['As discussed, the client is Corbel Water, and the first meeting will be with their Chief Executive.'])).toBe('Corbel Water');
    expect(client('Norwood Rail – Non-Executive Director – interview', ['The Nominations Committee of Norwood Rail plc would like to invite you to interview.'])).toBe('Norwood Rail');
    expect(client('Bellamy Group – Group Chief Executive – first interview', ["I've shared your details with the Bellamy Group board, and they would like to meet you."])).toBe('Bellamy Group');
    expect(client('Re: Castleford – CFO, revised time', ["Everything else is as before: Castleford's London office at 1 Finsbury Avenue.", 'The Chair of Castleford Building Society will join.'])).toBe('Castleford Building Society');
  });

  it('names the client by its fullest form: the body\'s over the subject\'s short one', () => {
    expect(client('Kronfeld – CFO – meeting with Dr Roth', ['Dr Anke Roth, who chairs the Supervisory Board of Kronfeld Versicherung AG, would like to meet you.'])).toBe('Kronfeld Versicherung');
    expect(client('Tanjong Pacific – first interview', ["Tanjong Pacific's Group CEO will meet you.", 'Tanjong Pacific Logistics would like to move you forward.'])).toBe('Tanjong Pacific Logistics');
  });

  it('reads German and French wordings of the client', () => {
    expect(client('Vertraulich: CFO – Gespräch mit unserem Mandanten', ['Es handelt sich um die Bergmann Logistik GmbH mit Sitz in Bremen.'])).toBe('Bergmann Logistik');
    expect(client('Votre candidature – Directeur des Opérations', ['Notre cabinet accompagne la société Brissac Logistique pour ce recrutement.'])).toBe('Brissac Logistique');
  });

  it('takes no person, first name, region, department or the agency itself for the client', () => {
    // A person acting ("has decided") and named in the subject is still a person.
    expect(client('Neil Sadler – update', ['Neil Sadler has decided to go with the other finalist.'])).toBeNull();
    expect(client('Update', ["Rachel's diary is full this week, so the call moves to Friday."])).toBeNull();
    expect(client('Regional Director, APAC – next steps', ['You will meet the APAC board next week.', 'The APAC board is chaired by Lim Wei.'])).toBeNull();
    expect(client('Director of Finance – confidential', ['I am working on a Director of Finance search for a listed manufacturer.'])).toBeNull();
    expect(client('Ashcombe Partners – Board Practice', ["Ashcombe Partners' board practice would like to meet you."])).toBeNull();
    // One passing mention is not enough: the subject, a second cue or an outright "the client is" must back it.
    expect(client('Chief Marketing Officer – outcome', ['She joined Harlow Foods from a consultancy.'])).toBeNull();
  });
});

describe('searchClient: a subject that opens with the client, then the role', () => {
  const withRoles = clientWith(
    (name) => shapedLikePerson(name) && !/\b(?:Health|Partners|Crest)\b/.test(name),
    (text) => /^(?:COO|CMO|CFO|Chief \w+ Officer)$/.test(text),
  );
  it('names the client the subject opens with when a role follows and the body names it again, in its fullest form', () => {
    expect(withRoles('Ardent Health Partners / COO – outcome', ["I've now heard back from Ardent about the COO search."])).toBe('Ardent Health Partners');
    expect(withRoles('Northwood – CMO – CV submitted', ['I have submitted your CV to our client, Northwood Community Health, for the CMO role.', 'Greyfriars House is where they meet.'])).toBe('Northwood Community Health');
  });
  it('names nobody when no role follows, or the body never names a one-word opener, or only its building is fuller', () => {
    expect(withRoles('Ardent Health Partners – catching up', ["I've now heard back from Ardent."])).toBeNull();
    // (A one-word opener needs the body to name it again; a longer name does not.)
    expect(withRoles('Ardent – COO', ['The search goes on.'])).toBeNull();
    expect(withRoles('Brennan Foods – CMO', ['Meet at Brennan Foods HQ, reception.'])).toBe('Brennan Foods');
  });
});

describe('findCompany: a search firm whose trade its name does not show', () => {
  const consultant = consultantMail('Sophie Lenahan', 'sophie.lenahan@ashcombepartners.co.uk', ['Consultant, Real Assets Practice', 'Ashcombe Partners']);
  it('names the client, not the firm, when the mail names one; the firm when it names none', () => {
    expect(consultant('Ravensworth Estates – CIO – meeting with the Chair', ["Ravensworth's Chair, Lord Hadley, would like to meet you before the formal panel.", 'Kind regards, Sophie'])).toBe('Ravensworth Estates');
    expect(consultant('Confidential – CFO search – next step', ['As discussed, the client is Corbel Water.', 'Venue: Corbel Water, 3 Canal Wharf, Birmingham'])).toBe('Corbel Water');
    expect(consultant('Chief Investment Officer – update', ['Our client has decided to proceed with another candidate.'])).toBe('Ashcombe Partners');
  });
});

describe("findCompany: a consultant's mail known by finalists, the board or a firm's Partners", () => {
  it("names the client when the mail speaks of finalists or the board, without the words 'search' or 'client'", () => {
    const mail = (sentences: string[]) => consultantMail('Annabel Crewe', 'annabel.crewe@pembertonlisle.com', ['Pemberton Lisle'])('Good news', sentences);
    expect(mail(["Eleanor Voss, Tarnwell's Chair, rang me half an hour ago.", 'The board met this afternoon and they want you as their next Chief Financial Officer.', "The written terms will come from Tarnwell Engineering's General Counsel."])).toBe('Tarnwell Engineering');
  });
});

describe('searchClient: more ways a consultant names the client', () => {
  it('reads a lower-case chairman, a Council or Executive Committee, and a French Présidente du', () => {
    expect(client('Great news', ["I just got off the phone with Harlan Bexley, Orland Foods' chairman.", "Orland's board voted unanimously."])).toBe('Orland Foods');
    expect(client('Update', ["Brennard University's Council ratified that recommendation this morning."])).toBe('Brennard University');
    expect(client('Groupe Sérannes – rendez-vous avec la Présidente', ['Madame Inès Sérannes, Présidente du Groupe Sérannes, souhaite vous rencontrer.'])).toBe('Groupe Sérannes');
  });

  it('reads a calendar venue on the line after its label, past a calendar subject word', () => {
    expect(client('Invitation: Final panel – Chief People Officer, Trillium Shore Credit Union', ['Location', 'Trillium Shore Credit Union, 200 King St W, 14th floor, Toronto'])).toBe('Trillium Shore Credit Union');
    // (Google Calendar writes its label and the place on one line; a headquarters is the organisation's.)
    expect(client('Invitation: Pellucid Therapeutics – COO Search Committee', ['Location Pellucid Therapeutics, 450 Kendall Street, 6th floor, Cambridge, MA 02142'])).toBe('Pellucid Therapeutics');
    expect(client('Invitation: Tessaly Foods – board round', ['Location Tessaly Foods HQ, 12 Mill Lane, Leeds'])).toBe('Tessaly Foods');
  });

  it('reads the organisation the consultant spoke with or that acts, backed by "the client"; never the person beside it', () => {
    expect(client('Re: Larkspur - revised offer', ['I went back to Larkspur Medical on the points we discussed.'])).toBe('Larkspur Medical');
    expect(client('Larkspur – next steps', ['I have had good feedback from the client.', 'I am pleased to say that Larkspur Medical would like to take things forward.'])).toBe('Larkspur Medical');
    expect(client('Corvane – next steps', ["I've just come off the phone with Corvane and Alastair Reid."])).not.toBe('Corvane and Alastair Reid');
    // Acting alone, with no other evidence, is not enough.
    expect(client('Next steps', ['I am pleased to say that Ketterby Water would like to take things forward.'])).toBeNull();
  });

  it("names the organisation the subject opens with when the body speaks of its side, not a place the subject ends with", () => {
    expect(client('Vantor – change of date: now Monday, Jan 17', ["A change of plan from Vantor's side, I'm afraid."])).toBe('Vantor');
    expect(client('Head of Product Design – confidential search (Hamburg)', ["Hamburg's design scene is small."])).toBeNull();
  });
});

describe('searchClient: the subject opens with the client and the body speaks of "the client"', () => {
  const withRoles = clientWith(shapedLikePerson, (text) => /^(?:COO|CMO|CFO|Contrôleur de gestion)$/.test(text));
  it('names a client of two words or more, never a one-word subject opener', () => {
    expect(withRoles('Ardent Health Partners / COO – outcome', ['The client has completed its final interviews for the COO role.'])).toBe('Ardent Health Partners');
    expect(withRoles('Proposition – Contrôleur de gestion', ['Le client souhaite vous faire une proposition.'])).toBeNull();
  });
});

describe("findCompany: a consultant known by writing of the employer's people as theirs", () => {
  it("names the client when the mail speaks of 'their CEO', with no search wording", () => {
    const mail = consultantMail('Lauren Beckwith', 'lauren.beckwith@talbotreeve.com', ['Managing Partner | Talbot Reeve']);
    expect(mail('Halvorsen Systems - CTO - first-round interview', ['Great news - Halvorsen Systems would like to move you to a first-round interview for the Chief Technology Officer role.', "You'll meet with their CEO, Erik Lund."])).toBe('Halvorsen Systems');
  });
});

describe('searchClient and findCompany: clients shaped like persons, and subjects that name only the client', () => {
  it("names a client whose name is shaped like a person's when it carries a trade word", () => {
    const mail = consultantMail('Grace Whitlock', 'grace@calderwhitlock.co.uk', ['Calder Whitlock Associates']);
    expect(mail('Alder Housing – Chief Executive – change to panel date', ["Alder Housing's Chair has had to move the panel to Thursday."])).toBe('Alder Housing');
  });

  it('names a client of two words or more that opens the subject before the role, without the body naming it; never the process words', () => {
    const withRoles = clientWith((name) => shapedLikePerson(name) && !/Antriebstechnik/.test(name), (text) => /^(?:VP Sales EMEA|Biomedical Scientist)$/.test(text));
    expect(withRoles('Kessler Antriebstechnik – VP Sales EMEA – change of time', ['The meeting moves to 10:00 Munich time.'])).toBe('Kessler Antriebstechnik');
    expect(withRoles('Conditional Offer of Employment - Biomedical Scientist', ['I am delighted to confirm the offer.'])).toBeNull();
  });
});

describe('searchClient: an institution named with the search in the subject, and mining clients', () => {
  it("reads 'Meridale University Provost Search' as the university, and a copper miner as no person", () => {
    const withRoles = clientWith(shapedLikePerson, () => false);
    expect(withRoles('Meridale University Provost Search – Finalist Interview', ['The committee would like to meet you on campus.'])).toBe('Meridale University');
    const mail = consultantMail('Ana Ruiz', 'ana.ruiz@andesexecutive.cl', ['Andes Executive Search']);
    expect(mail('Northcape Copper – Country Manager Chile – meeting with Ian Pelletier', ["Northcape Copper would like to meet you next week.", "Northcape Copper's CEO, Ian Pelletier, will host."])).toBe('Northcape Copper');
  });
});

describe('searchClient: the client at a sentence start, in a team, in "X CEO search"', () => {
  const whitney = consultantMail('Whitney Osgood', 'wosgood@greyharborsearch.com', ['Partner', 'Grey Harbor Search']);
  const owen = consultantMail('Owen Brecker', 'obrecker@larchfieldassociates.com', ['Partner', 'Larchfield Associates']);
  it('reads "The X board" at a sentence start, "the executive team at X", "shared my notes with X"', () => {
    expect(client('Sorrel Creek Utilities – CEO – update', ['The Sorrel Creek Utilities board met in executive session last night.'])).toBe('Sorrel Creek Utilities');
    expect(client('Chief Supply Chain Officer - update', ['I presented the shortlist to the executive team at Kestwick Foods last Thursday.', 'Kestwick Foods has decided to interview others.'])).toBe('Kestwick Foods');
    expect(owen('Interview - update', ['I shared my notes with Prairie Ridge Mutual and they would like to meet you.', 'Prairie Ridge Mutual has asked for Tuesday.'])).toBe('Prairie Ridge Mutual');
  });
  it('reads a subject "X CEO search" when the body writes X on its own, not a post\'s "Teen Services Librarian search"', () => {
    expect(whitney('Sorrel Creek Utilities CEO search', ['Sorrel Creek Utilities will not be extending an offer to you for the Chief Executive Officer position.'])).toBe('Sorrel Creek Utilities');
    expect(whitney('Teen Services Librarian search', ['Thank you for interviewing for the Teen Services Librarian position with our client.'])).not.toBe('Teen Services');
  });
  it('reads two posts joined by "&" after the client in the subject', () => {
    const rhodri = consultantMail('Rhodri Evans', 'rhodri.evans@llewellyncairns.co.uk', ['Director, Education & Research Practice', 'Llewellyn Cairns']);
    expect(rhodri('Aldmoor University – Registrar & Chief Operating Officer', ['I promised to let you know as soon as there was news on the Aldmoor appointment and the search.'])).toBe('Aldmoor University');
  });
});

describe('searchClient: a process, partners, an offer', () => {
  it("reads the client from its managing partners, 'the X process', and an organisation offering", () => {
    expect(client('General Counsel – Zennor Capital', ["Thank you for meeting Zennor Capital's managing partners on Tuesday.", 'They have decided not to take you forward to the final round for the General Counsel role.'])).toBe('Zennor Capital');
    expect(client('Corvane Logistics - update', ['Thank you again for all the time you gave to the Corvane Logistics process, and for the final interview with their CEO.', 'After a long debate, they have decided to move forward with another finalist.'])).toBe('Corvane Logistics');
    expect(consultantMail('Julian Thackeray', 'jthackeray@harrowvane.com', ['Partner | Harrow & Vane Partners'])('Good news - Group HR Director', ['Further to our call this afternoon, I am delighted to confirm that Wexcombe Aerospace would like to offer you the role of Group HR Director.', 'Wexcombe would ideally like you in post by 1 March.'])).toBe('Wexcombe Aerospace');
  });

  it('does not take a first name that offers times for an organisation', () => {
    expect(client('Second interview', ['Alasdair has offered the following times.', 'Could you let me know which suits best? Alasdair would like to offer you a tour too.'])).toBeNull();
  });
});

describe('searchClient: the chair, the venue', () => {
  it('reads the organisation its chair chairs, and one at a street address when the mail speaks of the client', () => {
    expect(client('CFO search – first meeting with the Chair', ['I have now spoken to the client and they would like to take things forward.', 'Eleanor Price, who chairs Northbeck Utilities, would like to meet you on Tuesday 11 September at 10:30.'])).toBe('Northbeck Utilities');
    expect(client('CFO - second interview', ['I am pleased to say that the client would like you to come back for a second interview.', 'Monday 22 October, 15:00 Northbeck Utilities, 2 Wellington Place, Leeds LS1 4AP'])).toBe('Northbeck Utilities');
  });

  it('does not take a building or a site at the address for the client', () => {
    expect(client('Interview', ['The client would like to meet you.', 'Monday 22 October, 15:00 Park Row House, 12 Park Row Street, Leeds'])).toBeNull();
  });
});

describe('searchClient: French chairs, meetings, governing bodies', () => {
  it("reads a French consultant's client by its Président, and an organisation asking to meet", () => {
    const thibault = consultantMail('Thibault Gérard', 't.gerard@acanthe-partenaires.fr', ['Associé', 'Acanthe Partenaires']);
    expect(thibault('Maison Ferrandier – Directeur Industriel : rencontre avec le Président', ['Bonne nouvelle : le Président de Maison Ferrandier, M. Olivier Ferrandier, souhaite vous rencontrer pour le poste de Directeur Industriel (H/F).'])).toBe('Maison Ferrandier');
    const lydia = consultantMail('Lydia Farquhar', 'lydia.farquhar@pembertonash.com', ['Senior Consultant | Legal Sector Business Services', 'Pemberton Ash']);
    expect(lydia('Second round - Thursday 16 August', ['Good news - Whitlow & Parr would like to see you again.', 'They would like you to talk on what you would prioritise as Practice Director.'])).toBe('Whitlow & Parr');
  });

  it('names the organisation, not the body that sits at it', () => {
    expect(client('Final round', ['Our client has asked me to arrange it.', 'The Chair of the Governance Committee of Prairieline Mutual Insurance would like to meet you.'])).toBe('Prairieline Mutual Insurance');
    expect(client('Outcome', ['The Board of Management has ratified the recommendation.', 'The Board of Management has decided.'])).toBeNull();
  });
});

describe('searchClient: a labelled venue mid-sentence, a firm that assists', () => {
  it('reads "Where: X head office," after another label, and "X Search is assisting Y with"', () => {
    const ben = consultantMail('Ben Marlow', 'ben.marlow@quayleassociates.co.uk', ['Director, Legal & Compliance Search', 'Quayle Associates']);
    expect(ben('Final panel – General Counsel, Veldhaven', ['Here are the details for your final panel with Veldhaven for the General Counsel role:', 'When: Thursday 2 August, 15:00–16:30 CEST Where: Veldhaven head office, Zuidplein 180, 1077 XV Amsterdam', 'Veldhaven will reimburse reasonable travel.'])).toBe('Veldhaven');
    const receipt = findCompany({ from: { name: 'Perrin Lowe Search', email: 'yarrowfield@perrinlowe.co.uk' }, replyTo: [], bodyEmails: [], subject: 'Pro Vice-Chancellor (Research), Yarrowfield University - application received', sentences: ['Thank you for your application for the above appointment.', 'Perrin Lowe Search is assisting Yarrowfield University with this appointment.'], people: [], signature: ['Research Associate', 'Perrin Lowe Search'] });
    expect(receipt).toBe('Yarrowfield University');
  });
});

describe('searchClient: a client first in the subject with its legal form in lower case', () => {
  it('reads "Thornbury Water plc – Chief Financial Officer – final interview" as the client Thornbury Water', () => {
    const mail = consultantMail('Rupert Vane', 'rupert.vane@harrowgatepartners.com', ['Partner, Utilities & Infrastructure Practice', 'Harrowgate Partners']);
    expect(mail('RE: Thornbury Water plc – Chief Financial Officer – final interview', ['Apologies for the change. Sir Malcolm has to attend a regulator meeting on Friday, so the Board would like to move your final interview to Tuesday 29 October at 09:00.'])).toBe('Thornbury Water');
  });
});

describe('searchClient and personName: a reply prefix, a surname that is also a recruiting system', () => {
  it('reads the client a reply subject opens with ("RE: Valmorel Cosmetics – Chief Marketing Officer – ...")', () => {
    const roleLike = (text: string) => /Officer|CEO|CFO/.test(text);
    expect(clientWith(() => false, roleLike)('RE: Valmorel Cosmetics – Chief Marketing Officer – meeting with the CEO', ['Perfect, thank you. I have confirmed the second option with Valmorel: Monday 20 October at 15:00 Paris time.'])).toBe('Valmorel Cosmetics');
  });
  it('reads "Rupert Ashby" and "Tom Lever" as people, "Ashby" alone not', () => {
    expect(personName('Rupert Ashby', false)).toBe('Rupert Ashby');
    expect(personName('Tom Lever', false)).toBe('Tom Lever');
    expect(personName('Ashby Notifications', false)).toBeNull();
  });
  it("reads the client of a consultant named Ashby (\"Meranti Logistics' Group CEO\")", () => {
    const mail = consultantMail('Rupert Ashby', 'rupert.ashby@kingsgate-partners.com', ['Rupert Ashby', 'Partner, Transport & Logistics', 'Kingsgate Partners']);
    expect(mail('Interview with Meranti Logistics – Regional CEO, Asia Pacific', ["Good news: Meranti Logistics' Group CEO, Henrik Dahl, would like to meet you by video for the Regional CEO, Asia Pacific role."])).toBe('Meranti Logistics');
  });

  it('reads the client that wants the reader, an aside before "um die", the shareholders, and a subject with news words around the name', () => {
    const berater = consultantMail('Lukas Reinholz', 'lukas.reinholz@nordwerk-personal.de', ['Personalberater Technik', 'Nordwerk Personal GmbH']);
    expect(berater('Gute Nachrichten von Haller Fördertechnik', ['Ich habe gute Nachrichten: Haller Fördertechnik möchte Sie sehr gerne als Servicetechniker einstellen!', 'Festanstellung direkt bei Haller, unbefristet.'])).toBe('Haller Fördertechnik');
    const staffing = consultantMail('Tamika Reeves', 'treeves@keystonestaffing.com', ['Senior Staffing Specialist', 'Keystone Staffing Group | Atlanta Branch']);
    expect(staffing('Offer - Inventory Control Lead @ Southern Crescent Distribution', ['Great news: Southern Crescent Distribution wants to bring you on as their Inventory Control Lead!'])).toBe('Southern Crescent Distribution');
    expect(client('Ihr Termin bei unserem Mandanten', ['Es handelt sich – wie bereits angedeutet – um die Feldberg Präzisionstechnik GmbH in Villingen-Schwenningen.'])).toBe('Feldberg Präzisionstechnik');
    expect(client('Vertragsangebot Wendler Logistik – Chief Operating Officer (m/w/d)', ['Die Gesellschafter der Wendler Logistik möchten Ihnen die Position anbieten.'])).toBe('Wendler Logistik');
    expect(client('Quantrel Systems update', ["Quantrel's leadership team met this morning and decided to go with the other finalist."])).toBe('Quantrel Systems');
  });

  it('takes an organisation named with a trade word that is also a team word ("Resources") for the client', () => {
    const mail = consultantMail('Sarah Finch', 'sarah.finch@bramwellfinch.com.au', ['Director | Bramwell & Finch', 'Executive Search – Resources, Energy & Infrastructure']);
    expect(mail('Coralbay Resources – COO – Board interview', ['Here are the details for your interview with the Coralbay Resources board for the Chief Operating Officer role.', 'Location: Coralbay Resources, Level 27, 1 Farrer Place, Sydney NSW 2000'])).toBe('Coralbay Resources');
  });
});


describe("searchClient: a healthcare agency's client hospital", () => {
  it('reads the employer that shortlisted the candidate, and the office the agency heard back from', () => {
    const pacific = consultantMail('Jenny Ramos', 'jenny.ramos@pacificbridgehc.com.ph', ['Jenny Ramos', 'Senior Recruitment Coordinator - UK Healthcare', 'Pacific Bridge Healthcare Recruitment Inc.']);
    expect(pacific('Interview confirmed - Severnside University Hospitals NHS FT - Staff Nurse (Band 5)', ['Hi Maricel,', 'Good news! Severnside University Hospitals NHS Foundation Trust has shortlisted you for the Staff Nurse (Band 5) campaign.'])).toBe('Severnside University Hospitals NHS Foundation Trust');
    const carebridge = consultantMail('Tara Moynihan', 'tara@carebridge-recruitment.ie', ['Tara Moynihan', 'Senior Healthcare Consultant', 'CareBridge Healthcare Recruitment']);
    expect(carebridge('Your application – Senior Staff Nurse, Emergency Department, Mercy Bay University Hospital', ['Hi Maeve,', "I've just heard back from the Director of Nursing's office at Mercy Bay University Hospital about the Senior Staff Nurse, Emergency Department post.", 'Unfortunately they won\'t be taking your application forward to interview this time.'])).toBe('Mercy Bay University Hospital');
  });
});

describe('findCompany: an agency with an unnamed client', () => {
  it("takes no floor of the agency's registered office for a client ('3rd Floor, 14 Week Street')", () => {
    const mail = consultantMail('Connor Blake', 'connor.blake@keystonetechnical.co.uk', ['Senior Consultant – Public Sector Built Environment', 'Keystone Technical Recruitment Ltd', '3rd Floor, 14 Week Street, Maidstone ME14 1RL']);
    const sentences = [
      'I am recruiting a Building Surveyor for a local authority client in Kent.',
      'The client would like to shortlist in the next couple of weeks.',
      'Keystone Technical Recruitment Ltd is registered in England and Wales under company number 10455821.',
      'Registered office: 3rd Floor, 14 Week Street, Maidstone ME14 1RL.',
    ];
    // (The agency itself, its name read short or whole.)
    expect(mail('Building Surveyor – local authority client, Kent', sentences)).toMatch(/^Keystone Technical/);
  });
});
