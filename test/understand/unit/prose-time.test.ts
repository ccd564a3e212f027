import { describe, expect, it } from 'vitest';
import { analysisText } from '../../../shared/understand/analysis-text.js';
import { proseTime } from '../../../shared/understand/prose-time.js';
import { decisionDate } from '../../../shared/understand/decision-date.js';
import { domainZone, fixedOffsetZone } from '../../../shared/understand/zone-names.js';

// The original was sent Monday 2 March 2026, 10:15 in New York (UTC-5).
const ref = { instant: new Date('2026-03-02T15:15:00Z'), offsetMinutes: -300 };
const at = (s: string) => proseTime([s], ref);

describe('proseTime', () => {
  it('reads US and European zone abbreviations, DST-aware where the zone is', () => {
    expect(at('Would Tuesday, March 3 at 2:00 PM ET work for your interview?')).toBe('2026-03-03T19:00:00Z');
    expect(at('Your interview is on 3rd March, 14:00 GMT.')).toBe('2026-03-03T14:00:00Z');
    expect(at('The interview is 2026-04-07 09:30 CEST.')).toBe('2026-04-07T07:30:00Z');
  });

  it('names the month of "Thursday the 12th" from the original date', () => {
    expect(at('We have you down for the interview at 10am PST on Thursday the 12th.')).toBe('2026-03-12T18:00:00Z');
  });

  it('reads relative days against the original message, in its zone', () => {
    expect(at('Can we do the call tomorrow at 11?')).toBe('2026-03-03T16:00:00Z');
  });

  it('reads clock words, "Friday 12th", and an am/pm-less afternoon hour', () => {
    // 13 March is after the US clock change of 8 March: 2:30 pm in New York is then EDT.
    expect(at('I have confirmed your interview for Friday 13th at half past two.')).toBe('2026-03-13T18:30:00Z');
    expect(at('The interview is on Thursday, March 5 at quarter to ten ET.')).toBe('2026-03-05T14:45:00Z');
    // "at 2:30" with no am/pm is an afternoon interview; "at 09:15" and "at 10" keep their hour.
    expect(at('Your interview is on Thursday, March 5 at 2:30.')).toBe('2026-03-05T19:30:00Z');
    expect(at('Your interview is on Thursday, March 5 at 09:15.')).toBe('2026-03-05T14:15:00Z');
    expect(at('Your interview is on Thursday, March 5 at 10.')).toBe('2026-03-05T15:00:00Z');
  });

  it('reads a zoneless time in the sender\'s zone on the interview day, across a clock change', () => {
    // Sent on 27 March from Paris (+0100, before the EU change of 29 March); the interview is on 2 April (+0200).
    const paris = { instant: new Date('2026-03-27T16:40:00Z'), offsetMinutes: 60 };
    expect(proseTime(["L'entretien aura lieu le jeudi 2 avril à 10h30, dans nos locaux."], paris)).toBe('2026-04-02T08:30:00Z');
    // Sent on 27 October from New York (-0400); the interview on 3 November is after the US change (-0500).
    const newYork = { instant: new Date('2026-10-27T12:30:00Z'), offsetMinutes: -240 };
    expect(proseTime(['Your interview is scheduled for Tuesday, November 3, 2026, from 1:00 to 2:30 p.m.'], newYork)).toBe('2026-11-03T18:00:00Z');
  });

  it('reads Italian, Dutch and Portuguese times in the original offset', () => {
    const rome = { instant: new Date('2026-06-09T08:12:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Siamo lieti di invitarLa a un colloquio martedì 16 giugno alle ore 15:00 presso la nostra sede.'], rome)).toBe('2026-06-16T13:00:00Z');
    const amsterdam = { instant: new Date('2026-10-27T10:02:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Graag nodigen we je uit voor een eerste gesprek op woensdag 4 november om 13.30 uur.'], amsterdam)).toBe('2026-11-04T12:30:00Z');
    const saoPaulo = { instant: new Date('2026-06-10T13:00:00Z'), offsetMinutes: -180 };
    expect(proseTime(['Gostaríamos de convidar você para uma entrevista na quinta-feira, 18 de junho, às 14h30.'], saoPaulo)).toBe('2026-06-18T17:30:00Z');
  });

  it('takes the new time of a move within the day, and the time offered "instead"', () => {
    // Tuesday 13 July 2027, 09:04 BST.
    const july = { instant: new Date('2027-07-13T08:04:00Z'), offsetMinutes: 60 };
    expect(proseTime(['A board meeting on Thursday afternoon, so we need to move your interview from 3pm to 11am the same day.'], july)).toBe('2027-07-15T10:00:00Z');
    // A range without a move is a duration: its start is the appointment.
    expect(proseTime(['Your interview on Thursday 15 July runs from 3pm to 4pm.'], july)).toBe('2027-07-15T14:00:00Z');
    const nov = { instant: new Date('2027-11-15T01:31:00Z'), offsetMinutes: -360 };
    expect(proseTime(["I won't be able to make our Wednesday 2pm for the interview.", 'Could we do Friday (the 19th) at 10:30 instead?'], nov)).toBe('2027-11-19T16:30:00Z');
  });

  it('takes the new time of a reschedule', () => {
    expect(at('Your interview has been rescheduled from Tuesday 2pm to Thursday, March 5 at 3pm ET.')).toBe('2026-03-05T20:00:00Z');
  });

  it('reads a date stated far before the time, a relative lead, and a date after the time (chrono reads only the date span)', () => {
    expect(at('On Friday, March 13, the whole platform team, including our CTO, our VP of Engineering and two staff engineers, will meet you for the final interview at 9:00 AM ET.')).toBe('2026-03-13T13:00:00Z');
    expect(at('Could we move the interview to in 2 days at 3pm, given the holidays in the office?')).toBe('2026-03-04T20:00:00Z');
    expect(at('Thanks for your patience with our busy hiring team; the interview will be at noon CT on Friday, March 6, in our Chicago office.')).toBe('2026-03-06T18:00:00Z');
  });

  it('reads spelled-out zones ("Eastern Time")', () => {
    expect(at('Interview: Monday, March 9, 2026 10:00 AM - 11:00 AM (Eastern Time)')).toBe('2026-03-09T14:00:00Z');
  });

  it('takes the new time of a move set out as labelled lines or in Portuguese, not the old one written first', () => {
    const uk = { instant: new Date('2032-10-15T15:02:00Z'), offsetMinutes: 60 };
    expect(proseTime(["so they've had to move your second interview.", 'It WAS: Tuesday 26 October at 2pm', "It's NOW: Monday 1 November at 9:30am (UK time), same place."], uk)).toBe('2032-11-01T09:30:00Z');
    const nl = { instant: new Date('2032-10-01T10:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Helaas moeten wij het sollicitatiegesprek verplaatsen.', 'Oorspronkelijke afspraak: donderdag 7 oktober 2032 om 14.00 uur', 'Nieuwe afspraak: maandag 11 oktober 2032 om 9.30 uur'], nl)).toBe('2032-10-11T07:30:00Z');
    const br = { instant: new Date('2032-09-10T15:00:00Z'), offsetMinutes: -180 };
    expect(proseTime(['Preciso remarcar a sua entrevista.', 'A entrevista, que estava marcada para quinta-feira (16/09) às 10h, passa para segunda-feira, 20/09, às 15h30, no mesmo formato.'], br)).toBe('2032-09-20T18:30:00Z');
  });

  it('takes the new time after labels on the line above, Portuguese labels, and a sentence that says what had been set', () => {
    const mt = { instant: new Date('2033-04-20T16:00:00Z'), offsetMinutes: -360 };
    expect(proseTime(['Ellis Brandt has rescheduled your event.', 'Former:', '2:00pm - 3:00pm, Thursday, April 28, 2033 (Mountain Time - US & Canada)', 'Updated:', '9:00am - 10:00am, Tuesday, April 26, 2033 (Mountain Time - US & Canada)'], mt)).toBe('2033-04-26T15:00:00Z');
    const br = { instant: new Date('2033-04-01T15:00:00Z'), offsetMinutes: -180 };
    expect(proseTime(['Precisamos antecipar a sua entrevista.', '❌ Antes: sexta-feira, 8 de abril, às 10h', '✅ Agora: quinta-feira, 7 de abril, às 14h'], br)).toBe('2033-04-07T17:00:00Z');
    const fr = { instant: new Date('2033-04-08T08:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(["Nous vous avions convoqué au jury de recrutement pour le poste de Technicien SIG, cadre d'emplois des techniciens territoriaux, le mercredi 13 avril 2033 à 10h15.", "En raison d'une contrainte d'agenda, nous sommes contraints de modifier l'horaire de votre audition : le jury vous recevra le même jour, mercredi 13 avril 2033, à 14h00."], fr)).toBe('2033-04-13T12:00:00Z');
  });

  it('does not take the day the clocks change for the day of a time written after it', () => {
    const melbourne = { instant: new Date('2033-03-28T23:00:00Z'), offsetMinutes: 660 };
    expect(proseTime(['We need to move it. Would you be able to come in on Tuesday 5 April at 2:00pm (Melbourne time) instead?', 'Please note daylight saving ends on Sunday 3 April, so the new time is 2:00pm AEST.'], melbourne)).toBe('2033-04-05T04:00:00Z');
  });

  it('reads a zone after "9 h" and "uur", Dutch "New Yorkse tijd", "our time here in Denver" and Dutch "morgen om"', () => {
    expect(proseTime(['Une première entrevue le mercredi 20 avril à 9 h (heure de Montréal), soit 15 h pour toi à Lausanne.'], { instant: new Date('2033-04-15T06:02:00Z'), offsetMinutes: 120 })).toBe('2033-04-20T13:00:00Z');
    expect(proseTime(['Het gesprek staat gepland op donderdag 24 maart om 11:00 uur New Yorkse tijd.'], { instant: new Date('2033-03-18T11:30:00Z'), offsetMinutes: 60 })).toBe('2033-03-24T15:00:00Z');
    expect(proseTime(["Let's talk Wednesday, April 6, 2033 at 10am our time here in Denver."], { instant: new Date('2033-04-01T17:20:00Z'), offsetMinutes: -300 })).toBe('2033-04-06T16:00:00Z');
    expect(proseTime(['Kan je morgen om 14u langskomen op ons kantoor voor een kort intakegesprek?'], { instant: new Date('2033-02-15T08:20:00Z'), offsetMinutes: 60 })).toBe('2033-02-16T13:00:00Z');
  });

  it('reads a spelled-out zone between a time and its date on the day of the interview, not the day of the mail', () => {
    // Written on 3 November (EDT) for 8 November (EST): 10:00 Eastern is 15:00 UTC.
    const ref = { instant: new Date('2032-11-04T01:14:00Z'), offsetMinutes: -240 };
    expect(proseTime(['Date/Time: 10:00am - 10:30am (Eastern Time - US & Canada) Monday, November 8, 2032'], ref)).toBe('2032-11-08T15:00:00Z');
    expect(proseTime(['Date/Time: 10:00am - 10:30am ET Monday, November 8, 2032'], ref)).toBe('2032-11-08T15:00:00Z');
  });

  it('reads "hora de Santiago" after "hrs", and Mexico City as Spanish writes it', () => {
    // Chile moved to summer time (-03) on 5 September; the mail was written on 3 September at -04.
    const santiago = { instant: new Date('2032-09-03T16:40:00Z'), offsetMinutes: -240 };
    expect(proseTime(['Te citamos a entrevista el jueves 9 de septiembre a las 9:00 hrs, hora de Santiago.'], santiago)).toBe('2032-09-09T12:00:00Z');
    // Mexico City keeps -06 all year (the mail's -06 on 5 November would otherwise be read as Mountain daylight time).
    const mexico = { instant: new Date('2032-11-05T12:40:00Z'), offsetMinutes: -360 };
    expect(proseTime(['Te propongo una videollamada el martes 9 de noviembre a las 10:00, hora de Ciudad de México.'], mexico)).toBe('2032-11-09T16:00:00Z');
    expect(proseTime(['La entrevista es el martes 9 de noviembre a las 10:00 hora CDMX.'], mexico)).toBe('2032-11-09T16:00:00Z');
  });

  it('joins a time and its date across a zone written between them (Calendly)', () => {
    expect(proseTime(['Your Phone screen at 11:00am - 11:30am (Australia/Melbourne) on Thursday 1 April 2027 is scheduled.'], { instant: new Date('2027-03-26T01:58:00Z'), offsetMinutes: 0 })).toBe('2027-04-01T00:00:00Z');
  });

  it('reads "Arizona time" as standard time all year', () => {
    expect(proseTime(['Your interview is scheduled for Thursday, March 18, at 2:00 PM Arizona time via Zoom.'], { instant: new Date('2027-03-09T20:05:00Z'), offsetMinutes: -420 })).toBe('2027-03-18T21:00:00Z');
  });

  it('takes the new time of a Swedish reschedule, not the quoted thread\'s header or old time', () => {
    const ss = ['Tyvärr måste vi flytta din intervju som var inbokad onsdag 17 mars kl. 13.00.', 'Passar det istället torsdag 18 mars kl. 15.30?', 'Från: Oskar Lindqvist <o@x.se> Skickat: den 8 mars 2027 09:14 Till: Maja Ek <m@y.se> Ämne: SV: Intervju', 'Hej Maja, Onsdag 17 mars kl. 13.00 passar bra.'];
    expect(proseTime(ss, { instant: new Date('2027-03-15T10:47:00Z'), offsetMinutes: 60 })).toBe('2027-03-18T14:30:00Z');
  });

  it('reads a zone named by any city of the zone database or a one-zone country ("Istanbul time", "UAE time", "Israel time")', () => {
    const r = (iso: string, off: number) => ({ instant: new Date(iso), offsetMinutes: off });
    expect(proseTime(['Monday 8 March at 13:00 Istanbul time (GMT+3) works great for us.'], r('2027-03-04T14:55:00Z', 660))).toBe('2027-03-08T10:00:00Z');
    expect(proseTime(['Interview: Wednesday 10 March at 11am UAE time, video call with our VP Commercial.'], r('2027-03-05T12:30:00Z', 240))).toBe('2027-03-10T07:00:00Z');
    // Israel's clocks change on the Friday before Europe's: 16:00 on 29 March is IDT (UTC+3).
    expect(proseTime(['Your interview: Monday 29 March 2027 at 16:00 Israel time.'], r('2027-03-22T08:15:00Z', 120))).toBe('2027-03-29T13:00:00Z');
    expect(proseTime(['Your interview: Thursday 4 March at 16:00 (Warsaw time).'], r('2027-02-26T13:10:00Z', 0))).toBe('2027-03-04T15:00:00Z');
    // A city's English name that no zone carries: Milan is Europe/Rome.
    expect(proseTime(['Your interview: Thursday 4 March at 16:00 Milan time.'], r('2027-02-26T13:10:00Z', 0))).toBe('2027-03-04T15:00:00Z');
  });

  it('reads "will last about an hour" as a duration, and a deadline for something sent as no appointment', () => {
    expect(proseTime(['This will be on Thursday 25 March at 11:00 at our office and will last about an hour.'], { instant: new Date('2027-03-17T15:22:00Z'), offsetMinutes: 0 })).toBe('2027-03-25T11:00:00Z');
    // Pay by the hour is still the job's hours.
    expect(proseTime(['Shifts start at 6:00am and pay $18 an hour.'], { instant: new Date('2027-03-17T15:22:00Z'), offsetMinutes: 0 })).toBeNull();
    const ss = ['Date: Wednesday 31 March 2027 Time: 10:30', 'The interview has two parts: a presentation (slides to be emailed to me by 9am on Monday 29 March) and a panel interview.'];
    expect(proseTime(ss, { instant: new Date('2027-03-22T11:54:00Z'), offsetMinutes: 0 })).toBe('2027-03-31T09:30:00Z');
  });

  it('keeps a move to an earlier day in the same year, reads "13 h 30", and takes the zone a country domain names', () => {
    const s = 'We need to move your interview from Thursday March 25 at 1:00pm to Wednesday March 24 at 9:30am (Mountain time), same location.';
    expect(proseTime([s], { instant: new Date('2027-03-22T17:02:00Z'), offsetMinutes: -360 })).toBe('2027-03-24T15:30:00Z');
    expect(proseTime(['Nous aimerions vous rencontrer en entrevue le mardi 23 mars à 13 h 30, à nos bureaux.'], { instant: new Date('2027-03-16T16:40:00Z'), offsetMinutes: -240 })).toBe('2027-03-23T17:30:00Z');
    // Sent at UTC+2 on 23 March from a .co.za domain: Johannesburg, still UTC+2 on the 29th (Athens, also UTC+2 on the 23rd, is UTC+3 by then).
    const invite = ['We would like to invite you for an interview on Monday, 29 March 2027 at 09:00 at our regional office.'];
    const sent = { instant: new Date('2027-03-23T10:41:00Z'), offsetMinutes: 120 };
    expect(proseTime(invite, { ...sent, zone: domainZone('pieter@medirand.co.za', 120, sent.instant) })).toBe('2027-03-29T07:00:00Z');
    expect(proseTime(invite, sent)).toBe('2027-03-29T06:00:00Z');
    // A domain whose zone does not have the mail's offset names nothing.
    expect(domainZone('hr@firma.de', -300, sent.instant)).toBeNull();
  });

  it('reads "demain à 10h", "Heure : 14 h", "a las 10 hs (hora Argentina)", "alle 17", and a zone named between a time and its date', () => {
    const at2 = (s: string, iso: string, off: number) => proseTime([s], { instant: new Date(iso), offsetMinutes: off });
    expect(at2('Parfait, on se voit donc demain à 10h dans nos locaux.', '2027-03-16T16:20:00Z', 60)).toBe('2027-03-17T09:00:00Z');
    expect(at2('Date : vendredi 12 mars 2027 Heure : 14 h Lieu : Cégep de Lévis-Est', '2027-03-08T15:48:00Z', -300)).toBe('2027-03-12T19:00:00Z');
    expect(at2('Te propongo el jueves 14 de octubre a las 10 hs (hora Argentina), por Google Meet.', '2027-10-08T19:58:00Z', -180)).toBe('2027-10-14T13:00:00Z');
    expect(at2('Le propongo un primo colloquio in videochiamata venerdì 15 ottobre alle 17.', '2027-10-12T07:14:00Z', 120)).toBe('2027-10-15T15:00:00Z');
    expect(at2('Event Date/Time: 10:30am - 11:00am (India Standard Time) on Wednesday, September 29, 2027', '2027-09-25T18:40:00Z', 330)).toBe('2027-09-29T05:00:00Z');
    expect(at2('Event Date/Time: 02:00pm - 02:30pm (New Zealand Time) Wednesday, March 10, 2027', '2027-03-03T23:51:00Z', 780)).toBe('2027-03-10T01:00:00Z');
  });

  it('takes the new time of a Spanish move ("la pasamos al viernes")', () => {
    const ss = ['No vamos a poder hacer la entrevista del jueves 14 a las 11 hs como habíamos quedado.', '¿Te parece si la pasamos al viernes 15 de octubre a las 16 hs?'];
    expect(proseTime(ss, { instant: new Date('2027-10-12T20:40:00Z'), offsetMinutes: -180 })).toBe('2027-10-15T19:00:00Z');
  });
});

