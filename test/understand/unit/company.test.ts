import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understand/index.js';
import { freshFixture } from './helpers.js';
import { boardBrand, findCompany, type CompanyInput } from '../../../shared/understand/company.js';

const input = (over: Partial<CompanyInput>): CompanyInput => ({
  from: { name: null, email: null },
  replyTo: [],
  subject: '',
  sentences: [],
  signature: [],
  bodyEmails: [],
  people: [],
  ...over,
});

// The company the whole pipeline reads from a fresh forward.
const companyOf = async (path: string) => (await understand(freshFixture(path))).company;

// The company a person's one signature line gives, sent from the given address.
const signedBy = (line: string, email: string) => findCompany(input({ from: { name: 'Eva Stein', email }, people: ['Eva Stein'], nameLine: 'Eva Stein', signature: [line] }));

describe('findCompany', () => {
  it('reads signature lines part by part, without phones, addresses and web addresses', () => {
    const from = { name: 'Ollie Brandt', email: 'obrandt@stratacore.io' };
    expect(findCompany(input({ from, people: ['Ollie Brandt'], nameLine: 'Ollie Brandt | Recruiting Lead | Stratacore obrandt@stratacore.io', sentences: ['Your examples from the onboarding work at Brightpath were great.'] }))).toBe('Stratacore');
    const sigrid = { name: 'Sigrid Holm', email: 'sigrid.holm@nhrobotics.dk' };
    expect(findCompany(input({ from: sigrid, people: ['Sigrid Holm'], signature: ['People & Culture Manager', 'Nordhavn Robotics ApS | Åbogade 15, 8200 Aarhus N | +45 8612 5540'] }))).toBe('Nordhavn Robotics');
  });

  it("skips the signer's title line when it is a job noun in another language", () => {
    const nina = { name: 'Nina Roth', email: 'n.roth@kanzlei-bachmann-roth.de' };
    expect(findCompany(input({ from: nina, people: ['Nina Roth'], signature: ['Steuerberaterin', 'Kanzlei Bachmann & Roth'] }))).toBe('Kanzlei Bachmann & Roth');
    const mette = { name: 'Mette Holm', email: 'mette@aarhusnordklinik.dk' };
    expect(findCompany(input({ from: mette, people: ['Mette Holm'], signature: ['Oversygeplejerske', 'Privatklinikken Aarhus Nord'] }))).toBe('Privatklinikken Aarhus Nord');
    // A lead's title and its field; but a company named for its trade stays one.
    const melanie = { name: 'Melanie Wirth', email: 'm.wirth@kuestenkontor-hh.de' };
    expect(findCompany(input({ from: melanie, people: ['Melanie Wirth'], signature: ['Teamlead Marketing', 'Küstenkontor Hamburg GmbH', 'Großer Burstah 31, 20457 Hamburg'] }))).toBe('Küstenkontor Hamburg');
    const ximena = { name: 'Ximena Roldán', email: 'ximena.roldan@farmaceuticatlaloc.com.mx' };
    expect(findCompany(input({ from: ximena, people: ['Ximena Roldán'], signature: ['Atracción de Talento', 'Farmacéutica Tláloc, S.A. de C.V.'] }))).toBe('Farmacéutica Tláloc');
  });

  it('keeps the Nordic legal forms whole and drops them with SE, e.U. and the like', () => {
    const ats = { name: 'Kattegat Wind', email: 'no-reply@smartrecruiters.com' };
    expect(findCompany(input({ from: ats, sentences: ['Thank you for applying for the position Service Technician at Kattegat Wind A/S in Grenaa.'] }))).toBe('Kattegat Wind');
    const ute = { name: 'Ute Brandl', email: 'ute.brandl@vireo-automotive.de' };
    expect(findCompany(input({ from: ute, people: ['Ute Brandl'], signature: ['Vireo Automotive SE'] }))).toBe('Vireo Automotive');
    const hans = { name: 'Hans Lechner', email: 'hans@tischlerei-lechner.at' };
    expect(findCompany(input({ from: hans, people: ['Hans Lechner'], signature: ['Tischlerei Lechner e.U.'] }))).toBe('Tischlerei Lechner');
    // A name written from the address alone is no name with a legal form ("granskogdata se").
    const oskar = { name: 'Oskar Lund', email: 'oskar.lund@granskogdata.se' };
    expect(findCompany(input({ from: oskar, people: ['Oskar Lund'], sentences: ['Organisatör oskar.lund@granskogdata.se'] }))).toBe('Granskog Data');
  });

  it("reads the name after a team's word, and no job noun from the subject as the company", () => {
    const ats = { name: 'Solvéa Énergie via Workable', email: 'noreply@candidates.workablemail.com' };
    expect(findCompany(input({ from: ats, signature: ["L'équipe Solvéa Énergie"] }))).toBe('Solvéa Énergie');
    const uni = { name: 'Career Service Università di Valdarno', email: 'careerservice@univaldarno.it' };
    expect(findCompany(input({ from: uni }))).toBe('Università di Valdarno');
    const board = { name: null, email: 'esther.mulder@zorgpunttwente.nl' };
    expect(findCompany(input({ from: board, subject: 'Plan je gesprek in – Doktersassistent' }))).toBe('Zorgpunttwente');
    // A department alone, a province's abbreviation and a competition number are no company either.
    const rh = { name: null, email: 'rh@riviereauxsaules.qc.ca' };
    expect(findCompany(input({ from: rh, signature: ['Service des ressources humaines'], subject: 'Concours 2027-014 (Qc)' }))).toBe('Riviereauxsaules');
    // A job title with an acronym or 'de' in the subject, a newsletter's month, a phone label: no company.
    const rita = { name: null, email: 'naoresponda@vagas.casaaraucaria.com.br' };
    expect(findCompany(input({ from: rita, subject: 'Processo seletivo - Analista de BI' }))).toBe('Casaaraucaria');
    const nl = { name: 'Karrierekompass März', email: 'news@karrierekompass.de' };
    expect(findCompany(input({ from: nl }))).toBe('Karrierekompass');
    const louise = { name: 'Louise Bach', email: 'louise@solsikken.dk' };
    expect(findCompany(input({ from: louise, people: ['Louise Bach'], signature: ['Tlf. 40 12 34 56'] }))).toBe('Solsikken');
    const eb = { name: 'Erik Wendt', email: 'erik@druckerei-wendt.de' };
    expect(findCompany(input({ from: eb, people: ['Erik Wendt'], signature: ['Messeteam Druckerei Wendt e.K.'] }))).toBe('Druckerei Wendt');
  });

  it("reads no company from a localised calendar's organiser and guest lines", () => {
    const ines = { name: 'Inès Carpentier', email: 'ines.carpentier@lumiflore.fr' };
    const chrome = ['ines.carpentier@lumiflore.fr', 'Invités', 'Inès Carpentier - organisateur', 'Mathilde Orsini', 'Invitation de Google Agenda'];
    expect(findCompany(input({ from: ines, people: ['Inès Carpentier'], nameLine: 'Inès Carpentier', signature: chrome, sentences: ['Lumiflore - 8 rue Childebert, 69002 Lyon'] }))).toBe('Lumiflore');
  });

  it("writes the domain's name as the quoted thread or a lower-case note writes it", () => {
    const owen = { name: 'Owen Hartley', email: 'owen@pinecrestlabs.com' };
    expect(findCompany(input({ from: owen, people: ['Owen Hartley'], sentences: ['Thursday works, see you then.', 'Owen'], history: ['Owen Hartley', 'Design Lead, Pinecrest Labs'] }))).toBe('Pinecrest Labs');
    const dave = { name: 'Dave Kowalski', email: 'dave.kowalski@ironbarkhardware.com.au' };
    expect(findCompany(input({ from: dave, people: ['Dave Kowalski'], sentences: ['hi kayla, dave from ironbark hardware capalaba here.'] }))).toBe('Ironbark Hardware');
    // Nothing written: the domain as spelled, a trade word at its end set apart ("lumarishealth" -> "Lumaris Health").
    expect(findCompany(input({ from: dave, people: ['Dave Kowalski'], sentences: ['got ur resume, can u come in thurs?'] }))).toBe('Ironbark Hardware');
    const lin = { name: 'Lin Okafor', email: 'lin@lumarishealth.com' };
    expect(findCompany(input({ from: lin, people: ['Lin Okafor'], sentences: ['can u do a quick call tmrw?'] }))).toBe('Lumaris Health');
    // No trade word, or too little before it: spelled as the domain has it.
    const ana = { name: 'Ana Ruiz', email: 'ana@northernloop.com' };
    expect(findCompany(input({ from: ana, people: ['Ana Ruiz'], sentences: ['can u do a quick call tmrw?'] }))).toBe('Northernloop');
    const tom = { name: 'Tom Reyes', email: 'tom@uxdesign.io' };
    expect(findCompany(input({ from: tom, people: ['Tom Reyes'], sentences: ['can u do a quick call tmrw?'] }))).toBe('Uxdesign');
  });

  it('does not take a bare web address or a sentence for the name', () => {
    const from = { name: 'Aoife Brennan', email: 'aoife@copperleaf.io' };
    expect(findCompany(input({ from, people: ['Aoife Brennan'], signature: ['Talent Partner | Copperleaf Analytics', 'copperleaf.io'] }))).toBe('Copperleaf Analytics');
    expect(findCompany(input({ from: { name: 'Groupe Valmont', email: 'ne-pas-repondre@taleo.net' }, signature: ['Ce message a été envoyé automatiquement'] }))).toBe('Groupe Valmont');
  });

  it('names the client when an agency recruiter writes about one, the agency when none is named', () => {
    const from = { name: 'Jack Lorimer', email: 'jack.lorimer@vantagepoint-recruitment.co.uk' };
    const signature = ['Senior Consultant – Data & Analytics', 'Vantage Point Recruitment'];
    expect(findCompany(input({ from, people: ['Jack Lorimer'], signature, subject: 'Contract offer – Data Migration Analyst (Marlow Insurance)', sentences: ["I've just come off the phone with the hiring manager at Marlow Insurance and they'd like to offer you the contract."] }))).toBe('Marlow Insurance');
    expect(findCompany(input({ from, people: ['Jack Lorimer'], signature, sentences: ["I'm working on a confidential search for a manufacturer in Chelmsford."] }))).toBe('Vantage Point Recruitment');
  });
  it('reads a name the domain shortens at its end, as the mail writes it', () => {
    const tom = { name: 'Tom Brandt', email: 'tbrandt@lakeshoreortho.com' };
    expect(findCompany(input({ from: tom, people: ['Tom Brandt'], sentences: ['Tom Brandt here, practice administrator at Lakeshore Orthopedics.'] }))).toBe('Lakeshore Orthopedics');
    expect(findCompany(input({ from: tom, people: ['Tom Brandt'], sentences: ['Tom here, we met at the Lakeshore Ortho open day.'] }))).toBe('Lakeshore Ortho');
  });
  it('reads a bilingual name as the English one, a domain that spells umlauts out, and no sign-off as a name', () => {
    const team = { name: 'Cyngor Sir Caerwen', email: 'recriwtio@caerwen.gov.uk' };
    expect(findCompany(input({ from: team, signature: ['Tîm Recriwtio / Recruitment Team', 'Cyngor Sir Caerwen / Caerwen County Council'] }))).toBe('Caerwen County Council');
    const forum = { name: 'Ingenieurforum Süd', email: 'info@ingenieurforum-sued.de' };
    expect(findCompany(input({ from: { name: null, email: forum.email }, sentences: ['Das Ingenieurforum Süd lädt Sie herzlich ein.'] }))).toBe('Ingenieurforum Süd');
    expect(findCompany(input({ from: { name: 'Jonas Weber', email: 'j.weber@gmail.com' }, people: ['Jonas Weber'], signature: ['Mit freundlichen Grüßen'] }))).toBeNull();
  });
  it('reads the employer on a job board\'s card, and the client a search firm names', () => {
    const board = { name: 'Indeed Apply', email: 'indeedapply@indeed.com' };
    expect(findCompany(input({ from: board, subject: 'Indeed Application: Entry Level Sales Representative', sentences: ['Application submitted', 'Entry Level Sales Representative Pacific Crest Solar - San Diego, CA', 'Your application has been submitted.'] }))).toBe('Pacific Crest Solar');
    expect(findCompany(input({ from: board, subject: 'Application submitted', sentences: ['Your application has been submitted to Prairieline Logistics.'] }))).toBe('Prairieline Logistics');
    // "X Executive" at its own domain is a search firm: the client it writes about is the employer.
    const niamh = { name: 'Niamh Costigan', email: 'niamh.costigan@lennoxgrey.ie' };
    expect(findCompany(input({ from: niamh, people: ['Niamh Costigan'], subject: 'Brightwater Insurance - Head of People - 2nd stage interview', signature: ['Lennox Grey Executive'], sentences: ['Great news - Brightwater Insurance would like to meet you for a second stage interview for the Head of People role.'] }))).toBe('Brightwater Insurance');
    // A subject naming a search ("CFO search") marks a search firm.
    const meredith = { name: 'Meredith Lachance', email: 'mlachance@sterlingashby.ca' };
    expect(findCompany(input({ from: meredith, people: ['Meredith Lachance'], subject: 'Northvale Mining – CFO search', signature: ['Sterling Ashby Partners'], sentences: ["I spoke with Northvale's Chair this afternoon.", 'The committee has decided to proceed with another candidate.'] }))).toBe('Northvale Mining');
    // A staffing firm's client that "came back", named in full in the subject before a slash.
    const dana = { name: 'Dana Whitfield', email: 'dwhitfield@kestrelstaffing.com' };
    expect(findCompany(input({ from: dana, people: ['Dana Whitfield'], subject: 'Interview confirmed - Hollis & Crane Logistics / Transportation Analyst', signature: ['Senior Recruiter | Kestrel Staffing Group'], sentences: ['Great news, Hollis & Crane came back this afternoon and would like to meet you for the Transportation Analyst role.'] }))).toBe('Hollis & Crane Logistics');
    // Between two dashes of an agency's subject, the fuller form of a client the body names.
    const tom = { name: 'Tom Ashworth', email: 'tom.ashworth@haldenrowe.co.uk' };
    expect(findCompany(input({ from: tom, people: ['Tom Ashworth'], subject: 'RE: Category Analyst - Hatherleigh Foods - interview availability', signature: ['Halden Rowe Recruitment Ltd'], sentences: ["Perfect - Thursday at 4pm works for them, so that's confirmed with Hatherleigh."] }))).toBe('Hatherleigh Foods');
    // An agency that talks of "my client" is named with its trade as it writes it.
    const conor = { name: 'Conor Whelan', email: 'conor.whelan@beaconlane.ie' };
    expect(findCompany(input({ from: conor, people: ['Conor Whelan'], subject: '1st stage interview - Senior Financial Accountant', signature: ['Beacon Lane Recruitment | 27 Merrion Square North | Dublin 2'], sentences: ['Good news - my client would like to meet you.'] }))).toBe('Beacon Lane Recruitment');
    // An employer's recruiting team is not part of its name.
    const rainier = { name: 'Rainier Robotics Recruiting', email: 'no-reply@hire.lever.co' };
    expect(findCompany(input({ from: rainier, replyTo: [{ name: null, email: 'jobs@rainierrobotics.com' }], sentences: ['Thanks for applying to Rainier Robotics.'] }))).toBe('Rainier Robotics');
    // A board writes whom it sent the application to, in Spanish or German; an Italian "s.n.c." is a legal form.
    const board2 = { name: null, email: 'noreply@jobportal.example' };
    expect(findCompany(input({ from: board2, subject: 'Tu candidatura se ha enviado a Panaderías La Espiga', sentences: ['Tu candidatura para la oferta "Dependiente/a de panadería" se ha enviado correctamente a Panaderías La Espiga (Zaragoza).', 'La empresa revisará tu CV.'] }))).toBe('Panaderías La Espiga');
    expect(findCompany(input({ from: { name: 'Elena Rossi', email: 'e.rossi@gmail.com' }, people: ['Elena Rossi'], signature: ['Caseificio Valtaleggio s.n.c.'] }))).toBe('Caseificio Valtaleggio');
    // "Confidential" in any language is no name.
    const petteri = { name: 'Petteri Kivikko', email: 'petteri@kivikko-executive.fi' };
    expect(findCompany(input({ from: petteri, people: ['Petteri Kivikko'], subject: 'Luottamuksellinen: talousjohtajan tehtävä', signature: ['Kivikko Executive Oy'] }))).toBe('Kivikko Executive');
  });

  it('takes no hyphenated job for the employer, reads a labelled employer before a lower-case legal form, and prefers the name an acronym stands for', () => {
    // "Kasjer-Sprzedawca" after the subject's dash is the job; the display name, without its team word, is the shop.
    const shop = { name: 'Rekrutacja Sieć Sklepów Pod Lipą', email: 'rekrutacja@podlipa-sklepy.pl' };
    expect(findCompany(input({ from: shop, subject: 'Potwierdzenie otrzymania aplikacji - Kasjer-Sprzedawca, Lublin', sentences: ['dziękujemy za przesłanie aplikacji na stanowisko Kasjer-Sprzedawca w sklepie Pod Lipą w Lublinie.'] }))).toBe('Sieć Sklepów Pod Lipą');
    // A board's summary: "Pracodawca: X sp. z o.o.".
    const board = { name: 'JobRadar.pl', email: 'powiadomienia@jobradar.pl' };
    expect(findCompany(input({ from: board, subject: 'Twoja aplikacja została wysłana – Stolarz CNC', sentences: ['Twoja aplikacja została wysłana do pracodawcy.', 'Stanowisko: Stolarz CNC Pracodawca: Fabryka Mebli Dębowy Las sp. z o.o.'] }))).toBe('Fabryka Mebli Dębowy Las');
    // "MBS" in the display name, "Mazowiecki Bank Spółdzielczy" in the signature.
    const bank = { name: 'Rekrutacja MBS', email: 'rekrutacja@mbs-bank.pl' };
    expect(findCompany(input({ from: bank, subject: 'Potwierdzenie otrzymania aplikacji – Doradca Klienta (Radom)', signature: ['Mazowiecki Bank Spółdzielczy'] }))).toBe('Mazowiecki Bank Spółdzielczy');
    // A signer's title is no company: "Partnerin", "Cheffe d'établissement".
    expect(findCompany(input({ from: { name: 'Annette Kaltenbach', email: 'a.kaltenbach@kaltenbach-search.ch' }, people: ['Annette Kaltenbach'], signature: ['Partnerin', 'Kaltenbach Executive Search AG'] }))).not.toBe('Partnerin');
    // "Kariera" (careers) before the name; an Austrian "GesmbH".
    expect(findCompany(input({ from: { name: 'Kariera Wawel Analytics', email: 'noreply@successfactors.eu' }, subject: 'Potwierdzenie aplikacji' }))).toBe('Wawel Analytics');
    expect(findCompany(input({ from: { name: 'Verena Moser', email: 'v.moser@lindwurm.at' }, people: ['Verena Moser'], signature: ['Lindwurm Verlag GesmbH'] }))).toBe('Lindwurm Verlag');
  });

  it('names the client of a search firm known only by its wording, a client between the subject\'s dashes, and a surgery called a practice', () => {
    // Nothing in the domain or signature says "search"; the subject and "off the phone with" name another organisation.
    const oscar = { name: 'Oscar Thurlow', email: 'oscar@thurlowassociates.co.uk' };
    expect(findCompany(input({ from: oscar, people: ['Oscar Thurlow'], subject: 'Ainsworth Clarke - Head of Legal', signature: ['Director, Thurlow Associates'], sentences: ["I've just come off the phone with Ainsworth Clarke.", 'They have made an offer to the other finalist for the Head of Legal role.'] }))).toBe('Ainsworth Clarke');
    // The client between two dashes, written in full in the body.
    const sophie = { name: 'Sophie Marsh', email: 'sophie.marsh@brightlinetalent.co.uk' };
    expect(findCompany(input({ from: sophie, people: ['Sophie Marsh'], subject: '2nd stage - Calder Analytics - Data Engineer', signature: ['Principal Consultant - Data Brightline Talent'], sentences: ['Calder Analytics were really impressed with your first stage and want to get you back for the technical interview.'] }))).toBe('Calder Analytics');
    const josh = { name: 'Josh Whelan', email: 'josh.whelan@southerncrossrecruit.com.au' };
    expect(findCompany(input({ from: josh, people: ['Josh Whelan'], subject: 'RE: Interview - Payroll Officer - Kinross Health - time change', signature: ['Recruitment Consultant - Accounting Support Southern Cross Recruitment'], sentences: ["Kinross Health's Payroll Manager is now on leave Thursday afternoon, so they've asked to move your interview.", 'Same location - Kinross Health, 210 Victoria Pde, East Melbourne.'] }))).toBe('Kinross Health');
    const melissa = { name: 'Melissa Ortiz', email: 'melissa.ortiz@pinnaclepointstaffing.com' };
    expect(findCompany(input({ from: melissa, people: ['Melissa Ortiz'], subject: 'Medical Office Manager - Saguaro Family Practice', signature: ['Senior Recruiter - Healthcare Administration Pinnacle Point Staffing'], sentences: ['As we discussed, Saguaro Family Practice has offered the Medical Office Manager position to another candidate.'] }))).toBe('Saguaro Family Practice');
    // An agency's client named "il nostro cliente", or acting in German ("Die X möchte Sie kennenlernen") or in English and named again.
    const davide = { name: 'Davide Russo', email: 'davide.russo@pontetalenti.it' };
    expect(findCompany(input({ from: davide, people: ['Davide Russo'], subject: 'Store Manager - telefonata conoscitiva', signature: ['Senior Consultant Retail Ponte Talenti Srl'], sentences: ['Ti scrivo per la posizione di Store Manager che stiamo seguendo per il nostro cliente Farmacie Lombarde Riunite (Monza).'] }))).toBe('Farmacie Lombarde Riunite');
    const nadine = { name: 'Nadine Kroll', email: 'n.kroll@brueckner-personal.de' };
    expect(findCompany(input({ from: nadine, people: ['Nadine Kroll'], subject: 'Interviewtermin – SPS-Programmierer', signature: ['Senior Personalberaterin Technik Brückner Personalberatung GmbH'], sentences: ['Gute Nachrichten: Die Vossberg Maschinenbau GmbH möchte Sie gerne persönlich kennenlernen!'] }))).toBe('Vossberg Maschinenbau');
    const charlotte = { name: 'Charlotte Wouters', email: 'charlotte.wouters@delacroixstern.be' };
    expect(findCompany(input({ from: charlotte, people: ['Charlotte Wouters'], subject: 'RE: Regulatory Affairs Manager - interview confirmed', signature: ['Senior Consultant Delacroix & Stern'], sentences: ['Great news - Veltris Pharma would like to meet you for the Regulatory Affairs Manager position.', 'Location: Veltris Pharma, Avenue Louise 231, 1050 Brussels'] }))).toBe('Veltris Pharma');
    // A board that says whom it relayed the application to gives way to that employer, in German too; "den Arbeitgeber" is no name.
    expect(findCompany(input({ from: { name: 'KarriereAlpen', email: 'service@karrierealpen.at' }, subject: 'Bewerbung erfolgreich: IT-Systemadministrator (m/w/d)', sentences: ['Wir haben deine Unterlagen an Brauerei Stiegelbach GmbH weitergeleitet.'] }))).toBe('Brauerei Stiegelbach');
    expect(findCompany(input({ from: { name: 'JobBox', email: 'noreply@jobbox.de' }, subject: 'Bewerbung versendet', sentences: ['Ihre Bewerbung wurde an den Arbeitgeber weitergeleitet.'] }))).toBe('JobBox');
    // The card: the subject's job, then the employer up to its legal form, then the place.
    expect(findCompany(input({ from: { name: 'JobsHelvetia', email: 'noreply@jobshelvetia.ch' }, subject: 'Ihre Bewerbung: Leiter Finanzen & Controlling', sentences: ['Leiter Finanzen & Controlling Bergbahnen Engelberg-Titlisblick AG Engelberg OW'], signature: ['JobsHelvetia AG · Zürich · Datenschutz · Abmelden'] }))).toBe('Bergbahnen Engelberg-Titlisblick');
  });

  it('gives way to the employer a board passed the application on to, and to the client a search firm says decided', () => {
    expect(findCompany(input({ from: { name: 'Jobwelle', email: 'noreply@jobwelle.example' }, subject: 'Bewerbung gesendet: Pflegehelfer (m/w/d)', sentences: ['Folgende Unterlagen wurden an Sonnenhof Pflege gGmbH übermittelt: - Lebenslauf.pdf'] }))).toBe('Sonnenhof Pflege');
    expect(findCompany(input({ from: { name: 'LavoroQui', email: 'noreply@lavoroqui.it' }, subject: 'La tua candidatura è stata inviata', sentences: ['la tua candidatura per l\'offerta "Tecnico Manutentore" è stata inviata con successo a Officine Lunardi S.r.l.'] }))).toBe('Officine Lunardi');
    expect(findCompany(input({ from: { name: 'WorkNest', email: 'donotreply@match.worknest.example' }, subject: 'Application submitted: Social Media Manager at Brightwater Media', sentences: ['Your application has been submitted!', 'Track your applications on WorkNest.'] }))).toBe('Brightwater Media');
    const tom = { name: 'Tom Fairweather', email: 'tom.fairweather@bellwetherharris.com.au' };
    expect(findCompany(input({ from: tom, people: ['Tom Fairweather'], subject: 'Aurelian Water - Chief Operating Officer', signature: ['Principal | Bellwether Harris Level 18, 1 Farrer Place, Sydney'], sentences: ["Aurelian Water's board has made its decision on the Chief Operating Officer appointment and unfortunately it hasn't gone your way."] }))).toBe('Aurelian Water');
    const sarah = { name: 'Sarah Ng', email: 'sarah.ng@bellwetherharris.com.au' };
    expect(findCompany(input({ from: sarah, people: ['Sarah Ng'], subject: 'Quillfeather - offer for GM Claims', signature: ['Partner | Bellwether Harris Level 18, 1 Farrer Place, Sydney'], sentences: ['As I said on the phone, Quillfeather Insurance would like to offer you the role of General Manager, Claims.'] }))).toBe('Quillfeather Insurance');
    const georgia = { name: 'Georgia Pappas', email: 'georgia@southerlysearch.com.au' };
    expect(findCompany(input({ from: georgia, people: ['Georgia Pappas'], subject: 'Corella Energy CFO - meeting with the Chair', signature: ['Director | Southerly Search Partners +61 2 9555 0176'], sentences: ["I've now heard back from Corella Energy and their Chair would like to meet you."] }))).toBe('Corella Energy');
    // A word of the subject's job is no client's name ("our Head of Procurement Mr. Daniel Lim would like to speak with you").
    const jasmine = { name: 'Jasmine Koh', email: 'jasmine.koh@merlionfreight.com.sg' };
    expect(findCompany(input({ from: jasmine, people: ['Jasmine Koh'], subject: 'Merlion Freight - Interview for Regional Procurement Executive', signature: ['Senior Talent Acquisition Partner Merlion Freight Pte Ltd'], sentences: ['Further to our call, our Head of Procurement Mr. Daniel Lim would like to speak with you for the Regional Procurement Executive role.'] }))).toBe('Merlion Freight');
  });

  it('reads a name the domain shortens to three letters of its last word after two words', () => {
    const oliver = { name: 'Oliver Grant', email: 'oliver@peninsulasportsmed.com.au' };
    expect(findCompany(input({ from: { name: 'Calendly', email: 'notifications@calendly.com' }, replyTo: [oliver], people: ['Oliver Grant'], sentences: ['Event Type: Physio phone screen (30 min) - Peninsula Sports Medicine'] }))).toBe('Peninsula Sports Medicine');
  });
  it('spells the domain with glue words left out or as domains write letters, and takes no city or street for a name', () => {
    const hr = (email: string) => ({ name: 'Recrutement', email });
    expect(findCompany(input({ from: hr('rh@cliniquevaldesambre.be'), sentences: ['Merci pour votre intérêt pour la Clinique du Val de Sambre.'] }))).toBe('Clinique du Val de Sambre');
    expect(findCompany(input({ from: hr('job@oresundmedico.dk'), sentences: ['Velkommen til karrieredag hos Øresund Medico i Malmø.'] }))).toBe('Øresund Medico');
    expect(findCompany(input({ from: hr('hr@isarrueck.de'), sentences: ['Vielen Dank für Ihr Interesse an der Isar Rückversicherung.'] }))).toBe('Isar Rückversicherung');
    const lars = { name: 'Lars Holm', email: 'lars@kalvebodrevision.dk' };
    expect(findCompany(input({ from: lars, people: ['Lars Holm'], signature: ['Kalvebod Brygge 39, 1560 København V'], sentences: ['Tak for din ansøgning hos Kalvebod Revision.'] }))).toBe('Kalvebod Revision');
    expect(findCompany(input({ from: { name: 'Ana Ruiz', email: 'ana.ruiz@quebracho.com.ar' }, people: ['Ana Ruiz'], signature: ['Buenos Aires'], sentences: ['Gracias por postularte.'] }))).not.toBe('Buenos Aires');
  });
  it('reads the employer a board sent the application to in English, and takes no job type, zone or clock time for a name', () => {
    expect(findCompany(input({ from: { name: 'Indeed Apply', email: 'indeedapply@indeed.com' }, subject: 'Indeed Application: Caregiver - Memory Care (Part Time)', sentences: ['Caregiver - Memory Care (Part Time) Willowmere Senior Living - Mesa, AZ 85206', 'The following items were sent to Willowmere Senior Living.'] }))).toBe('Willowmere Senior Living');
    expect(findCompany(input({ from: { name: 'WorkHaven', email: 'no-reply@workhaven.example' }, subject: 'An update on your application to Ridgeview Dental Group', sentences: ['Thank you for your interest in the Dental Office Manager position.'] }))).toBe('Ridgeview Dental Group');
    expect(findCompany(input({ from: { name: 'JobRiver', email: 'donotreply@jobriver.example' }, subject: 'Application submitted: Warehouse Team Lead - Hartwell Distribution', sentences: ['Keep track of your application on My Jobs.'] }))).toBe('Hartwell Distribution');
    // German relays still read their name from their own group of the pattern.
    expect(findCompany(input({ from: { name: 'Jobwelle', email: 'noreply@jobwelle.example' }, sentences: ['Folgende Unterlagen wurden an Metzgerei Huber übermittelt.'] }))).toBe('Metzgerei Huber');
    const cal = { name: 'Calendly', email: 'notifications@calendly.com' };
    expect(findCompany(input({ from: cal, subject: 'New Event: Intro (Central European Time)', sentences: ['Event Date/Time: 10:00 (Central European Time)'] }))).not.toBe('Central European Time');
  });
  it('reads the employer a Dutch or German board names, but not a person the mail was passed to', () => {
    expect(findCompany(input({ from: { name: 'Werkzoeker.nl', email: 'noreply@werkzoeker.nl' }, subject: 'Je sollicitatie is verstuurd naar Bakkerij Hofman', sentences: ['Goed nieuws: je sollicitatie voor de functie Assistent Bedrijfsleider is verstuurd naar Bakkerij Hofman in Zwolle.'] }))).toBe('Bakkerij Hofman');
    expect(findCompany(input({ from: { name: 'Jobwerk24', email: 'no-reply@jobwerk24.de' }, subject: 'Neuigkeiten zu Ihrer Bewerbung', sentences: ['Der Arbeitgeber Fischer & Sohn Elektrotechnik GmbH hat Ihre Bewerbung geprüft.'] }))).toBe('Fischer & Sohn Elektrotechnik');
    const anouk = { name: 'Anouk de Vries', email: 'anouk@vanleeuwen-installatie.nl' };
    expect(findCompany(input({ from: anouk, people: ['Anouk de Vries'], signature: ['Installatiebedrijf Van Leeuwen'], sentences: ['Je cv is doorgestuurd naar Gerard (bedrijfsleider), die is deze week op een klus.'] }))).not.toBe('Gerard');
    expect(findCompany(input({ from: { name: 'Gemeindeamt Oberried', email: 'amt@oberried.gv.at' }, signature: ['Für den Bürgermeister: Ing. Herbert Walch Amtsleiter'], sentences: ['Wir bedanken uns für Ihre Bewerbung.'] }))).not.toBe('Für');
  });
});

