/** Applicant-tracking and job-board domains: their senders speak for an employer, not as one. */
const ATS_DOMAINS = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'myworkday.com', 'workday.com', 'myworkdayjobs.com', 'ashbyhq.com',
  'smartrecruiters.com', 'icims.com', 'taleo.net', 'jobvite.com', 'bamboohr.com', 'breezy.hr', 'workable.com',
  'workablemail.com', 'recruitee.com', 'recruiteemail.com', 'teamtailor.com', 'teamtailor-mail.com', 'personio.de', 'personio.com', 'successfactors.com',
  'successfactors.eu', 'applytojob.com', 'jazzhr.com', 'linkedin.com', 'indeed.com', 'indeedemail.com', 'glassdoor.com',
  'ziprecruiter.com', 'hired.com', 'wellfound.com', 'angel.co', 'otta.com', 'welcometothejungle.com', 'softgarden.io', 'softgarden.de', 'rippling.com',
  'gem.com', 'paradox.ai', 'eightfold.ai', 'phenompeople.com', 'avature.net', 'oraclecloud.com', 'dover.com', 'pinpointhq.com',
  'comeet.co', 'homerun.co', 'join.com', 'recruiterbox.com', 'hrmdirect.com', 'ultipro.com', 'adp.com', 'dice.com',
  'monster.com', 'stepstone.de', 'xing.com', 'infojobs.net', 'calendly.com', 'goodtime.io', 'modernloop.io', 'talentlyft.com',
  // Boards and systems of other countries: Brazil, Latin America, Poland, the Nordics, France, Asia-Pacific, the UK and US public sector.
  'gupy.io', 'gupy.com.br', 'kenoby.com', 'catho.com.br', 'vagas.com.br', 'computrabajo.com', 'bumeran.com', 'pracuj.pl', 'jobindex.dk', 'finn.no',
  'apec.fr', 'hellowork.com', 'meteojob.com', 'cadremploi.fr', 'francetravail.fr', 'jobteaser.com', 'jobsdb.com', 'seek.com.au',
  'seek.co.nz', 'jobstreet.com', 'naukri.com', 'joinhandshake.com', 'trac.jobs', 'usajobs.gov', 'governmentjobs.com', 'paylocity.com',
  'zohorecruit.com', 'freshteam.com', 'jobs.ch', 'jobup.ch', 'karriere.at',
  // Public-sector and regional systems that send for the employer: Finland's municipalities, German public service,
  // Poland, Norway, Sweden, Argentina.
  // NHS Jobs (England and Wales; Scotland's): the boards' own systems, sending for a trust or health board.
  'jobs.nhs.uk', 'jobs.scot.nhs.uk',
  'kuntarekry.fi', 'interamt.de', 'erecruiter.pl', 'jobbnorge.no', 'webcruiter.no', 'jobylon.com', 'varbi.com', 'reachmee.com', 'bumeran.com.ar',
  // Schools' systems in the UK, Canada and the US (Apply to Education, EDJOIN). (Not publicjobs.ie: its campaign mailboxes,
  // "ico-recruitment@publicjobs.ie", are the contact.)
  'applytoeducation.com', 'edjoin.org', 'eteach.com', 'schoolspring.com', 'k12jobspot.com',
];

/** Free mailbox providers: their domain says nothing about an employer. */
const FREE_MAIL = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com',
  'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com',
  'yandex.com', 'zoho.com', 'fastmail.com', 'hey.com', 'orange.fr', 'free.fr', 'laposte.net', 't-online.de', 'yahoo.fr',
  'yahoo.co.uk', 'hotmail.fr', 'hotmail.co.uk', 'outlook.fr', 'outlook.de', 'libero.it', 'qq.com', '163.com',
];