describe('proseTime, a When: card', () => {
  it('takes the time on a "When:" card over a later call to prepare', () => {
    const london = { instant: new Date('2027-05-12T16:55:00Z'), offsetMinutes: 60 };
    const sentences = ['When: Wednesday 19 May, 4.30pm Where: Ashcombe Lyle LLP, 1 Cannon Place, London', "Let's speak on Tuesday evening to prepare - I'll call you at 7."];
    expect(proseTime(sentences, london)).toBe('2027-05-19T15:30:00Z');
  });
});

describe('proseTime, zones after a comma and moves in Norwegian', () => {
  it('reads "à 10h, heure de Montréal" and "a las 10:00, hora canaria" in the zone named', () => {
    const paris = { instant: new Date('2030-06-03T08:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Je vous propose un entretien en visioconférence le mardi 11 juin à 10h, heure de Montréal.'], paris)).toBe('2030-06-11T14:00:00Z');
    const madrid = { instant: new Date('2030-07-01T08:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Te propongo una videoentrevista el lunes 8 de julio a las 10:00, hora canaria (las 11:00 en la Península).'], madrid)).toBe('2030-07-08T09:00:00Z');
  });
  it('reads "som var satt til torsdag ... må flyttes. Nytt tidspunkt er onsdag" as moved to Wednesday', () => {
    const tromso = { instant: new Date('2030-05-30T08:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Intervjuet som var satt til torsdag 6. juni kl. 13.00 må flyttes, fordi avdelingslederen vår skal på befaring den dagen.', 'Nytt tidspunkt er onsdag 5. juni kl. 09.00, samme sted.'], tromso)).toBe('2030-06-05T07:00:00Z');
  });
});