describe('findCompany: what is no name', () => {
  const ats = { name: null, email: 'noreply@jobs.example-ats.com' };
  it("drops a hotel's stars, a dash left behind and a department in front", () => {
    expect(findCompany(input({ from: { name: 'Hôtel Vauban ★★★★', email: 'rh@hotel-vauban.fr' } }))).toBe('Hôtel Vauban');
    expect(findCompany(input({ from: { name: 'Town of Port Ardeen - Human Resources', email: 'hr@portardeen.ca' } }))).toBe('Town of Port Ardeen');
    expect(findCompany(input({ from: { name: 'Service du Personnel - Commune de Beaumont-lez-Sart', email: 'personnel@beaumont.be' } }))).toBe('Commune de Beaumont-lez-Sart');
  });

  it('takes no reference code, no person with their titles and no common noun for the employer', () => {
    expect(findCompany(input({ from: ats, subject: 'Interview invitation - Staff Nurse - 349-MED-2817 -' }))).not.toBe('349-MED-2817');
    expect(findCompany(input({ from: { name: 'Prof. Dr. Matthias Wendler', email: 'm.wendler@fz-elbtal.de' }, signature: ['Prof. Dr. Matthias Wendler'] }))).not.toMatch(/Wendler/);
    expect(findCompany(input({ from: { name: 'Frau Kühnel', email: 'kuehnel@fz-elbtal.de' } }))).not.toMatch(/Kühnel/);
    expect(findCompany(input({ from: { name: 'Dr. Bettina Raabe', email: 'b.raabe@raabe-executive.de' }, subject: 'Vertrauliche Anfrage: Head of Finance (m/w/d) – Familienunternehmen, Raum Stuttgart' }))).not.toBe('Familienunternehmen');
  });

  it("reads a long trust's name whole, an NHS domain's own label, and a search firm as it signs", () => {
    expect(findCompany(input({ from: { name: 'Linden Vale Teaching Hospitals NHS Foundation Trust', email: 'noreply@trac.jobs' } }))).toBe('Linden Vale Teaching Hospitals NHS Foundation Trust');
    expect(findCompany(input({ from: { name: 'Amy Cole', email: 'amy.cole@lindenvale.nhs.uk' }, people: ['Amy Cole'] }))).toBe('Lindenvale');
    const signs = { from: { name: 'Dr. Cornelia Falkenstein', email: 'c.falkenstein@falkenstein-search.de' }, people: ['Cornelia Falkenstein'], nameLine: 'Dr. Cornelia Falkenstein', signature: ['Managing Partner', 'Falkenstein Executive Search GmbH'], sentences: ['Ich möchte Ihnen eine vertrauliche Position vorstellen.'] };
    expect(findCompany(input(signs))).toBe('Falkenstein Executive Search');
  });
});

