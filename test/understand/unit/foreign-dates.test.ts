import { describe, expect, it } from 'vitest';
import { irishToEnglish, nordicToEnglish, polishToEnglish, welshToEnglish } from '../../../shared/understand/foreign-dates.js';
import { proseTime } from '../../../shared/understand/prose-time.js';

describe('nordicToEnglish', () => {
  it('rewrites Danish, Swedish, Norwegian and Finnish dates and clock times', () => {
    expect(nordicToEnglish('en samtale onsdag den 31. marts kl. 14.00 på vores kontor')).toBe('en samtale Wednesday 31 March at 14:00 at vores kontor');
    expect(nordicToEnglish('Tid: torsdag 4 mars kl. 09.30–10.30')).toBe('Tid: Thursday 4 March at 09:30–10:30');
    expect(nordicToEnglish('haastatteluun tiistaina 23.3. klo 13.00.')).toBe('haastatteluun Tuesday 23 March at 13:00.');
    expect(nordicToEnglish('klockan 14 den 3 maj')).toBe('at 14:00 3 May');
  });

  it('leaves sentences without a Nordic marker alone', () => {
    expect(nordicToEnglish('Mardi 4 mars à 14h')).toBe('Mardi 4 mars à 14h');
    expect(nordicToEnglish('am 18.3. um 14 Uhr')).toBe('am 18.3. um 14 Uhr');
  });
});

describe('polishToEnglish', () => {
  it('rewrites Polish days, months and "o godz."', () => {
    expect(polishToEnglish('rozmowę, która odbędzie się w środę 10 marca 2027 r. o godz. 11:00 w naszym biurze')).toBe('rozmowę, która odbędzie się Wednesday 10 March 2027 at 11:00 w naszym biurze');
    expect(polishToEnglish('Dziękujemy za aplikację.')).toBe('Dziękujemy za aplikację.');
  });
});

describe('proseTime on Nordic mail', () => {
  it('reads the day and time, and "på" after the time is no p.m.', () => {
    const ref = { instant: new Date('2027-03-09T13:37:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Vi vil gerne invitere dig til en første samtale tirsdag den 16. marts kl. 10.00 på Rådhuset.'], ref)).toBe('2027-03-16T09:00:00Z');
    expect(proseTime(['Haluaisimme kutsua sinut haastatteluun tiistaina 23.3. klo 13.00.'], { instant: new Date('2027-03-17T07:52:00Z'), offsetMinutes: 120 })).toBe('2027-03-23T11:00:00Z');
  });

  it('offers of several slots give no time', () => {
    const ref = { instant: new Date('2027-03-01T10:00:00Z'), offsetMinutes: 60 };
    expect(proseTime(['Passar någon av följande tider?', 'måndag 8 mars kl. 13.00', 'tisdag 9 mars kl. 09.30'], ref)).toBeNull();
  });
});

describe('nordicToEnglish: tomorrow and today', () => {
  it('rewrites "i morgen", "imorgon", "huomenna" and "i dag" for chrono', () => {
    expect(nordicToEnglish('Kan du komme forbi butikken i morgen kl. 14 til en snak?')).toBe('Kan du komme forbi butikken tomorrow at 14:00 til en snak?');
    expect(nordicToEnglish('Tervetuloa haastatteluun huomenna klo 13.')).toBe('Tervetuloa haastatteluun tomorrow at 13:00.');
    expect(nordicToEnglish('Passar det i dag kl 15?')).toBe('Passar det today at 15:00?');
  });
});

describe('welshToEnglish', () => {
  it('rewrites a Welsh day, date and time ("ddydd Mawrth 6 Ebrill 2038 am 10:00", "y 6ed o Ebrill am 2.30yh")', () => {
    expect(welshToEnglish('eich gwahodd i gyfweliad ddydd Mawrth 6 Ebrill 2038 am 10:00 yn Neuadd y Sir.')).toBe('eich gwahodd i gyfweliad Tuesday 6 April 2038 at 10:00 yn Neuadd y Sir.');
    expect(welshToEnglish('Cyfweliad ar y 6ed o Ebrill am 2.30yh')).toBe('Cyfweliad ar y 6 April at 2:30pm');
    // Nothing Welsh to read: English "am" stays.
    expect(welshToEnglish('I am 10 minutes away.')).toBe('I am 10 minutes away.');
  });

  it('gives the interview time of a Welsh sentence, across the UK clock change', () => {
    // Written on 26 March 2038 in GMT; 6 April is in BST.
    const ref = { instant: new Date('2038-03-26T11:20:00Z'), offsetMinutes: 0, zone: 'Europe/London' };
    expect(proseTime(["Mae'n bleser gennyf eich gwahodd i gyfweliad ddydd Mawrth 6 Ebrill 2038 am 10:00 yn Neuadd y Sir."], ref)).toBe('2038-04-06T09:00:00Z');
  });
});

describe('irishToEnglish', () => {
  it('rewrites an Irish day, date and time ("Déardaoin, 19 Aibreán 2035 ag 4.30 i.n."), and leaves other text alone', () => {
    expect(irishToEnglish('Beidh an t-agallamh ar siúl Déardaoin, 19 Aibreán 2035 ag 4.30 i.n. in oifig na scoile.')).toBe('Beidh an t-agallamh ar siúl Thursday, 19 April 2035 at 4:30pm in oifig na scoile.');
    expect(irishToEnglish('Dé Máirt 30 Márta ag 10:00')).toBe('Tuesday 30 March at 10:00');
    expect(irishToEnglish('See you ag 5')).toBe('See you ag 5');
  });

  it('gives the interview time of an Irish sentence', () => {
    const ref = { instant: new Date('2035-04-11T14:02:00Z'), offsetMinutes: 60, zone: 'Europe/Dublin' };
    expect(proseTime(['Beidh an t-agallamh ar siúl Déardaoin, 19 Aibreán 2035 ag 4.30 i.n. in oifig na scoile.'], ref)).toBe('2035-04-19T15:30:00Z');
  });
});