describe('proseTime, a named zone before its conversion, Spanish meridiems and slots', () => {
  it('reads "10:30 – 11:30 UK time (11:30 – 12:30 CET for you)" and "2:00pm UK time (7:30pm IST)" in UK time', () => {
    expect(proseTime(['Thursday 28 November, 10:30 – 11:30 UK time (11:30 – 12:30 CET for you in Stockholm)'], { instant: new Date('2030-11-21T15:45:09Z'), offsetMinutes: 60 })).toBe('2030-11-28T10:30:00Z');
    expect(proseTime(['Would Thursday 5 December at 2:00pm UK time (7:30pm IST) work for you?'], { instant: new Date('2030-11-25T10:35:00Z'), offsetMinutes: 330 })).toBe('2030-12-05T14:00:00Z');
  });
  it('reads "a las 10:00 a. m., hora del centro" and takes Spanish slots run into one line as a choice', () => {
    const houston = { instant: new Date('2031-01-09T20:40:00Z'), offsetMinutes: -300 };
    expect(proseTime(['Nos gustaría invitarlo a una entrevista el miércoles 15 de enero de 2031 a las 10:00 a. m., hora del centro (Texas).'], houston)).toBe('2031-01-15T16:00:00Z');
    const bogota = { instant: new Date('2029-02-01T15:00:00Z'), offsetMinutes: -300 };
    expect(proseTime(['¿Cuál de estas opciones le queda mejor? - miércoles 7 de febrero, 9:00 a. m. - jueves 8 de febrero, 3:00 p. m.'], bogota)).toBeNull();
  });
});