describe('findCompany: boards of more countries', () => {
  it("reads the employer a Polish, Danish or Brazilian board names, not the board or its footer's links", () => {
    const pracuj = { name: 'Pracuj.pl', email: 'powiadomienia@pracuj.pl' };
    expect(findCompany(input({ from: pracuj, subject: 'Twoja aplikacja została wysłana – Programista Java', sentences: ['Pracodawca: Softwarehaus Odra Sp. z o.o.'] }))).toBe('Softwarehaus Odra');
    const jobindex = { name: 'Jobindex', email: 'noreply@jobindex.dk' };
    expect(findCompany(input({ from: jobindex, subject: 'Din ansøgning er sendt: Butiksassistent hos Hvidemølle Bageri', sentences: ['Virksomhed: Hvidemølle Bageri ApS'] }))).toBe('Hvidemølle Bageri');
    const gupy = { name: 'Cervejaria Serra Azul', email: 'naoresponda@gupy.com.br' };
    expect(findCompany(input({ from: gupy, subject: 'Candidatura recebida: Analista de Planejamento Financeiro Pleno', sentences: ['Política de Privacidade', 'Descadastrar'] }))).toBe('Cervejaria Serra Azul');
    expect(findCompany(input({ from: { name: 'Alertas de vagas do LinkedIn', email: 'jobalerts-noreply@linkedin.com' }, subject: '12 novas vagas' }))).toBeNull();
  });
});

describe('findCompany: a search firm introducing its client\'s executive', () => {
  it("names the client whose chief executive the consultant introduces, never the executive", () => {
    const firm = (sentences: string[], subject: string) =>
      findCompany(input({ from: { name: 'Priyanka Shah', email: 'priyanka.shah@harcourtlyle.com' }, people: ['Priyanka Shah'], subject, sentences, nameLine: 'Priyanka Shah', signature: ['Associate Director, Infrastructure & Utilities', 'Harcourt Lyle Partners'] }));
    expect(firm(["Tom Ashworth (Whinfell's Chief Executive) has been called to a meeting with the regulator, so we need to move your conversation with him."], 'RE: Whinfell Water – meeting with Tom Ashworth')).toBe('Whinfell Water');
    expect(firm(["Martin Greer, Oakhurst Aviation Services' Chief Executive, would like an initial conversation with you tomorrow at 8am."], 'Oakhurst – call with Martin tomorrow?')).toBe('Oakhurst Aviation Services');
    expect(firm(["Here are the times Anders Lindgren (Lumen Ridge Semiconductors' CEO) has offered for your first conversation."], 'Lumen Ridge – first meeting with Anders')).toBe('Lumen Ridge Semiconductors');
    expect(firm(["You'll meet Solenne Energy's CEO, Dr. Nadia Farouk, on Thursday 26 August at 2:00pm at their office."], 'RE: Solenne Energy – VP Engineering Delivery – CEO interview')).toBe('Solenne Energy');
    expect(firm(['I wanted to let you know where things have landed with Quillon Health.'], 'Quillon Health – Chief Digital Officer')).toBe('Quillon Health');
  });
});

describe('findCompany: clients a search firm names by their chair, board or as its Mandant', () => {
  const firm = (sentences: string[], subject: string, label = 'ravensworthhale') =>
    findCompany(input({ from: { name: 'Olivia Marsh', email: `olivia.marsh@${label}.com` }, people: ['Olivia Marsh'], subject, sentences, nameLine: 'Olivia Marsh', signature: ['Partner', 'Ravensworth Hale'] }));
  it('names the client whose chair or board acts, and the German Mandant', () => {
    expect(firm(['Moira Dunbar, Chair of Glenrock Distilleries, would like to meet you by video for an initial conversation about the Managing Director role.'], 'Glenrock Distilleries – Managing Director – next step')).toBe('Glenrock Distilleries');
    expect(firm(["I'm delighted to share that Harrowgate Mutual's board met this morning and unanimously approved your appointment as Chief Technology Officer."], 'Harrowgate Mutual – CTO – offer')).toBe('Harrowgate Mutual');
    const beratung = { name: 'Jana Kessel', email: 'j.kessel@kessel-hartmann.de' };
    const mandant = 'Leider muss ich Ihnen mitteilen, dass sich unser Mandant, die Rheintal Armaturen GmbH, nach den finalen Gesprächen für eine andere Kandidatin entschieden hat.';
    expect(findCompany(input({ from: beratung, people: ['Jana Kessel'], subject: 'Ihre Kandidatur – Kaufmännische Geschäftsführerin (m/w/d)', sentences: [mandant], nameLine: 'Jana Kessel', signature: ['Kessel Hartmann Personalberatung GmbH'] }))).toBe('Rheintal Armaturen');
  });
});

describe('findCompany: display names and places in the languages of the mail', () => {
  it("drops a careers page's words around the name, a possessive, and takes no city in its own language or a reply button for a name", () => {
    expect(findCompany(input({ from: { name: 'Jabuti Software | Talentos', email: 'talentos@jabuti.com.br' } }))).toBe('Jabuti Software');
    expect(findCompany(input({ from: { name: 'Trabalhe Conosco Construtora Ipê Amarelo', email: 'vagas@ipeamarelo.com.br' } }))).toBe('Construtora Ipê Amarelo');
    expect(findCompany(input({ from: { name: 'Orlewo Energia – Kariera', email: 'kariera@orlewo.pl' } }))).toBe('Orlewo Energia');
    expect(findCompany(input({ from: { name: 'Dana Holt', email: 'dana@prairielinehealth.com' }, people: ['Dana Holt'], sentences: ["Prairieline Health's recruiting team will send the invite."] }))).toBe('Prairieline Health');
    expect(findCompany(input({ from: { name: 'Giulia Neri', email: 'giulia@gmail.com' }, people: ['Giulia Neri'], signature: ['Torino'] }))).toBeNull();
    expect(findCompany(input({ from: { name: 'Répondre', email: 'inmail-hit-reply@linkedin.com' } }))).toBeNull();
  });
});

describe("findCompany: boards' receipts and boards' own mail", () => {
  it('reads the employer a board sent the application to, in French, or that will review it', () => {
    const apec = { name: 'Apec', email: 'ne-pas-repondre@apec.fr' };
    expect(findCompany(input({ from: apec, subject: 'Votre candidature a bien été transmise', sentences: ['Votre candidature à l\'offre « Responsable de programmes » a bien été transmise au recruteur Soléa Habitat.'] }))).toBe('Soléa Habitat');
    const seek = { name: 'SEEK', email: 'noreply@s.seek.com.au' };
    expect(findCompany(input({ from: seek, subject: 'Your application was successfully submitted', sentences: ['Ridgeline Freight will review your application.'] }))).toBe('Ridgeline Freight');
  });

  it("names a board's own newsletter or fair by the board, never an individual's display name", () => {
    expect(boardBrand({ name: 'Welcome to the Jungle', email: 'newsletter@welcometothejungle.com' })).toBe('Welcome to the Jungle');
    expect(boardBrand({ name: 'Handshake', email: 'noreply@joinhandshake.com' })).toBe('Handshake');
    expect(boardBrand({ name: 'Vikram Sethi via LinkedIn', email: 'inmail-hit-reply@linkedin.com' })).toBeNull();
    expect(boardBrand({ name: 'Helvion Careers', email: 'careers@talent.helvion.com' })).toBeNull();
  });
});

describe('findCompany: what is read on into a name', () => {
  const signed = (line: string, email = 'hr@example-employer.com') => signedBy(line, email);
  it('drops initials in brackets, a weekday, the topic, a careers page and an office or department around the name', () => {
    expect(signed('Intercommunale Meuse-Vesdre (IMV)', 'rh@imv-liege.be')).toBe('Intercommunale Meuse-Vesdre');
    expect(signed('Rheinhafen Chemie Mittwoch')).toBe('Rheinhafen Chemie');
    expect(signed('Werken bij Rijnstad Zorg')).toBe('Rijnstad Zorg');
    expect(signed('Stiftung Lesewelt – Bewerbungen')).toBe('Stiftung Lesewelt');
    expect(signed('Hollins Park Primary School Office')).toBe('Hollins Park Primary School');
    // (A sender's display name with its department after a dash: "Valtéris Pharma – Expérience candidat".)
    const sender = (name: string, email: string) => findCompany(input({ from: { name, email } }));
    expect(sender('Valtéris Pharma – Expérience candidat', 'noreply@valteris.ch')).toBe('Valtéris Pharma');
    expect(sender('Hydrobel – Sélection', 'selection@hydrobel.be')).toBe('Hydrobel');
    expect(sender('Grupo Vértice – Experiencia del Candidato', 'encuestas@grupovertice.mx')).toBe('Grupo Vértice');
    expect(sender('Groupe Valdrome – Talents', 'talents@valdrome.fr')).toBe('Groupe Valdrome');
    // (A calendar's zone and a reply prefix are no names.)
    expect(signed('Mitteleuropäische Sommerzeit')).not.toBe('Mitteleuropäische Sommerzeit');
    expect(signed('SV')).not.toBe('SV');
    // ("Letter of Offer" keeps its last word: it is no name with a topic after it.)
    expect(signed('Bank of Offer')).toBe('Bank of Offer');
  });
});

describe("findCompany: boards' cards and wordings in more languages", () => {
  const board = (from: { name: string; email: string }, subject: string, sentences: string[]) => findCompany(input({ from, subject, sentences }));
  it('reads the employer after the job\'s gender marker, ending at its legal form', () => {
    expect(board({ name: 'StepStone', email: 'noreply@stepstone.de' }, 'Ihre Bewerbung ist unterwegs', ['Ihre Bewerbung ist unterwegs!', 'Disponent (m/w/d) Brennwald Logistik GmbH Kassel Vollzeit – 40 Std.'])).toBe('Brennwald Logistik');
    expect(board({ name: 'Apec', email: 'ne-pas-repondre@apec.fr' }, 'Votre candidature a bien été transmise', ['Responsable des achats industriels H/F Garonne Composites – Mérignac (33) CDI'])).toBe('Garonne Composites');
  });
  it('reads "envoyés à X", "an X eG übermittelt", "hemos enviado tu CV a X" and "application for X with Y"', () => {
    expect(board({ name: 'Indeed', email: 'indeedapply@indeed.com' }, 'Candidature envoyée', ['Les éléments suivants ont été envoyés à Boulangeries Maréchal.'])).toBe('Boulangeries Maréchal');
    expect(board({ name: 'StepStone', email: 'noreply@stepstone.de' }, 'Bewerbung versendet', ['Wir haben Ihre Bewerbung am 27.04.2027 an Alpenmilch Molkerei Chiemgau eG übermittelt.'])).toBe('Alpenmilch Molkerei Chiemgau');
    expect(board({ name: 'InfoJobs', email: 'noreply@infojobs.net' }, 'Te has inscrito', ['Hemos enviado tu CV y tu carta de presentación a Transportes Hermanos Vidal.'])).toBe('Transportes Hermanos Vidal');
    expect(board({ name: 'NHS Jobs', email: 'noreply@jobs.nhs.uk' }, 'Application submitted for Community Staff Nurse', ['Thank you for your application for Community Staff Nurse with Carrowfield Community Health NHS Trust.'])).toBe('Carrowfield Community Health NHS Trust');
  });
});

describe("findCompany: a search firm's practices, committees and titles are no names", () => {
  const signed = (line: string) => signedBy(line, 'eva@example-firm.com');
  it('refuses a practice, a committee, a department, a title and a titled surname, but keeps a surgery', () => {
    expect(signed('Energy & Industrials Practice')).toBe('Example Firm');
    expect(signed('Investment Committee')).toBe('Example Firm');
    expect(signed('Healthcare Operations')).toBe('Example Firm');
    expect(signed('Group Treasurer')).toBe('Example Firm');
    expect(signed('Dr. Okafor')).toBe('Example Firm');
    expect(signed('Saguaro Family Practice')).toBe('Saguaro Family Practice');
  });
});

describe('findCompany: postcodes, project numbers, careers-site domains and possessive institutions', () => {
  const signed = (line: string, email = 'eva@example-firm.com') => signedBy(line, email);
  it('refuses a postcode or a project number, reads a werkenbij domain as the employer, keeps "Children\'s Health"', () => {
    expect(signed('London EC2R 6AY')).toBe('Example Firm');
    expect(signed('Projekt 27-118')).toBe('Example Firm');
    expect(findCompany(input({ from: { name: null, email: 'nieuwsbrief@werkenbijrijnstadzorg.nl' }, sentences: ['Rijnstad Zorg zoekt nieuwe collega’s.'] }))).toBe('Rijnstad Zorg');
    expect(signed("Marlowe Children's Health")).toBe("Marlowe Children's Health");
  });
});

describe('findCompany: a one-word name the domain cannot spell', () => {
  it('takes the written form of a hyphenated or accented name, with the institution it names, over the domain spelled out', () => {
    const ville = { name: 'Ressources humaines', email: 'emplois@saint-aurele.qc.ca' };
    expect(findCompany(input({ from: ville, sentences: ["Nous vous remercions de l'intérêt manifesté pour le poste à la Ville de Saint-Aurèle."] }))).toBe('Ville de Saint-Aurèle');
    const events = { name: 'Teknologiakylä Tapahtumat', email: 'tapahtumat@teknologiakyla.fi' };
    expect(findCompany(input({ from: events, sentences: ['[image: Teknologiakylä]', 'Tervetuloa rekrytointi-iltaan!'] }))).toBe('Teknologiakylä');
  });
});

describe("findCompany: a Polish board's receipt", () => {
  it('names the employer the application was sent to, not the board', () => {
    const board = { name: 'PracaTeraz.pl', email: 'powiadomienia@pracateraz.pl' };
    expect(findCompany(input({ from: board, sentences: ['Twoja aplikacja na ofertę Technolog żywności została wysłana do pracodawcy Mazurskie Mleczarnie S.A. (Olsztyn).'] }))).toBe('Mazurskie Mleczarnie');
  });
});

