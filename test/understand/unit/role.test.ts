import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understand/index.js';
import { findRole } from '../../../shared/understand/role.js';
import { freshFixture } from './helpers.js';

const inBody = (sentence: string, subject = '') => findRole({ subject, lines: [sentence], sentences: [sentence], signatureAt: 5, history: [], company: null });
// The role the whole pipeline reads from a fresh forward.
const roleOf = async (path: string) => (await understand(freshFixture(path))).role;
// A title in the subject alone.
const inSubject = (subject: string) => findRole({ subject, lines: ['Hello,'], sentences: ['Hello,'], signatureAt: 5, history: [], company: null });

describe('findRole in Swedish, Danish, Norwegian and Finnish', () => {
  it('reads lower-case titles after "stillingen som" / "tjänsten som", up to a preposition', () => {
    expect(inBody('Tak for din ansøgning til stillingen som videnskabelig assistent ved Institut for Folkesundhed.')).toBe('Videnskabelig assistent');
    expect(inBody('Takk for din søknad på stillingen som sykepleier ved akuttmottaket, Vestfjord sykehus.')).toBe('Sykepleier');
    expect(inBody('Tack för ditt intresse för anställningen som utredare inom kollektivtrafik hos Trafikverket Nord.')).toBe('Utredare inom kollektivtrafik');
    expect(inBody('Tack för din ansökan till tjänsten som verksamhetsutvecklare inom hälso- och sjukvårdsförvaltningen.')).toBe('Verksamhetsutvecklare');
    expect(inBody('Tack för din ansökan till anställningen som doktorand i miljövetenskap vid Norrsjö universitet.')).toBe('Doktorand i miljövetenskap');
  });

  it('reads Finnish "tehtävään X" and Nordic subjects', () => {
    expect(inBody('kiitos hakemuksestasi tehtävään Suunnittelija, digitaaliset palvelut (hakuilmoitus 2027-0441).')).toBe('Suunnittelija, digitaaliset palvelut');
    expect(inBody('Hei,', 'Svar på søknad - Sykepleier, akuttmottak (ref. 4471)')).toBe('Sykepleier, akuttmottak');
  });

  it('needs a job noun: "stillingen som" before anything else names no role', () => {
    expect(inBody('Vi har besluttet at besætte stillingen som planlagt efter sommerferien.')).toBeNull();
  });
});

describe('findRole cleaning', () => {
  it('drops a requisition code in brackets, a trailing "Recruitment", and any title holding a link', () => {
    expect(inBody('Thank you for applying for the Highways Engineer (HE-0327) position.')).toBe('Highways Engineer');
    expect(inBody('Hi,', 'Brand Manager Recruitment')).toBe('Brand Manager');
    expect(inBody('Hi,', 'Careers night: RSVP https://harbourdata.org.au/events/careers-night')).toBeNull();
  });

  it('keeps an elided article and an adjective in "-able" inside a French title, and drops "à 100 %", "publié" and a work mode in brackets', () => {
    expect(inBody('Bonjour,', "Convocation à un entretien - Éducatrice de l'enfance")).toBe("Éducatrice de l'enfance");
    expect(inBody("J'ai le plaisir de vous confirmer notre proposition d'engagement au poste de Responsable administrative et comptable à 80 %, au sein de notre bureau.")).toBe('Responsable administrative et comptable');
    expect(inBody('Poste : Gestionnaire de paie à 100 %')).toBe('Gestionnaire de paie');
    expect(inBody("Nous avons bien reçu votre candidature pour le poste d'Ingénieur méthodes publié le 3 juillet.")).toBe('Ingénieur méthodes');
    expect(inBody('Thanks for applying for the Junior DevOps Engineer (Montreal, hybrid) role.')).toBe('Junior DevOps Engineer');
  });

  it('drops an Austrian or German file number after the title ("GZ", "Kennung")', () => {
    expect(inBody('Hallo,', 'Einladung zum Hearing: Referent:in für Umweltrecht (GZ 2027-0117)')).toBe('Referent:in für Umweltrecht');
    expect(inBody('Hallo,', 'Ihre Bewerbung als Ingenieurin/Ingenieur Wasserbau, Kennung BAWL-2027-033')).toBe('Ingenieurin/Ingenieur Wasserbau');
  });

  it('keeps Polish "ds." inside a title', () => {
    expect(inBody('Dziękujemy za aplikację na stanowisko Inżynier ds. Utrzymania Ruchu w naszym zakładzie.')).toBe('Inżynier ds. Utrzymania Ruchu');
  });
});

describe('findRole in German, French and Spanish mail', () => {
  it('keeps gender stars, cuts reference numbers, open brackets and trailing words', () => {
    expect(inBody('Vielen Dank für Ihre Bewerbung als Wissenschaftliche*r Mitarbeiter*in am Institut.')).toBe('Wissenschaftliche*r Mitarbeiter*in');
    expect(inBody('Ihre Bewerbung als Qualitätsmanagerin, Kennzahl 19/2027, ist eingegangen.')).toBe('Qualitätsmanagerin');
    expect(inBody('Hi,', 'Controller Opportunity')).toBe('Controller');
    expect(inBody('Hi,', 'Postulación Asistente Contable Jr')).toBe('Asistente Contable Jr');
  });
});

describe('findRole: words around titles in French, Spanish and German subjects', () => {
  it('cuts a decision word before the title, a place after it, and an address', () => {
    expect(inBody('Hi,', 'Zusage Disponent')).toBe('Disponent');
    expect(inBody('Te esperamos para la entrevista de Recepcionista en nuestro hotel de Sevilla.')).toBe('Recepcionista');
  });
});