describe('proseTime, slots set out on one line', () => {
  it('takes slots run into one line with numeric dates, French "deux créneaux" and a scheduling tool\'s "pick one of the times" as a choice', () => {
    const ar = { instant: new Date('2033-02-18T15:00:00Z'), offsetMinutes: -180 };
    expect(proseTime(['Te paso dos opciones para una entrevista presencial: - jueves 24/02 a las 10 hs - viernes 25/02 a las 11:30 hs', 'Decime cuál te queda mejor.'], ar)).toBeNull();
    const fr = { instant: new Date('2033-02-22T09:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['On aimerait te proposer un premier échange en visio de 45 minutes.', 'Deux créneaux possibles : - mardi 1er mars à 10h - jeudi 3 mars à 15h', "Dis-moi ce qui t'arrange le mieux."], fr)).toBeNull();
    const pt = { instant: new Date('2033-05-03T16:00:00Z'), offsetMinutes: -420 };
    expect(proseTime(['Please pick one of the times below (all times are shown in Pacific Time):', 'Tuesday, May 10, 2033 - 9:00 AM Tuesday, May 10, 2033 - 2:30 PM Wednesday, May 11, 2033 - 11:00 AM'], pt)).toBeNull();
  });

  it('takes slots offered on their own lines as a choice in Spanish, Swedish and English (no time yet)', () => {
    const co = { instant: new Date('2032-09-14T14:00:00Z'), offsetMinutes: -300 };
    expect(proseTime(['Por favor indícanos cuál de los siguientes horarios te queda mejor:', 'Lunes 20 de septiembre, 8:00 a. m.', 'Martes 21 de septiembre, 10:00 a. m.'], co)).toBeNull();
    const se = { instant: new Date('2032-10-04T08:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Vi har följande tider lediga:', 'tisdag 12 oktober kl. 10.00', 'onsdag 13 oktober kl. 14.00'], se)).toBeNull();
    const uk = { instant: new Date('2032-10-15T09:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['He has offered two options:', 'Option 1: Monday 25 October, 17:00, at the New Club', 'Option 2: Tuesday 26 October, 08:00, breakfast at the Balmoral', 'Please let me know which you would prefer.'], uk)).toBeNull();
    // The reader asked for options is no choice offered: the new time stands.
    expect(proseTime(['Could we do Thursday, 28 October at 3:00 PM instead of Wednesday, 27 October at 11:00 AM?', "If that doesn't work, reply with a couple of options."], uk)).toBe('2032-10-28T14:00:00Z');
  });

  it('reads a list of slots run into one line, with dashes between a day and its time or between the slots, as a choice', () => {
    const ny = { instant: new Date('2030-07-15T14:00:00Z'), offsetMinutes: -240 };
    expect(proseTime(['He has offered the following times (all Eastern): • Tuesday, July 23 – 10:00 a.m. • Wednesday, July 24 – 3:00 p.m. • Thursday, July 25 – 9:00 a.m.', 'Could you let me know which works best?'], ny)).toBeNull();
    const sg = { instant: new Date('2030-07-30T02:00:00Z'), offsetMinutes: 480 };
    expect(proseTime(['Would either of these work for you (both SGT)? - Tuesday, 6 August at 10:00am - Wednesday, 7 August at 3:00pm'], sg)).toBeNull();
  });
  it("still reads Calendly's time before its day (\"10:00am - Tuesday, March 16, 2027\") as that day's time", () => {
    const seoul = { instant: new Date('2027-03-10T03:00:00Z'), offsetMinutes: 540 };
    expect(proseTime(['10:00am - Tuesday, March 16, 2027 (Korea Standard Time)'], seoul)).toBe('2027-03-16T01:00:00Z');
  });
});

describe('proseTime, moves in other word orders', () => {
  it('reads the new time of a move in German, French and Italian: "Als neuen Termin", "déplacer au", "initialement prévu", "previsto per ... alle ore"', () => {
    const kempten = { instant: new Date('2030-06-14T08:05:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Wir müssen den für Mittwoch, 19. Juni 2030, 9:00 Uhr vereinbarten Termin daher leider verschieben – bitte entschuldigen Sie die Umstände.', 'Als neuen Termin können wir Ihnen Freitag, den 21. Juni 2030, um 13:30 Uhr anbieten.'], kempten)).toBe('2030-06-21T11:30:00Z');
    const marseille = { instant: new Date('2030-06-10T15:40:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Je suis contraint de reporter notre entretien initialement prévu demain, mardi 11 juin à 10h00 : le navire rentre au port plus tôt que prévu.', 'Je vous propose de le déplacer au jeudi 13 juin à 15h30, toujours dans nos locaux.'], marseille)).toBe('2030-06-13T13:30:00Z');
    const torino = { instant: new Date('2030-06-17T09:12:00Z'), offsetMinutes: 120 };
    expect(proseTime(["Purtroppo la responsabile sarà fuori sede giovedì e dobbiamo spostare il colloquio previsto per giovedì 20 giugno alle ore 11:00.", 'Le proponiamo di vederci venerdì 21 giugno alle ore 14:30, sempre presso la nostra sede.'], torino)).toBe('2030-06-21T12:30:00Z');
  });
  it('reads "initialement prévu le jeudi 25 mars à 14:00, au vendredi 19 mars à 10:00" as moved to the second', () => {
    const paris = { instant: new Date('2027-03-15T09:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Serait-il possible d\'avancer votre entretien, initialement prévu le jeudi 25 mars à 14h00, au vendredi 19 mars à 10h00 ?'], paris)).toBe('2027-03-19T09:00:00Z');
  });
  it('passes over a time that "cannot take place" for the one offered in its stead', () => {
    const hannover = { instant: new Date('2029-11-28T09:12:00Z'), offsetMinutes: 60 };
    const sentences = ['leider müssen wir Ihnen mitteilen, dass der vorgesehene Termin für Ihr Vorstellungsgespräch am Mittwoch, 5. Dezember 2029, um 9:00 Uhr aus organisatorischen Gründen nicht stattfinden kann.', 'Wir bitten dies zu entschuldigen und laden Sie zu folgendem Termin ein: Dienstag, 11. Dezember 2029, 13:30 Uhr'];
    expect(proseTime(sentences, hannover)).toBe('2029-12-11T12:30:00Z');
  });
  it('reads day.month after a weekday as a date, a move whose verb comes after the old time, and the time offered instead', () => {
    const berlin = { instant: new Date('2027-03-15T10:52:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Leider muss ich unser Gespräch am Donnerstag, 18.03. um 14:00 Uhr verschieben.'], berlin)).toBe('2027-03-18T13:00:00Z');
    expect(proseTime(['Leider muss ich unser Gespräch am Donnerstag, 18.03. um 14:00 Uhr verschieben.', 'Ginge stattdessen Freitag, der 19.03., um 11:30 Uhr?'], berlin)).toBe('2027-03-19T10:30:00Z');
    expect(proseTime(['Können wir das Gespräch am Dienstag, 30.03. statt um 10:00 Uhr auf 14:00 Uhr verlegen?'], berlin)).toBe('2027-03-30T12:00:00Z');
    const warsaw = { instant: new Date('2027-03-11T16:26:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Zamiast we wtorek 16.03 o godz. 10:00 proponujemy środę 17.03 o godz. 13:00, nadal online.'], warsaw)).toBe('2027-03-17T12:00:00Z');
    const oslo = { instant: new Date('2027-03-25T10:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Intervjuet, som var satt opp onsdag 31. mars kl. 14.00, må dessverre flyttes.', 'Nytt tidspunkt: torsdag 1. april kl. 09.00, samme sted.'], oslo)).toBe('2027-04-01T07:00:00Z');
    const melbourne = { instant: new Date('2027-03-19T02:26:00Z'), offsetMinutes: 660 };
    expect(proseTime(['OLD: Thursday 25 March, 3pm NEW: Wednesday 24 March, 10am (Melbourne time)'], melbourne)).toBe('2027-03-23T23:00:00Z');
  });
});