describe('findCompany: stars, possessive institutions and a carrier\'s Lines', () => {
  it('drops a superior hotel\'s stars, keeps "Children\'s Research Institute" whole and reads "Saguaro Freight Lines" at saguarofreight.com', () => {
    expect(signedBy('Hotel Seehof Achensee ****S', 'jobs@seehof-achensee.at')).toBe('Hotel Seehof Achensee');
    expect(signedBy("Keystone Children's Research Institute", 'talent@keystonechildrens.org')).toBe("Keystone Children's Research Institute");
    expect(findCompany(input({ from: { name: 'Calendly', email: 'notifications@calendly.com' }, replyTo: [{ name: 'Rosa Vega', email: 'rvega@saguarofreight.com' }], sentences: ['Location: Saguaro Freight Lines, 2200 S 7th St, Phoenix'] }))).toBe('Saguaro Freight Lines');
  });
});

describe('findCompany: a public body named past the part its domain spells', () => {
  it('goes on through "Hospitals NHS Foundation Trust", "Service NHS Trust", "District School Board"', () => {
    expect(signedBy('Bramley Vale Hospitals NHS Foundation Trust', 'dennis.ward@bramleyvale.nhs.uk')).toBe('Bramley Vale Hospitals NHS Foundation Trust');
    expect(signedBy('West Marches Ambulance Service NHS Trust', 'sian@westmarches-ambulance.nhs.uk')).toBe('West Marches Ambulance Service NHS Trust');
    expect(signedBy('Lakeshore Pines District School Board', 'hr@lakeshorepines.ca')).toBe('Lakeshore Pines District School Board');
  });
});

describe('findCompany: a jobs service is never the employer', () => {
  it('reads no board or jobs-service name from the subject', () => {
    expect(findCompany(input({ from: { name: 'Civil Service Jobs', email: 'noreply@civilservicejobs.service.gov.uk' }, subject: 'Civil Service Jobs - Application submitted for 331905: Court Usher', sentences: ['Thank you for submitting your application.'] }))).not.toBe('Civil Service Jobs');
  });
});

describe("a job board's card", () => {
  // The board's own name and domain are reduced to nothing before the company is read (it is a platform).
  const card = (subject: string, lines: string[]) => findCompany(input({ subject, sentences: [lines.join(' ')], lines, board: true }));

  it('reads the employer on the line under the job, alone or before its place', () => {
    expect(card('Tu candidatura para Administrativo/a contable se ha enviado correctamente', ['Hola Sergio,', 'Tu candidatura se ha enviado correctamente. Estos son los datos de la oferta:', '*Administrativo/a contable*', 'Construcciones Hermanos Barbastro, S.L.', 'Huesca · Contrato indefinido · Jornada completa'])).toBe('Construcciones Hermanos Barbastro');
    expect(card('Søknaden din er sendt: Lagermedarbeider', ['Søknaden din er sendt!', 'Hei Ingrid,', 'Lagermedarbeider – fast 100 %', 'Nordlys Engros AS · Berghagan 4, 1405 Langhus'])).toBe('Nordlys Engros');
    expect(card('Votre candidature a bien été envoyée', ['Bonjour Camille,', 'Product Analyst', 'Octave Énergie · CDI · Paris · Télétravail partiel'])).toBe('Octave Énergie');
  });

  it("takes a public jobs service's labelled department", () => {
    expect(card('Your application - Customer Service Team Leader (Ref 318842)', ['Dear Ben Okoye,', 'Application for: Customer Service Team Leader (Executive Officer)', 'Department: Valuation and Rates Agency', 'Reference: 318842'])).toBe('Valuation and Rates Agency');
    expect(card('Tu candidatura se ha enviado: Administrativo/a contable', ['¡Tu candidatura se ha enviado correctamente!', 'Administrativo/a contable', 'Hidráulicas del Jarama, S.L.', 'San Fernando de Henares (Madrid) · Contrato indefinido'])).toBe('Hidráulicas del Jarama');
  });

  it('does not take a place, an address, or the line under the employer for one', () => {
    // The employer's own name in the subject is no job; the line under it is a town.
    expect(card('Karla, tu postulación fue enviada a Grupo Farmacéutico Anáhuac', ['¡Hola Karla!', 'Auxiliar Contable', 'Grupo Farmacéutico Anáhuac', 'Puebla, Pue.'])).toBe('Grupo Farmacéutico Anáhuac');
    expect(card('Application submitted', ['Data Analyst Intern - Summer 2029', 'Milwaukee, WI - Internship - Paid'])).toBeNull();
    expect(card('Thank you for applying to Northfield Cold Storage', ['Human Resources', 'Northfield Cold Storage, Inc.', '2200 S. Loomis St. | Chicago, IL 60608'])).not.toBe('2200 S. Loomis St');
    // Under a sign-off, the sender's department is no card.
    expect(card('Ilmoitus valinnasta: Kirjastovirkailija, Koivuniemen kunta', ['Hyvä hakija,', 'Ystävällisin terveisin', 'Koivuniemen kunta', 'Sivistyspalvelut'])).not.toBe('Sivistyspalvelut');
  });
});

describe('a labelled employer', () => {
  it('runs to the next label, of one to three words, and may be long', () => {
    const nhs = { name: null, email: null };
    expect(findCompany(input({ from: nhs, sentences: ['Job title: Occupational Therapist - Community Rehabilitation Team Employer: Fenmarsh Community NHS Trust Job reference: 266-OT-1138'] }))).toBe('Fenmarsh Community NHS Trust');
    expect(findCompany(input({ from: nhs, sentences: ['Job title: Occupational Therapist Employer: Ayrfield and Lowther Community NHS Foundation Trust Job reference: C-2819-29-0044 Closing date: 11 March 2029'] }))).toBe('Ayrfield and Lowther Community NHS Foundation Trust');
  });
});


describe("an employment agency's client", () => {
  it('is the one the agency calls its client, in Dutch and German too', () => {
    const rianne = { name: 'Rianne Kok', email: 'rianne.kok@flexpunt.nl' };
    expect(findCompany(input({ from: rianne, people: ['Rianne Kok'], subject: 'Terugkoppeling sollicitatie Teamleider Productie', sentences: ['Zoals vanmiddag telefonisch besproken: onze opdrachtgever Brouwer Verpakkingen in Nieuwegein heeft besloten om verder te gaan met een andere kandidaat.'], nameLine: 'Rianne Kok', signature: ['Intercedent Techniek & Productie', 'Flexpunt Uitzendbureau', 'Vestiging Utrecht | Vleutenseweg 310 | 3532 HW Utrecht'] }))).toBe('Brouwer Verpakkingen');
    const reto = { name: 'Reto Aebi', email: 'r.aebi@aebi-partner.ch' };
    expect(findCompany(input({ from: reto, people: ['Reto Aebi'], subject: 'Vorstellungsgespräch bei unserer Mandantin – Leiterin Finanzen & HR', sentences: ['Wie besprochen habe ich Ihr Dossier unserer Mandantin, der Gurtner Haustechnik AG in Thun, vorgestellt.'], nameLine: 'Reto Aebi', signature: ['Partner', 'Aebi & Partner Personalberatung AG'] }))).toBe('Gurtner Haustechnik');
  });

  it('keeps "van der" and "del" inside a name, and a job with its field is no name', () => {
    const lisa = { name: 'Lisa Hendriks', email: 'lisa.hendriks@flexwerkplus.nl' };
    expect(findCompany(input({ from: lisa, people: ['Lisa Hendriks'], subject: 'Sollicitatiegesprek bij Bakkerij Van der Heijden – productiemedewerker', sentences: ['Ik heb je cv doorgestuurd naar onze opdrachtgever Bakkerij Van der Heijden in Tilburg en ze willen je graag ontmoeten.'], nameLine: 'Lisa Hendriks', signature: ['Flexwerk Plus Uitzendbureau Tilburg'] }))).toBe('Bakkerij Van der Heijden');
    // ("di" may join a name now, but not a job to its field.)
    const selezione = { name: 'Selezione Ospedale San Lorenzo', email: 'selezione@fondazionesanlorenzo.it' };
    expect(findCompany(input({ from: selezione, subject: 'Conferma ricezione candidatura - Tecnico di Radiologia', sentences: ['Confermiamo la ricezione della Sua candidatura per la posizione di Tecnico di Radiologia Medica.'], signature: ['Ufficio Selezione', 'Fondazione Ospedale San Lorenzo'] }))).not.toBe('Tecnico di Radiologia');
  });
});

describe("a signature's titles and labels", () => {
  it("takes neither an owner's title nor a contact label for the company", () => {
    const anna = { name: 'Anna Lipowa', email: 'anna.lipowa@gmail.com' };
    expect(findCompany(input({ from: anna, people: ['Anna Lipowa'], nameLine: 'Anna Lipowa', signature: ['Właścicielka', 'Biuro Rachunkowe Lipowa'] }))).toBe('Biuro Rachunkowe Lipowa');
    const laurent = { name: 'Laurent Wicht', email: 'l.wicht@alpina-search.ch' };
    expect(findCompany(input({ from: laurent, people: ['Laurent Wicht'], nameLine: 'Laurent Wicht', signature: ['Associé – Alpina Executive Search, Lausanne'] }))).toBe('Alpina Executive Search');
    const hr = { name: 'Personalabteilung', email: 'bewerbung@dvinci-mail.example' };
    expect(findCompany(input({ from: hr, subject: 'Eingangsbestätigung Ihrer Bewerbung', signature: ['E-Mail', 'Rheinfeld Versicherung'] }))).not.toBe('E-Mail');
  });
});

describe('a place', () => {
  it('is no company, by its English name too', () => {
    const luca = { name: 'Luca Ferri', email: 'luca.ferri@talentipartner.it' };
    expect(findCompany(input({ from: luca, people: ['Luca Ferri'], nameLine: 'Luca Ferri', signature: ['Milan', 'Talenti & Partner Executive Search'] }))).toBe('Talenti & Partner Executive Search');
  });
});


describe('an agency client, declined or capitalised', () => {
  it('reads "Unser Mandant, die X" and a Polish client in its dictionary form, and a compound street is no name', () => {
    const sven = { name: 'Sven Albrecht', email: 'sven.albrecht@leinetal-personal.de' };
    expect(findCompany(input({ from: sven, people: ['Sven Albrecht'], subject: 'Vorstellungsgespräch bei unserem Mandanten – Serviceleiter Medizintechnik (m/w/d)', sentences: ['Gute Nachrichten: Unser Mandant, die Hollerbach Medizintechnik GmbH in Garbsen, möchte Sie gerne persönlich kennenlernen!'], nameLine: 'Sven Albrecht', signature: ['Leinetal Personalberatung GmbH'] }))).toBe('Hollerbach Medizintechnik');
    const justyna = { name: 'Justyna Pawlak', email: 'justyna.pawlak@kadryplus.pl' };
    expect(findCompany(input({ from: justyna, people: ['Justyna Pawlak'], subject: 'Rozmowa kwalifikacyjna – Operator wózka widłowego, Fabryka Mebli Olszyna', sentences: ['Zgodnie z ustaleniami przekazałam Pana CV naszemu klientowi, Fabryce Mebli Olszyna, i klient chętnie zaprosi Pana na rozmowę.'], nameLine: 'Justyna Pawlak', signature: ['Kadry Plus Agencja Pracy Sp. z o.o.'] }))).toBe('Fabryka Mebli Olszyna');
    const jana = { name: 'Jana Falkner', email: 'j.falkner@falkner-rieck.de' };
    expect(findCompany(input({ from: jana, people: ['Jana Falkner'], nameLine: 'Jana Falkner', signature: ['Falkner & Rieck Executive Search', 'Königsallee 60', '40212 Düsseldorf'] }))).toBe('Falkner & Rieck Executive Search');
  });
});

describe('a name read on too far', () => {
  it('ends at a legal form inside the run, and is not read twice', () => {
    expect(findCompany(input({ sentences: ['We look forward to the position at Hollis Finch LLP Trainee Solicitor intake.'] }))).toBe('Hollis Finch');
    expect(findCompany(input({ from: { name: 'Cantine Montalbano S.r.l. Società Agricola', email: 'hr@cantinemontalbano.it' } }))).toBe('Cantine Montalbano');
    const survey = { name: 'Corrib Software Corrib Software', email: 'survey@corribsoftware.ie' };
    expect(findCompany(input({ from: survey, subject: 'How was your interview?' }))).toBe('Corrib Software');
  });
});

describe('the name a domain shortens', () => {
  it('goes on with a sector word after it', () => {
    const priya = { name: 'Priya Dhaliwal', email: 'priya.dhaliwal@fraserridge.ai' };
    expect(findCompany(input({ replyTo: [priya], people: ['Priya Dhaliwal'], subject: 'Confirmed: Data Engineer – Phone Screen with Priya Dhaliwal', sentences: ["A 30-minute introductory call with Fraser Ridge Analytics' talent team about the Data Engineer role (Vancouver, hybrid)."] }))).toBe('Fraser Ridge Analytics');
  });
});

describe("findCompany: a display name that goes on with the mailbox's name", () => {
  it('reads "Ferncastle Search Appointments" at appointments@ferncastlesearch.com as Ferncastle Search', () => {
    expect(findCompany(input({ from: { name: 'Ferncastle Search Appointments', email: 'appointments@ferncastlesearch.com' }, subject: 'Your application – Group Finance Director (confidential client)', sentences: ['Thank you for applying for the Group Finance Director appointment we are handling on behalf of a confidential client.'] }))).toBe('Ferncastle Search');
    expect(findCompany(input({ from: { name: 'Marchmont Search Insights', email: 'insights@marchmontsearch.co.uk' }, subject: '2029 Interim & Executive Pay Survey – 8 minutes of your time?' }))).toBe('Marchmont Search');
  });
  it('keeps a display name whose last word is no mailbox ("Harbour Dental Care" at careers@harbourdental.com)', () => {
    expect(findCompany(input({ from: { name: 'Harbour Dental Care', email: 'careers@harbourdental.com' }, subject: 'Your application' }))).toBe('Harbour Dental Care');
  });
});

describe('findCompany: portals, departments and postcodes around a name', () => {
  it('drops "– Bewerbungsportal" after the name and "Dział Rekrutacji –" before it', () => {
    expect(findCompany(input({ from: { name: 'Stiftung Schlösser im Muldental – Bewerbungsportal', email: 'bewerbung@schloesser-muldental.de' }, subject: 'Ihre Bewerbung' }))).toBe('Stiftung Schlösser im Muldental');
    expect(findCompany(input({ from: { name: 'Dział Rekrutacji – Medivita', email: 'rekrutacja@medivita.pl' }, subject: 'Potwierdzenie otrzymania aplikacji' }))).toBe('Medivita');
  });
  it('reads no name in a Canadian or US address line ("Toronto ON M5H 1J9")', () => {
    const from = { name: 'Jordan Ellis', email: 'jellis@harwoodsearch.ca' };
    expect(findCompany(input({ from, people: ['Jordan Ellis'], nameLine: 'Jordan Ellis', signature: ['Principal', 'Toronto ON M5H 1J9'] }))).not.toBe('Toronto ON M5H 1J9');
  });
});

describe('findCompany: feedback teams, registration numbers, postcodes and legal forms alone', () => {
  it('reads the organisation without "| Candidate Feedback" or "(Co. Reg. No. ...)"', () => {
    expect(findCompany(input({ from: { name: 'Alpenländische Versicherung | Candidate Feedback', email: 'feedback@alpenlaendische.at' }, subject: 'Wie war Ihr Vorstellungsgespräch?' }))).toBe('Alpenländische Versicherung');
    expect(findCompany(input({ from: { name: 'Talent Community' , email: 'talent@orchidharbour.com.sg' }, subject: 'Welcome', signature: ['Orchid Harbour Bank Limited (Co. Reg. No. 199901234K)'] }))).toBe('Orchid Harbour Bank');
  });
  it('reads no name in "Saint-Jérôme (Québec) J7Z 4M4" or "S.A. de C.V."', () => {
    const from = { name: 'Julie Tremblay', email: 'julie.tremblay@csmontsboises.qc.ca' };
    expect(findCompany(input({ from, people: ['Julie Tremblay'], nameLine: 'Julie Tremblay', signature: ['Saint-Jérôme (Québec) J7Z 4M4'] }))).not.toBe('Saint-Jérôme (Québec) J7Z 4M4');
    const rh = { name: 'Laura Méndez', email: 'lmendez@farmabajio.com.mx' };
    expect(findCompany(input({ from: rh, people: ['Laura Méndez'], nameLine: 'Laura Méndez', signature: ['S.A. de C.V.'] }))).not.toBe('S.A. de C.V');
  });
});

