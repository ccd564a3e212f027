import { describe, expect, it } from 'vitest';
import { quoteStart, topText } from '../../../shared/understand/top-text.js';

describe('topText (the note above a forward)', () => {
  it('drops a closing sign-off with the forwarder name and contact lines', () => {
    expect(topText('Interview at Thistledown - can you add it to my board?\n\nKind regards,\nEleri\n', 'Eleri Morgan')).toBe('Interview at Thistledown - can you add it to my board?');
    expect(topText('Vorstellungsgespräch bei Kranich am 23.!\n\nViele Grüße\nLukas', 'Lukas Brandt')).toBe('Vorstellungsgespräch bei Kranich am 23.!');
    expect(topText('Kind regards,\nEleri Morgan\n07700 900 318', 'Eleri Morgan')).toBe('');
  });

  it('keeps what was typed when the sign-off is followed by more than a signature', () => {
    expect(topText('Thanks,\nEleri\n\nPS: they want an answer by Friday', 'Eleri Morgan')).toBe('Thanks,\nEleri\n\nPS: they want an answer by Friday');
    expect(topText('Kwame\n\nstop', 'Kwame Mensah')).toBe('Kwame\n\nstop');
  });

  it('knows the forwarder by a short form of their first name', () => {
    expect(topText('they moved it to weds\n\nTom', 'Tomasz Wierzbicki')).toBe('they moved it to weds');
    expect(topText('Beth x', 'Bethany Clough')).toBe('');
  });

  it("drops the forwarder's signature after an honorific, with degrees joined by a slash, and an initial with its stop", () => {
    expect(topText('Another locum agency. Worth a reply?\n\nDr Rajesh Menon MBBS FRCA\nConsultant Anaesthetist', 'Rajesh Menon')).toBe('Another locum agency. Worth a reply?');
    expect(topText('Zeit ist schon angegeben.\n\nDr. Eva Lindner\nTel. 0171 4432 908', 'Dr. Eva Lindner')).toBe('Zeit ist schon angegeben.');
    expect(topText('Es ist fix!! Bitte Gehalt vs. KV gegenchecken.\n\nMag. Tobias Huber\n+43 664 318 22 07', 'Tobias Huber')).toBe('Es ist fix!! Bitte Gehalt vs. KV gegenchecken.');
    expect(topText('Sophie Chen\nBCom/BSc, University of Auckland\n021 555 0148', 'Sophie Chen')).toBe('');
    expect(topText('Going to ask for the report in writing.\n\nD.', 'Darnell Price')).toBe('Going to ask for the report in writing.');
    expect(topText('Kwame\n\nDr Kwame Asante RN FHEA\nSenior Staff Nurse, Critical Care', 'Kwame Asante')).toBe('');
  });

  it("drops the forwarder's full name and post under a note with no blank line, and the Polish iPhone footer", () => {
    expect(topText('Refus Kerlys, sans même un entretien.\nYanis Belkacem\nTechnicien systèmes & réseaux\n07 55 21 90 46', 'Yanis Belkacem')).toBe('Refus Kerlys, sans même un entretien.');
    expect(topText('Entrevista no Banco Ipê terça que vem.\n\nAbs,\nLucas Martins\n+55 11 95555-0101', 'Lucas Martins')).toBe('Entrevista no Banco Ipê terça que vem.');
    expect(topText('Ciekawe – odpisać?\n\nWysłano z iPhone’a')).toBe('Ciekawe – odpisać?');
  });

  it('drops a signature-only note and mobile footers in several languages', () => {
    expect(topText('Kwame Mensah\n(646) 555-0133', 'Kwame Mensah')).toBe('');
    expect(topText('¡Entrevista el martes!\n\nEnviado desde mi iPhone')).toBe('¡Entrevista el martes!');
    expect(topText('Ecco il colloquio\n\nInviato da iPhone')).toBe('Ecco il colloquio');
  });
  it("knows a note that is only the user's name with letters after it, or a name above a mobile footer", () => {
    expect(topText('Luke Harrington, CPA\n', 'Luke Harrington')).toBe('');
    expect(topText('Ayesha Khan MEng\n07700 900 233\n', 'Ayesha Khan')).toBe('');
    expect(topText('Ben\nGet Outlook for iOS\n', 'Ben Adeyemi')).toBe('');
    expect(topText('Aanbod binnen!\n\nBegin doorgestuurd bericht:\n\nVan: Lotte <l@x.nl>', 'Daan de Vries')).toBe('Aanbod binnen!');
  });
  it("drops the sender's first name or initial on the last line, and Nordic, Dutch and Japanese phone footers", () => {
    expect(topText('Offer from Tri-County!\nDevon', 'Devon Clarke')).toBe('Offer from Tri-County!');
    expect(topText('Ah well. Onwards.\n\nC', 'Callum Reid')).toBe('Ah well. Onwards.');
    expect(topText('Gesprek volgende week\n\nVerstuurd vanaf mijn iPhone')).toBe('Gesprek volgende week');
    expect(topText('Haastattelu!\n\nLähetetty iPhonesta')).toBe('Haastattelu!');
    expect(topText('Hanami application\n\niPhoneから送信')).toBe('Hanami application');
    expect(topText('Will sign this week.\n\nMvh\nMikkel', 'Mikkel Thorsen')).toBe('Will sign this week.');
  });
  it('knows phone numbers written in groups, Dutch "Groet," and Swedish "Vidarebefordrat mejl:"', () => {
    expect(topText('Niels Bach\n+45 28 91 04 66\n', 'Niels Bach')).toBe('');
    expect(topText('In de agenda zetten\n\nGroet,\nSanne\n', 'Sanne de Vries')).toBe('In de agenda zetten');
    expect(topText('Worth a call?\n\nVidarebefordrat mejl:\n\n> Från: Hanna <h@x.se>')).toBe('Worth a call?');
    expect(topText('Zie hieronder\n\nVerzonden vanuit Outlook voor iOS')).toBe('Zie hieronder');
  });
  it('drops Apple Mail\'s Polish, Norwegian and Swedish forward lines, localised Outlook footers, and a signature above blank lines', () => {
    expect(topText('Wysłałam CV\n\nPoczątek przekazywanej wiadomości:\n\nOd: Anna <a@x.pl>')).toBe('Wysłałam CV');
    expect(topText('Lagre denne\n\nBegynnelse på videresendt melding:\n\nFra: Nord <n@x.no>')).toBe('Lagre denne');
    expect(topText('Till pappa!\n\nBörjan på vidarebefordrat brev:\n\nFrån: Frakt <f@x.se>')).toBe('Till pappa!');
    expect(topText('Entrevue lundi!\n\nObtenir Outlook pour iOS')).toBe('Entrevue lundi!');
    expect(topText('Interim assignment confirmed.\n\nPaul Whitlock\n07700 900 771\n\n\n\n', 'Paul Whitlock')).toBe('Interim assignment confirmed.');
    expect(topText('Bueno, a seguir buscando.\n\nSaludos,\nEduardo Navarrete\nIng. Civil', 'Eduardo Navarrete')).toBe('Bueno, a seguir buscando.');
  });
});