describe('proseTime, slots set out as a list', () => {
  it('reads no time from a list of slots on different days, keeps a reply that settles on one, and a one-day itinerary', () => {
    const paris = { instant: new Date('2027-03-15T10:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Pourriez-vous m\'indiquer laquelle de ces disponibilités vous convient ? - lundi 22 mars à 10h - mardi 23 mars à 14h - mercredi 24 mars à 9h30'], paris)).toBeNull();
    const chicago = { instant: new Date('2027-03-03T16:00:00Z'), offsetMinutes: -360 };
    expect(proseTime(['- Monday, March 8 at 1:00 PM - Tuesday, March 9 at 9:00 AM - Thursday, March 11 at 3:30 PM'], chicago)).toBeNull();
    const aalborg = { instant: new Date('2027-04-05T09:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Perfekt, så siger vi fredag den 9. april kl. 13.00 hos os i Aalborg.', '• torsdag den 8. april kl. 10.00 • fredag den 9. april kl. 13.00'], aalborg)).toBe('2027-04-09T11:00:00Z');
    expect(proseTime(['Tuesday 23 March: 8:30 - 9:15 AM Meeting with the search committee 9:30 - 10:15 AM Associate Provost'], chicago)).toBe('2027-03-23T13:30:00Z');
  });
});

describe('proseTime, a Spanish range', () => {
  it('reads "de 12:00 a 16:00" as a range from noon, not midnight', () => {
    const valencia = { instant: new Date('2027-03-10T12:05:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Día: sábado 13 de marzo Horario: de 12:00 a 16:00 (servicio de comidas)'], valencia)).toBe('2027-03-13T11:00:00Z');
  });
});

describe("proseTime, a booking tool's line", () => {
  it('joins a time to the day written after its zone in brackets', () => {
    const melbourne = { instant: new Date('2027-03-03T09:04:00Z'), offsetMinutes: 660 };
    expect(proseTime(['Event Date/Time: 02:00pm - 02:30pm (Australia/Melbourne), Tuesday, 9 March 2027'], melbourne)).toBe('2027-03-09T03:00:00Z');
    expect(proseTime(['Event Date/Time: 10:30am - 11:15am (Singapore Standard Time), Wednesday, March 24, 2027'], melbourne)).toBe('2027-03-24T02:30:00Z');
  });
  it('takes no street number for the year', () => {
    const montreal = { instant: new Date('2027-03-20T12:00:00Z'), offsetMinutes: -240 };
    expect(proseTime(["Thursday, April 1 at 2:00 p.m. Eastern 1250 René-Lévesque Blvd West, 30th floor"], montreal)).toBe('2027-04-01T18:00:00Z');
  });
});

describe('proseTime, moves in more languages', () => {
  it('takes the new time of a move said in German, Spanish and Finnish, and reads Polish "termin" with English dates', () => {
    const hamburg = { instant: new Date('2027-03-10T10:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['leider muss ich unser Gespräch am Dienstag, 16.03., um 14:00 Uhr absagen – unser Niederlassungsleiter ist unterwegs.', 'Wir würden das Gespräch gerne auf Donnerstag, den 18.03.2027 um 11:00 Uhr verschieben.'], hamburg)).toBe('2027-03-18T10:00:00Z');
    const bogota = { instant: new Date('2027-03-20T10:00:00Z'), offsetMinutes: -300 };
    expect(proseTime(['Manuela no va a poder estar en la entrevista que teníamos el miércoles 24 de marzo a las 9:00', '¿Te sirve si la movemos al jueves 25 de marzo a las 11:30 a. m.'], bogota)).toBe('2027-03-25T16:30:00Z');
    const tampere = { instant: new Date('2027-03-05T10:00:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Petri on estynyt tiistaina, joten joudumme siirtämään 9.3. klo 13.00 sovitun haastattelun.', 'Uusi aika on torstaina 11.3. klo 14.00, paikkana toimistomme.'], tampere)).toBe('2027-03-11T12:00:00Z');
    const wroclaw = { instant: new Date('2027-03-17T10:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Proponuję termin: wtorek, 30 marca 2027, godz. 10:00, spotkanie online przez Google Meet.'], wroclaw)).toBe('2027-03-30T08:00:00Z');
    // "Mei Chua" is a person, not Dutch May: the English parser reads the card.
    const singapore = { instant: new Date('2027-03-05T10:36:00Z'), offsetMinutes: 480 };
    expect(proseTime(['Date: Thursday 11 March 2027 Time: 3.30pm SGT (approx. 75 minutes) Meeting with: Oskar Brandt and Mei Chua, Chief People Officer'], singapore)).toBe('2027-03-11T07:30:00Z');
  });
});