describe('findRole without a known job noun', () => {
  it('reads the title a gender marker follows ("(m/w/d)", "(H/F)")', () => {
    expect(inBody('vielen Dank für Ihre Bewerbung als Lektor Sachbuch (m/w/d) und Ihr Interesse am Auenwald Verlag.')).toBe('Lektor Sachbuch');
    expect(inBody('Wir suchen ab sofort einen Maschinenführer (m/w/d) für die Nachtschicht.')).toBe('Maschinenführer');
  });

  it('reads Italian "per il ruolo di X" and French labels', () => {
    expect(inBody("la ringraziamo per aver partecipato al processo di selezione per il ruolo di Liquidatore Sinistri Auto.")).toBe('Liquidatore Sinistri Auto');
    expect(inBody('Intitulé du poste : Responsable maintenance électromécanique')).toBe('Responsable maintenance électromécanique');
  });

  it('takes a subject title the body repeats just after "como", "als", "en tant que"...', () => {
    expect(inBody('temos o prazer de lhe apresentar uma proposta para integrar a equipa como Farmacêutico Adjunto na nossa farmácia da Graça.', 'Proposta de contratação – Farmacêutico Adjunto')).toBe('Farmacêutico Adjunto');
    expect(inBody('Je vous confirme votre mission en tant que Cariste CACES 3 chez notre client.', 'Confirmation de votre mission - Cariste CACES 3 - Entrepôts Blanchard')).toBe('Cariste CACES 3');
    // The longest form the subject gives, not its tail.
    expect(inBody('Te escribo para darle seguimiento a tu postulación como Coordinador de Compras.', 'Entrevista - Coordinador de Compras')).toBe('Coordinador de Compras');
  });

  it('reads Romance titles after "en tant que", "la fonction de", and a subject that names the step', () => {
    expect(inBody('Nous avons le plaisir de vous proposer un contrat en tant que Gestionnaire de paie junior au sein de notre bureau.')).toBe('Gestionnaire de paie junior');
    expect(inBody('Suite à votre candidature pour la fonction de Gestionnaire sinistres auto, je vous invite à un entretien.')).toBe('Gestionnaire sinistres auto');
    expect(inBody('Bonjour,', "Changement d'heure - entrevue Technicien en génie civil")).toBe('Technicien en génie civil');
    expect(inBody('Bonjour,', 'RE: Candidature Chargée de mécénat')).toBe('Chargée de mécénat');
    // A dash or a verb after the title ends it.
    expect(inBody('Bonjour,', 'Colloquio Progettista meccanico - nuovo orario')).toBe('Progettista meccanico');
  });

  it('reads a capitalised Romance title straight after "poste", and the gender forms "(ère)", "(trice)"', () => {
    expect(inBody("Merci d'avoir postulé au poste Infirmier de bloc opératoire (IBODE) - Clinique du Parc, Toulouse.")).toBe('Infirmier de bloc opératoire');
    expect(inBody('Nous vous convions à un entretien pour le poste de Conseiller(ère) en ressources humaines.')).toBe('Conseiller(ère) en ressources humaines');
  });

  it('drops a contract or stage word in front and working hours in brackets', () => {
    expect(inBody('Hallo,', 'Arbeitsvertrag Zahntechnikerin')).toBe('Zahntechnikerin');
    expect(inBody('Ciao,', 'Posizione Product Manager – esito della selezione')).toBe('Product Manager');
    expect(inBody('Bedankt voor je sollicitatie voor de functie Beleidsadviseur Klimaatadaptatie (32-36 uur).')).toBe('Beleidsadviseur Klimaatadaptatie');
  });

  it('reads Polish titles after "stanowisko" and in a subject after the step word, nouns our list did not know', () => {
    expect(inBody('dziękujemy za przesłanie aplikacji na stanowisko Doradca Klienta w oddziale w Radomiu.')).toBe('Doradca Klienta');
    expect(inBody('dziękujemy za przesłanie CV na stanowisko Spedytor międzynarodowy.')).toBe('Spedytor międzynarodowy');
    expect(inBody('Dzień dobry,', 'Re: Aplikacja – Architekt wnętrz')).toBe('Architekt wnętrz');
    expect(inBody('Merci pour votre candidature au poste de vendeuse en boulangerie.')).toBe('Vendeuse en boulangerie');
    expect(inBody('Ciao,', 'Candidatura cameriere di sala')).toBe('Cameriere di sala');
  });

  it('keeps a French gender ending and a Brazilian level, and drops a meeting word, the hours and a dangling "de nuestra"', () => {
    expect(inBody('Merci pour votre candidature au poste de Consultant(e) junior en stratégie.')).toBe('Consultant(e) junior');
    expect(inBody('Gracias por tu candidatura al puesto de Consultor SAP FI/CO en Madrid.')).toBe('Consultor SAP FI/CO');
    expect(inBody('Segue a proposta para a posição de Desenvolvedora Front-end Pleno na Jabuticaba Digital.')).toBe('Desenvolvedora Front-end Pleno');
    expect(inBody('Hallo,', 'Zweitgespräch UX Researcherin')).toBe('UX Researcherin');
    expect(inBody('Stelle: Buchhalterin / Buchhalter (m/w/d) – Teilzeit 30 Std.')).toBe('Buchhalterin / Buchhalter');
  });

  it('reads a subject that names the step, then the title to its end or to a dash', () => {
    expect(inBody('Beste,', 'Terugkoppeling sollicitatie Financial Controller')).toBe('Financial Controller');
    expect(inBody('Hallo,', 'Ihre Bewerbung als Lektorin Sachbuch')).toBe('Lektorin Sachbuch');
    expect(inBody('Olá,', 'Entrevista final - Atuário Sénior')).toBe('Atuário Sénior');
    expect(inBody('Hallo,', 'AW: Bewerbung Rechtsanwaltsanwärter – Zweitgespräch')).toBe('Rechtsanwaltsanwärter');
    // Before a dash the title needs a job noun: the employer is often named first.
    expect(inBody('Bonjour,', 'Entretien Banque Vaudan & Cie - Analyste KYC')).toBe('Analyste KYC');
    // A step's status or reference is no title.
    expect(inBody('Hallo,', 'Ihre Bewerbung bei Acme GmbH')).toBeNull();
    expect(inBody('Hallo,', 'Bewerbung Eingangsbestätigung')).toBeNull();
    expect(inBody('Hallo,', 'Einladung zum Vorstellungsgespräch – Kennziffer 2027-014')).toBeNull();
    expect(inBody('Hallo,', 'Bewerbung – Job 12345')).toBeNull();
    expect(inBody('Hallo,', 'Bewerbung – Ref 2027-014')).toBeNull();
    expect(inBody('Bonjour,', 'Candidature spontanée')).toBeNull();
  });

  it('reads joining "como X", "comme X", "als X ... an Bord", and a bare Nordic trade after "stillingen som"', () => {
    expect(inBody('Nos gustó mucho la prueba del martes y queremos que te incorpores con nosotras como dependienta.')).toBe('Dependienta');
    expect(inBody('Nous serions ravis de vous intégrer comme technicienne de maintenance, dès le 3 mai.')).toBe('Technicienne de maintenance');
    expect(inBody('Queremos que te incorpores como parte de nuestro equipo.')).toBeNull();
    expect(inBody('Wir würden Sie gerne als Schreinerin bei uns an Bord holen, Start wäre zum 1. April möglich.')).toBe('Schreinerin');
    expect(inBody('Jeg er glad for at kunne tilbyde dig stillingen som pædagog i Børnehuset Solsikken.')).toBe('Pædagog');
  });

  it('keeps the German ":in" form and drops a workload percentage and "au sein"', () => {
    expect(inBody('vielen Dank für Ihre Bewerbung als Mitarbeiter:in Kundenservice bei uns.')).toBe('Mitarbeiter:in Kundenservice');
    expect(inBody('Grüezi,', 'Interview Data Analyst 80–100%')).toBe('Data Analyst');
    expect(inBody('Nous avons le plaisir de vous proposer le poste de Comptable au sein de notre cabinet.')).toBe('Comptable');
  });

  it('does not take a subject phrase the body only mentions in passing, or a person', () => {
    expect(inBody('We met Dana Whitfield last week and she enjoyed it.', 'Catch-up - Dana Whitfield')).toBeNull();
    expect(inBody('The Harbour Lights quarterly review is attached.', 'Update - Harbour Lights')).toBeNull();
  });
  it('reads the rest of a subject after a step and a dash as the title, lower-case words and all, up to the employer', () => {
    expect(inBody('Bonjour Nathalie,', 'Entrevue téléphonique - Technicienne en contrôle de la qualité')).toBe('Technicienne en contrôle de la qualité');
    expect(inBody('Bonjour Mélissa,', 'Accusé de réception - Conseillère, finances personnelles (2700412)')).toBe('Conseillère, finances personnelles');
    expect(inBody('Bonjour Chantal,', 'Votre candidature - Attaché(e) de presse')).toBe('Attaché(e) de presse');
    expect(inBody('Hola Raúl!', 'Propuesta Jefe de Almacén')).toBe('Jefe de Almacén');
    expect(inBody('Olá Felipe,', 'Processo Desenvolvedor Backend Sênior - Pinhão Pay')).toBe('Desenvolvedor Backend Sênior');
    expect(inBody('Olá,', 'Entrevista - Engenheira de Dados Sênior na Cotaflux')).toBe('Engenheira de Dados Sênior');
    // A participle after the title ends it: "... CAD previsto per giovedì".
    expect(inBody('Il colloquio per la posizione di Disegnatore meccanico CAD previsto', 'R: Colloquio Disegnatore meccanico CAD - cambio data')).toBe('Disegnatore meccanico CAD');
    expect(inBody('Ihre Bewerbung als Sachbearbeiter/in Lohnbuchhaltung (Kennziffer 07/2027) ist eingegangen.')).toBe('Sachbearbeiter/in Lohnbuchhaltung');
    expect(inBody('Buongiorno,', 'Colloquio per la posizione di Redattrice Junior')).toBe('Redattrice Junior');
    expect(inBody('Buongiorno,', 'Esito selezione Progettista Meccanico')).toBe('Progettista Meccanico');
    expect(inBody('Hola,', 'Proceso de selección Ingeniero/a de Proyectos Hidráulicos')).toBe('Ingeniero/a de Proyectos Hidráulicos');
    expect(inBody('Olá,', 'Processo seletivo: Farmacêutico(a) Responsável Técnico - Teresina')).toBe('Farmacêutico(a) Responsável Técnico');
    expect(inBody('Hallo,', 'Ihre Bewerbung als Barista ist eingegangen')).toBe('Barista');
    // No step before the dash: the tail is not read.
    expect(inBody('Hello,', 'Harbour Lights - Quarterly review of the warehouse')).toBeNull();
  });

  it('keeps an Italian elided article and a slashed acronym in a Romance title, and knows Polish trades', () => {
    expect(inBody("Le scrivo per informarla che la posizione di Addetta all'amministrazione è stata coperta.")).toBe("Addetta all'amministrazione");
    expect(inBody('Hemos recibido tu solicitud para el puesto de Diseñadora UX/UI.')).toBe('Diseñadora UX/UI');
    expect(inBody('Cześć,', 'Twoja aplikacja została wysłana – Stolarz CNC')).toBe('Stolarz CNC');
  });

  it('reads a Polish field after "ds.", drops a Dutch step word, a contract note and the employer after "of"', () => {
    expect(inBody('Dziękujemy za aplikację na stanowisko Specjalista ds. płac w Kopernik Logistics.')).toBe('Specjalista ds. płac');
    expect(inBody('Cześć,', 'Zaproszenie na rozmowę rekrutacyjną – Koordynator ds. rejestracji pacjentów')).toBe('Koordynator ds. rejestracji pacjentów');
    expect(inBody('Dag Jens,', 'Re: Kandidatuur werfleider')).toBe('Werfleider');
    expect(inBody('Dag Wout,', 'Uitnodiging tweede gesprek boekhouder')).toBe('Boekhouder');
    expect(inBody('Thanks for applying for the Integration Developer (Contract) role.')).toBe('Integration Developer');
    expect(inBody("We'd like to put you forward for the Senior .NET Developer role at Acme.")).toBe('Senior .NET Developer');
    expect(inBody("Nous avons le plaisir de vous offrir le poste d'Éducatrice à l'enfance au CPE.")).toBe("Éducatrice à l'enfance");
    expect(inBody('Nous souhaitons vous confier le poste de Responsable qualité de notre fromagerie.')).toBe('Responsable qualité');
    expect(inBody('Pour le poste de Chef de projet photovoltaïque basé à Lyon.')).toBe('Chef de projet photovoltaïque');
    expect(inBody('Pani kandydatura na stanowisko Specjalista ds. kadr i płac w naszej firmie.')).toBe('Specjalista ds. kadr i płac');
    expect(inBody('Merci pour votre candidature au poste d’Agronome (concours 2027-07).', 'Candidature - Agronome (concours 2027-07)')).toBe('Agronome');
    const cfo = 'I am very pleased to attach our formal letter of offer for the position of Group Chief Financial Officer of Ballinacurra Foods Limited, reporting to me.';
    expect(findRole({ subject: 'Letter of Offer', lines: [cfo], sentences: [cfo], signatureAt: 5, history: [], company: 'Ballinacurra Foods' })).toBe('Group Chief Financial Officer');
  });
  it('keeps a gender ending on every word of a Romance title and stops at a weekday, an elided word or a verb', () => {
    expect(inBody("Nous vous invitons à un entretien pour le poste d'Analyste financier(ère) mardi à 10h.")).toBe('Analyste financier(ère)');
    expect(inBody("Votre candidature au poste d'Assistant(e) administratif(ve) n'a pas été retenue.")).toBe('Assistant(e) administratif(ve)');
    expect(inBody('Bonjour,', 'Candidature au poste de Régisseur·euse général·e reçue')).toBe('Régisseur·euse général·e');
    expect(inBody('Hermed bekræftet: du kommer til jobsamtale om stillingen som klinikassistent tirsdag den 23. marts kl. 9.30.')).toBe('Klinikassistent');
    expect(inBody('Vi samlar in ansökningar till tjänsten som underhållstekniker fram till slutet av mars.')).toBe('Underhållstekniker');
    expect(inBody('Ti confermo il colloquio per la posizione di Responsabile di Produzione giovedì alle 10.')).toBe('Responsabile di Produzione');
  });
  it('reads a title stated "en qualité de", "à função de", and a Spanish one that goes on after "al"', () => {
    expect(inBody("Nous souhaitons vous engager en qualité d'Assistante notariale au sein de notre étude.")).toBe('Assistante notariale');
    expect(inBody('Obrigado pela sua candidatura à função de Engenheiro de Dados na Pedra Lisa!')).toBe('Engenheiro de Dados');
    expect(inBody('Te ofrecemos el puesto de Coordinadora de Atención al Cliente en nuestra sede.')).toBe('Coordinadora de Atención al Cliente');
  });
  it('keeps a field joined by "et/&" to a Romance title, drops a German call word in front and the company closing a title', () => {
    expect(inBody('Nous avons le plaisir de vous proposer le poste de Directeur administratif et financier chez nous.')).toBe('Directeur administratif et financier');
    expect(inBody('Merci pour votre candidature au poste de Responsable qualité & sécurité alimentaire.')).toBe('Responsable qualité & sécurité alimentaire');
    // A verb after "e/et" is no part of it.
    expect(inBody('Gostaríamos de convidá-lo para uma entrevista para a vaga de Analista de QA e gostaria de saber sua disponibilidade.')).toBe('Analista de QA');
    expect(inBody('Hallo,', 'Telefoninterview Front Office Managerin')).toBe('Front Office Managerin');
    const s = 'Vi vill gärna träffa dig för en intervju om tjänsten som projektledare.';
    expect(findRole({ subject: 'Intervju: Projektledare Byggkraft Norr', lines: [s], sentences: [s], signatureAt: 5, history: [], company: 'Byggkraft Norr' })).toBe('Projektledare');
  });
});