describe('findCompany: Nordic trade titles in the signature', () => {
  it('skips "Bagermester" and "Varastoesimies" (job titles) for the employer under them', () => {
    expect(signedBy('Bagermester', 'mette@kornblomsten.dk')).not.toBe('Bagermester');
    expect(signedBy('Varastoesimies', 'mikko.rantala@pohjanlahti.fi')).not.toBe('Varastoesimies');
  });
});

describe('findCompany: a square and its number, a date, a footer link, a department, a title with an elided article', () => {
  it('reads none of "Marktplein 1", "Feb 12", "Manage preferences", "Human Resource Services", "Chef d\'atelier" as the company', () => {
    for (const line of ['Marktplein 1', 'Feb 12', 'Manage preferences', 'Human Resource Services', "Chef d'atelier"]) expect(signedBy(line, 'eva.stein@heidebeek.nl'), line).not.toBe(line);
  });
  it('still reads names that start like a month ("Marvello", "Deccanbyte Analytics")', () => {
    expect(signedBy('Marvello', 'eva.stein@marvello.com')).toBe('Marvello');
    expect(signedBy('Deccanbyte Analytics', 'eva.stein@deccanbyte.in')).toBe('Deccanbyte Analytics');
  });
});

describe('findCompany: a name the domain spells by initials and words', () => {
  const hr = (email: string, sentences: string[], signature: string[] = []) => findCompany(input({ from: { name: 'Ressources humaines', email }, sentences, signature }));
  it('reads the written name behind an abbreviating domain, small and lower-case words left out', () => {
    expect(hr('recrutement@sa-mobilites.fr', ['Sud-Atlantique Mobilités vous remercie de votre candidature.'])).toBe('Sud-Atlantique Mobilités');
    expect(hr('rh@csmontsboises.gouv.qc.ca', ['Le Centre de services scolaire des Monts-Boisés a pourvu le poste.'])).toBe('Centre de services scolaire des Monts-Boisés');
    expect(hr('rh@cc-coteaux-aurence.fr', ["La Communauté de communes des Coteaux de l'Aurence vous remercie."])).toBe("Communauté de communes des Coteaux de l'Aurence");
    expect(hr('emplois@cegeprv.qc.ca', ['Merci de votre intérêt pour le Cégep de Rivière-Verte.'])).toBe('Cégep de Rivière-Verte');
    // With the organisation word after it, and two words the other way round on a signature line.
    expect(hr('events@kvworkforce.org', ['Keystone Valley Workforce Alliance invites you to our fair.'])).toBe('Keystone Valley Workforce Alliance');
    expect(hr('enquete@solvea-mutualite.fr', ['Merci pour votre retour.'], ['Mutualité Solvéa'])).toBe('Mutualité Solvéa');
  });
  it('does not read initials alone, a run of lower-case words or a line break into a name', () => {
    expect(hr('jobs@acmeco.com', ['Anna Cole Mercer Co will be in touch.'])).not.toBe('Anna Cole Mercer Co');
    expect(hr('rh@arvel-expertise.fr', ['Votre dossier a été étudié par Arvel et par le responsable du pôle expertise.'])).not.toMatch(/^Arvel et/);
    expect(hr('ordini@pasticceriagallo.it', ['Giovanni Gallo\nPasticceria Fratelli Gallo dal 1962'])).not.toBe('Gallo Pasticceria');
  });
});

describe('findCompany: the name going on to its legal form', () => {
  it('reads "Pohjanlahti Logistiikka Oy" at pohjanlahti.fi as "Pohjanlahti Logistiikka", not the domain alone', () => {
    const from = (email: string, name: string | null = null) => ({ name, email });
    expect(findCompany(input({ from: from('rekry@pohjanlahti.fi', 'Pohjanlahti Logistiikka'), sentences: ['Ystävällisin terveisin Minna Aalto HR-koordinaattori Pohjanlahti Logistiikka Oy rekry@pohjanlahti.fi'] }))).toBe('Pohjanlahti Logistiikka');
    expect(findCompany(input({ from: from('ankieta@baltykstal.pl'), sentences: ['Ankieta po rozmowie w Bałtyk Stal.', 'Bałtyk Stal Konstrukcje sp. z o.o.'] }))).toBe('Bałtyk Stal Konstrukcje');
  });
  it('keeps the shorter name before a team word or a repeated word', () => {
    expect(findCompany(input({ from: { name: null, email: 'rekry@pohjanlahti.fi' }, sentences: ['Pohjanlahti HR Oy'] }))).toBe('Pohjanlahti');
    expect(findCompany(input({ from: { name: null, email: 'kanzlei@wimmer-steuer.at' }, sentences: ['Dr. Gerhard Wimmer Steuerberatung Wimmer GmbH'] }))).not.toMatch(/Wimmer Steuerberatung Wimmer/);
  });
});

describe('findCompany: a house number without a street word, a bracket left behind', () => {
  it('reads neither "Kärntner Ring 5–7" nor "Hohe Bleichen 11" as the company, and drops a trailing "<"', () => {
    for (const line of ['Kärntner Ring 5–7', 'Hohe Bleichen 11']) expect(signedBy(line, 'eva.stein@falkenried-search.de'), line).not.toBe(line);
    expect(findCompany(input({ from: { name: 'Deltawater <', email: 'noreply@werkenbijdeltawater.nl' }, sentences: ['Bedankt voor je sollicitatie bij Deltawater.'] }))).toBe('Deltawater');
  });
});