describe('decisionDate', () => {
  it('reads "we will decide by Friday" against the original date', () => {
    expect(decisionDate(['We are meeting two finalists and we will decide by Friday.'], ref)).toBe('2026-03-06');
  });
});

describe('proseTime: a German city adjective and an Outlook zone label', () => {
  // Sent Tuesday 1 July 2031, 10:00 in Basel (UTC+2).
  const july = { instant: new Date('2031-07-01T08:00:00Z'), offsetMinutes: 120 };
  it('reads "10:00 Uhr Londoner Zeit" and "New Yorker Zeit" in those cities', () => {
    expect(proseTime(['Das Gespräch findet per Videocall am Dienstag, 22. Juli 2031, um 10:00 Uhr Londoner Zeit statt.'], july)).toBe('2031-07-22T09:00:00Z');
    expect(proseTime(['Das Interview ist am Donnerstag, 17. Juli 2031, um 10:00 Uhr New Yorker Zeit.'], july)).toBe('2031-07-17T14:00:00Z');
  });
  it('reads "(UTC+00:00) Dublin, Edinburgh, Lisbon, London" as London time, summer time in July', () => {
    expect(proseTime(['Date: Tuesday, 8 July 2031 Time: 11:00–12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London'], july)).toBe('2031-07-08T10:00:00Z');
    expect(proseTime(['The interview is on Tuesday, 8 July 2031, 11:00-12:00 (UTC-05:00) Eastern Time (US & Canada).'], july)).toBe('2031-07-08T15:00:00Z');
  });
});

describe('proseTime: about an hour', () => {
  const aug = { instant: new Date('2031-08-06T10:00:00Z'), offsetMinutes: 120 };
  it('reads "demain vers 15h" and "morgen gegen 15 Uhr" as that hour', () => {
    expect(proseTime(["Tu peux passer demain vers 15h au resto pour qu'on discute ?"], aug)).toBe('2031-08-07T13:00:00Z');
    expect(proseTime(['Kannst du morgen gegen 15 Uhr vorbeikommen?'], aug)).toBe('2031-08-07T13:00:00Z');
  });
});

describe('proseTime: two times joined by "or"', () => {
  it('takes "Tuesday 3/3 at 10am or Wednesday 3/4 at 2pm" and "à 13 h 30, ou vendredi le 6 mars à 10 h" as a choice', () => {
    expect(at('Could you come in for an interview at our shop? I can do Tuesday 3/3 at 10am or Wednesday 3/4 at 2pm.')).toBeNull();
    expect(at('Je suis disponible jeudi prochain, le 5 mars, à 13 h 30, ou vendredi le 6 mars à 10 h.')).toBeNull();
    // One time stays one time.
    expect(at('Could you come in for an interview on Wednesday 3/4 at 2pm? Or call me if that is hard.')).toBe('2026-03-04T19:00:00Z');
  });
});

describe('proseTime: zones that keep their clocks, and labels of a time', () => {
  // Sent Wednesday 10 March 2038 from a US zone at -0600 (before the US change of 14 March).
  const central = { instant: new Date('2038-03-10T21:22:00Z'), offsetMinutes: -360 };

  it('reads "HST" (which chrono does not know) and "Saskatchewan time" as zones without daylight time', () => {
    expect(proseTime(['Date: Tuesday, March 16, 2038 Time: 9:00 a.m. HST'], central)).toBe('2038-03-16T19:00:00Z');
    expect(proseTime(['Date: Tuesday, March 16, 2038', 'Time: 9:00 a.m. Hawaii-Aleutian Standard Time (HST)'], central)).toBe('2038-03-16T19:00:00Z');
    expect(proseTime(['Date: Tuesday, March 16, 2038 Time: 9:00 a.m. Saskatchewan time (CST)'], central)).toBe('2038-03-16T15:00:00Z');
    // (A state named as a zone: "2:30pm NSW time" from a writer in Brisbane.)
    const brisbane = { instant: new Date('2038-03-05T01:02:00Z'), offsetMinutes: 600 };
    expect(proseTime(['Interview: Wednesday 10 March at 2:30pm NSW time (AEDT).'], brisbane)).toBe('2038-03-10T03:30:00Z');
  });

  it('takes no offset from a duration written after the time', () => {
    // Written in NZDT (+13); on 8 April New Zealand is on NZST (+12).
    const nz = { instant: new Date('2038-03-30T01:20:00Z'), offsetMinutes: 780, zone: 'Pacific/Auckland' };
    expect(proseTime(['When: Thursday 8 April, 1.30pm (allow about 1 hour 15 minutes) Where: Council offices.'], nz)).toBe('2038-04-08T01:30:00Z');
  });

  it('prefers a card\'s "Time:" over a deadline to confirm', () => {
    const dublin = { instant: new Date('2038-03-16T15:30:00Z'), offsetMinutes: 0, zone: 'Europe/Dublin' };
    expect(proseTime(['Date: Friday 26 March 2038 Time: 14:15 Venue: 3 Granary Row, Dublin 8', 'Please confirm your attendance through your online account by 12 noon on Monday 22 March.'], dublin)).toBe('2038-03-26T14:15:00Z');
  });

  it('reads "two interview times" and "the time that works best" as a choice', () => {
    const denver = { instant: new Date('2038-03-26T20:15:00Z'), offsetMinutes: -360 };
    expect(proseTime(['We have two interview times available:', 'Thursday, April 1 at 1:30 PM MT Friday, April 2 at 9:00 AM MT'], denver)).toBeNull();
    expect(proseTime(['Thursday, April 1 at 1:30 PM MT Friday, April 2 at 9:00 AM MT', 'Please reply with the time that works best.'], denver)).toBeNull();
  });
});

describe('fixedOffsetZone', () => {
  it('keeps Arizona and Saskatchewan off daylight time when the mail names them at their offset', () => {
    const winter = new Date('2038-03-12T20:20:00Z');
    expect(fixedOffsetZone('a valid Arizona IVP fingerprint clearance card', -420, winter)).toBe('America/Phoenix');
    expect(fixedOffsetZone('1801 Hamilton St, Regina, SK S4P 4B4', -360, winter)).toBe('America/Regina');
    // Not at that offset (a Denver sender in summer, -0600), or no such place named.
    expect(fixedOffsetZone('our Arizona office', -360, new Date('2038-07-01T12:00:00Z'))).toBeNull();
    expect(fixedOffsetZone('Denver, CO 80202', -420, winter)).toBeNull();
  });
  it('reads Saskatchewan from an address without a comma, a city and its province, or a street and the city', () => {
    const autumn = new Date('2038-11-03T18:15:00Z');
    expect(fixedOffsetZone('120 Centre Street, Wascana Plains SK  S0G 4T0', -360, autumn)).toBe('America/Regina');
    expect(fixedOffsetZone('1600 Dewdney Avenue, Regina, SK', -360, autumn)).toBe('America/Regina');
    expect(fixedOffsetZone('Wheatland Community Clinic, 1106 Winnipeg Street, Regina – parking at the rear', -360, autumn)).toBe('America/Regina');
    // "Regina" alone may be a person.
    expect(fixedOffsetZone('Dear Regina, thank you for your time.', -360, autumn)).toBeNull();
  });
});

