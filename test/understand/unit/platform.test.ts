import { describe, expect, it } from 'vitest';
import { fromPlatform, platformDisplay } from '../../../shared/understand/platform.js';

const tool = { name: 'ShiftSeek', email: 'applications@shiftseek.co.uk' };

describe('fromPlatform', () => {
  it('knows a board that passed the application on to a named employer', () => {
    expect(fromPlatform(tool, ["We've sent your CV and answers to Willowmere Care Home."])).toBe(true);
    expect(fromPlatform({ name: 'WorkHive', email: 'noreply@workhive.com.au' }, ['Your application was sent to Kestrel Outdoor on 19 July 2027.'])).toBe(true);
  });

  it('knows a tool that says it writes for someone else, or names itself as the tool', () => {
    expect(fromPlatform({ name: 'InterviewLoop', email: 'no-reply@interviewloop.io' }, ['This is an automated message from InterviewLoop on behalf of Rathmore Insurance.'])).toBe(true);
    expect(fromPlatform({ name: 'Slotwise', email: 'notifications@slotwise.io' }, ['A new event has been scheduled.', 'Powered by Slotwise'])).toBe(true);
    expect(fromPlatform(tool, ["You're receiving this email because you applied for a job on ShiftSeek."])).toBe(true);
    expect(fromPlatform({ name: 'Harrowgate Retail Group via CueView', email: 'no-reply@cueview.io' }, ['Good luck!'])).toBe(true);
  });

  it('knows French and Spanish boards, and a CV sent on with its file name', () => {
    expect(fromPlatform({ name: 'Carrières Azur', email: 'candidature@carrieres-azur.fr' }, ['Votre candidature au poste de Responsable Production a bien été transmise à Fromagerie Alpine du Vercors.'])).toBe(true);
    expect(fromPlatform({ name: 'Carrières Azur', email: 'candidature@carrieres-azur.fr' }, ['Vous recevez cet e-mail car vous avez postulé via Carrières Azur.'])).toBe(true);
    expect(fromPlatform({ name: 'IrishJobsHub', email: 'noreply@irishjobshub.ie' }, ['Your CV (Siobhan_Daly_CV_2027.pdf) and cover letter have been sent to Ballymore Credit Union.'])).toBe(true);
  });

  it('knows a board by how it speaks of the employer, in English and Spanish', () => {
    expect(fromPlatform({ name: 'ShiftSeek', email: 'applications@shiftseek.co.uk' }, ['The employer will review your application and contact you directly.'])).toBe(true);
    expect(fromPlatform({ name: 'EmpleoFácil', email: 'notificaciones@empleofacil.es' }, ['La empresa revisará tu CV y, si encaja con lo que buscan, se pondrá en contacto contigo.'])).toBe(true);
  });

  it("leaves an employer's own mail alone", () => {
    const acme = { name: 'Acme Careers', email: 'careers@acme-robotics.com' };
    expect(fromPlatform(acme, ['Your application has been sent to the Hiring Manager.'])).toBe(false);
    expect(fromPlatform(acme, ['This email was sent on behalf of Acme Robotics by our careers team.'])).toBe(false);
    expect(fromPlatform(acme, ['Powered by Greenhouse', 'Thanks for applying.'])).toBe(false);
  });

  it('reads "because you applied ... with X" as an employer naming itself, "signed up with X" as a tool', () => {
    const northvale = { name: 'Northvale Schools Partnership', email: 'recruitment@northvale.org.uk' };
    expect(fromPlatform(northvale, ['You are receiving this email because you applied for a vacancy with Northvale Schools Partnership in the last 6 months.'])).toBe(false);
    expect(fromPlatform({ name: 'WorkHive', email: 'noreply@workhive.com.au' }, ['You are receiving this email because you signed up with WorkHive.'])).toBe(true);
  });

  it("leaves a person's mail alone (an agency recruiter who sent a CV to a client writes as themselves)", () => {
    expect(fromPlatform({ name: 'Dana Whitfield', email: 'dana@northcote-search.com' }, ['Your CV has been sent to Globex Dynamics this morning.'])).toBe(false);
  });

  it('needs an address of its own: ATS and free-mail senders are known elsewhere', () => {
    expect(fromPlatform({ name: 'Greenhouse', email: 'no-reply@greenhouse.io' }, ['Your application was sent to Kestrel Outdoor.'])).toBe(false);
  });
});

describe('platformDisplay', () => {
  it("keeps the employer's name a platform shows as its display name", () => {
    expect(platformDisplay({ name: 'Brackenridge District Council', email: 'no-reply@talentwharf.com' })).toBe('Brackenridge District Council');
    expect(platformDisplay({ name: 'Harrowgate Retail Group via CueView', email: 'no-reply@cueview.io' })).toBe('Harrowgate Retail Group via CueView');
  });
  it("drops the platform's own name, by its domain or its initials, and a person's", () => {
    expect(platformDisplay({ name: 'ShiftSeek', email: 'applications@shiftseek.co.uk' })).toBeNull();
    expect(platformDisplay({ name: 'Carrières Azur', email: 'candidature@carrieres-azur.fr' })).toBeNull();
    expect(platformDisplay({ name: 'Geneva Engineering Careers Forum', email: 'events@gecf-forum.ch' })).toBeNull();
    expect(platformDisplay({ name: 'Dana Whitfield', email: 'dana@slotwise.io' })).toBeNull();
  });
});

describe('fromPlatform: "an automated notification from" the tool', () => {
  it('reads a district\'s display name at a tool\'s domain as the tool sending for it', () => {
    expect(fromPlatform({ name: 'Rio Puerco Public Schools', email: 'noreply@k12jobsuite.com' }, ['Thank you for your interest in Rio Puerco Public Schools.', 'This is an automated notification from K12 JobSuite.'])).toBe(true);
  });
});