describe('findCompany: Romance street words and an arrondissement', () => {
  it('reads neither "Chemin des Vergers 6" nor "Strada per Casale 3" as the company, and drops "Lyon 7e" after a name', () => {
    for (const line of ['Chemin des Vergers 6', 'Strada per Casale 3']) expect(signedBy(line, 'eva.stein@sidel-leman.ch'), line).not.toBe(line);
    expect(findCompany(input({ from: { name: 'Laboratoires Siméon Lyon 7e', email: 'rh@laboratoires-simeon.fr' } }))).toBe('Laboratoires Siméon');
  });

  it('ends a name before a contraction that opens the next sentence, a LinkedIn button, and goes on to a health centre', () => {
    const greenhouse = { from: { name: 'Northwind Outdoor Co.', email: 'no-reply@us.greenhouse-mail.io' }, subject: 'Thanks for applying' };
    expect(findCompany(input({ ...greenhouse, sentences: ["Thanks for applying for the Brand Marketing Manager position at Northwind Outdoor Co. We've received your application and we're glad."] }))).toBe('Northwind Outdoor Co.');
    const linkedin = { from: { name: 'LinkedIn', email: 'jobs-noreply@linkedin.com' }, subject: 'Jordan, your application was sent' };
    expect(findCompany(input({ ...linkedin, sentences: ['Meet the hiring team', 'Gabriel Soto', 'Engineering Manager at Orchard Robotics Message'] }))).toBe('Orchard Robotics');
    const bayview = { from: { name: 'Michelle Tran', email: 'michelle.tran@bayviewregional.ca' }, people: ['Michelle Tran'], subject: 'Panel interview' };
    expect(findCompany(input({ ...bayview, sentences: ['Location', 'Bayview Regional Health Centre, 450 Harbour St, Pickering Bay, ON'] }))).toBe('Bayview Regional Health Centre');
  });

  it('reads the organisation out of a display name of two parts: the part the domain spells, else the one beside a person', () => {
    const from = (name: string, email: string) => findCompany(input({ from: { name, email }, subject: 'Your application' }));
    expect(from('Nordlog Services – Enquête candidats', 'enquete@nordlog-services.fr')).toBe('Nordlog Services');
    expect(from('Experiência do Candidato - Solarium Energia', 'pesquisa@solariumenergia.com.br')).toBe('Solarium Energia');
    expect(from('Dotation - Ville de Rivière-aux-Cèdres', 'dotation@riviereauxcedres.ca')).toBe('Ville de Rivière-aux-Cèdres');
    expect(from('Hotel Zirbenhof – Julia Rainer', 'personal@zirbenhof-obergurgl.at')).toBe('Hotel Zirbenhof');
    // A name shaped like a person's ("Università del Lario") is no person: the department's words go as before.
    expect(from('Ufficio Placement - Università del Lario', 'placement@unilario.it')).toBe('Università del Lario');
  });

  it("does not take a booking tool's 'Updated:' for a name", () => {
    expect(findCompany(input({ from: { name: 'Calendly', email: 'notifications@calendly.com' }, subject: 'Updated: Technical Interview - Ridgeway Data Centers between Ellis Brandt and Jordan Kessler', sentences: ['Ellis Brandt has rescheduled your event.'] }))).not.toBe('Updated');
  });

  it('drops a pictograph after a name, a plural possessive with its chair, and a Quebec staffing office ("Dotation") before it', () => {
    expect(findCompany(input({ from: { name: 'Tostadero Palermo ☕', email: 'ceci@tostaderopalermo.com.ar' }, subject: 'Entrevista' }))).toBe('Tostadero Palermo');
    expect(findCompany(input({ from: { name: 'Dotation - CSS des Rivières-Blanches', email: 'dotation@cssrb.gouv.qc.ca' }, subject: 'Entrevue' }))).toBe('CSS des Rivières-Blanches');
    const consultant = { from: { name: 'Laura Tessier', email: 'ltessier@northgate-search.com' }, people: ['Laura Tessier'], subject: 'Call with the Chair' };
    expect(findCompany(input({ ...consultant, sentences: ["Brightwater Utilities' Chair would like to speak with you tomorrow at 10am."] }))).not.toBe("Brightwater Utilities' Chair");
  });

  it("skips a credential after the signer's name, however dotted, and keeps a school district's number", () => {
    const principal = { from: { name: 'Angela Whitfield', email: 'awhitfield@cottonwoodsd.org' }, people: ['Angela Whitfield'], subject: '3rd Grade Teacher position' };
    expect(findCompany(input({ ...principal, nameLine: 'Angela Whitfield, Ed.D.', signature: ['Principal, Juniper Hills Elementary'] }))).toBe('Juniper Hills Elementary');
    expect(signedBy('Prairie Ridge School District 204', 'ekowal@prairieridge204.org')).toBe('Prairie Ridge School District 204');
  });

  it("takes no school district's staff office for the employer", () => {
    const coordinator = { from: { name: 'Denise Kowalczyk', email: 'dkowalczyk@prairieridge204.org' }, people: ['Denise Kowalczyk'], nameLine: 'Denise Kowalczyk', subject: 'Interview Rescheduled' };
    expect(findCompany(input({ ...coordinator, signature: ['Human Resources Coordinator - Certified Staff', 'Prairie Ridge School District 204'] }))).toBe('Prairie Ridge School District 204');
    expect(findCompany(input({ from: { name: 'Foothill Oaks USD Classified Personnel', email: 'noreply@foakusd.org' }, subject: 'Application Received' }))).toBe('Foothill Oaks USD');
  });

  it("reads a saint's name past its possessive and a hospital's full name past its nursing recruitment", () => {
    const school = { from: { name: "St Wilfrid's Recruitment", email: 'recruitment@stwilfrids.lancs.sch.uk' }, subject: 'Application received' };
    expect(findCompany(input({ ...school, people: ['Julie Armitage'], nameLine: 'Mrs Julie Armitage', signature: ['HR & Recruitment Officer', "St Wilfrid's C of E High School"] }))).toBe("St Wilfrid's C of E High School");
    const open = { from: { name: 'Hollins Cross Nursing Recruitment', email: 'nursing.recruitment@hollinscross.nhs.uk' }, subject: "You're invited: Open Day" };
    expect(findCompany(input({ ...open, sentences: ['Hollins Cross University Hospitals NHS Trust', 'Nursing & Midwifery Recruitment Open Day'] }))).toBe('Hollins Cross University Hospitals NHS Trust');
    // (Not a company's own "Company" or "Association": only an institution's words go on.)
    const org = { from: { name: 'Maplecrest Insurance', email: 'talent@maplecrestinsurance.ca' }, subject: 'Interview' };
    expect(findCompany(input({ ...org, sentences: ['Maplecrest Insurance Company is pleased to invite you.'] }))).toBe('Maplecrest Insurance');
  });

  it('reads a company label on a line of its own with the name on the next', () => {
    const board = { from: { name: 'Jobs Board', email: 'noreply@jobsboard.example' }, subject: 'Application submitted' };
    expect(findCompany(input({ ...board, sentences: ['Job title:', 'Caseworker', 'Employer:', 'Fenmarsh Community NHS Trust', 'Reference:', '318944'] }))).toBe('Fenmarsh Community NHS Trust');
  });

  it("keeps a name whose accented letter comes before 'a' (no parent 'a Logistics Group'), drops an 'HQ' after it, and reads who 'has reviewed your application'", () => {
    const ximena = { from: { name: 'Ximena Castellanos', email: 'xcastellanos@bahialogistics.com' }, people: ['Ximena Castellanos'], nameLine: 'Ximena Castellanos', subject: 'Oferta de empleo' };
    expect(findCompany(input({ ...ximena, signature: ['Gerente de Talento Humano', 'Bahía Logistics Group'] }))).toBe('Bahía Logistics Group');
    expect(signedBy('Brightwater Logistics HQ', 'eva.stein@brightwaterlogistics.com')).toBe('Brightwater Logistics');
    const indeed = { from: { name: 'Indeed', email: 'donotreply@indeed.com' }, subject: 'An update on your application for Inventory Control Analyst' };
    expect(findCompany(input({ ...indeed, sentences: ['Hawthorne Building Supply has reviewed your application and decided not to move forward at this time.'] }))).toBe('Hawthorne Building Supply');
  });

  it("reads a public body's signature line that holds a team's word, and a truncated NHS name to its institution's end", () => {
    const kirsty = { from: { name: 'Kirsty Hale', email: 'kirsty.hale@swas.nhs.uk' }, people: ['Kirsty Hale'], nameLine: 'Kirsty Hale', subject: 'Change to your interview' };
    expect(findCompany(input({ ...kirsty, signature: ['Recruitment Advisor', 'South Wessex Ambulance Service NHS Foundation Trust', 'Trust HQ, Ferndown Road, Poole BH17 0PX'] }))).toBe('South Wessex Ambulance Service NHS Foundation Trust');
    const nhsJobs = { from: { name: 'NHS Jobs', email: 'no-reply@jobs.nhs.uk' }, subject: 'Update on your application' };
    expect(findCompany(input({ ...nhsJobs, sentences: ['Thank you for applying for the Healthcare Support Worker job at Mersey Estuary Teaching Hospitals NHS Foundation Trust.'] }))).toBe('Mersey Estuary Teaching Hospitals NHS Foundation Trust');
  });

  it("takes no public body's department for the employer ('Therapies Recruitment', 'Children's Services')", () => {
    const gemma = { from: { name: 'Therapies Recruitment', email: 'tart.therapiesrecruitment@nhs.net' }, people: ['Gemma Lowe'], nameLine: 'Gemma Lowe', subject: 'Interview - Occupational Therapist' };
    expect(findCompany(input({ ...gemma, signature: ['Therapy Services Administrator', 'Tamsworth and Ridge NHS Trust'] }))).toBe('Tamsworth and Ridge NHS Trust');
    const joanne = { from: { name: 'Joanne Metcalfe', email: 'joanne.metcalfe@wrexley.gov.uk' }, people: ['Joanne Metcalfe'], nameLine: 'Joanne Metcalfe', subject: 'Senior Social Worker' };
    expect(findCompany(input({ ...joanne, signature: ['Team Manager, Children in Care Team', "Children's Services", 'Wrexley Metropolitan Borough Council'] }))).toBe('Wrexley Metropolitan Borough Council');
  });

  it("reads a civil-service board's 'Department:' label, and names no employer from a generic domain word ('service.gov.uk')", () => {
    const csj = { from: { name: 'Civil Service Jobs', email: 'noreply@civilservicejobs.service.gov.uk' }, subject: 'Application received - Executive Officer' };
    expect(findCompany(input({ ...csj, sentences: ['Department: Department for Regional Housing and Communities', 'Reference: 412377'] }))).toBe('Department for Regional Housing and Communities');
    expect(findCompany(input({ ...csj, sentences: ['Thank you for your application.'] }))).toBeNull();
  });

  it("drops a department before a dash ('Unit - Kilbarra County Council') and the next sentence after 'Co..'", () => {
    expect(findCompany(input({ from: { name: 'Recruitment Unit - Kilbarra County Council', email: 'recruitment@kilbarracoco.ie' }, subject: 'Application received' }))).toBe('Kilbarra County Council');
    const indeed = { from: { name: 'Indeed', email: 'donotreply@indeed.com' }, subject: 'Application submitted' };
    expect(findCompany(input({ ...indeed, sentences: ['Your application was sent to Laneway Grind Coffee Co.. Good luck!'] }))).toBe('Laneway Grind Coffee Co.');
  });

  it("takes no hospital unit or specialty for the employer ('Respiratory Care', 'Step-Down Unit', 'Emergency')", () => {
    const unit = (line: string) => findCompany(input({ from: { name: 'Dana Ruiz', email: 'dana.ruiz@allegravalley.org' }, people: ['Dana Ruiz'], nameLine: 'Dana Ruiz', signature: [line], subject: 'Interview', sentences: ['Thank you for your interest in Allegra Valley Health.'] }));
    expect(unit('Step-Down Unit')).toBe('Allegra Valley Health');
    expect(unit('Respiratory Care')).toBe('Allegra Valley Health');
    expect(unit('Emergency')).toBe('Allegra Valley Health');
  });

  it("reads a name the domain spells on to 'Public Schools' and to a country ('Build Futures Wales' at buildfutures.wales)", () => {
    const from = { name: 'Rachel Bloom', email: 'rbloom@clearcreekmesa.org' };
    expect(findCompany(input({ from, people: ['Rachel Bloom'], subject: 'Updated invitation', sentences: ['Thank you for your interest in Clear Creek Mesa Public Schools.'] }))).toBe('Clear Creek Mesa Public Schools');
    const events = { name: 'Events', email: 'events@buildfutures.wales' };
    expect(findCompany(input({ from: events, subject: 'Careers evening', sentences: ['Build Futures Wales invites you to a construction careers evening in Cardiff.'] }))).toBe('Build Futures Wales');
  });

  it("takes no department named with service words alone for the employer ('Home and Community Care', 'Nursing & Midwifery')", () => {
    const from = { name: 'Merri Plains City Council', email: 'careers@merriplains.vic.gov.au' };
    const dept = (line: string) => findCompany(input({ from: { name: 'Tess Ward', email: 'tess.ward@merriplains.vic.gov.au' }, people: ['Tess Ward'], nameLine: 'Tess Ward', signature: [line], subject: 'Your application', sentences: ['Thank you for applying to Merri Plains City Council.'] }));
    expect(dept('Home and Community Care')).toBe('Merri Plains City Council');
    expect(dept('Nursing & Midwifery')).toBe('Merri Plains City Council');
    expect(dept('Civil Engineering Degree Apprenticeship')).toBe('Merri Plains City Council');
    expect(findCompany(input({ from, subject: 'x' }))).toBe('Merri Plains City Council');
  });

  it("reads the name a domain spells loosely over a word that has nothing to do with it ('Techniques' at csmontsboises.gouv.qc.ca)", () => {
    const from = { name: 'Dotation', email: 'dotation@csmontsboises.gouv.qc.ca' };
    expect(findCompany(input({ from, subject: 'Offre', signature: ['Techniques'], sentences: ['Le Centre de services scolaire des Monts-Boisés a le plaisir de vous offrir le poste.'] }))).toBe('Centre de services scolaire des Monts-Boisés');
  });

  it("names no jobs service from its domain ('publicjobs' at publicjobs.ie) and reads a US school district under k12.ca.us", () => {
    expect(findCompany(input({ from: { name: 'publicjobs', email: 'noreply@publicjobs.ie' }, subject: 'Application received' }))).toBeNull();
    expect(findCompany(input({ from: { name: 'HR', email: 'classifiedhr@almadenfoothills.k12.ca.us' }, subject: 'Application received', sentences: ['Thank you for applying to Almaden Foothills Unified School District.'] }))).toBe('Almaden Foothills Unified School District');
    expect(findCompany(input({ from: { name: 'EDJOIN', email: 'noreply@edjoin.org' }, subject: 'Application received', sentences: ['Your application has been sent to Almaden Foothills Unified School District.'] }))).toBe('Almaden Foothills Unified School District');
  });

  it("reads the name initials stand for ('NFAS', bvtu.ie, tmfs.sa.gov.au) and a sheriff's office whole", () => {
    const nfas = { name: 'NFAS Recruitment', email: 'recruitment@nfas.nhs.uk' };
    expect(findCompany(input({ from: nfas, subject: 'Conditional offer', signature: ['Northern Fells Ambulance Service NHS Trust'] }))).toBe('Northern Fells Ambulance Service NHS Trust');
    // (A trust's initials leave "NHS" out: "NVFT".)
    const nvft = { name: 'NVFT Recruitment', email: 'recruitment@nvft.nhs.uk' };
    expect(findCompany(input({ from: nvft, subject: 'Interview invitation', sentences: ['Thank you for applying to Northfleet Valley NHS Foundation Trust.'] }))).toBe('Northfleet Valley NHS Foundation Trust');
    const bvtu = { name: 'Fergal Hanrahan', email: 'fergal.hanrahan@bvtu.ie' };
    expect(findCompany(input({ from: bvtu, people: ['Fergal Hanrahan'], subject: 'Interview', sentences: ['Thank you for your application to Barrow Valley Technological University.'] }))).toBe('Barrow Valley Technological University');
    const mfs = { name: 'Kylie Durant', email: 'firefighter.recruitment@tmfs.sa.gov.au' };
    expect(findCompany(input({ from: mfs, people: ['Kylie Durant'], subject: 'Physical aptitude test', sentences: ['Torrens Metropolitan Fire Service invites you to the physical aptitude test.'] }))).toBe('Torrens Metropolitan Fire Service');
    const scso = { name: 'Recruiting', email: 'recruiting@marlowsheriff.org' };
    expect(findCompany(input({ from: scso, subject: 'Offer', signature: ["Marlow County Sheriff's Office"] }))).toBe("Marlow County Sheriff's Office");
  });

  it("reads a department its initials leave out ('HHS') and a jobs portal's display name without the portal", () => {
    const hhs = { name: 'HHS Recruitment', email: 'recruitment@hhs.qld.gov.au' };
    const sentences = ['Your interview for the Senior Program Officer (AO6) position has been moved.'];
    expect(findCompany(input({ from: hhs, subject: 'Interview moved', sentences, signature: ['Nathan Pillay', 'Department of Housing and Homelessness Services'] }))).toBe('Department of Housing and Homelessness Services');
    const portal = { name: 'Jobs Portal – Department of Parks, Heritage and Waterways', email: 'donotreply@jobs.tas.gov.au' };
    expect(findCompany(input({ from: portal, subject: 'Application received', sentences: ['Thank you for your application in the Jobs Portal.'] }))).toBe('Department of Parks, Heritage and Waterways');
  });

  it("takes initials that stand for a post ('PCSO') for no employer", () => {
    const from = { name: 'Joanne Harker', email: 'joanne.harker@tyneside.police.uk' };
    const subject = 'Conditional Offer of Appointment – Police Community Support Officer (PCSO) – Campaign PCSO/40/02';
    const sentences = ['I am pleased to offer you the post of Police Community Support Officer (PCSO).', 'You will join the PCSO initial training course starting on Monday 14 January.'];
    expect(findCompany(input({ from, people: ['Joanne Harker'], nameLine: 'Joanne Harker', subject, sentences, signature: ['People and Development | Greater Tyneside Police'] }))).toBe('Greater Tyneside Police');
  });

  it("takes a signer's post ('Presiding Member') for no employer", async () => {
    expect(['Tōtara Heights School', 'Tōtara Heights School Board']).toContain(await companyOf('batch754/apple-mail/interview-nz-deputy-principal-after-nzdt'));
  });

  it("reads the place a trust's initials leave out ('HSC' in a Mourne and Lagan Health and Social Care Trust mail)", async () => {
    const hsc = { name: 'HSC Recruitment - Mourne and Lagan', email: 'recruitment.mlt@mlhsct.hscni.net' };
    const sentences = ['Thank you for your interest in the above post with Mourne and Lagan Health and Social Care Trust.', 'The shortlisting panel has now met.'];
    expect(findCompany(input({ from: hsc, subject: 'Occupational Therapist (Band 6)', sentences, signature: ['HSC Recruitment Team, on behalf of Mourne and Lagan Health and Social Care Trust'] }))).toBe('Mourne and Lagan Health and Social Care Trust');
    expect(await companyOf('batch700/thunderbird/application-hsc-ni-shared-service-receipt')).toBe('Mourne Coast Health and Social Care Trust');
  });

  it("reads a school's district, the words a district's initials stand for, and a district's name glued to its domain", () => {
    const from = { name: 'Donna Kuchar', email: 'dkuchar@maplehollowschools.org' };
    expect(findCompany(input({ from, people: ['Donna Kuchar'], nameLine: 'Donna Kuchar', signature: ['Principal, Maple Hollow Elementary', 'Maple Hollow School District'], subject: 'Interview' }))).toBe('Maple Hollow School District');
    const usd = { name: 'Sierra Foothills USD', email: 'hrfeedback@sierrafoothills.k12.ca.us' };
    expect(findCompany(input({ from: usd, subject: 'Survey', sentences: ['Thank you for applying to Sierra Foothills Unified School District.'] }))).toBe('Sierra Foothills Unified School District');
    const glued = { name: 'Talent Office', email: 'talent@hudsonridgeschools.org' };
    expect(findCompany(input({ from: glued, subject: 'Teaching careers fair', sentences: ['Join Hudson Ridge Public Schools at our teaching careers fair.'] }))).toBe('Hudson Ridge Public Schools');
  });

  it("keeps a public body's name without its unit ('City of Wirrina Bay', not '... Libraries') and a police force's service", () => {
    const from = { name: 'City of Wirrina Bay', email: 'careers@wirrinabay.sa.gov.au' };
    expect(findCompany(input({ from, subject: 'Library Officer', signature: ['City of Wirrina Bay Libraries'] }))).toBe('City of Wirrina Bay');
    const police = { name: 'Rob Yamamoto', email: 'rob.yamamoto@fraserdeltapolice.ca' };
    expect(findCompany(input({ from: police, people: ['Rob Yamamoto'], subject: 'Conditional Offer of Employment', sentences: ['On behalf of the Fraser Delta Police Service, I am pleased to offer you a position.'] }))).toBe('Fraser Delta Police Service');
    // (A company's own name goes on with such words: "Bluefinch Health".)
    expect(findCompany(input({ from: { name: 'Bluefinch', email: 'jobs@bluefinch.com' }, subject: 'Interview', signature: ['Bluefinch Health'] }))).toBe('Bluefinch Health');
  });

  it("takes neither a Welsh team word nor a Welsh job title for the employer ('Recriwtio', 'Swyddog Cyfathrebu')", () => {
    const from = { name: 'Recriwtio / Recruitment', email: 'recruitment@glanmorfa.gov.wales' };
    const read = (line: string) => findCompany(input({ from: { name: 'Recriwtio', email: 'recriwtio@glanmorfa.gov.wales' }, subject: 'Cais / Application', signature: [line], sentences: ['Thank you for applying to Glanmorfa County Borough Council.'] }));
    expect(read('Swyddog Cyfathrebu')).toBe('Glanmorfa County Borough Council');
    expect(findCompany(input({ from, subject: 'Application', sentences: ['Thank you for applying to Glanmorfa County Borough Council.'] }))).toBe('Glanmorfa County Borough Council');
  });

  it("keeps an owner's shop whole ('Baird's Pharmacy', 'Ferraro's Kitchen & Bar') and drops a job's place or contract after a name", () => {
    const owner = (line: string, email: string) => findCompany(input({ from: { name: 'Aoife Baird', email }, people: ['Aoife Baird'], nameLine: 'Aoife Baird', signature: [line], subject: 'Your CV' }));
    expect(owner("Baird's Pharmacy", 'aoife@bairdspharmacy.ie')).toBe("Baird's Pharmacy");
    expect(owner("Ferraro's Kitchen & Bar", 'aoife@ferraros.com')).toBe("Ferraro's Kitchen & Bar");
    const dice = { name: 'Dice', email: 'noreply@dice.com' };
    expect(findCompany(input({ from: dice, subject: 'Application submitted', sentences: ['Your application was sent to Basin Range Networks Remote.'] }))).toBe('Basin Range Networks');
  });

  it("reads a body named for its remit whole ('Department for Coastal and Rural Affairs') and not on into a label or an address", () => {
    const csj = { name: 'Civil Service Jobs', email: 'noreply@civilservicejobs.service.gov.uk' };
    const read = (sentences: string[], signature: string[] = []) => findCompany(input({ from: csj, subject: 'Application received', sentences, signature }));
    expect(read(['Thank you for applying for Administrative Officer (reference 3941207) with the Department for Coastal and Rural Affairs.'])).toBe('Department for Coastal and Rural Affairs');
    expect(read(['Your application to the Agency for Maritime Licensing has been received.'])).toBe('Agency for Maritime Licensing');
    expect(read(['Thank you for your application.'], ['Department for Coastal and Rural Communities'])).toBe('Department for Coastal and Rural Communities');
    // (Glued lines: the name, then an address; the labelled form wins.)
    const dri = { name: 'Ruth Pemberton', email: 'ruth.pemberton@dri.gov.uk' };
    expect(findCompany(input({ from: dri, people: ['Ruth Pemberton'], subject: 'Outcome', sentences: ['Department: Department for Rural Infrastructure', 'Yours sincerely, Department for Rural Infrastructure Recruitment Team'] }))).toBe('Department for Rural Infrastructure');
  });

  it("names an NHS health board ('NHS Glenmorven', 'NHS Forth and Ochil') over a hospital, and an institution's words after the domain's name", () => {
    const board = { name: 'NHS Glenmorven Recruitment', email: 'glen.recruitment@nhs.scot' };
    expect(findCompany(input({ from: board, subject: 'Application received', signature: ['Glenmorven Royal Infirmary'] }))).toBe('NHS Glenmorven');
    const ochil = { name: 'Alison Munro', email: 'alison.munro@forthochil.scot.nhs.uk' };
    expect(findCompany(input({ from: ochil, people: ['Alison Munro'], subject: 'Interview', signature: ['NHS Forth and Ochil'] }))).toBe('NHS Forth and Ochil');
    const talent = { name: 'NHS Strathearn Careers', email: 'talent@strathearn.scot.nhs.uk' };
    expect(findCompany(input({ from: talent, subject: 'Welcome', signature: ['NHS Strathearn Nursing & Midwifery'] }))).toBe('NHS Strathearn');
    const welsh = { name: 'Recriwtio / Recruitment - Cwm Aran', email: 'recruitment@cwmaran.wales.nhs.uk' };
    expect(findCompany(input({ from: welsh, subject: 'Cais / Application', sentences: ['Thank you for your application for the post of Staff Nurse, Ysbyty Cwm Aran, reference 050-NUR-2231.', 'Tîm Recriwtio / Recruitment Team Bwrdd Iechyd Prifysgol Cwm Aran / Cwm Aran University Health Board'] }))).toBe('Cwm Aran University Health Board');
  });

  it("takes no job title ('Signal Maintainer', 'Recruit Firefighter') and no reference ('PCHS00923', 'Competition 36-CLO-0288') for the employer", () => {
    const from = { name: 'Recruitment', email: 'recruitment@goldfieldsrail.com.au' };
    const read = (subject: string) => findCompany(input({ from, subject, sentences: ['Thank you for applying to Goldfields Regional Rail.'] }));
    expect(read('Signal Maintainer')).toBe('Goldfields Regional Rail');
    expect(read('Recruit Firefighter')).toBe('Goldfields Regional Rail');
    const ats = { name: 'Careers', email: 'no-reply@pageuppeople.com' };
    expect(findCompany(input({ from: ats, subject: 'Application', signature: ['PCHS00923'], sentences: ['Thank you for applying to Pilbara Coast Health Service.'] }))).toBe('Pilbara Coast Health Service');
  });

  it("reads an Ontario city's name without its legal style, and a health and social care trust whole", () => {
    const city = { name: 'Human Resources', email: 'hr@portalder.ca' };
    expect(findCompany(input({ from: city, subject: 'Interview', signature: ['Corporation of the City of Port Alder'] }))).toBe('City of Port Alder');
    const trust = { name: 'Recruitment', email: 'recruitment@laganmourne.hscni.net' };
    expect(findCompany(input({ from: trust, subject: 'Interview', signature: ['Lagan and Mourne Health'], sentences: ['You are invited to interview with Lagan and Mourne Health and Social Care Trust.'] }))).toBe('Lagan and Mourne Health and Social Care Trust');
  });

  it("reads a city's name for its domain's state code, and a practice's or a force's last word after the domain's name", () => {
    const vet = { name: 'Amy Long', email: 'amy@cedarridgeveterinary.com' };
    expect(findCompany(input({ from: vet, people: ['Amy Long'], subject: 'Interview', signature: ['Amy Long', 'Cedar Ridge Veterinary Hospital'] }))).toBe('Cedar Ridge Veterinary Hospital');
    const police = { name: 'Sgt. Dale Moss', email: 'dmoss@ashfordtownshippolice.org' };
    expect(findCompany(input({ from: police, people: ['Dale Moss'], subject: 'Interview', signature: ['Dale Moss', 'Ashford Township Police Department'] }))).toBe('Ashford Township Police Department');
    const city = { name: 'Dana Ortiz', email: 'dortiz@cobaltspringsnm.gov' };
    expect(findCompany(input({ from: city, people: ['Dana Ortiz'], subject: 'Interview', signature: ['Dana Ortiz', 'Cobalt Springs NM'], sentences: ['We look forward to seeing you at the City of Cobalt Springs offices.'] }))).toBe('City of Cobalt Springs');
  });
});