const NO_REPLY = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|mailer(-daemon)?|bounces?|automated|alerts?|jobalerts?|jobagent|postmaster|system|auto|messages?|updates?|news(letter)?|invitations?|calendar|digest|notificaciones|notifica[cç][õo]es|notifiche|benachrichtigung(en)?|avisos|alertas|meldingen|varsler|aviseringar|no[-_.]?respon(?:der|da|dere)|n[aã]o[-_.]?respon(?:da|der)|ne[-_.]?pas[-_.]?repondre|nepasrepondre|nicht[-_.]?antworten|ikke[-_.]?svar|svara[-_.]?inte|niet[-_.]?beantwoorden|nie[-_.]?odpowiadaj|[aä]l[aä][-_.]?vastaa)([-_.+].*)?$|noreply|no-reply|donotreply/i;
/** Shared team mailboxes: a place to write back to, but not a person. */
const ROLE_ACCOUNT = /career|recruit|recrut|dotation|kontakt|rekryt|rekrut|personalamt|personalabt|personalb[uü]e?ro|personalwesen|jobb|emploi|lavora|werving|talent|hiring|staffing|empleo|werkenbij|vacature|sollicit|selecci[oó]n|selecao|karriere|bewerbung|candidat|applicant|^jobs?\b|^(hr|rh|rrhh|people|team|info|hello|contact|apply|applications?|office|admin|personal|campus|events?|eventi|eventos|evenements|veranstaltungen|sekretariat|secretaria|segreteria|secretariat)([-_.+].*)?$/i;

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

const ATS = new Set(ATS_DOMAINS);
const FREE = new Set(FREE_MAIL);