describe('findRole: a post the words around it state', () => {
  it('reads a subject title before "job", "vacancy", "opportunity", "assignment", or in brackets before "role"', () => {
    expect(inBody('Hi,', 'Re: Senior Care Assistant job')).toBe('Senior Care Assistant');
    expect(inBody('Hi,', 'Re: Dental Nurse vacancy')).toBe('Dental Nurse');
    expect(inBody('Hi,', 'Confidential – Group HR Director opportunity')).toBe('Group HR Director');
    expect(inBody('Hi,', 'Interim Finance Director assignment - update')).toBe('Interim Finance Director');
    expect(inBody('Hi,', 'Change of time: meeting with Graham Ostrowski (Chief Medical Officer role)')).toBe('Chief Medical Officer');
  });
  it('takes a title our nouns do not know when a position word states it, but not a lone qualifier or department', () => {
    expect(inBody('Hi,', 'Re: Brewer role')).toBe('Brewer');
    expect(inBody('Hi,', 'Re: Term position')).toBeNull();
    expect(inBody('Hi,', 'Reception job')).toBeNull();
    expect(inBody('Hi,', 'Confidential - CFO role, industrial group (Central Switzerland)')).toBe('CFO');
  });
  it("reads a search firm's client looking for or finding its next holder of a post", () => {
    expect(inBody('Our client is a private-equity-backed platform looking for its first Chief Operating Officer.')).toBe('Chief Operating Officer');
    expect(inBody('They have asked us to find their next Group HR Director.')).toBe('Group HR Director');
    expect(inBody("Me and Owain had a chat and we'd like to offer you the apprentice plumber place with us.")).toBe('Apprentice plumber');
  });
  it('agrees on whole words: "Physio" in the subject is no part of "Physiotherapist" in the body', () => {
    const s = 'We are delighted to offer you the role of Physiotherapist (Musculoskeletal) with us.';
    expect(findRole({ subject: 'Physio position', lines: [s], sentences: [s], signatureAt: 5, history: [], company: null })).toBe('Physiotherapist (Musculoskeletal)');
  });
  it('knows generalists and Finnish compounds ending in -virkailija', () => {
    expect(inBody('Hi,', 'Application submitted: HR Generalist')).toBe('HR Generalist');
    expect(inBody('Hei,', 'Hämeenniemen kaupunki: Kirjastovirkailija – valintapäätös')).toBe('Kirjastovirkailija');
  });
});