describe('findCompany: a brand, its group and its teams', () => {
  it('prefers the brand the mail names to the group it is "part of", sending under the group\'s name', () => {
    const from = { name: 'Northgate Retail Group', email: 'northgate@myworkday.com' };
    expect(findCompany(input({ from, subject: 'Update on your application – Store Manager, Kettle & Crumb', sentences: ['Thank you for applying for the role of Store Manager at Kettle & Crumb, Leeds.'], signature: ['Kettle & Crumb Talent Team', 'Part of Northgate Retail Group plc'] }))).toBe('Kettle & Crumb');
  });

  it('drops a legal entity in brackets, a careers word in Swedish, a depot, and reads no "Section" or weekday', () => {
    expect(signedBy('KaveriPay (Kaveri Fintech Private Limited)', 'eva.stein@kaveripay.in')).toBe('KaveriPay');
    expect(findCompany(input({ from: { name: 'Ekström Group Karriär', email: 'karriar@ekstromgroup.se' } }))).toBe('Ekström Group');
    expect(signedBy('Shire of Yallaroo Works Depot', 'eva.stein@yallaroo.wa.gov.au')).toBe('Shire of Yallaroo');
    const from = { name: 'Recruitment Section', email: 'recruitment@carraigmorecoco.ie' };
    expect(findCompany(input({ from, people: ['Niamh Gallagher'], nameLine: 'Niamh Gallagher', signature: ['Staff Officer', 'Recruitment Section, Human Resources Department', 'Carraigmore County Council'] }))).toBe('Carraigmore County Council');
  });
});

describe('findCompany: the words a body ends on after the part its domain spells', () => {
  it('reads on "Care Homes", "Dental Care" and a utility\'s "District"', () => {
    expect(findCompany(input({ from: { name: 'Heatherfield Care', email: 'careers-news@heatherfieldcare.co.uk' }, sentences: ['News from across our Heatherfield Care Homes this month.'] }))).toBe('Heatherfield Care Homes');
    expect(findCompany(input({ from: { name: 'Marisol Vega', email: 'mvega@cascadevalleywater.org' }, people: ['Marisol Vega'], sentences: ['The panel at Cascade Valley Water District will see you then.'] }))).toBe('Cascade Valley Water District');
    expect(findCompany(input({ from: { name: 'Ciarán Mac Giolla', email: 'ciaran.macgiolla@ardmoredental.ie' }, people: ['Ciarán Mac Giolla'], sentences: ['Looking forward to seeing you at Ardmore Dental Care on Friday.'] }))).toBe('Ardmore Dental Care');
  });
});

describe('findCompany: a body holding the domain\'s name, ranks, a hospital\'s end and a subject\'s topic', () => {
  it('takes the body whose name holds the domain\'s ("Department for Coast and Rural Affairs" at coast-rural.gov.uk)', () => {
    expect(findCompany(input({ from: { name: 'Shared Services', email: 'dcra.recruitment@coast-rural.gov.uk' }, signature: ['Shared Services'], sentences: ['Thank you for applying to the Department for Coast and Rural Affairs.'] }))).toBe('Department for Coast and Rural Affairs');
  });

  it('reads a rank and a name as a person ("Sgt. Paul Reinholt"), and a subject\'s topic as no name', () => {
    expect(findCompany(input({ from: { name: 'Paul Reinholt', email: 'preinholt@gmail.com' }, people: ['Paul Reinholt'], nameLine: 'Paul Reinholt', signature: ['Sgt. Paul Reinholt'] }))).toBeNull();
    expect(findCompany(input({ from: { name: 'Paul Reinholt', email: 'preinholt@gmail.com' }, people: ['Paul Reinholt'], nameLine: 'Paul Reinholt', signature: ['Background Investigation Outcome'] }))).toBeNull();
  });

  it('ends a hospital\'s name before the health service named on the next line', () => {
    const from = { name: 'Kilbrack University Hospital Recruitment', email: 'no-reply@recruitpublic.ie' };
    expect(findCompany(input({ from, signature: ['Recruitment Team', 'Kilbrack University Hospital', 'Health Service Ireland – Midlands'], sentences: ['Your application to Kilbrack University Hospital Health Service Ireland – Midlands was received.'] }))).toBe('Kilbrack University Hospital');
  });
});

describe('findCompany: grades, disclaimers, a body\'s kind alone, a name cut at its glue', () => {
  it('takes no pay grade, no disclaimer heading and no bare "Council" for a name', () => {
    const from = { name: 'Aisling Moran', email: 'aisling.moran@hsi-health.ie' };
    expect(findCompany(input({ from, people: ['Aisling Moran'], nameLine: 'Aisling Moran', signature: ['Grade V', 'HSI South West'] }))).toBe('HSI South West');
    expect(findCompany(input({ from: { name: 'Mélanie Gagnon', email: 'melanie.gagnon@rvhn.on.ca' }, people: ['Mélanie Gagnon'], nameLine: 'Mélanie Gagnon', signature: ['Rideau Valley Health Network'], sentences: ['CONFIDENTIALITY NOTICE: This email is intended only for the addressee.', 'AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné au destinataire.'] }))).toBe('Rideau Valley Health Network');
    expect(findCompany(input({ from: { name: 'Careers', email: 'careers@shrc.qld.gov.au' }, signature: ['Council'], sentences: ['Thank you for subscribing to job alerts from Sunshine Hinterland Regional Council.'] }))).toBe('Sunshine Hinterland Regional Council');
  });

  it('drops the dangling "Department of" left when the team after it is cut ("Millbrook County Department of Human Resources")', () => {
    expect(findCompany(input({ from: { name: 'Danielle Prater', email: 'dprater@millbrookcountyoh.gov' }, people: ['Danielle Prater'], nameLine: 'Danielle Prater', signature: ['Millbrook County Department of Human Resources'] }))).toBe('Millbrook County');
  });
});

describe('findCompany: public bodies named for their remit, Welsh labels, a school head, a title with its level', () => {
  it('reads a department whose remit the domain spells, and a body named in the text with its head', () => {
    expect(signedBy('Department of Marine and Coastal Affairs | An Roinn Gnóthaí Mara', 'maire.nichonaill@marinecoastal.gov.ie')).toBe('Department of Marine and Coastal Affairs');
    const oiw = input({ from: { name: null, email: null }, bodyEmails: ['inlandwaterways.resourcing@inlandwaterways.gov.uk'], sentences: ['Thank you for your application for: Vacancy 390554 – Executive Officer, Customer Casework Office for Inland Waterways Location: Gloucester or Leeds'] });
    expect(findCompany(oiw)).toBe('Office for Inland Waterways');
  });
  it('takes no Welsh phone label for a name, and reads the board under nhs.wales by its full name', () => {
    const from = { name: 'Rhian Pugh', email: 'rhian.pugh@teifivalley.nhs.wales' };
    expect(findCompany(input({ from, people: ['Rhian Pugh'], nameLine: 'Rhian Pugh', signature: ['Bwrdd Iechyd Prifysgol Dyffryn Teifi', 'Teifi Valley University Health Board', 'Ffôn / Phone: 01239 555 014'] }))).toBe('Teifi Valley University Health Board');
    // On a tie, the name that spells the whole label wins over one that starts like it.
    expect(findCompany(input({ from, people: ['Rhian Pugh'], nameLine: 'Rhian Pugh', signature: ['Teifi Ward', 'Teifi Valley University Health Board'] }))).toBe('Teifi Valley University Health Board');
  });
  it('drops a school head after the school, and takes no title with its level for a name', () => {
    expect(signedBy('Awarua School Principal', 'office@awaruaschool.nz')).toBe('Awarua School');
    expect(findCompany(input({ from: { name: null, email: 'careers@pvwc-cevp.ca' }, subject: 'Written exam result – Water Treatment Plant Operator II', sentences: ['Petitcodiac Valley Water Commission thanks you for sitting the written exam.'] }))).not.toBe('Water Treatment Plant Operator II');
  });
});

describe('findCompany: an intake, a posting number, a Welsh post (fresh mail)', () => {
  it('takes none of them for the employer', async () => {
    expect(await companyOf('batch707/outlook/rejection-ontario-police-constable-after-eci')).toBe('Grand River Regional Police Service');
    expect(await companyOf('batch702/localized/interview-gmail-french-quebec-cisss')).not.toBe('Affichage 2038-INF-0458');
    expect(await companyOf('batch707/localized/interview-welsh-outlook-fire-control-operator')).not.toBe('Gweithredwr Rheoli Tân');
  });
});

describe('findCompany: a county domain with its state code', () => {
  it('reads "Perdido Bay County" written in the mail for perdidobayfl.gov', () => {
    const from = { name: 'Teresa Gautreaux', email: 'tgautreaux@perdidobayfl.gov' };
    expect(findCompany(input({ from, people: ['Teresa Gautreaux'], sentences: ['Location Perdido Bay County Central Services Building, Room 2-114.', 'Teresa Gautreaux Human Resources Generalist II Perdido Bay County Board of County Commissioners (850) 555-0176'] }))).toBe('Perdido Bay County');
  });
});

describe('findCompany: a Quebec body by the initials its domain spells', () => {
  it('reads the name the mail writes, whose lower-case words may give a letter or not', () => {
    const at = (email: string, sentence: string) => findCompany(input({ from: { name: 'Service des ressources humaines', email }, sentences: [sentence] }));
    expect(at('dotation@cssmb.qc.ca', 'Le Centre de services scolaire des Monts-Boisés a le plaisir de vous offrir le poste.')).toBe('Centre de services scolaire des Monts-Boisés');
    expect(at('dotation@csmb.qc.ca', 'Le Centre de services scolaire des Monts-Boisés a le plaisir de vous offrir le poste.')).toBe('Centre de services scolaire des Monts-Boisés');
    // (No name that fits: nothing is made up.)
    expect(at('dotation@csxy.qc.ca', 'Le Centre de services scolaire des Monts-Boisés a le plaisir de vous offrir le poste.')).not.toBe('Centre de services scolaire des Monts-Boisés');
  });
});

describe('findCompany: a public body sent through a platform', () => {
  it('keeps the name that fits the Reply-To domain over the platform the footer names', () => {
    const from = { name: 'Calder Moor Community Health NHS Trust', email: 'noreply@jobtrac-health.com' };
    const replyTo = [{ name: 'Recruitment', email: 'cmch.recruitment@caldermoorhealth.org.uk' }];
    const sentences = ['Thank you for your interest in the post with Calder Moor Community Health NHS Trust.', 'This message was sent by Jobtrac Health on behalf of the employer.'];
    expect(findCompany(input({ from, replyTo, sentences }))).toBe('Calder Moor Community Health NHS Trust');
    // (With no other domain to fit, the platform's written name still wins, as before.)
    expect(findCompany(input({ from, sentences }))).toBe('Jobtrac Health');
  });
  it('reads "Office of Highway Operations" as a body, not a department', () => {
    const from = { name: 'Colorado Office of Highway Operations', email: 'noreply@civicapply.com' };
    expect(findCompany(input({ from, replyTo: [{ name: 'Region 3 HR', email: 'r3hr@cohighwayops.gov' }] }))).toBe('Colorado Office of Highway Operations');
    expect(findCompany(input({ from: { name: 'Healthcare Operations', email: 'ops@brightwell.com' } }))).not.toBe('Healthcare Operations');
  });
});

describe('findCompany: a survey platform writing for the employer', () => {
  it('keeps the employer the mail names throughout over the platform that signs', async () => {
    expect(await companyOf('batch698/hard/other-interview-experience-survey-names-time')).toBe('Harrow Vale Borough Council');
  });
});

describe('findCompany: a no-reply platform sending for a body with its own domain', () => {
  const sentences = ['Thank you for applying for the Flood Risk Data Analyst post with the Office for Coastal Resilience.', 'This message was sent by GovRecruit on behalf of the Office for Coastal Resilience.'];
  it('reads the employer by the Reply-To domain, not by the platform that sends', () => {
    const from = { name: 'GovRecruit', email: 'noreply@notify.govrecruit.co.uk' };
    expect(findCompany(input({ from, replyTo: [{ name: null, email: 'ocr.recruitment@coastalresilience.gov.uk' }], sentences }))).toBe('Office for Coastal Resilience');
  });
  it('still reads a sender that is not a no-reply address by its own domain', () => {
    const from = { name: 'GovRecruit', email: 'hello@govrecruit.co.uk' };
    expect(findCompany(input({ from, replyTo: [{ name: null, email: 'ocr.recruitment@coastalresilience.gov.uk' }], sentences }))).toBe('GovRecruit');
  });
});

describe('findCompany: a signature\'s address line and a public service', () => {
  it('reads "Atlantic Regional Ambulance Service" and none of its address', () => {
    const from = { name: 'Conor Gilmartin', email: 'conor.gilmartin@aras-ambulance.ie' };
    const signature = ['Recruitment Officer | Human Resources', 'Atlantic Regional Ambulance Service', 'Galway Business Park, Dangan, Galway H91 K2PX'];
    expect(findCompany(input({ from, people: ['Conor Gilmartin'], signature }))).toBe('Atlantic Regional Ambulance Service');
  });
  it('reads no town or state from "Ballarat, Victoria"', () => {
    const from = { name: 'Goldfields Ambulance Careers', email: 'no-reply@recruitpoint.com.au' };
    const sentences = ['Thank you for applying for the Graduate Paramedic program with Goldfields Ambulance Service.'];
    expect(findCompany(input({ from, signature: ['Ballarat, Victoria'], sentences }))).toBe('Goldfields Ambulance Service');
    // (A body named before its state stays: "City of Lake Calumet Heights, Indiana".)
    expect(findCompany(input({ from: { name: 'Veronica Stasiak', email: 'vstasiak@lchindiana.gov' }, people: ['Veronica Stasiak'], signature: ['HR Generalist', 'City of Lake Calumet Heights, Indiana'] }))).toBe('City of Lake Calumet Heights');
  });
  it('takes no condition, stage, grade stream or hours for the employer', () => {
    const at = (name: string) => findCompany(input({ from: { name: 'Aidan Clerkin', email: 'aidan.clerkin@gmail.com' }, people: ['Aidan Clerkin'], signature: [name] }));
    for (const name of ['Conditional', 'Oral Board', 'General Service', 'Government', '1.0 FTE']) expect(at(name)).toBeNull();
  });
});

describe('findCompany: a US state\'s code after a comma', () => {
  it('reads "Oxbow County, IA" as "Oxbow County"', () => {
    expect(findCompany(input({ from: { name: 'Oxbow County, IA', email: 'noreply@civicapply.net' } }))).toBe('Oxbow County');
  });
});

describe('findCompany: the employer a platform shows as its display name', () => {
  it('reads it though the platform names itself in the footer', async () => {
    expect(await companyOf('batch608/outlook/application-county-phn-eligibility-list')).toBe('Alder County');
  });
});

