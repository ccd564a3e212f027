import { describe, expect, it } from 'vitest';
import { domainLabel, employerDomain, isAtsAddress, isRoleAccount } from '../../../shared/understand/sender-kind.js';

describe('sender kinds', () => {
  it('knows ATS and board domains, their subdomains, and their names under a documentation zone', () => {
    expect(isAtsAddress('no-reply@us.greenhouse-mail.io')).toBe(true);
    expect(isAtsAddress('acme@myworkday.com')).toBe(true);
    expect(isAtsAddress('cedarbasinusd@myworkday-mail.example')).toBe(true);
    expect(isAtsAddress('castlegatebank@taleo.example')).toBe(true);
    expect(isAtsAddress('jobs@acme-robotics.example')).toBe(false);
    expect(isAtsAddress('jobs@acme-robotics.com')).toBe(false);
  });

  it("names an employer's domain by its distinctive label, skipping documentation zones", () => {
    expect(domainLabel('mail.acme-robotics.co.uk')).toBe('acme-robotics');
    expect(domainLabel('duinmeer.example.nl')).toBe('duinmeer');
    // (Canada's federal zone, and a documentation zone standing for it.)
    expect(domainLabel('ccsa-aclc.gc.ca')).toBe('ccsa-aclc');
    expect(domainLabel('haac-aapc.gc.example')).toBe('haac-aapc');
    // (An NHS nation's zone, New Zealand's government zone; "wales.nhs.uk" alone is the NHS's.)
    expect(domainLabel('strathearn.scot.nhs.uk')).toBe('strathearn');
    expect(domainLabel('cwmaran.wales.nhs.uk')).toBe('cwmaran');
    expect(domainLabel('wales.nhs.uk')).toBe('nhs');
    expect(domainLabel('mrc.govt.nz')).toBe('mrc');
    expect(isAtsAddress('noreply@jobs.nhs.uk')).toBe(true);
    expect(isAtsAddress('noreply@apply.jobs.scot.nhs.uk')).toBe(true);
    expect(domainLabel('amt.oberried.gv.at')).toBe('oberried');
    // A Canadian province's zone, and a government's, name nobody.
    expect(domainLabel('riviereauxsaules.qc.ca')).toBe('riviereauxsaules');
    expect(domainLabel('mrc-laurentides.gouv.qc.ca')).toBe('mrc-laurentides');
    expect(employerDomain('talent@greenhouse.io')).toBeNull();
    expect(employerDomain('sam@gmail.com')).toBeNull();
  });

  it('knows team mailboxes in several languages', () => {
    for (const box of ['careers@x.com', 'werkenbij@x.nl', 'seleccion@x.es', 'jobs@x.com']) expect(isRoleAccount(box)).toBe(true);
    expect(isRoleAccount('jan.devries@x.nl')).toBe(false);
  });
});

describe('isAtsAddress: public-sector and regional systems', () => {
  it("knows Kuntarekry, Interamt, eRecruiter, Jobbnorge, Webcruiter, Jobylon, Varbi and Bumeran's Argentine domain", () => {
    for (const a of ['noreply@kuntarekry.fi', 'noreply@interamt.de', 'powiadomienia@system.erecruiter.pl', 'noreply@jobbnorge.no', 'ikke-svar@webcruiter.no', 'no-reply@jobylon.com', 'noreply@varbi.com', 'notificaciones@bumeran.com.ar']) {
      expect(isAtsAddress(a), a).toBe(true);
    }
    expect(isAtsAddress('rekrytointi@hameenniemi.fi')).toBe(false);
  });
});

describe('domainLabel: public zones under a nation\'s own top-level domain', () => {
  it('reads the body under nhs.wales, gov.scot and llyw.cymru', () => {
    expect(domainLabel('teifivalley.nhs.wales')).toBe('teifivalley');
    expect(domainLabel('marine.gov.scot')).toBe('marine');
    expect(domainLabel('nhs.wales')).toBe('nhs');
  });
});