describe('quoteStart: localized Outlook reply headers', () => {
  it('finds the quoted thread under a Dutch, Norwegian, Polish or Italian reply header', () => {
    const reply = ['Beste Bram,', 'De locatie blijft hetzelfde.', 'Met vriendelijke groet,', 'Iris Mulder'];
    expect(quoteStart([...reply, 'Van: Bram Visser <bram@outlook.com>', 'Verzonden: maandag 25 juni 2029 18:40', 'Aan: Iris Mulder', 'Onderwerp: Re: Uitnodiging'])).toBe(4);
    expect(quoteStart([...reply, 'Fra: Ola Nordmann <ola@online.no>', 'Sendt: mandag 2. juli 2029 09:12', 'Til: Kari'])).toBe(4);
    expect(quoteStart([...reply, 'Od: Magdalena Dąbrowska <m@arkada.pl>', 'Wysłano: wtorek, 9 marca 2027 10:02', 'Do: Jan'])).toBe(4);
    expect(quoteStart([...reply, 'Da: Giulia Rossi <g@cantieri.it>', 'Inviato: lunedì 3 maggio 2027 09:00', 'A: Marco', 'Oggetto: colloquio'])).toBe(4);
    // A line that merely starts with the word is no header.
    expect(quoteStart(['Da domani siamo aperti.', 'A presto'])).toBe(2);
  });
});

describe('topText: mobile footers in German and Spanish, and a signature with a title', () => {
  it('drops "Von Outlook für iOS gesendet" and "Enviado desde Outlook para iOS"', () => {
    expect(topText('Welcher Termin passt am besten?\n\nVon Outlook für iOS gesendet')).toBe('Welcher Termin passt am besten?');
    expect(topText('Me citaron!! Viernes temprano\nEnviado desde Outlook para iOS')).toBe('Me citaron!! Viernes temprano');
    expect(topText('Von Yahoo Mail auf Android gesendet')).toBe('');
  });
  it('reads the full name, a short title and a phone number as the signature alone', () => {
    expect(topText('Mareike Jansen\nM.Sc. Accounting & Finance\n+49 171 555 3184', 'Mareike Jansen')).toBe('');
    expect(topText('Étienne Lavoie\nTechnicien en électrotechnique', 'Étienne Lavoie')).toBe('');
  });
  it('keeps a note under the first name alone', () => {
    expect(topText('Mareike\nPlease look at this one', 'Mareike Jansen')).toBe('Mareike\nPlease look at this one');
  });
});