describe("findCompany: a body's department, staff bank or board after its name", () => {
  it('gives the body', () => {
    const at = (name: string, email: string) => findCompany(input({ from: { name, email } }));
    expect(at('Tioughnioga County Civil Service', 'civilservice@tioughniogacountyny.gov')).toBe('Tioughnioga County');
    expect(at('NHS Strathkelvin Staff Bank', 'staffbank@strathkelvin.scot.nhs.uk')).toBe('NHS Strathkelvin');
    expect(at('Town of Quissett Harbor Board', 'clerk@quissettharbor-ma.gov')).toBe('Town of Quissett Harbor');
  });
  it('keeps a board, a bank or a department that is the name', () => {
    const at = (name: string, email: string) => findCompany(input({ from: { name, email } }));
    expect(at('Teifi Valley University Health Board', 'recruitment@teifivalley.nhs.wales')).toBe('Teifi Valley University Health Board');
    expect(at('Granite Trust Bank', 'careers@granitetrustbank.com')).toBe('Granite Trust Bank');
  });
});

describe("findCompany: a county's '-shire' in a public body's zone", () => {
  it('is no hire firm: the domain names the force over a post in the subject', async () => {
    // (Sent from recruitment@hollinshire.police.uk under the subject "Police Constable – Assessment Centre Invitation".)
    expect(await companyOf('batch603/outlook/interview-police-constable-assessment-centre-cp1252')).toBe('Hollinshire Constabulary');
  });
  it('still reads a hire firm outside a public zone as an agency', () => {
    const from = { name: 'Tom Baird', email: 'tom@tradeshire.ca' };
    const sentences = ['My client, Northgate Mechanical, would like to meet you on Thursday.'];
    expect(findCompany(input({ from, people: ['Tom Baird'], nameLine: 'Tom Baird', sentences, signature: ['TradesHire'] }))).toBe('Northgate Mechanical');
  });
});

describe("findCompany: a school under its council's zone", () => {
  it('keeps the school the host names over the council the zone names', async () => {
    // (r.penhallow@penwithick.westmarlshire.sch.uk, signing "Penwithick Primary School", the mail naming "West Marlshire
    // County Council" as the employer of community schools.)
    expect(await companyOf('batch628/apple-mail/offer-school-inside-county-council-iphone-no-note')).toBe('Penwithick Primary School');
    expect(await companyOf('batch714/outlook/interview-mac-academy-trust-bst-implicit')).toBe('Hebble Brook Primary Academy');
  });
});

describe("company of an employer's own alert, newsletter or event", () => {
  it('names the employer that sends it from its own domain', async () => {
    expect(await companyOf('batch103/attached/other-employer-job-alert')).toBe('Halden Rail');
    expect(await companyOf('batch571/auto-forward/other-council-job-alert-housing')).toBe('Hartsmere Borough Council');
  });
  it("still names no one for a board's alert, whatever its domain", async () => {
    expect(await companyOf('batch604/gmail/other-public-sector-board-job-alert')).toBeNull();
  });
});

describe("findCompany: Canada's federal mail", () => {
  it('takes no classification ("EC-04", "AO6", "CPP4") and no province alone for the employer', async () => {
    const at = (name: string) => findCompany(input({ from: { name: 'Aidan Clerkin', email: 'aidan.clerkin@gmail.com' }, people: ['Aidan Clerkin'], signature: [name] }));
    for (const name of ['EC-04', 'AO6', 'CPP4', 'Ontario', 'Nova Scotia']) expect(at(name)).toBeNull();
    expect(await companyOf('batch638/outlook-web/application-federal-bilingual-receipt')).toBe('Parks and Waterways Canada');
  });
  it('reads a gc.ca domain of English and French initials by the English ones', async () => {
    expect(await companyOf('batch702/outlook/application-federal-bilingual-body-address')).toBe('Canadian Coastal Surveys Agency');
  });
  it('takes no person\'s display name written surname first with the initials of the body', async () => {
    expect(await companyOf('batch606/outlook/interview-bilingual-health-network-atlantic-time')).toBe('Fundy Coast Health Network');
    expect(findCompany(input({ from: { name: 'Arsenault, Geneviève (FCHN/RSCF)', email: 'genevieve.arsenault@gmail.com' } }))).toBeNull();
  });
});

describe('findCompany: a Welsh body whose domain spells its Welsh name', () => {
  it('gives the English name the mail writes ("Dyffryn Conwy" is the "Conwy Valley")', async () => {
    expect(await companyOf('batch639/thunderbird/application-welsh-council-bilingual-receipt')).toBe('Conwy Valley County Borough Council');
    expect(await companyOf('batch652/outlook-web/rejection-bilingual-welsh-council-not-shortlisted')).toBe('Teifi Valley County Council');
  });
});

describe('findCompany: names in French, Spanish and Dutch mail', () => {
  const at = (name: string, email = 'aidan.clerkin@gmail.com') => findCompany(input({ from: { name: 'Aidan Clerkin', email }, people: ['Aidan Clerkin'], signature: [name] }));
  it("drops a Spanish display name's platform ('vía Reclutia') and a Belgian bilingual legal form ('NV/SA')", async () => {
    expect(await understand(freshFixture('batch662/gmail/rejection-lumbre-reclutia-address-in-body')).then((r) => r.company)).toBe('Lumbre Energía');
    expect(at('Lumiris NV/SA', 'hr@lumiris.be')).toBe('Lumiris');
  });
  it('takes no HR department, its head or a country alone for the employer', () => {
    for (const name of ['DRH adjoint', 'Personeelszaken', 'España']) expect(at(name)).toBeNull();
  });
});

describe('findCompany: a clinical unit and a shift pattern', () => {
  it('takes neither for the employer', () => {
    const at = (name: string) => findCompany(input({ from: { name: 'Aidan Clerkin', email: 'aidan.clerkin@gmail.com' }, people: ['Aidan Clerkin'], signature: [name] }));
    for (const name of ['Renal Services', 'Dialysis Unit', 'PRN']) expect(at(name)).toBeNull();
  });
});

describe('findCompany: an office before the name', () => {
  it("drops 'Office –' in front ('Office – Corrib University Hospital')", () => {
    expect(findCompany(input({ from: { name: 'Office – Corrib University Hospital', email: 'recruitment@corribhospital.ie' } }))).toBe('Corrib University Hospital');
  });
});

describe("findCompany: a number's label and a school head's post", () => {
  it("drops 'No' left after its number and 'Príomhoide' before a school's name", () => {
    expect(findCompany(input({ from: { name: "Qu'Appelle Plains School Division No", email: 'hr@qaplains.sk.ca' } }))).toBe("Qu'Appelle Plains School Division");
    expect(findCompany(input({ from: { name: 'Príomhoide Gaelscoil na Fuinseoige', email: 'priomhoide@gaelscoilnafuinseoige.ie' } }))).toBe('Gaelscoil na Fuinseoige');
  });
});

describe('findCompany: a long name read short by a pattern, possessive names, departments and display-name teams', () => {
  it('reads no search firm where the sender\'s own six-word name "would like to offer you" and signs', () => {
    const from = { name: 'Hirst Joanne (IRWELL VALLEY HOSPITALS NHS FOUNDATION TRUST)', email: 'joanne.hirst@irwellvalley.nhs.uk' };
    const sentences = [
      'Further to your recent interview, I am delighted to confirm that Irwell Valley Hospitals NHS Foundation Trust would like to offer you the post of Staff Nurse (Band 5).',
      'Joanne Hirst Recruitment Officer – Workforce Resourcing Irwell Valley Hospitals NHS Foundation Trust Salford Road Hospital, Salford Road, Manchester, M6 8HD',
    ];
    expect(findCompany(input({ from, people: ['Joanne Hirst', 'Hirst Joanne'], nameLine: 'Joanne Hirst', signature: ['Recruitment Officer – Workforce Resourcing', 'Irwell Valley Hospitals NHS Foundation Trust'], sentences }))).toBe('Irwell Valley Hospitals NHS Foundation Trust');
  });
  it("goes on past a children's hospital's possessive", () => {
    const from = { name: "Buckeye Valley Children's Careers", email: 'talent@careers.bvch.org' };
    expect(findCompany(input({ from, sentences: ["Thanks for joining the Buckeye Valley Children's Hospital Talent Community!", "Buckeye Valley Children's Hospital is an equal opportunity employer."] }))).toBe("Buckeye Valley Children's Hospital");
  });
  it('reads "Medical Imaging" as a department, not the employer', () => {
    const from = { name: 'Southern Gulf Local Health Network', email: 'no-reply@careers.sglhn.sa.gov.au' };
    const sentences = ['Thank you for your interest in the Medical Radiation Scientist (Level 1) position with Medical Imaging at Port Augusta Hospital.', 'Please email the Medical Imaging Recruitment Team at sglhn.imagingrecruitment@sa.gov.au.'];
    expect(findCompany(input({ from, sentences, signature: ['Medical Imaging Recruitment Team', 'Southern Gulf Local Health Network'] }))).toBe('Southern Gulf Local Health Network');
  });
  it('drops "- Ufficio Personale" (before or after) and "Graduate Program" from a display name', () => {
    expect(findCompany(input({ from: { name: 'Acciaierie Valtrompia - Ufficio Personale', email: 'selezione@valtrompia-acciai.it' } }))).toBe('Acciaierie Valtrompia');
    expect(findCompany(input({ from: { name: 'Ufficio Personale Acciaierie Valtrompia', email: 'selezione@valtrompia-acciai.it' } }))).toBe('Acciaierie Valtrompia');
    expect(findCompany(input({ from: { name: 'Blackwattle Graduate Program', email: 'graduates@blackwattlegroup.com.au' }, sentences: ['Meet the Blackwattle Graduate Program team online.'] }))).not.toBe('Blackwattle Graduate Program');
  });
});

describe("findCompany: public bodies read from their domains and written on", () => {
  it("drops a US state's code from a domain's spelling only where the mail writes it in an address", () => {
    const sentences = ['You have been scheduled for the oral board for the Police Recruit position.', 'Leah Ortiz #4417 Backgrounds & Recruiting Unit Copper Mesa Police Department Office: 480-555-0137', 'Location: 301 W. Ocotillo Avenue, Copper Mesa, AZ 85999'];
    expect(findCompany(input({ from: { name: 'Leah Ortiz', email: 'leah.ortiz@coppermesaaz.gov' }, people: ['Leah Ortiz'], sentences }))).toBe('Copper Mesa Police Department');
    expect(findCompany(input({ from: { name: 'Marc Tremblay', email: 'marc@grappe-ia.ca' }, people: ['Marc Tremblay'], sentences: ['Merci de votre intérêt.'] }))).not.toBe('Grappe');
  });
  it("keeps a sheriff's office whole", () => {
    const sentences = ["I am pleased to offer you employment with the Kilbuck County Sheriff's Office as a Corrections Officer."];
    expect(findCompany(input({ from: { name: 'Renee Albrecht', email: 'ralbrecht@kilbuckcountysheriff.org' }, people: ['Renee Albrecht'], sentences }))).toBe("Kilbuck County Sheriff's Office");
  });
  it('writes a department on past the words a pattern reads, in running prose only', () => {
    const from = { name: 'Recruitment Services (DMRF)', email: 'recruitment@dmrf.qld.gov.au' };
    expect(findCompany(input({ from, sentences: ['Thank you for your interest in the above role with the Department of Main Roads and Freight.'], signature: ['Recruitment Services', 'Department of Main Roads and Freight', 'Queensland Government'] }))).toBe('Department of Main Roads and Freight');
    const reef = { name: 'Darren Sullivan', email: 'darren.sullivan@reefcoastal.qld.gov.au' };
    expect(findCompany(input({ from: reef, people: ['Darren Sullivan'], sentences: ['Thank you for applying for the role of Principal Policy Officer with the Department of Reef and Coastal Management.'] }))).toBe('Department of Reef and Coastal Management');
    const act = { name: 'Siobhan Marr', email: 'siobhan.marr@cityrenewal.act.gov.au' };
    expect(findCompany(input({ from: act, people: ['Siobhan Marr'], sentences: ['Directorate: City Renewal and Place Directorate Job reference: CRP/39/4410'] }))).toBe('City Renewal and Place Directorate');
  });
  it("still stops at a signature's next line and at a label", () => {
    const from = { name: 'Joe Bloggs', email: 'joe.bloggs@coastalresilience.gov.uk' };
    expect(findCompany(input({ from, people: ['Joe Bloggs'], sentences: ['Thank you for applying to the Office for Coastal Resilience.', 'Office for Coastal Resilience Temple Quay House, Bristol'] }))).toBe('Office for Coastal Resilience');
    expect(findCompany(input({ from, people: ['Joe Bloggs'], sentences: ['Department: Office for Coastal Resilience Grade: EO'] }))).toBe('Office for Coastal Resilience');
  });
});

describe('findCompany: school districts and police forces behind a platform, job titles and departments that are no employer', () => {
  it('reads "Kestrel Lake Public Schools" and "Ouse Valley Constabulary" from their display names', () => {
    expect(findCompany(input({ from: { name: 'Kestrel Lake Public Schools', email: 'donotreply@schoolpathrecruit.com' }, sentences: ['Thank you for applying for the following position:'] }))).toBe('Kestrel Lake Public Schools');
    expect(findCompany(input({ from: { name: 'Ouse Valley Constabulary – Join Us', email: 'joinus@ouse-valley.police.uk' }, sentences: ['Join us at our open evening.'] }))).toBe('Ouse Valley Constabulary');
  });
  it('reads no employer in "SchoolJobs Direct", a board passing the application on', () => {
    const sentences = ['Thank you for applying for the position of Teacher of English at Bramblewick Church of England Academy, part of the St Hild Diocesan Academy Trust.', 'Your application has been passed to the school for shortlisting.'];
    expect(findCompany(input({ from: { name: 'SchoolJobs Direct', email: 'no-reply@schooljobsdirect.co.uk' }, sentences }))).toBe('Bramblewick Church of England Academy');
  });
  it('reads no employer in a post ("Specialty Doctor", "Land Agent III", "Professional Leader") or in "Social Work"', () => {
    const from = { name: 'Alana Rigg', email: 'alana.rigg@tasmanbays.health.nz' };
    expect(findCompany(input({ from, people: ['Alana Rigg'], nameLine: 'Alana Rigg', signature: ['Professional Leader', 'Social Work', 'Tasman Bays Health District'] }))).toBe('Tasman Bays Health District');
    expect(findCompany(input({ from: { name: 'Leilani Fonoti', email: 'leilani.fonoti@dcl-hawaii.org' }, people: ['Leilani Fonoti'], subject: 'Interview – Land Agent III', sentences: ['Thank you for applying for Land Agent III with the Department of Coastal Lands.'] }))).not.toBe('Land Agent III');
  });
  it("drops a superintendent's office, a nursing team's careers and 'Workforce and OD'", () => {
    expect(findCompany(input({ from: { name: "Marbury Public Schools - Superintendent's Office", email: 'superintendent@marburyps.org' } }))).toBe('Marbury Public Schools');
    expect(findCompany(input({ from: { name: 'Louise Armstrong', email: 'louise.armstrong@npch.nhs.uk' }, people: ['Louise Armstrong'], nameLine: 'Louise Armstrong', signature: ['Workforce and OD', 'North Pennines Community Health NHS Trust'] }))).toBe('North Pennines Community Health NHS Trust');
  });
});

describe("findCompany: a force's name not doubled, a board's name cut after its 'and'", () => {
  it('reads "Northmoor Police", not "Northmoor Police Police" from "Northmoor Police Police Headquarters"', () => {
    const from = { name: 'Joanne Cartwright', email: 'recruitment@northmoor.police.uk' };
    const sentences = ['Thank you again for your interest in joining Northmoor Police.', 'Joanne Cartwright Recruitment Officer Northmoor Police Police Headquarters, Ladybridge Lane, Northallerton DL7 8QF'];
    expect(findCompany(input({ from, people: ['Joanne Cartwright'], sentences }))).toBe('Northmoor Police');
  });
  it('writes on "Slieve Bloom Education and Training" to its "Board"', () => {
    const from = { name: 'Recruitment', email: 'recruitment@sbetb.ie' };
    const sentences = ['Thank you for applying to Slieve Bloom Education and Training Board for the post of Teacher of Irish.', 'Slieve Bloom ETB Recruitment'];
    expect(findCompany(input({ from, sentences }))).toBe('Slieve Bloom Education and Training Board');
  });
});