describe('a title after the company and its legal form', () => {
  it('drops the legal form with the company', () => {
    expect(findRole({ subject: 'Hollis Finch LLP Trainee Solicitor - interview slots', lines: [], sentences: [], signatureAt: 5, history: [], company: 'Hollis Finch' })).toBe('Trainee Solicitor');
  });
});

describe('findRole: a reference in front, the campaign, the hours and a participle after', () => {
  it('drops "Kennziffer 31/047 -", "Competition 2031", ", 0.8 FTE" and "affiché"', () => {
    expect(findRole({ subject: 'Einladung zum Auswahlgespräch – Kennziffer 31/047 - Bauingenieurin/Bauingenieur (FH/Bachelor) Wasserbau', lines: [], sentences: [], signatureAt: 0, history: [], company: null })).toBe('Bauingenieurin/Bauingenieur (FH/Bachelor) Wasserbau');
    expect(findRole({ subject: 'Clerical Officer Competition 2031', lines: [], sentences: [], signatureAt: 0, history: [], company: null })).toBe('Clerical Officer');
    expect(inBody('We are delighted to offer you the position of Registered Midwife (Core), 0.8 FTE (rotating rostered shifts).')).toBe('Registered Midwife (Core)');
    expect(inBody("Je vous envoie mon CV pour le poste d'ébéniste affiché sur Indeed.")).not.toMatch(/affiché/);
  });
  it('does not cut a Dutch title inside its hours in brackets', () => {
    expect(findRole({ subject: 'Docent Wiskunde (0,8 fte)', lines: [], sentences: [], signatureAt: 0, history: [], company: null })).not.toMatch(/\(0$/);
  });

  it("drops a booking's call type before the title, a pictograph after it, and a weekday after 'für'", () => {
    const subjectOnly = (subject: string) => findRole({ subject, lines: [], sentences: [], signatureAt: 5, history: [], company: null });
    expect(subjectOnly('Confirmed: Recruiter Screen - Product Designer with Nadia Petrov')).toBe('Product Designer');
    expect(subjectOnly('Bewerbung als Werkstudent Embedded Software 🚁')).toBe('Werkstudent Embedded Software');
    expect(inBody('Ursprünglich hatten wir Ihr Gespräch für die Position IT-Projektmanager SAP S/4HANA (m/w/d) für Dienstag, den 19. Juli, um 11:00 Uhr geplant.')).toBe('IT-Projektmanager SAP S/4HANA');
  });

  it('keeps a title joined by "et", "e", "ou" or "or" ("Directeur Administratif et Financier")', () => {
    expect(inBody('Nous accusons réception de votre candidature au poste de Directeur Administratif et Financier.')).toBe('Directeur Administratif et Financier');
    // (Not the start of a word: "Transportation Planner and our team".)
    expect(inBody('Thanks for applying to the Transportation Planner role and our team will review it.')).toBe('Transportation Planner');
  });

  it("reads an offer's title between French quotation marks, without its contract type, gender marker or bracket", () => {
    expect(inBody("Votre candidature à l'offre « Contrôleur de gestion industriel H/F » a bien été transmise au recruteur Fonderies de la Bresle.")).toBe('Contrôleur de gestion industriel');
    expect(inBody("Ta candidature pour l'offre « Stage – Assistant·e chef de projet supply chain (6 mois, janvier 2034) » a bien été envoyée à Verdane Industries.")).toBe('Assistant·e chef de projet supply chain');
  });

  it('keeps the middle dot of French inclusive writing inside a title', () => {
    expect(inBody('Merci pour ta candidature au poste de Développeur·se Full Stack chez Koalys.')).toBe('Développeur·se Full Stack');
  });

  it('ends a Romance title at a preposition or a pronoun after its seniority, and a subject title at a reflexive pronoun', () => {
    expect(inBody('Te quería avisar: finalmente decidimos cubrir la posición de Contador/a Senior con alguien del estudio.')).toBe('Contador/a Senior');
    expect(inBody('Hola', 'Tu candidatura para Técnico/a de Comunicación Digital se ha enviado')).toBe('Técnico/a de Comunicación Digital');
  });

  it("reads a search firm's appointment or mandate, without letting an appointment panel hide the role", () => {
    expect(inBody("We're keen not to lose momentum on the Chief Operating Officer appointment.")).toBe('Chief Operating Officer');
    expect(inBody("Thank you for your patience while Castlegate's appointment panel considered the long list for the Director of Finance and Resources role.")).toBe('Director of Finance and Resources');
  });

  it('ends a Romance title at a possessive or an adverb ("Responsable Maintenance de son", "... junior début")', () => {
    expect(inBody('Mon client recrute le poste de Responsable Maintenance de son site de Saint-Quentin.')).toBe('Responsable Maintenance');
  });

  it('keeps a business function after a dash ("General Manager – Commercial") but not a place ("– Dublin")', () => {
    expect(inBody('Hi', 'Application received: General Manager – Commercial')).toBe('General Manager – Commercial');
    expect(inBody('Hi', 'Application received: Graduate Analyst – Dublin')).toBe('Graduate Analyst');
  });

  it('drops a school year, a job number, a campaign, a competition or a stage after the title', () => {
    expect(inBody('Hi', 'Application received: School Nurse (RN), 2035-36')).toBe('School Nurse (RN)');
    expect(inBody('Hi', 'Application received: Plant Operator, Job No. 35-0671')).toBe('Plant Operator');
    expect(inBody('Hi', 'Acknowledgement: Executive Officer Open Competition')).toBe('Executive Officer');
    expect(inBody('Hi', 'Conditional offer: Staff Nurse - Emergency Department - 302-ED-5519')).toBe('Staff Nurse - Emergency Department');
    expect(inBody('Hi', 'Notice: Firefighter/EMT Oral Board')).toBe('Firefighter/EMT');
  });

  it('drops a bracketed reference, a competition code, an intake year, a grade and the ward or school after a comma', () => {
    expect(inBody('Hi', 'Application received: Roads Inspector (MC/INF/0331)')).toBe('Roads Inspector');
    expect(inBody('Hi', 'Application received: Occupational Therapist (Competition 36-117)')).toBe('Occupational Therapist');
    expect(inBody('Hi', 'Outcome: Administrative Officer – Competition BCC/AO/36/02')).toBe('Administrative Officer');
    expect(inBody('Hi', 'Acknowledgement: Assistant Staff Officer Competition KCC/ASO/2036/01')).toBe('Assistant Staff Officer');
    expect(inBody('Hi', 'Application received: Competition AVH-2036-118, Community Health Nurse')).toBe('Community Health Nurse');
    expect(inBody('Hi', 'Outcome: Recruit Firefighter 2036')).toBe('Recruit Firefighter');
    expect(inBody('Hi', 'Outcome: Wholetime Firefighter Recruitment 2036')).toBe('Wholetime Firefighter');
    expect(inBody('Hi', 'Interview: Environmental Health Officer – Grade 8')).toBe('Environmental Health Officer');
    expect(inBody('Hi', 'Interview: Senior Pharmacist, Slaney General Hospital')).toBe('Senior Pharmacist');
    expect(inBody('Hi', 'Interview: Firefighter/EMT Written Examination')).toBe('Firefighter/EMT');
    // (A programme's year and a teacher's grade stay: they are part of what is applied for.)
    expect(inBody('Hi', 'Application received: Summer Internship 2027')).toBe('Summer Internship 2027');
    expect(inBody('Hi', 'Interview: Bilingual Teacher - Grade 2')).toBe('Bilingual Teacher - Grade 2');
    // (Public-sector posts read as titles.)
    expect(inBody('Hi', 'Application received: Signal Maintainer')).toBe('Signal Maintainer');
  });

  it('drops a requisition or exam number in front, the hospital after a dash, a grade in brackets and a demonstration event type', () => {
    expect(inBody('Hi', 'Application received: Exam No. 36-410 Account Clerk')).toBe('Account Clerk');
    expect(inBody('Hi', 'Application received: Posting 36-41207 Licensed Practical Nurse')).toBe('Licensed Practical Nurse');
    expect(inBody('Hi', 'Application received: REQ487512 Pharmacist Level 1 – Kingscliff Base Hospital')).toBe('Pharmacist Level 1');
    expect(inBody('Hi', 'Interview: Senior Project Officer, Catchment Programs (VPS Grade 5)')).toBe('Senior Project Officer, Catchment Programs');
    expect(inBody('Hi', 'Interview: Principal Teacher of Mathematics, Lorn Academy')).toBe('Principal Teacher of Mathematics');
    expect(inBody('Hi', 'Invitation: Teaching Demonstration - Adjunct Instructor, Welding Technology')).toBe('Adjunct Instructor, Welding Technology');
    // (A school's level after a post is part of it: "Assistant Principal, Middle School".)
    expect(inBody('Hi', 'Interview: Assistant Principal, Middle School')).toBe('Assistant Principal, Middle School');
  });
});

describe('findRole: the company in a shorter form, and minutes in brackets', () => {
  const withCompany = (subject: string, company: string) => findRole({ subject, lines: ['Hi'], sentences: ['Hi'], signatureAt: 5, history: [], company });
  it('cuts the company written without its last word after the title ("Data Engineer, Paperbark Health"), not a title that begins with it', () => {
    expect(withCompany('Interview – Data Engineer, Paperbark Health', 'Paperbark Health Technologies')).toBe('Data Engineer');
    expect(withCompany('Offer – Marine Licensing Case Officer', 'Marine Licensing Agency')).toBe('Marine Licensing Case Officer');
    expect(withCompany('Interview – Staff Nurse (General), Cardiac Care Unit, St. Fachtna\'s', "St. Fachtna's University")).toBe('Staff Nurse (General)');
  });

  it('drops "(30 Minuten)" and "(45 minutes)" after a title', () => {
    expect(inBody('Hi,', 'Kennenlerngespräch Customer Success Manager (30 Minuten)')).toBe('Customer Success Manager');
    expect(inBody('Hi,', 'Phone screen: Customer Success Manager (45 minutes)')).toBe('Customer Success Manager');
  });
});

describe('findRole: campaigns, references, results and intakes around a public-sector title', () => {
  it('drops a campaign in brackets or after the title, a reference in front, a result or intake after', () => {
    const subj = (t: string) => findRole({ subject: `Application update – ${t}`, lines: ['Hi'], sentences: ['Hi'], signatureAt: 5, history: [], company: null });
    expect(subj('Executive Officer (Campaign EO-2037-07)')).toBe('Executive Officer');
    expect(subj('Administrative Officer (AO) Recruitment Campaign')).toBe('Administrative Officer');
    expect(subj('Competition Ref CHI-037-09 Heritage Officer')).toBe('Heritage Officer');
    expect(subj('WDC-ASC-0412 Reablement Support Worker')).toBe('Reablement Support Worker');
    expect(subj('Bus Operator Trainee – Examination Results')).toBe('Bus Operator Trainee');
    expect(subj('Firefighter Recruit Intake 2/2038')).toBe('Firefighter Recruit');
    expect(subj('Wholetime Firefighter Recruitment 2035/36')).toBe('Wholetime Firefighter');
    expect(subj('Firefighter/Paramedic Hiring Process – CPAT Result')).toBe('Firefighter/Paramedic');
  });
});

describe('findRole: a French title whose complement follows "en"', () => {
  it('reads "Conseillère en stratégie numérique" whole after "Suivi –", and still ends a title before "en" and a place', () => {
    const subj = (subject: string) => findRole({ subject, lines: ['Bonjour,'], sentences: ['Bonjour,'], signatureAt: 5, history: [], company: null });
    expect(subj('Suivi – Conseillère en stratégie numérique')).toBe('Conseillère en stratégie numérique');
    expect(subj('Suivi – Technicienne en laboratoire')).toBe('Technicienne en laboratoire');
    expect(subj('Candidature – Chargé de projet en Normandie')).toBe('Chargé de projet');
  });
});

describe('findRole: a list bullet', () => {
  it('drops a bullet before the title ("• Police Constable")', () => {
    expect(findRole({ subject: 'Welcome', lines: ['Roles:', '• Police Constable'], sentences: ['We are recruiting for the following role: • Police Constable'], signatureAt: 5, history: [], company: null })).toBe('Police Constable');
  });
});

describe('findRole: posts that take calls', () => {
  it('keeps "Call" in a call taker\'s or handler\'s title, and an emergency number before it', () => {
    expect(inSubject('Application submitted: Emergency Call Handler (325-EOC-2036-118)')).toBe('Emergency Call Handler');
    expect(inSubject('Interview - Emergency Medical Call Taker (REQ-2036-3321)')).toBe('Emergency Medical Call Taker');
    expect(inSubject('Application: 9-1-1 Call Taker (Auxiliary)')).toBe('9-1-1 Call Taker (Auxiliary)');
    expect(inSubject('Interview: 911 Call Taker/Dispatcher')).toBe('911 Call Taker/Dispatcher');
  });
  it('still drops a call that is the meeting, and a reference number in front', () => {
    expect(inSubject('Intro call: Data Analyst')).toBe('Data Analyst');
    expect(inSubject('Application: 519208 - Senior Lecturer')).toBe('Senior Lecturer');
  });
});

describe('findRole: school heads, wardens, health visitors and Irish references', () => {
  it('reads a deputy principal, a warden and a health visitor as posts', () => {
    expect(inSubject('Unconditional offer – Health Visitor (Band 6) – start date confirmed')).toBe('Health Visitor');
    expect(inSubject('Application received: Community Warden')).toBe('Community Warden');
    expect(inSubject('Vice-Principal interview')).toBe('Vice-Principal');
  });
  it('drops "Post of" before the title and the college after it', () => {
    expect(inSubject('Outcome – Post of Deputy Principal, Scoil Chaimín Community College')).toBe('Deputy Principal');
    expect(inSubject('Deputy Principal, Trim Community College – Ref BLETB-DP-38-04')).toBe('Deputy Principal');
  });
  it('drops a reference of slash-joined codes after a dash, and "(Post ref: …)"', () => {
    expect(inSubject('Application received: Specialist Pharmacist – Antimicrobials (Band 7) – STR/38/0916')).toBe('Specialist Pharmacist – Antimicrobials');
    expect(inSubject('Your application for Housing Options Officer (Post ref: EBC0412)')).toBe('Housing Options Officer');
  });
});

describe('findRole: a title in French and English', () => {
  it('gives the English half, and keeps two forms in one language whole', () => {
    expect(inSubject('Interview: Archiviste / Archivist')).toBe('Archivist');
    expect(inSubject('Written exam – Water Treatment Plant Operator II / Opérateur')).toBe('Water Treatment Plant Operator II');
    expect(inSubject('Candidature : Vendeur / Vendeuse en boulangerie')).toBe('Vendeur / Vendeuse en boulangerie');
    expect(inSubject('Bewerbung: Konstrukteurin / Konstrukteur Sondermaschinenbau')).toBe('Konstrukteurin / Konstrukteur Sondermaschinenbau');
  });
});

describe('findRole: a field after a comma, in lower case (fresh mail)', () => {
  it('keeps the field the subject writes after the title the body agrees on', async () => {
    expect(await roleOf('batch693/gmail/offer-conditionnelle-groupe-borealis')).toBe("Analyste principale, intelligence d'affaires");
    expect(await roleOf('batch129/localized/interview-gmail-french-quebec-est')).toBe('Analyste, expérience client');
  });
  it('not a ward or a unit', async () => {
    expect(await roleOf('batch598/localized/offer-gmail-french-cisss-infirmiere')).toBe('Infirmière clinicienne');
    expect(await roleOf('batch207/attached/offer-danish-sygeplejerske-base64')).toBe('Sygeplejerske');
  });
});

describe('findRole: an organiser is a post, a calendar\'s "Organizer" label is not', () => {
  it('keeps "Organiser" at the end of a title', () => {
    expect(inSubject('Interview: Adult Literacy Organiser')).toBe('Adult Literacy Organiser');
    expect(inSubject('Community Organizer - interview')).toBe('Community Organizer');
  });
  it('still cuts the label before a name, and never gives "Organizer" alone', async () => {
    expect(inSubject('Embedded Software Engineer Organiser Dr Anneliese Vos')).toBe('Embedded Software Engineer');
    expect((await understand(freshFixture('batch23/thunderbird/interview-google-calendar-updated-onsite'))).role).toBeNull();
  });
});

describe('findRole: a C-suite title by its letters, and more posts', () => {
  it('reads "Interim CFO", a clinician and a Dutch analist', () => {
    expect(inSubject('Application received - Interim CFO (ref CH-41187)')).toBe('Interim CFO');
    expect(inSubject('Interview availability – Mental Health Clinician')).toBe('Mental Health Clinician');
    expect(inSubject('Sollicitatie: Data Analist')).toBe('Data Analist');
  });
  it('spells the letters out as the mail does, and takes no newsletter or search for a post', () => {
    const spelled = findRole({ subject: 'Interview: COO', lines: ['Hello,'], sentences: ['We would like to invite you to interview for the Chief Operating Officer role.'], signatureAt: 5, history: [], company: null });
    expect(spelled).toBe('Chief Operating Officer');
    expect(inSubject('CFO Insights: the quarter in review')).toBeNull();
    expect(inSubject('Pacto de confidencialidad')).toBeNull();
  });
});

describe('findRole: the post named after the word for one in a Romance subject', () => {
  it('reads it after "Rendez-vous - poste d\'" and "Poste"', () => {
    expect(inSubject("Rendez-vous - poste d'assistante de direction")).toBe('Assistante de direction');
    expect(inSubject('Poste Responsable maintenance - Norvane Industries')).toBe('Responsable maintenance');
  });
  it('not a sentence about the post', () => {
    expect(inSubject('Le poste est à toi!')).toBeNull();
  });
});

describe('findRole: labels and references left around a public post', () => {
  it('drops a grade or an exam label whose number went, and a reference after a comma', () => {
    expect(inSubject('Interview - Social Worker (Children in Need), Grade 10 - please choose a slot')).toBe('Social Worker (Children in Need)');
    expect(inSubject('Notice of Examination Results – Police Officer, Exam No. 39-114')).toBe('Police Officer');
    expect(inSubject('Outcome of your application – Senior Project Officer, QLD/DRTR/39/1123')).toBe('Senior Project Officer');
  });
  it('drops a job ID in front, and the employer cut short after a comma', () => {
    expect(inSubject('Application received: Job ID 68214 Parks and Trails Area Supervisor')).toBe('Parks and Trails Area Supervisor');
    const sentence = 'Thank you for applying to Job ID 239415, Water Resources Technician, Ministry of Northern Waterways, Sault Ste. Marie.';
    expect(findRole({ subject: '', lines: [sentence], sentences: [sentence], signatureAt: 5, history: [], company: 'Ministry of Northern Waterways' })).toBe('Water Resources Technician');
  });
});

describe("findRole: a pay scale's letter", () => {
  it('keeps the A of "Scale A Teacher"', () => {
    expect(inBody('Thank you for applying for the fixed-term Scale A Teacher (Year 5/6) position at Pōhutukawa Bay School.')).toBe('Scale A Teacher (Year 5/6)');
  });
});

describe("findRole: a calendar title's employer, and the offer after a title", () => {
  it("drops the employer's name before the dash ('Northgate CU - Member Services Advisor')", async () => {
    expect(await roleOf('batch74/gmail/interview-google-calendar-toronto-credit-union')).toBe('Member Services Advisor');
    expect(await roleOf('batch738/gmail/interview-fnp-google-calendar-tzid')).toBe('Family Nurse Practitioner');
  });
  it("drops the word 'Offer' after the title", async () => {
    expect(await roleOf('batch736/attached/offer-greenhouse-summer-analyst-nyc')).toBe('Summer Analyst');
  });
});

describe('findRole: a post "in Charge"', () => {
  it('keeps "in Charge" as part of the title', () => {
    expect(inBody('We were impressed with your application for the Pharmacist in Charge position.')).toBe('Pharmacist in Charge');
    expect(inBody('Thank you for applying for the Nurse in Charge role at Glenmore.')).toBe('Nurse in Charge');
  });
});

describe("findRole: a hospital doctor's post and its specialty", () => {
  it('keeps the specialty after "in" ("Consultant in Emergency Medicine", "Clinical Fellow in Anaesthesia")', () => {
    expect(inBody('We would like to invite you to interview for the post of Consultant in Emergency Medicine on 12 May.')).toBe('Consultant in Emergency Medicine');
    expect(inBody('Thank you for applying for Specialty Doctor in General Adult Psychiatry.')).toBe('Specialty Doctor in General Adult Psychiatry');
    expect(inBody('Your application for Clinical Fellow in Anaesthesia has been received.')).toBe('Clinical Fellow in Anaesthesia');
  });
  it('but a city after "in" is where, not the specialty', () => {
    expect(inBody('Thank you for your application for the post of Lecturer in London.')).toBe('Lecturer');
    expect(inBody('Thank you for applying for the Consultant in Buenos Aires role.')).toBe('Consultant');
  });
});

describe('findRole: the workplace, town, intake or pay scale after a comma', () => {
  it('cuts them', async () => {
    expect(inBody('Thank you for applying for the Licensed Practical Nurse, Gimli Community Health Centre position.')).toBe('Licensed Practical Nurse');
    expect(inBody('Thank you for your application for the Pharmacy Technician, Pharmacy Department post.')).toBe('Pharmacy Technician');
    expect(inBody('Your application for the Sairaanhoitaja, Tampere position has been received.')).toBe('Sairaanhoitaja');
    expect(await roleOf('batch420/localized/interview-ldis-auswahlgespraech-ox-webmail')).toBe('IT-Sicherheitsbeauftragter');
  });
  it("still keeps a country, an English region and a hospital's clinical department", () => {
    expect(inBody('Thank you for applying for the Country Manager, Chile role.')).toBe('Country Manager, Chile');
    expect(inBody('Thank you for applying for the Operations Manager, Southeast Region role.')).toBe('Operations Manager, Southeast Region');
    expect(inBody('We are pleased to offer you the Registered Nurse, Emergency Department position.')).toBe('Registered Nurse, Emergency Department');
  });
});

describe('findRole: a field after a dash, an Italian "da", a French "Votre", a level before a dash', () => {
  it('keeps the field before "role" ("General Manager – Corporate Affairs role")', () => {
    expect(inBody('Great news – Coorong Energy would like to meet you for the General Manager – Corporate Affairs role.')).toBe('General Manager – Corporate Affairs');
  });
  it('cuts "da" left before a weekday and "Votre candidature" before the title', () => {
    expect(inBody('Le chiedo se è possibile spostare il colloquio per la posizione di Responsabile Magazzino da giovedì 6 ottobre alle 11:00.')).toBe('Responsabile Magazzino');
    expect(inSubject('Votre candidature soudeur-métallier')).toBe('Soudeur-métallier');
  });
  it('reads "I" before a dash as a level ("Respiratory Therapist I - Adult Critical Care")', () => {
    expect(inBody('Thank you for applying to the Respiratory Therapist I - Adult Critical Care position (R-35-00891) at Kestrel Point Health System.')).toBe('Respiratory Therapist I - Adult Critical Care');
  });
});

describe("findRole: a bracket in a title's part after the dash", () => {
  it('is no phrase ("Registered Nurse - Cardiac Step-Down (Nights)")', () => {
    expect(inBody('Thank you for your interest in the Registered Nurse - Cardiac Step-Down (Nights) position.')).toBe('Registered Nurse - Cardiac Step-Down (Nights)');
  });
});

describe('findRole: what public bodies write after or instead of a title', () => {
  it("cuts exam results, a requisition number and a Welsh reference ('Cyf:')", () => {
    expect(inSubject('Firefighter Examination Results')).toBe('Firefighter');
    expect(inSubject('Interview – Trainee Train Driver REQ-7781')).toBe('Trainee Train Driver');
    expect(inSubject('Interview invitation: Community Development Officer (Cyf: GT-CD-2039-12)')).toBe('Community Development Officer');
  });
  it('reads no eligibility list as a title', async () => {
    expect(String(await roleOf('batch755/apple-mail/interview-firefighter-emt-oral-board-central-after-dst'))).not.toMatch(/Eligibility/);
  });
});

describe("findRole: a care service's name and a place in brackets", () => {
  it('keeps "Care at Home" whole', () => {
    expect(inBody('Thank you for attending interview for the Care at Home Organiser post.')).toBe('Care at Home Organiser');
  });
  it('drops a city in brackets, not a person', () => {
    expect(inSubject('Interview – Data Analyst (Bogotá)')).toBe('Data Analyst');
  });
});

describe('findRole: posts named for applications, a note in brackets, terms after a comma, a site and hours', () => {
  it('keeps "Application" in "Application Scientist" and "Application Support Analyst"', () => {
    expect(inBody("We'd like to invite you to the final round for the Application Scientist, EMEA position.")).toBe('Application Scientist, EMEA');
    expect(inSubject('Application Support Analyst - interview')).toBe('Application Support Analyst');
    expect(inSubject('Application received: Data Analyst')).toBe('Data Analyst');
  });
  it('drops "(rescheduled)" after the title', () => {
    expect(inSubject('Interview: Provider Network Analyst (rescheduled)')).toBe('Provider Network Analyst');
  });
  it('drops the terms after a comma ("permanent, 4-on 4-off rotating roster")', () => {
    expect(inBody('Role: Electrical Fitter, permanent, 4-on 4-off rotating roster')).toBe('Electrical Fitter');
  });
  it('drops "da unidade" and "in Voll- oder Teilzeit", not "de Planta" or "de Sucursal"', () => {
    expect(inBody('Segue o convite para a entrevista para a vaga de Engenheiro Agrônomo da unidade de Rio Verde.')).toBe('Engenheiro Agrônomo');
    expect(inBody('Stelle: Rezeptionist (m/w/d) in Voll- oder Teilzeit')).toBe('Rezeptionist');
    expect(inSubject('Entrevista - Gerente de Sucursal')).toBe('Gerente de Sucursal');
    expect(inSubject('Oferta - Jefe de Planta')).toBe('Jefe de Planta');
  });
});

describe('findRole: references, a panel competition and the terms after a dash', () => {
  it('drops a job reference after a dash and a slashed reference in front', () => {
    expect(inSubject('Interview – Estates Maintenance Supervisor - Job Ref 345-EF-1187')).toBe('Estates Maintenance Supervisor');
    expect(inSubject('Application received – SBETB/T/2040/014 Teacher of Home Economics')).toBe('Teacher of Home Economics');
  });
  it('reads no title in a reference alone', () => {
    expect(inSubject('Gwahoddiad i Gyfweliad / Invitation to Interview - 100-AHP-TB-3381')).toBeNull();
  });
  it('drops "Panel Competition" and "Regular Full-Time"', () => {
    expect(inSubject('Outcome - Clerical Officer Panel Competition')).toBe('Clerical Officer');
    expect(inSubject('Offer – Community Health Nurse – Regular Full-Time')).toBe('Community Health Nurse');
  });
});

describe('findRole: no date or address for a title', () => {
  it('reads no date as a title, however the subject states it', () => {
    expect(inSubject('Firefighter Recruit Oral Board Interview - Tuesday, November 6')).toBeNull();
    expect(inSubject('Interview - Wednesday')).toBeNull();
    // (Still: a title that starts like a month, "Junior 3D Artist".)
    expect(inBody('Thanks so much for applying for the Junior 3D Artist role.')).toBe('Junior 3D Artist');
  });

  it('reads no address line as a title of its own', () => {
    const lines = ['Police Headquarters, Portishead Road, Bristol BS20 8QJ', 'Hello,'];
    expect(findRole({ subject: 'Tell us about your recruitment experience', lines, sentences: ['Hello,'], signatureAt: 5, history: [], company: null })).toBeNull();
  });
});

describe('findRole: references after a dash', () => {
  it('cuts a campaign, a post reference and a reference code alone after a dash', () => {
    expect(inSubject('Senior Pharmacist – National Campaign NRS14230')).toBe('Senior Pharmacist');
    expect(inSubject('Trading Standards Officer - Post Ref CFC/RS/0877')).toBe('Trading Standards Officer');
    expect(inSubject('Senior Radiographer (CT) – SFRH-SR-40-014')).toBe('Senior Radiographer (CT)');
    // (Still: a specialism after the dash stays.)
    expect(inSubject('Graduate Analyst – Credit Risk')).toBe('Graduate Analyst – Credit Risk');
  });
});
