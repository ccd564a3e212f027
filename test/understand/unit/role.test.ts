import { describe, expect, it } from 'vitest';
import { findRole } from '../../../shared/understand/role.js';

const inBody = (sentence: string, subject = '') => findRole({ subject, lines: [sentence], sentences: [sentence], signatureAt: 5, history: [], company: null });

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