// The domain itself or any parent domain is in the set ("mail.greenhouse.io" is under "greenhouse.io").
function under(domain: string, set: ReadonlySet<string>): boolean {
  for (let d = domain; ; ) {
    if (set.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

// Documentation and test zones ("myworkday-mail.example", "duinmeer.example.nl"): they name nobody.
const PLACEHOLDER_ZONE = /^(?:example|test|invalid)$/;
const ATS_NAMES = new Set(ATS_DOMAINS.map((d) => d.slice(0, d.lastIndexOf('.'))));

/** True for applicant-tracking systems and job boards. */
export function isAtsAddress(email: string): boolean {
  const domain = domainOf(email);
  if (under(domain, ATS)) return true;
  const parts = domain.split('.');
  // "recruitee-mail.com": the product's name with a "-mail" suffix, under any zone.
  if (parts.slice(0, -1).some((part) => /.-mail$/.test(part) && ATS_NAMES.has(part.slice(0, -5)))) return true;
  if (!PLACEHOLDER_ZONE.test(parts[parts.length - 1] ?? '')) return false;
  // "us.greenhouse-mail.example", "taleo.example": the product's name, with or without a "-mail" suffix.
  return parts.slice(0, -1).some((part) => ATS_NAMES.has(part) || ATS_NAMES.has(part.replace(/-?mail$/, '')));
}

// Job boards and ATSs that relay a reply to the person who wrote (the local part is per conversation).
const REPLY_RELAYS = new Set(['indeedemail.com', 'candidates.workablemail.com']);

/** True for a board's or ATS's reply relay address, which reaches the person who wrote. */
export function isReplyRelay(email: string): boolean {
  return under(domainOf(email), REPLY_RELAYS);
}

/** True for free mailbox providers (gmail.com, outlook.com...). */
export function isFreeMail(email: string): boolean {
  return under(domainOf(email), FREE);
}

// The mailbox part of an address that sends event invitations and surveys ("events@", "briefing@", "enquete@").
const EVENT_MAILBOX = /^(?:events?|event-?team|briefings?|einladung(?:en)?|veranstaltung(?:en)?|enquetes?|surveys?|umfragen?|feedback|webinars?|rsvp|[ée]v[ée]nements?|eventos|eventi|evenementen|arrangementer|tapahtumat)(?:[-_.+].*)?$/i;

/** True for an events or survey mailbox: its invitations are to events, not to interviews. */
export function isEventMailbox(email: string | null | undefined): boolean {
  return !!email && EVENT_MAILBOX.test(email.slice(0, email.indexOf('@')));
}

/** True when nobody reads replies to this address. */
export function isNoReply(email: string): boolean {
  return NO_REPLY.test(email.slice(0, email.indexOf('@')));
}

/** True for shared team mailboxes (careers@, recruiting@). */
export function isRoleAccount(email: string): boolean {
  return ROLE_ACCOUNT.test(email.slice(0, email.indexOf('@')));
}

/** The domain an employer owns, or null for free mail and ATS domains. */
export function employerDomain(email: string | null | undefined): string | null {
  if (!email || !email.includes('@')) return null;
  if (isAtsAddress(email) || isFreeMail(email)) return null;
  return domainOf(email);
}

/** The distinctive label of a domain: "mail.acme-robotics.co.uk" -> "acme-robotics". */
export function domainLabel(domain: string): string {
  const parts = domain.toLowerCase().split('.');
  // ("gc.ca": Canada's federal government.)
  const secondLevel = /^(co|com|org|net|ac|gov|govt|gv|gob|gouv|edu|nhs|sch|police|mod|ltd|plc|gc)$/;
  let end = parts.length - 1;
  // ("haac-aapc.gc.example": a documentation zone standing for the country's, ".gc.ca".)
  if (end >= 2 && PLACEHOLDER_ZONE.test(parts[end] ?? '') && parts[end - 1] === 'gc') end--;
  if (end >= 2 && secondLevel.test(parts[end - 1] ?? '') && (parts[end] ?? '').length === 2) end--;
  // "teifivalley.nhs.wales", "marine.gov.scot": a public zone under a nation's own top-level domain.
  else if (end >= 2 && /^(?:wales|cymru|scot)$/.test(parts[end] ?? '') && /^(?:nhs|gov|llyw|police)$/.test(parts[end - 1] ?? '')) end--;
  // "strathearn.scot.nhs.uk", "cwmaran.wales.nhs.uk": a health board under its nation's NHS zone; "wales.nhs.uk" alone is
  // the NHS's, like "nhs.net" (a shared zone names no one employer).
  if (end >= 1 && parts[end] === 'nhs' && /^(?:scot|wales|ni)$/.test(parts[end - 1] ?? '')) {
    if (end === 1) return 'nhs';
    end--;
  }
  // "riviereauxsaules.qc.ca", "mrc.gouv.qc.ca": a Canadian province's zone names nobody either.
  if (end >= 2 && parts[end] === 'ca' && /^(?:qc|on|bc|ab|mb|sk|ns|nb|nl|pe|yt|nt|nu)$/.test(parts[end - 1] ?? '')) end--;
  if (end >= 2 && /^(?:gouv|gov)$/.test(parts[end - 1] ?? '')) end--;
  // "tmfs.sa.gov.au", "dcrs.qld.gov.au": an Australian state's zone names nobody either.
  if (end >= 2 && parts[parts.length - 1] === 'au' && /^(?:nsw|vic|qld|sa|wa|tas|nt|act)$/.test(parts[end - 1] ?? '')) end--;
  // "almadenfoothills.k12.ca.us": a US school district under its state's zone.
  if (end >= 3 && parts[end] === 'us' && /^[a-z]{2}$/.test(parts[end - 1] ?? '') && /^(?:k12|ci|co|state|lib|cc|tec)$/.test(parts[end - 2] ?? '')) end -= 2;
  // "duinmeer.example.nl": a documentation or test zone names nobody; the label is the part before it.
  if (end >= 2 && PLACEHOLDER_ZONE.test(parts[end - 1] ?? '')) end--;
  const label = parts[end - 1] ?? parts[0] ?? '';
  // "werkenbijrijnstadzorg.nl": a Dutch employer's careers site; the employer is the rest.
  return /^werken-?bij-?.{4,}$/.test(label) ? label.replace(/^werken-?bij-?/, '') : label;
}
