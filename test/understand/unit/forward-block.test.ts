import { describe, expect, it } from 'vitest';
import { findForwardBlock } from '../../../shared/understand/forward-block.js';

describe('findForwardBlock', () => {
  it('reads Chinese (full-width colon) and Hindi forward labels', () => {
    const zh = findForwardBlock(['这个宣讲会要去吗？', '', '转发的邮件：', '', '发件人: Jade Harbour Trading <campus@jadeharbour.sg>', '主题: 宣讲会邀请', '日期: 2027年9月1日 GMT+8 下午3:00:00', '收件人：Chen Yu Xuan <yuxuan.chen@icloud.com>', '', '陈同学你好：'].join('\n'));
    expect(zh?.fields.from).toBe('Jade Harbour Trading <campus@jadeharbour.sg>');
    expect(zh?.fields.to).toBe('Chen Yu Xuan <yuxuan.chen@icloud.com>');
    expect(zh?.above.trim()).toBe('这个宣讲会要去吗？');
    const hi = findForwardBlock(['प्रेषक: Pooja Sharma <pooja.sharma@gangamobility.in>', 'भेजा गया: Tuesday, 12 October 2027 5:05 PM', 'प्रति: Kabir Singh <kabir.singh@outlook.com>', 'विषय: Application status', '', 'Dear Kabir,'].join('\n'));
    expect(hi?.fields.subject).toBe('Application status');
    expect(hi?.fields.date).toBe('Tuesday, 12 October 2027 5:05 PM');
  });

  it("joins Gmail's wrapped header lines: a long subject, a display name with the address under it", () => {
    const text = ['FYI', '', '---------- Forwarded message ---------', 'From: Lanternfish Analytics via Workable', '<noreply@candidates.workablemail.com>', 'Date: Mon, Jan 18, 2027 at 10:51 PM', 'Subject: Application received + welcome to the Bellwether Grid Talent', 'Community', 'To: Jordan Kim <jordan@kimfamily.net>', '', '', 'Hi Jordan,', 'Thanks for applying.'].join('\n');
    const block = findForwardBlock(text);
    expect(block?.fields.from).toBe('Lanternfish Analytics via Workable <noreply@candidates.workablemail.com>');
    expect(block?.fields.subject).toBe('Application received + welcome to the Bellwether Grid Talent Community');
    expect(block?.body.startsWith('Hi Jordan,')).toBe(true);
  });

  it('does not take the first line of the body for a wrapped header', () => {
    const block = findForwardBlock(['From: Ana <ana@x.com>', 'Date: Mon, 1 Mar 2027', 'Subject: Interview', 'To: me <me@y.com>', 'Thanks for your time today.'].join('\n'));
    expect(block?.fields.to).toBe('me <me@y.com>');
    expect(block?.body).toBe('Thanks for your time today.');
  });

  it('reads an Outlook block with the note above it', () => {
    const text = 'FYI\n\n________________________________\nFrom: Jane Doe <jane@acme.com>\nSent: Monday, March 2, 2026 10:15 AM\nTo: Bob <bob@outlook.com>\nSubject: Interview\n\nHi Bob';
    const b = findForwardBlock(text);
    expect(b?.fields.from).toBe('Jane Doe <jane@acme.com>');
    expect(b?.fields.subject).toBe('Interview');
    expect(b?.above.trim()).toBe('FYI');
    expect(b?.body.trim()).toBe('Hi Bob');
  });

  it('reads Thunderbird (Subject first) and German headers', () => {
    const tb = findForwardBlock('-------- Forwarded Message --------\nSubject: \tHi\nDate: \tMon, 2 Mar 2026 10:15:00 +0100\nFrom: \tJane <j@x.com>\nTo: \tb@y.com\n\nBody');
    expect(tb?.fields.date).toBe('Mon, 2 Mar 2026 10:15:00 +0100');
    const de = findForwardBlock('---------- Weitergeleitete Nachricht ---------\nVon: Anna <a@x.de>\nDatum: Mo., 4. Mai 2026 um 08:21 Uhr\nBetreff: Ihre Bewerbung\nAn: <b@y.de>\n\nHallo');
    expect(de?.fields.subject).toBe('Ihre Bewerbung');
  });

  it('finds nothing in ordinary prose with a colon', () => {
    expect(findForwardBlock('Date: Tuesday\nTime: 2pm\nPlace: office')).toBeNull();
  });
  it('reads Swedish (Apple Mail, quoted), Italian (Thunderbird) and Polish blocks', () => {
    const sv = findForwardBlock('Intervju!\n\n> Vidarebefordrat brev:\n>\n> Från: Johanna Berg <johanna.berg@norrskenrail.se>\n> Ämne: Inbjudan till intervju\n> Datum: 12 maj 2027 14:31:00 CEST\n> Till: Elin <elin@icloud.com>\n>\n> Hej Elin!');
    expect(sv?.fields.from).toBe('Johanna Berg <johanna.berg@norrskenrail.se>');
    expect(sv?.above.trim()).toBe('Intervju!');
    const it_ = findForwardBlock('-------- Messaggio Inoltrato --------\nOggetto: \tProposta di assunzione\nData: \tThu, 01 Apr 2027 12:10:00 +0200\nMittente: \tFrancesca Greco <francesca.greco@example.it>\nA: \tGiulia <g@libero.it>\n\nGentile Giulia,');
    expect(it_?.fields.from).toBe('Francesca Greco <francesca.greco@example.it>');
    const pl = findForwardBlock('-------- Przekazana wiadomość --------\nTemat: \tRekrutacja\nData: \tTue, 25 May 2027 14:26:00 +0200\nNadawca: \tAgnieszka <a@example.pl>\nAdresat: \tPaweł <p@example.pl>\n\nDzień dobry');
    expect(pl?.fields.subject).toBe('Rekrutacja');
  });
  it('keeps Apple Mail\'s Polish and Norwegian forward lines out of the note', () => {
    expect(findForwardBlock('Wysłane\n\nPoczątek przekazywanej wiadomości:\n\nOd: Anna Nowak <anna@firma.pl>\nTemat: Potwierdzenie\nData: 3 marca 2027 10:00:00 CET\nDo: Ola <ola@icloud.com>\n\nDzień dobry')?.above.trim()).toBe('Wysłane');
    expect(findForwardBlock('Lagre denne\n\nBegynnelse på videresendt melding:\n\nFra: Nord <n@nord.no>\nEmne: Nyhetsbrev\nDato: 3. mars 2027 kl. 08:00:00 CET\nTil: Kristian <k@icloud.com>\n\nHei')?.above.trim()).toBe('Lagre denne');
  });
});