describe('domainZone: a Canadian domain', () => {
  it('takes the Canadian zone with the mail\'s offset at its date (Halifax for -0300 in summer, not São Paulo)', () => {
    const october = new Date('2038-11-03T17:12:33Z');
    expect(domainZone('tboudreau@cobequidbay.ca', -180, october)).toBe('America/Halifax');
    expect(domainZone('hr@city.toronto.ca', -240, october)).toBe('America/Toronto');
    expect(domainZone('hr@city.vancouver.ca', -420, october)).toBe('America/Vancouver');
    expect(domainZone('hr@firma.ca', 60, october)).toBeNull();
  });
});

describe('analysisText: a place\'s time after "a.m."', () => {
  it('keeps "9:00 a.m. Chile time" in one sentence, so the zone goes with the time', () => {
    expect(analysisText('Date: Tuesday 17 August 2027 Time: 9:00 a.m. Chile time (9:00 p.m. in Perth) Platform: Teams').sentences).toHaveLength(1);
    expect(analysisText('We start at 9:00 a.m. Please be early.').sentences).toHaveLength(2);
    const perth = { instant: new Date('2027-08-09T08:10:02Z'), offsetMinutes: 480 };
    expect(proseTime(analysisText('Date: Tuesday 17 August 2027 Time: 9:00 a.m. Chile time (9:00 p.m. in Perth) Platform: Microsoft Teams').sentences, perth)).toBe('2027-08-17T13:00:00Z');
  });
});

describe('proseTime: "a.m. ET", Dutch and English moves, Queensland and Chile', () => {
  it('keeps "9:30 a.m. ET for you" in one sentence, so ET is the zone (EST after the US change)', () => {
    const sent = { instant: new Date('2038-11-03T16:05:00Z'), offsetMinutes: 60 };
    expect(proseTime(analysisText('Tom has blocked Tuesday, November 9 at 9:30 a.m. ET for you. The interview is on Zoom.').sentences, sent)).toBe('2038-11-09T14:30:00Z');
    // (Two slots in a list stay two: "a.m. ET - Thursday" is no range.)
    expect(analysisText('Would either of these work for you? - Tuesday, July 6 at 10:00 a.m. ET - Thursday, July 8 at 1:30 p.m. ET').sentences.length).toBeGreaterThan(1);
  });
  it('takes the new time of a Dutch move ("niet doorgaan", "verplaatst naar") and of a panel brought forward', () => {
    const nl = { instant: new Date('2038-09-27T06:50:00Z'), offsetMinutes: 120, zone: 'Europe/Amsterdam' };
    const text = 'Daardoor kan ons gesprek van donderdag 30 september om 14:00 uur helaas niet doorgaan. We hebben het gesprek verplaatst naar maandag 4 oktober om 9:30 uur, op dezelfde locatie.';
    expect(proseTime(analysisText(text).sentences, nl)).toBe('2038-10-04T07:30:00Z');
    const us = { instant: new Date('2034-08-03T14:00:00Z'), offsetMinutes: -240 };
    const forward = 'Greyhaven have asked to bring your final panel forward from Thursday, August 10 at 2:00 p.m. ET to Tuesday, August 8 at 3:00 p.m. ET.';
    expect(proseTime(analysisText(forward).sentences, us)).toBe('2034-08-08T19:00:00Z');
  });
  it('keeps Queensland off daylight time by its address, and reads a Chilean domain in Santiago\'s zone', () => {
    const september = new Date('2038-09-30T01:42:00Z');
    expect(fixedOffsetZone('Head office: 14 Lytton Road, East Brisbane QLD 4169', 600, september)).toBe('Australia/Brisbane');
    expect(fixedOffsetZone('offices in Sydney, Melbourne and Brisbane', 600, september)).toBeNull();
    expect(domainZone('fvergara@condorsur.cl', -240, new Date('2038-09-02T20:40:00Z'))).toBe('America/Santiago');
  });
});

describe('domainZone: Colombia by its second level', () => {
  it('reads .com.co in Bogotá\'s zone, not a startup\'s .co', () => {
    const march = new Date('2027-03-10T15:00:00Z');
    expect(domainZone('catalina.restrepo@labsabanaverde.com.co', -300, march)).toBe('America/Bogota');
    expect(domainZone('hello@acme.co', -300, march)).toBeNull();
  });
});

describe('proseTime: Newfoundland, and "MT" or "CT" where the clocks never change', () => {
  it("reads NDT as -2:30 and NST as -3:30 (chrono's own table has each an hour off)", () => {
    const stJohns = { instant: new Date('2039-07-12T12:00:00Z'), offsetMinutes: -150 };
    expect(proseTime(['Your interview is on Tuesday, July 19, 2039 at 2:30 p.m. NDT.'], stJohns)).toBe('2039-07-19T17:00:00Z');
    const winter = { instant: new Date('2039-01-20T12:00:00Z'), offsetMinutes: -210 };
    expect(proseTime(['The interview is on Thursday, January 27 at 2:00 p.m. NST.'], winter)).toBe('2039-01-27T17:30:00Z');
  });
  it("reads Arizona's MT as MST and Saskatchewan's CT as CST in summer", () => {
    const text = 'Your interview is scheduled for Thursday, June 9, 2039 at 3pm MT at the Public Works Operations Yard, Saguaro Wells, AZ 85390.';
    const sent = { instant: new Date('2039-06-01T16:00:00Z'), offsetMinutes: -420 };
    expect(proseTime([text], { ...sent, zone: fixedOffsetZone(text, -420, sent.instant) })).toBe('2039-06-09T22:00:00Z');
    const regina = 'Your interview is on Monday, June 13, 2039 at 10:00 a.m. CT at 1106 Winnipeg Street, Regina.';
    const sk = { instant: new Date('2039-06-01T16:00:00Z'), offsetMinutes: -360 };
    expect(proseTime([regina], { ...sk, zone: fixedOffsetZone(regina, -360, sk.instant) })).toBe('2039-06-13T16:00:00Z');
    // (Elsewhere MT still follows Denver's daylight time.)
    expect(proseTime(['Your interview is on Thursday, June 9, 2039 at 3pm MT.'], { instant: sent.instant, offsetMinutes: -360 })).toBe('2039-06-09T21:00:00Z');
  });
});