describe("topText: Apple Mail's Polish marker in its other form", () => {
  it('ends the note at "Początek przekazanej wiadomości:"', () => {
    expect(topText('Oferta z Wawel Robotics – do przemyślenia do piątku.\n\nPoczątek przekazanej wiadomości:\n\nOd: Anna Nowak <anna@wawel.pl>')).toBe('Oferta z Wawel Robotics – do przemyślenia do piątku.');
  });
});

describe('topText: more mobile footers, and a signature with credentials or a title and place', () => {
  it('drops the footers Outlook and Yahoo write in German, French, Spanish and the Nordic languages', () => {
    expect(topText('Angebot Bergmann!\n\nGesendet von Outlook für iOS')).toBe('Angebot Bergmann!');
    expect(topText('Entretien lundi à Vitrolles !!\n\nEnvoyé à partir de Yahoo Mail pour iPhone')).toBe('Entretien lundi à Vitrolles !!');
    expect(topText('Me ofrecieron el puesto!!\n\nObtener Outlook para iOS')).toBe('Me ofrecieron el puesto!!');
    expect(topText('Kalte Anfrage – interessant?\n\nOutlook für iOS beziehen<https://aka.ms/o0ukef>')).toBe('Kalte Anfrage – interessant?');
    expect(topText('Tilbud! Må svare innen 6. april.\n\nHent Outlook for iOS')).toBe('Tilbud! Må svare innen 6. april.');
    expect(topText('Fick erbjudandet!\n\nHämta Outlook för iOS')).toBe('Fick erbjudandet!');
    expect(topText('Skal vi tage derind sammen?\n\nStart på videresendt besked:\n\nFra: Mette <mette@x.dk>')).toBe('Skal vi tage derind sammen?');
  });
  it('reads a name with letters after it, or a title with its place, as the signature alone', () => {
    expect(topText('Anita Kaur MRICS\nChartered Surveyor\n07700 900 218', 'Anita Kaur')).toBe('');
    expect(topText('Inês Valadares\nUX Designer · Lisboa', 'Inês Valadares')).toBe('');
    expect(topText('Rajiv Menon\nPrincipal, Menon Advisory LLC\n+1 917 555 0142', 'Rajiv Menon')).toBe('');
  });
});

describe("topText: any language's Outlook or Yahoo footer, and Portuguese and Polish markers", () => {
  it('ends the note at a footer that names the app and the phone', () => {
    expect(topText('Nope.\n\nHent Outlook til iOS')).toBe('Nope.');
    expect(topText('Proposta da Carambola chegou!!! 🙌\n\nObter o Outlook para iOS')).toBe('Proposta da Carambola chegou!!! 🙌');
    expect(topText('Wysłane, czekam\n\nPobierz aplikację Outlook dla systemu Android')).toBe('Wysłane, czekam');
    expect(topText('Tweede ronde bij Tulpwise!\n\nOutlook voor iOS downloaden')).toBe('Tweede ronde bij Tulpwise!');
    expect(topText('Ça y est !!!\n\nEnvoyé de Outlook pour Android')).toBe('Ça y est !!!');
  });
  it('ends it at "Começo da mensagem encaminhada:" and "-----Oryginalna wiadomość-----"', () => {
    expect(topText('Olha isso\n\nComeço da mensagem encaminhada:\n\nDe: Ana <ana@x.com.br>')).toBe('Olha isso');
    expect(topText('-----Oryginalna wiadomość-----\nOd: Anna <anna@x.pl>')).toBe('');
  });
  it('keeps a note that only mentions the app', () => {
    expect(topText('Check the Outlook invite, it says 10am')).toBe('Check the Outlook invite, it says 10am');
  });
});

describe('topText: the iPhone footer in Chinese', () => {
  it('ends the note at "从我的iPhone发送"', () => {
    expect(topText('拿到offer了！\n\n从我的iPhone发送')).toBe('拿到offer了！');
    expect(topText('好消息\n\n發自我的 iPhone')).toBe('好消息');
  });
});