describe('findForwardBlock: Dutch Thunderbird labels', () => {
  it('reads "Antwoord-naar" as the Reply-To, not as the sender', () => {
    const block = findForwardBlock(['Verstuurd.', '', '-------- Doorgestuurd bericht --------', 'Onderwerp: \tBedankt voor je sollicitatie', 'Datum: \tFri, 4 Dec 2037 21:17:00 +0100', 'Van: \tHoogveld Installatietechniek <no-reply@sollicitatiebox.nl>', 'Antwoord-naar: \tHR Hoogveld <vacatures@hoogveld.nl>', 'Aan: \tJoris van Dijk <joris@vandijk-mail.nl>', '', 'Hoi Joris,'].join('\n'));
    expect(block?.fields.from).toBe('Hoogveld Installatietechniek <no-reply@sollicitatiebox.nl>');
    expect(block?.fields.replyTo).toBe('HR Hoogveld <vacatures@hoogveld.nl>');
  });
});

describe('findForwardBlock: Irish Gmail labels', () => {
  it('reads "Ó", "Dáta", "Ábhar" and "Chuig"', () => {
    const block = findForwardBlock(['Agallamh Dé Máirt seo chugainn!', '', '---------- Teachtaireacht curtha ar aghaidh ---------', 'Ó: Nóirín Ní Fhlatharta <noirin@dunallycoco.ie>', 'Dáta: Dé Céadaoin, 24 Márta 2038 ag 10:05', 'Ábhar: Agallamh – Oifigeach Gaeilge', 'Chuig: Tadhg <tadhg@gmail.com>', '', 'A Thaidhg, a chara,'].join('\n'));
    expect(block?.fields.from).toBe('Nóirín Ní Fhlatharta <noirin@dunallycoco.ie>');
    expect(block?.fields.date).toBe('Dé Céadaoin, 24 Márta 2038 ag 10:05');
    expect(block?.fields.subject).toBe('Agallamh – Oifigeach Gaeilge');
  });
});

describe('findForwardBlock: Apple Mail markers in Norwegian and Chinese', () => {
  it('keeps "Begynnelse på videresendt e-post:" and "开始转发的邮件：" out of the note', () => {
    const no = findForwardBlock(['Jeg fikk jobben!!!', '', 'Begynnelse på videresendt e-post:', '', 'Fra: Øystein Haugland <oystein@vindfang.no>', 'Emne: Tilbud', 'Dato: 2. juni 2038 kl. 10:12:00 CEST', 'Til: Kari <kari@gmail.com>', '', 'Hei Kari,'].join('\n'));
    expect(no?.above.trim()).toBe('Jeg fikk jobben!!!');
    const zh = findForwardBlock(['Applied for the internship.', '', '开始转发的邮件：', '', '发件人: Careers <careers@orchardquay.com.sg>', '主题: Application received', '日期: 2038年6月2日 上午10:12', '收件人: Wei <wei@gmail.com>', '', 'Dear Wei,'].join('\n'));
    expect(zh?.above.trim()).toBe('Applied for the internship.');
  });
});