describe('proseTime: labelled rows in Italian, Flemish and Swedish, and a shift in a post', () => {
  it('reads "Ora: 10:00" after its date as the hour (not "now") and an Italian date line before the hour', () => {
    const brescia = { instant: new Date('2039-06-15T10:02:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Data: martedì 21 giugno 2039 Ora: 10:00 Luogo: Officine Ferrovaldese S.p.A., Via Orzinuovi 112'], brescia)).toBe('2039-06-21T08:00:00Z');
    expect(proseTime(['Data: martedì 21 giugno 2039', 'Ora: 10:00'], brescia)).toBe('2039-06-21T08:00:00Z');
  });
  it('reads Flemish "9u30" without "om", and "finsk tid" as Helsinki time', () => {
    const gent = { instant: new Date('2039-06-14T17:45:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Datum: maandag 20 juni 2039', 'Uur: 9u30 (verwachte duur: ongeveer één uur)'], gent)).toBe('2039-06-20T07:30:00Z');
    const stockholm = { instant: new Date('2039-07-20T10:30:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Datum: tisdag 26 juli 2039', 'Tid: kl. 10.00 finsk tid'], stockholm)).toBe('2039-07-26T07:00:00Z');
  });
  it("reads a booking's rows though the post names its shift", () => {
    const phoenix = { instant: new Date('2039-05-21T00:05:30Z'), offsetMinutes: -420 };
    expect(proseTime(['Position: Inventory Control Lead (2nd shift) Date: Thursday, May 26, 2039 Time: 8:30 AM MST (Arizona time) Location: Tolleson DC'], phoenix)).toBe('2039-05-26T15:30:00Z');
  });
});

describe('proseTime: a line the meeting sentence introduces, and a move in Romance languages', () => {
  // Sent Tuesday 1 November 2039, 02:35 in Frankfurt (UTC+1).
  const cet = { instant: new Date('2039-11-01T01:35:00Z'), offsetMinutes: 60 };
  it('reads the time on the line after "Das erste Interview findet ... statt:", not a conversion written later', () => {
    expect(proseTime(['Das erste Interview findet per Videocall mit Dr. Annika Sommer statt:', 'Mittwoch, 2. November 2039, 9:00 Uhr MEZ (Frankfurter Zeit)', 'Ich sitze in New York – für mich ist das 4:00 Uhr morgens, ich rufe Sie danach an, um das Gespräch nachzubesprechen.'], cet)).toBe('2039-11-02T08:00:00Z');
  });
  it('takes the time after "a" in "spostare il colloquio da ... a ...", not the one after "da"', () => {
    const rome = { instant: new Date('2039-10-04T07:50:00Z'), offsetMinutes: 120 };
    expect(proseTime(['Le chiedo se è possibile spostare il colloquio da giovedì 6 ottobre alle 11:00 a venerdì 7 ottobre alle 15:30, sempre presso la nostra sede.'], rome)).toBe('2039-10-07T13:30:00Z');
  });
  it('still reads an English shift pattern as no move ("it\'s a 6am-2:30pm rotating roster")', () => {
    const sydney = { instant: new Date('2027-03-25T04:10:00Z'), offsetMinutes: 660 };
    expect(proseTime(["I'd like to set up a phone interview for next Thursday 1 April at 11am AEDT.", "In the call I'll run through the role, shift pattern (it's a 6am-2:30pm rotating roster) and your experience."], sydney)).toBe('2027-04-01T00:00:00Z');
  });
});

describe('proseTime: a Brazilian form of labelled rows', () => {
  // Sent Wednesday 21 September 2039, 15:10 in Brasília (UTC-3).
  const brt = { instant: new Date('2039-09-21T18:10:00Z'), offsetMinutes: -180 };
  it('reads "Horário: 14h" alone as the hour of the numeric date above it, and no duration as a time', () => {
    expect(proseTime(['Data: quarta-feira, 28/09/2039', 'Horário: 14h (horário de Brasília)', 'Duração prevista: 1h30, incluindo visita à fábrica'], brt)).toBe('2039-09-28T17:00:00Z');
  });
});

describe('proseTime: the US coasts in Danish, and a cancelled time before the new one', () => {
  it('reads "amerikansk østkysttid" as New York time, on the interview day (after the US change)', () => {
    const cph = { instant: new Date('2039-10-31T09:05:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Mandag den 7. november 2039 kl. 9.00–10.00 amerikansk østkysttid (Eastern Time) – det svarer til kl. 15.00–16.00 dansk tid.'], cph)).toBe('2039-11-07T14:00:00Z');
  });
  it('reads the time after "New time:" though "CANCELLED" ends the line before it', () => {
    const boston = { instant: new Date('2039-11-03T15:16:40Z'), offsetMinutes: -240 };
    expect(proseTime(['Original time: Friday, November 4, 2039 at 3:00 PM ET – CANCELLED New time: Monday, November 7, 2039 at 3:00 PM ET'], boston)).toBe('2039-11-07T20:00:00Z');
    expect(proseTime(["Unfortunately we need to cancel tomorrow's interview (Friday, November 4, 2039 at 3:00 PM ET)."], boston)).toBeNull();
  });
});

describe('proseTime: slots offered in Dutch and with their zone, and a choice asked "whichever works better"', () => {
  it('reads "- woensdag 7 december om 15.30 uur - donderdag 8 december om 10.00 uur" run into one line as two slots', () => {
    const zwolle = { instant: new Date('2039-11-29T15:40:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Ik kan je de volgende momenten aanbieden voor een gesprek op onze locatie in Zwolle:', '- woensdag 7 december om 15.30 uur - donderdag 8 december om 10.00 uur'], zwolle)).toBeNull();
  });
  it('reads "- Tuesday ... at 2:30 PM PT - Wednesday ... at 10:00 AM PT" run into one line as two slots', () => {
    const atlanta = { instant: new Date('2039-12-08T19:40:00Z'), offsetMinutes: -300 };
    expect(proseTime(['Their CFO has time for a 45-minute video screen:', '- Tuesday, December 13 at 2:30 PM PT - Wednesday, December 14 at 10:00 AM PT'], atlanta)).toBeNull();
  });
  it('gives no time where the writer has "two openings" and asks for "whichever works better"', () => {
    const columbus = { instant: new Date('2040-01-09T14:55:00Z'), offsetMinutes: -300 };
    expect(proseTime(['I have two openings this week:', 'Wednesday, January 11 at 1:30 PM Eastern', 'Thursday, January 12 at 10:00 AM Eastern', 'Please reply with the best number to reach you.'], columbus)).toBeNull();
    expect(proseTime(['Can you do a call on one of these days?', 'Wednesday, January 11 at 1:30 PM Eastern', 'Thursday, January 12 at 10:00 AM Eastern', 'Please reply with whichever works better.'], columbus)).toBeNull();
  });
  it('still reads a move where the writer asks for "two or three windows" if the new time fails', () => {
    const bogota = { instant: new Date('2032-10-19T21:06:12Z'), offsetMinutes: -420 };
    expect(proseTime(['I need to move your technical interview originally scheduled for Thursday, October 21 at 1:00 PM PT.', 'Could we do Friday, October 22 at 3:30 PM PT instead?', "If Friday doesn't work, send me two or three windows that do and I'll make it happen."], bogota)).toBe('2032-10-22T22:30:00Z');
  });
});

describe('proseTime: an English date and time in a bilingual line', () => {
  it('reads "Entrevista / Interview: Wednesday, March 28, 2040 at 10:15 a.m. Pacific Time" on its day, not the mail\'s', () => {
    const la = { instant: new Date('2040-03-20T16:47:00Z'), offsetMinutes: -420 };
    expect(proseTime(['Entrevista / Interview: Wednesday, March 28, 2040 at 10:15 a.m. Pacific Time (hora del Pacífico)'], la)).toBe('2040-03-28T17:15:00Z');
  });
});