describe('findForwardBlock: Apple Mail in Norwegian, definite form', () => {
  it('keeps "Begynnelsen på videresendt melding:" out of the note', () => {
    const no = findForwardBlock(['Synd, men et hyggelig avslag.', '', 'Begynnelsen på videresendt melding:', '', 'Fra: Tone Aas <tone.aas@havbris.no>', 'Emne: Stillingen som driftsleder', 'Dato: 14. oktober 2038 kl. 09:12:00 CEST', 'Til: Ola <ola@icloud.com>', '', 'Hei Ola,'].join('\n'));
    expect(no?.above.trim()).toBe('Synd, men et hyggelig avslag.');
  });
});

describe('findForwardBlock: labels without their colons', () => {
  const block = ['Ugh. The offer went to someone else.', '', '', '---------- Forwarded message ---------', 'From Hannah Leclair <hannah.leclair@northlightmedia.ca>', 'Date Tue, May 3, 2039 at 3:30 PM', 'Subject Senior Producer, Podcasts – an update on our decision', 'To Simon Bergeron <simon.bergeron@gmail.com>', '', '', 'Hi Simon,'];
  it('reads them right under a separator line, with an address on the From line', () => {
    const found = findForwardBlock(block.join('\n'));
    expect(found?.fields.from).toBe('Hannah Leclair <hannah.leclair@northlightmedia.ca>');
    expect(found?.fields.subject).toBe('Senior Producer, Podcasts – an update on our decision');
    expect(found?.above.trim()).toBe('Ugh. The offer went to someone else.');
    expect(found?.body.trim()).toBe('Hi Simon,');
  });
  it('not elsewhere: prose that starts with "From" or "Date" is no header', () => {
    expect(findForwardBlock(['From Monday we move office.', 'Date to be confirmed.', 'Subject to contract, of course.', 'To all staff.'].join('\n'))).toBeNull();
    expect(findForwardBlock(['-----', 'From Monday we move office.', 'Date to be confirmed.', 'Subject to contract, of course.'].join('\n'))).toBeNull();
  });
});

describe('findForwardBlock: Romanian and Turkish Outlook labels', () => {
  it('reads "De la:" / "Subiect:" and "Kimden:" / "Konu:"', () => {
    const ro = ['Merită?', '________________________________', 'De la: Gareth Lewis <gareth.lewis@carelinkstaffing.co.uk>', 'Trimis: luni, 23 iulie 2035 09:48', 'Către: Ioana Popescu <ioana@outlook.com>', 'Subiect: Bank Care Assistant roles', '', 'Hi Ioana,'];
    expect(findForwardBlock(ro.join('\n'))?.fields.subject).toBe('Bank Care Assistant roles');
    const tr = ['Bewerbung eingegangen', 'Kimden: Neckarlicht Versicherung AG <karriere@neckarlicht.de>', 'Gönderildi: 1 Haziran 2034 Perşembe 17:45', 'Kime: Emre Yıldız <emre@outlook.com>', 'Konu: Eingangsbestätigung', '', 'Hallo Herr Yıldız,'];
    expect(findForwardBlock(tr.join('\n'))?.fields.from).toBe('Neckarlicht Versicherung AG <karriere@neckarlicht.de>');
  });
});

describe('findForwardBlock: a forward of a forward with no separator between the blocks', () => {
  it('ends the outer block at the second sender line, leaving the inner block to the body', () => {
    const text = ['Noch eine Absage.', '---------- Weitergeleitete Nachricht ---------', 'Von: Elif Yılmaz <elif.yilmaz@outlook.de>', 'Date: Mi., 13. Juli 2039 um 21:10 Uhr', 'Subject: WG: Deine Bewerbung als Data Engineer', 'To: Elif Yılmaz <elif.yilmaz91@gmail.com>', '', '', 'Von: Rasmus Holm <rasmus.holm@nordkap-software.de>', 'Gesendet: Mittwoch, 13. Juli 2039 17:02', 'An: Elif Yılmaz <elif.yilmaz@outlook.de>', 'Betreff: Deine Bewerbung als Data Engineer', '', 'Hallo Elif,'].join('\n');
    const outer = findForwardBlock(text);
    expect(outer?.fields.from).toBe('Elif Yılmaz <elif.yilmaz@outlook.de>');
    expect(outer?.fields.subject).toBe('WG: Deine Bewerbung als Data Engineer');
    const inner = findForwardBlock(outer?.body ?? '');
    expect(inner?.fields.from).toBe('Rasmus Holm <rasmus.holm@nordkap-software.de>');
    expect(inner?.body.trim()).toBe('Hallo Elif,');
  });
});
