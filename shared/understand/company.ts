import type { Address } from '../domain/types.js';
import { ORGANISER, personName, SIGN_OFF } from './person-name.js';
import { ROLE_NOUN, TRAILING_PICTOGRAPHS } from './role.js';
import { literal, REPLY_PREFIX, searchClient } from './search-client.js';
import { SentenceText } from './sentence-scan.js';
import { isPlaceName } from './zone-names.js';
import { domainLabel, employerDomain, isAtsAddress, isNoReply, isReplyRelay } from './sender-kind.js';

// A company name as written: capitalised words, possibly with &, digits, dots and hyphens.
// ("Kattegat Wind A/S": the Nordic legal forms A/S, I/S, K/S and P/S hold a slash.)
const W = String.raw`(?:\p{Lu}|\d)[\p{L}\p{N}&'’.-]*(?:\/S(?![\p{L}\d]))?`;
// Lower-case words inside a name ("Bank of Ireland", "Bakkerij Van der Heijden", "Clínica del Río").
const NAME_GLUE = String.raw`&|of|de|du|des|and|the|für|y|la|le|van|der|den|von|del|di|da`;
const NAME = String.raw`(${W}(?:\s+(?:${W}|${NAME_GLUE})){0,4})`;
// (A labelled name runs to the next label, so it may be longer: "Employer: Ayrfield and Lowther Community NHS Foundation Trust".)
const LONG_NAME = String.raw`(${W}(?:\s+(?:${W}|${NAME_GLUE})){0,7})`;
const u = (s: string, f = 'gu') => new RegExp(s, f);
// What an employer does in a sentence that names it first ("Acme would like to meet you", "Acme Talent Acquisition").
const SPEAKS = String.raw`(?:would like to (?:meet|invite|interview|speak)|is (?:hiring|looking for)|(?:will review|has reviewed|have reviewed) your (?:application|CV|résumé|resume|profile)|Talent Acquisition|Recruiting|Recruitment|Careers|Hiring Team|People Team|HR Team)\b`;
const BODY_PATTERNS: RegExp[] = [
  u(String.raw`\b(?:interest in|position with|role with|opportunity with|career with|opening with|applying to|application to|applied to|apply to|applied at|sent to|submitted to|envoyée à|transmise à|position at|positions at|role at|roles at|opening at|openings at|job at|[Tt]eam at|teams at|careers? at|opportunit(?:y|ies) at|here at|everyone at|on behalf of|my client|our client|(?:[Rr]ecruiter|[Ss]ourcer|[Ll]ead|[Mm]anager|[Pp]artner|[Dd]irector|[Ss]pecialist|[Cc]oordinator|[Cc]onsultant) at|hiring managers? at|partnering with|off the phone with|spoke (?:to|with)|speaking (?:to|with)|join(?:ing)?|welcome to|work(?:ing)? (?:at|for)|interview(?:ing)? (?:at|with)|offer from|from all of us at|recruiting for|recruiter (?:at|for)|the hiring team at|au sein de|chez|bei der|bei|bij|presso|en)\s+(?:the\s+)?${NAME}`),
  u(String.raw`\b${NAME}\s+${SPEAKS}`),
];
// "Ihre Bewerbung wurde an Pfalzgraf Elektrotechnik GmbH übermittelt", "se ha enviado correctamente a Panaderías La
// Espiga": a board names the employer it sent the application to.
const SENT_TO = u(String.raw`\b(?:(?:se ha |ha sido |foi |è stata |a été |has been )?(?:enviad[oa]|envoy[ée]e?s?|transmise|inviat[oa]|trasmess[oa]|verzonden|doorgestuurd|skickad|sendt|videresendt|verstuurd)(?: correctamente| con éxito| com sucesso| avec succès| con successo| correttamente)? (?:a|à|au|aan|naar|till|til|para)\s+(?:la empresa\s+|a empresa\s+|l'entreprise\s+|recruteur\s+|l'employeur\s+|la\s+|l'|el\s+)?${NAME}|\b(?:wysłana|wysłane|przesłana|przekazana)\s+do\s+(?:pracodawcy|firmy)\s+${NAME}|\b(?:were|was|has been|have been) (?:sent|forwarded|submitted) to\s+(?:the\s+)?${NAME}|\ban\s+(?:die\s+|den\s+|das\s+)?${NAME}(?:\s+(?:gGmbH|gemeinnützige GmbH|e\.\s?V\.|mbH|eG))?\s+(?:übermittelt|weitergeleitet|gesendet|versendet|verschickt))|\b(?:[Dd]er|[Dd]em|[Ii]hr) Arbeitgeber\s+${NAME}\s+(?:hat|wird|möchte|meldet)`);
// "Your application for Warehouse Team Leader at Ironbark Freight was submitted" (a board's receipt).
const APPLIED_FOR_AT = u(String.raw`\b(?:application|applied|applying)\s+for\s+(?:the\s+)?[^.\n\0]{1,60}?\s+(?:at|with)\s+(?:the\s+)?${NAME}|\bhemos enviado tu (?:CV|candidatura|solicitud)[^.\n\0]{0,50}?\s+a\s+${NAME}`);
// A board's card after the job's gender marker: "Qualitätsmanager (m/w/d) Alpenmilch Molkerei Chiemgau eG – Traunstein",
// "Responsable des achats H/F Garonne Composites – Mérignac (33)".
const GENDER_CARD = u(String.raw`(?:\((?:[mwfhdx]\s?\/\s?){1,2}[mwfhdx]\)|\b[HF]\/[HF]\b)\s+(?:•\s+)?${NAME}(?:\s+(?:eG|AG|GmbH|SA|SAS|S\.A\.|SL|S\.L\.|Ltd|sp\. z o\.o\.))?\s+[-–—·]\s`);
// Only sentences with these words are worth the name-first pattern above (costly: it tries every capital).
const SPEAKS_G = u(SPEAKS);
// "La empresa Conservas Ría de Arousa ha actualizado..." (a board's status mail): named as the company.
// "Empresa: Transportes Ribera S.L.", "Company: Rathmore Insurance Role: ..." (a board's or a tool's summary), up to the next label
// ("Employer: Fenmarsh Community NHS Trust Job reference: ...") or a legal form written in lower case ("Pracodawca: Fabryka
// Mebli Dębowy Las sp. z o.o.").
const THE_COMPANY = u(String.raw`\b(?:la empresa|l'entreprise|das Unternehmen|het bedrijf)\s+${NAME}`);
const COMPANY_LABEL = String.raw`(?:[Ee]mpresa|[Ee]ntreprise|[Ee]mployeur|[Cc]ompany|[Ee]mployer|[Uu]nternehmen|[Aa]rbeitgeber|[Ww]erkgever|[Aa]zienda|[Pp]racodawca|[Aa]rbetsgivare|[Aa]rbejdsgiver|[Aa]rbeidsgiver|[Tt]yönantaja|[Vv]irksomhed|[Vv]irksomhet|[Ff]öretag|[Yy]ritys|[Ee]mpregador|[Ee]mpleador|[Oo]rgani[sz]ation|[Hh]iring [Oo]rgani[sz]ation)`;
// A label on a line of its own, its name on the next (a summary table turned into text: "Employer:", then the name).
// Where a labelled name ends: the text's end, a separator, or the next label ("Job reference:").
const NEXT_LABEL = String.raw`\s*(?:$|[\0|,;·]|\s\p{Lu}\p{L}+(?:\s\p{Ll}+){0,2}\s?:)`;
// "Department: Department for Regional Housing and Communities" (a civil-service board's summary): a department of
// state named after its label ("for" is glue only here: "Acme for the role" must not run on).
const DEPARTMENT_LABELLED = u(String.raw`\b[Dd]epartment\s?:\s*((?:Department|Ministry|Office|Agency)\s+(?:for|of)\s+${W}(?:\s+(?:${W}|${NAME_GLUE}|for)){0,6})(?=${NEXT_LABEL})`);
// "with the Department for Coastal and Rural Affairs", "the Agency for Maritime Licensing": a government body named for
// its remit ("for" is glue only after these words; the name ends where the sentence goes on in lower case or stops, so an
// address or a label glued on after it, "... Infrastructure 2 Marsham Court", reads no name).
const PUBLIC_FOR = u(String.raw`\b((?:[Dd]epartment|[Mm]inistry|[Oo]ffice|[Aa]gency|[Cc]ommissioner|[Cc]ommission)\s+for\s+(?:the\s+)?${W}(?:\s+(?:\p{Lu}[\p{L}&'’.-]*(?![\p{L}\p{N}&'’.-]|\s?:)|${NAME_GLUE})){0,5})(?=[.,;:)]|\s+\p{Ll}|\s*$|\s*\0)`);
// A name that starts so is a body named for its remit (its name may run on into a label or an address).
const REMIT_BODY = /^(?:Department|Ministry|Office|Agency|Commission|Commissioner) for /;
const COMPANY_LABEL_ALONE = u(String.raw`^${COMPANY_LABEL}\s?:$`, 'u');
const LABELLED_COMPANY = u(String.raw`\b${COMPANY_LABEL}\s?:\s*${LONG_NAME}(?=${NEXT_LABEL}|,?\s+(?:[Ss]p\.\s?z\s?o\.\s?o\.|[Ss]p\.\s?[jk]\.|s\.\s?[al]\.|s\.r\.l\.|s\.p\.a\.|b\.v\.|n\.v\.|s\.a\.s\.))`);
// "the X role at Acme": the most reliable statement of the employer.
const ROLE_AT = u(String.raw`\b(?:position|role|job|opening|vacancy|post|poste|puesto|stelle)\s+(?:at|with|chez|bei|en|au sein de)\s+(?:the\s+)?${NAME}`);
const SUBJECT_PATTERNS: RegExp[] = [
  // "Your application to Kelvinbrae High School has been sent".
  u(String.raw`\b(?:application|applying|applied)\s+(?:to|at|with)\s+(?:the\s+)?${NAME}`, 'u'),
  u(String.raw`\b(?:envoyée|transmise|enviad[oa]|inviat[oa])\s+(?:à|a)\s+(?:la\s+|l')?${NAME}`, 'u'),
  u(String.raw`\b(?:at|with|from|to|@|chez|bei|en|con|avec|mit|com|w\/|hos|bij|presso)\s+${NAME}\s*(?:$|[|,:(–—]|\s-\s)`, 'u'),
  u(String.raw`^${NAME}\s*(?:[|:–—]|\s-\s)`, 'u'),
  u(String.raw`(?:[|–—]|\s-\s)\s*${NAME}\s*(?:$|,|\s\/\s)`, 'u'),
];
// A board's subject for an application it passed on: "Application submitted: Social Media Manager at Brightwater Media",
// "An update on your application to Ridgeview Dental Group".
const BOARD_SUBJECT = u(String.raw`(?:(?<!\w)(?:application|bewerbung|candidature|candidatura)\s+(?:submitted|sent|gesendet|verschickt|envoyée|enviada|inviata)\s*:[^:]{3,80}?\s(?:at|bei|chez|presso|-|–)|(?<!\w)update on your application (?:to|with|at))\s+${NAME}\s*$`, 'iu');
// A name between two separators of an agency's subject ("Category Analyst - Hatherleigh Foods - interview availability").
// (The closing separator is not consumed: "Interview - Payroll Officer - Kinross Health - time change" holds two.)
const SUBJECT_MIDDLE = u(String.raw`(?:[|–—]|\s-\s)\s*${NAME}\s*(?=[|–—]|\s-\s)`, 'gu');
// What only an agency writes about itself, and the trade words its name may end with.
const AGENCY_TALK = /\bmy client\b|\bour consultants\b|\bemployment (?:agency|business)\b|\brecruitment (?:agency|consultancy|specialists?)\b/i;
const TRADE_WORDS = ['recruitment', 'recruiting', 'resourcing', 'staffing', 'search', 'executive', 'personnel', 'talent'];
/** The subject's form of a name whose first word the body declines ("Fabryce Mebli Olszyna" -> "Fabryka Mebli Olszyna"). */
function nominative(name: string, subject: string): string {
  const [first = '', ...rest] = name.split(' ');
  if (rest.length === 0 || first.length < 5) return name;
  const stem = first.slice(0, first.length - 2);
  const m = new RegExp(String.raw`(?:^|[,:|–—]\s*|\s-\s)(${literal(stem)}\p{L}{0,3}) ${literal(rest.join(' '))}\s*(?:$|[,:|–—(]|\s-\s)`, 'u').exec(subject);
  return m && m[1] !== first ? `${m[1]} ${rest.join(' ')}` : name;
}
/** "Beacon Lane" written as "Beacon Lane Recruitment" (or "BEACON LANE RECRUITMENT") somewhere: that form. */
function withTrade(name: string, texts: readonly string[]): string {
  const lower = name.toLowerCase();
  for (const text of texts) {
    const at = text.toLowerCase().indexOf(`${lower} `);
    if (at < 0) continue;
    const word = /^[\p{L}]+/u.exec(text.slice(at + name.length + 1))?.[0] ?? '';
    if (TRADE_WORDS.includes(word.toLowerCase())) return `${name} ${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
  }
  return name;
}
// "© 2027 Pellucid Health. Powered by Greenhouse": the footer of an employer's ATS mail.
const COPYRIGHT = u(String.raw`(?:©|\([cC]\)|[Cc]opyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?${NAME}`);
// The employer on a board's card, after the job: a name, then the place after a dash, or nothing.
const CARD_EMPLOYER = u(String.raw`^${NAME}(?:\s+[-–—|·]\s+\p{Lu}[^\0]{0,120}|\s*)$`, 'u');
const CARD_SENTENCES = 12;
// ("Bergbahnen Engelberg-Titlisblick AG Engelberg OW": the name ends at its legal form, the place follows.)
// The lines a board's card is looked for in, the separators between its parts, and the employer's part: a name alone
// (its legal form cut off: "Construcciones Hermanos Barbastro, S.L.", "Trans-Odra Logistyka sp. z o.o.").
const CARD_LINES = 8;
const CARD_PART = /\s+[·•|–—-]\s+|\s*,\s+(?=\p{Lu}|\d)/u;
const BOARD_LABEL = /^(?:Department|Organisation|Organization|Employing (?:department|organisation|organization|body))\s*:\s*(.+?)\.?$/;
const CARD_NAME = u(String.raw`^${LONG_NAME}$`, 'u');
const LEGAL_FORM_THEN_PLACE = /^(.+?\s(?:AG|GmbH|gGmbH|eG|SA|SE|Ltd|Inc|BV|NV|Oy|AB|AS|A\/S|Srl|SpA))\s.*$/;
// "(Pivotal Freight)": weak alone, decisive when it matches the employer's domain.
const PARENTHESISED = u(String.raw`\(${NAME}\)`);
const TITLE_NOUN = /\b(counsel|treasurer|managerin|assistentin|referentin|leiterin|beraterin|round|programme|scheme|shift|technician|nurse|teacher|lecturer|professor|advisor|adviser|buyer|driver|baker|cook|cashier|clerk|pharmacist|therapist|electrician|mechanic|inspector|auditor|paralegal|receptionist|secretary|bewerbung|eingangsbestätigung|solicitud|candidatura|sollicitatie|head of|chief|vp|president|controller|supervisor|recruiter|owner|engineer|developer|manager|designer|analyst|scientist|lead|director|architect|specialist|consultant|coordinator|intern|associate|planner|accountant|executive|representative|administrator|officer|assistant|strategist|interview|application|candidature|call|update|invitation|reminder|confirmation|opportunity)\b/i;
// Whole names that are no organisation's (as a first word they may start one: "Sun Life", "Board of Trustees"): a day,
// a job's hours or type, a zone ("Central European Time"), a clock time ("5 PM PT").
// ((?<!\s): tried only where a run of white space starts, so a long run costs one pass, not one per character.)
const CUT_SHORT_BODY = /(?<!\s)\s+(?:(?:Department|Dept\.?|Office|Division|Bureau|Ministry|Board|Council)\s+)?(?:of|for|and|&)$/;
// (And a public service's classification: "AO6", "EG-05", "CPP4".)
const GRADE_NAME = /^(?:(?:Grade|Gradd|Band|Level|Pay Band|Pay Scale|Scale)\s+(?:\d{1,2}[A-Za-z]?|[IVX]{1,5})|(?!SD)\p{Lu}{2,3}-?\d{1,2})$/iu;
const NOTICE_HEADING = /(?<![\p{L}])(?:confidentiality|confidentialité|confidencialidad|confidencialidade|riservatezza|disclaimer)(?![\p{L}])/iu;
// (Only these: a bare "Department" or "Trust" is kept, the fuller name that holds it takes its votes later.)
const BODY_KIND_ALONE = /^(?:the\s+)?(?:council|police|constabulary|government)$/i;
// ("Conditional", "Oral Board", "General Service": an offer's condition, a stage, a civil service's grade stream.)
const NOT_A_NAME_ALONE = /^(conditional|unconditional|provisional|oral board(?: notice)?|general service|für|for|pour|per|para|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|part[- ]time|full[- ]time|temporary|permanent|contract|freelance|[\w ]+ (?:standard |daylight |summer )?time|\d{1,2}(?::\d{2})? ?[ap]\.?m\.?(?: \w+)?)$/i;
// A reply prefix read on its own as a name. (Not by adding the Nordic and Polish prefixes to REPLY_PREFIX as role.ts
// does: the subject's next word, "Intervju", would then be read as the employer.)
const REPLY_WORD = /^(?:SV|AW|WG|RE|FW|FWD|TR|RV|VS|ANTW|ODP)$/i;
const ZONE_NAME = /(?:Sommerzeit|Normalzeit|Winterzeit|Standard Time|Daylight Time|Summer Time|Mean Time|heure d['’](?:été|hiver)|heure normale|ora legale|ora solare|hora de verano|horário de verão)$/i;
const NOT_COMPANY = /^(drh|prn|per diem|hipaa|chair|chairman|chairwoman|chairperson|board|panel|verzonden|envoyé|gesendet|enviado|inviato|ihnen|ihr|ihre|ihrer|sie|wir|uns|unser|unsere|vous|nous|votre|usted|nosotros|we|our|the|this|that|your|you|i|a|an|it|us|hi|hello|dear|thank|thanks|please|unfortunately|after|interview|interviews|application|applications|position|role|job|team|re|fwd|fw|update|next|new|senior|junior|lead|staff|principal|confidential|urgent|important|reminder|change|changes|nights|days|weekends|evenings|mornings|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|recruiting|careers|hiring|talent|people|no|noreply|offer|congratulations|linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|personio|icims|workable|calendly|entretien|candidature|bewerbung|solicitud|zoom|google|teams|microsoft|meet|hr|sent|powered|invitation|confirmed|scheduled|reminder|updated|rescheduled|cancelled|canceled|submitted|received|acknowledged|your application|phone|video|call|onsite|resume|cv|ps|ok|yes|from|to|subject|date|mr|ms|dr|mrs|guests|organi[sz]er|invitee|event|when|where|location|description|join|calendar|they|he|she|them|einladung|gespräch|zweites|erstes|drittes|vorstellungsgespräch|absage|zusage|rückmeldung|eingangsbestätigung|convocation|invitación|invito|uitnodiging|kallelse|zaproszenie|fmcg|confidential search|propulsé par workable|powered by workable|bereitgestellt von|confidentiel|confidentielle|confidencial|riservato|riservata|vertrouwelijk|konfidentiell|fortrolig|konfidensiell|luottamuksellinen|poufne|opportunity|bestätigung|vertrauliche|vertraulich|anfrage|termin|terminbestätigung|rückfrage|hinweis|confirmación|confirmação|conferma|bevestiging|potwierdzenie|bekräftelse|bekræftelse|vahvistus|samtale|samtal|aktualisierte einladung|cet|cest|mez|mesz|gmt|utc|bst|wet|west|eet|eest|est|edt|pst|pdt|cst|cdt|mst|mdt|concours|tirocinio|cdi|cdd|confirmé|confirmée|confirmado|confirmada|confermato|bestätigt|bevestigd|praktikum|tlf|tél|ff[oô]n|e-?bost|gwefan|date\/heure de l'événement|date\/heure|inbjudan|convite|invitasjon|kutsu|organisator|organisatör|organisateur|organizador|organizzatore|gäste|invités|gasten|gäster|kontorchef|haastattelu|rozmowa|entrevue|letter of offer|offer letter|hakemuksesi|familienunternehmen|anstalt des öffentlichen rechts|körperschaft des öffentlichen rechts|répondre|reply|not interested|pas intéressé|kein interesse|responder|rispondi|antworten|beantwoorden|odpowiedz|svara|nhs|(?:partnership|nominations?|search|selection|hiring|remuneration|appointments?|interview) (?:committee|panel)|terminverschiebung|terminänderung|terminabsage|política de privacidade|política de privacidad|privacy policy|privacy notice|webinaire|webinar|descadastrar|unsubscribe|abmelden|désabonner|se désabonner|darse de baja|cancelar suscripción|afmelden|uitschrijven|avregistrera|annulla iscrizione|datenschutz|datenschutzerklärung|politique de confidentialité|informativa privacy|privacyverklaring|privacybeleid|integritetspolicy|terms of use|fachbereich|lehrstuhl|abteilung|dezernat|sachgebiet|abteilungsleiter|abteilungsleiterin|bereichsleiter|bereichsleiterin|teamleiter|teamleiterin|telefoninterview|videointerview|kennenlerngespräch|arbeitgeber|arbeitgeberin|unternehmen|firma|betrieb|werkgever|bedrijf|employeur|entreprise|empresa|azienda|pracodawca|arbetsgivare|arbejdsgiver|arbeidsgiver|owner|co-owner|właściciel|właścicielka|inhaber|inhaberin|praxisinhaber|praxisinhaberin|eigenaar|eigenares|propriétaire|gérant|gérante|dueño|dueña|titolare|proprietário|proprietária|ägare|indehaver|innehaver|omistaja|opportunité|oportunidad|opportunità|oportunidade|associé|associée|socio|socia|partenaire|partenaire d'affaires|partenaire rh|heo|seo|eo|aa|ao|g6|g7|e-mail|email|mail|telefon|telefono|teléfono|téléphone|tel|phone|fax|mobil|mobile|web|website|internet|official|official-sensitive|unclassified|section|sections|unit|units|rekryteringsansvarig|rekryterare|rekrytering|rekruttering|rekrytointi|rekrutacja|pessoas|personas|talentos|atração|atracao|gwasanaethau|tîm|recriwtio|dirección|direccion|direção|direzione|aonad|earcaíocht|earcaíochta|acmhainní|oifigeach|comórtas|toradh|wer|wann|wo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes)$/i;
// (A public body's department: "Therapies Recruitment", "Children's Services", "Workforce Directorate".)
const DEPARTMENT_ALONE = /^(?:(?:[\p{L}-]+ ){0,2}(?:unit|division)|office|early|early careers|recriwtio|adnoddau dynol|gweithlu|tîm recriwtio|acmhainní daonna|earcaíocht|governing (?:board|body)|board of governors|emergency(?: department)?|respiratory care|(?:neuro|neurological|stroke) rehabilitation|rehabilitation|renal(?: services| unit)?|dialysis(?: services| unit)?|critical care|intensive care|theatres|paediatrics|pediatrics|oncology|cardiology|trust|hq|headquarters|therapies|therapy services|children|children['’]s services|adult services|adult social care|social care|social services|social work|workforce(?: directorate)?|workforce (?:and|&) (?:od|organi[sz]ational development)|estates|facilities|pathology|radiology|(?:medical |diagnostic )?imaging|nuclear medicine|allied health|physiotherapy|occupational therapy|speech pathology|maternity|medical staffing|people services|corporate services|legal services|democratic services|environmental health|(?:certified|classified|licensed|support|non-teaching|teaching) (?:staff|personnel)(?: services| office)?|human resource services|manage preferences|view in (?:your )?browser|stage|lieu|ort|lugar|luogo|tel|telefon|fax|mobil|schools|outcome|candidate reference|administratie|administração|administración|amministrazione|verwaltung|serviço|servei|service|services|direction|dotation|secrétariat|administration|accueil|bureau|afdeling|abteilung|dienst|servicio|servizio|departamento|ufficio|sekretariat|kadry|dział kadr|personeelszaken|personeelsdienst)$/iu;
// The words a public body's or a hospital's departments and services are named with ("Home and Community Care", "Mental
// Health Services", "Office of Student Health Services", "Nursing & Midwifery", "Consumer Engagement"): a name made of
// these alone is a department, not the employer (an employer's own name holds a place or a name of its own).
const UNIT_WORDS = new Set(
  ('health services service care community mental home nursing midwifery engagement consumer consumers student students office of and for the ' +
    'human resources people culture workforce operations clinical support children childrens family families adult adults social public education learning ' +
    'estates facilities finance planning development strategy corporate governance quality safety patient patients medical surgical acute primary ' +
    'emergency therapy therapies pharmacy radiology pathology laboratory laboratories diagnostics outpatients theatres maternity paediatrics pediatrics older ' +
    'persons disability disabilities housing environment environmental transport highways waste libraries library leisure parks recreation regulatory ' +
    'legal democratic customer customers digital technology information communications marketing policy research administration business employment ' +
    'recruitment talent payroll benefits training early years youth justice protection safeguarding welfare wellbeing partnerships programme programmes ' +
    'equality diversity inclusion academic registry admissions allied professionals professional nurse nurses practice behaviour behavioural ' +
    'addiction addictions substance misuse rehabilitation aged residential inpatient inpatients outpatient specialist specialty specialties ' +
    'integrated wellness occupational relations staff staffing medicine medicines dental oral hearing vision speech language engineering degree ' +
    'apprenticeship apprenticeships traineeship internship graduate graduates scheme civil directorate management').split(' '),
);
// Welsh job nouns that open a title ("Swyddog Cyfathrebu": Communications Officer).
const WELSH_JOB = /^(?:Swyddog|Trydanwr|Codiwr|Nyrs|Cynorthwy-?ydd|Rheolwr|Athro|Athrawes|Gweithiwr|Gofalwr|Cydlynydd|Peiriannydd|Clerc|Technegydd|Ymarferydd|Therapydd|Fferyllydd|Meddyg|Gyrrwr|Glanhawr|Cogydd|Cynghorydd|Arweinydd|Pennaeth|Uwch|Gweithredwr|Diffoddwr|Ymatebwr)\s/u;
// A public body's name, which its units' names go on from.
const PUBLIC_BODY = /(?:\bCouncil|\bCounty|\bUniversity|\bBorough|\bShire|\bMunicipality|^(?:City|Town|Village|County|Municipality|District) of \S.*)$/;
// (After a public body's name: "City of Wirrina Bay Libraries", "Dún Ard County Council Fire Service".)
const UNIT_EXTRA_WORDS = new Set(['division', 'divisions', 'libraries', 'library', 'fire', 'rescue', 'department', 'directorate', 'detective', 'human', 'unit']);
/** Whether a name (or, with `extra`, the words after a public body's name) is made of unit words alone. */
function unitWords(name: string, extra = false): boolean {
  const words = name.toLowerCase().replace(/['’]s\b/g, 's').split(/[\s&/,-]+/).filter(Boolean);
  if (words.length < (extra ? 1 : 2) || words.every((w) => w === 'of' || w === 'and' || w === 'for' || w === 'the')) return false;
  // ("Civil Service" is an employer: a competition for its departments.)
  return words.every((w) => UNIT_WORDS.has(w) || (extra && UNIT_EXTRA_WORDS.has(w))) && !/^(?:the )?civil service$/i.test(name);
}
// Staff groups that follow a school district's or a service's initials ("MVUSD Classified", "WPFR Firefighter").
const STAFF_GROUP = /^(?:Classified|Certificated|Educators?|Firefighters?|Staffing Services|Staffing)$/;
// A body's name ends on its initials, on a word such names end on, or is a public body's "City of X" (a unit may follow).
const BODY_NAME_END = /(?:^|\s)(?:\p{Lu}{2,6}|Trust|Council|Authority|Service|Services|University|College|District|Police|Constabulary)$|^(?:City|Town|Village|County|Municipality|District|Borough) of \p{Lu}/u;
const UNIT_TAIL_WORDS = new Set(['water', 'municipal', 'training', 'works']);
// ("Tioughnioga County Civil Service", "Patuxent County Department of Housing", "NHS Strathkelvin Staff Bank", "Town of Quissett
// Harbor Board": a county's department, a health board's staff bank, a town's board after the body's name.)
const BODY_DEPARTMENT = /^(.+\sCounty)\s+(?:Civil Service(?: Commission)?|Department of \p{Lu}\p{L}+(?: (?:and|&) \p{Lu}\p{L}+)?|Human Resources|Personnel(?: Department)?)$|^(NHS\s.+?)\s+(?:Staff|Nurse|Nursing) Bank$|^((?:City|Town|Village|Township|Borough) of .+?)\s+Board$/u;

/** The body's name without the unit or staff group after it ("MVUSD Classified" -> "MVUSD"); the name itself when none follows. */
function cutUnit(name: string): string {
  const words = name.split(/\s+/);
  for (let k = words.length - 1; k >= 1 && k >= words.length - 3; k--) {
    const head = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (!/^\p{Lu}\p{Ll}/u.test(rest) || !BODY_NAME_END.test(head) || /^(?:Health|Services?|Care)$/i.test(rest)) continue;
    if (STAFF_GROUP.test(rest) || rest.toLowerCase().split(/[\s&]+/).filter(Boolean).every((w) => UNIT_TAIL_WORDS.has(w) || UNIT_WORDS.has(w))) return head;
  }
  return name;
}
// (Tested with the dots taken out: "Ed.D.", "Ph.D", "M.Sc".)
const CREDENTIAL = /^(SHRM-S?CP|S?PHR|CPA|MBA|PhD|DPhil|EdD|EdS|MEd|PsyD|PharmD|DNP|DPT|MSN|BSN|LPN|FNP|CRNA|LCSW|LMSW|MSW|DDS|DMD|MSc|BSc|MPH|MHA|FACHE|CCC-SLP|OTR\/L|CIPD|MCIPD|CFA|PMP|PE|EIT|RN|MD|ACA|ACCA|FCCA|CIMA|PLS|LLB|JD|Esq)$/;
// Legal forms that are not part of the name people use; "Co." and "Corp" are kept on purpose (brand names).
export const LEGAL_SUFFIX = /,?\s+(nv\/sa|sa\/nv|bv\/srl|srl\/bv|bvba\/sprl|sprl\/bvba|vzw\/asbl|asbl\/vzw|inc|llc|ltd|limited|gmbh|ges\.?m\.?b\.?h|ag|plc|bv|b\.v|sas|sarl|s\.?a\.? de c\.?v|s\.?a\.?|s\.?l\.?|s\.?r\.?l|ltda|dac|clg|sp\. z o\.o|s\.p\.a|oy|ab|as|aps|pty\.? ltd|\(pty\)( ltd)?|pvt\.? ltd|pvt|private limited|pte\.?( ltd)?|k\.k|fz-?llc|s\.a\.s|s\.r\.o|a\/s|sdn\.? bhd|llp|n\.?v|ggmbh|gmbh & co\.? kg|kg|e\.?v|vzw|asbl|bvba|cvba|asa|oyj|s\.?a\.?c|i\/s|sprl|srl|aisbl|se|kgaa|ohg|ug(?: \(haftungsbeschränkt\))?|e\.u|sagl|sàrl|s\.l\.u|slu|s\.a\.u|lda|eireli|sp\. j|sp\. k|sp\. z o\. o|a\.s|d\.o\.o|ehf|hf|oü|kft|zrt|scrl|k\/s|p\/s|e\.\s?k|e\.\s?kfm|partgmbb|partg mbb|partg|(?:statsautoriseret )?revisionspartnerselskab|s\.?n\.?c|zt|soc\.?\s?coop\.?(?:\s(?:agricola|sociale|a\s?r\.?\s?l))?)\.?$/i;
const ROLE_WORD = /\b(vacancy holder|hiring manager|departamento|department|abteilung|département|dipartimento|afdeling|ufficio|analista|coordenador(a)?|gerente|especialista|consultor(a)?|t[ée]cnic[oa]|principal|generalist|executive|associate|assistant|partner|personal\w*|sachgebiet\w*|sachbearbeitung|bewerbungsmanagement|bewerbermanagement|recrutamento|recrutement|reclutamiento|direction|engineer|developer|manager|designer|analyst|scientist|lead|director|architect|specialist|consultant|coordinator|advisor|adviser|partner|recruiter|sourcer|officer|head|vp|president|founder|ceo|cto|hr|talent|acquisition|people|recruiting|recruitment|resources|responsable|responsabile|risorse umane|recursos humanos|ressources humaines|atracción|atraccion|talento|medewerker|teamleider|projectleider|leider|leiter|leiterin|referent|team|équipe|equipo|service|powered|sent|via|directeur|directrice|jefe|jefa|encargad[oa]|coordinador|coordinadora|director|directora|gérant|gérante|associée?|avocate?|chargée?|commerciale?|specjalista|kierownik|dyrektor|rekrutacji|kadr|partnerin|inhaber|inhaberin|cheffe|selezione|dotation)\b/i;
export const DISPLAY_SUFFIX = /\s*(?:[-|–—:@/]\s*)?\b(hiring team|(?:certified|classified) (?:staff|personnel)|(?:nursing|medical|clinical)(?: (?:&|and) midwifery)? (?:recruitment|recruiting|staffing|careers?|jobs|talent)|events?|connect|resourcing|recruiting team|talent acquisition( team)?|talent community|campus( & early careers)?|early careers|graduate (?:program(?:me)?s?|recruitment|careers)|superintendent['’]?s? office|recruiting|recruitment|careers?|jobs|job alerts?|talent( team)?|hr|people( team| ops)?|team|hiring|notifications?|v[ií]a [\w .-]+|über [\w .-]+|no-?reply|apply|karriere|carreiras|carri[èe]res?|carreras|monthly|weekly|newsletter|digest|(?:ufficio|servizio|area) (?:personale|risorse umane|selezione)|selezione|risorse umane|recursos humanos|ressources humaines|recrutement|reclutamiento|recrutamento|werving|talentos|talento|kariera|rekrutacja|rekrytering|rekruttering|rekrytointi|candidate experience|ausbildung|personal\w*(?=\s*$)|selecci[óo]n|sele[çc][ãa]o|personalabteilung)\b.*$/i;
// "Jade Harbour Trading 校园招聘" (campus recruiting): no word boundaries around Chinese, so a pattern of its own.
const CJK_TEAM = /\s*(?:校园招聘|招聘团队|招聘|人力资源部?|人事部)\s*$/u;
// A body's initials or a legal note in brackets after its name: "(DMRF)", "(IMV)", "(RF)".
const INITIALS_AFTER = /\s*\([\p{Lu}\d&.\s]{2,10}\)$/u;
const DISPLAY_PREFIX = /^(?:career (?:services?|cent(?:er|re))\s+(?:at\s+|@\s*|[-|:–—]\s*)?|(?:jobs?|careers?|recruitment|vacancies) portal\s*[-|:–—]\s*|(?:ufficio|servizio) (?:personale|risorse umane|selezione)\s+(?:[-|:–—]\s*)?|(?:talent|recruiting|recruitment|hiring|people|hr|careers?) team\s*(?:at\s+|@\s*|[-|:–—]\s*)|werken bij |arbeiten bei |travailler chez |trabaja en |trabalhe conosco |trabaja con nosotros |lavora con noi |work with us |(?:equipo de |service |l'équipe |team |das )?(?:talento|recrutement|recrutamento|rekrutacja|rekrytering|rekruttering|kariera|karriär|carrières?|carreiras|carreras|recruiting|recruitment|early careers|graduate recruitment|campus recruiting|careers?|jobs|rh|rrhh|hr|talent acquisition|talent|karriere|empleo|reclutamiento|personal)\s+(?:at |@ |de |bei |chez |-\s+|\|\s+)?)/i;
// Sentences read for the company: it is named early.
const MAX_SENTENCES = 60;
// Sentences are scanned joined by NUL, which no pattern's \s or name characters match across.
const SEPARATOR = '\0';
// Per sentence, in this order: "role at X" (4), the body wordings (2), "(X)" on the unstripped sentence (1).
const SENTENCE_SCANS: Array<{ re: RegExp; weight: number; on: 'lead' | 'raw' | 'speaking' }> = [
  { re: ROLE_AT, weight: 4, on: 'lead' },
  { re: THE_COMPANY, weight: 4, on: 'lead' },
  { re: LABELLED_COMPANY, weight: 4, on: 'lead' },
  { re: DEPARTMENT_LABELLED, weight: 4, on: 'lead' },
  { re: PUBLIC_FOR, weight: 2, on: 'lead' },
  { re: BODY_PATTERNS[0]!, weight: 2, on: 'lead' },
  { re: BODY_PATTERNS[1]!, weight: 2, on: 'speaking' },
  { re: APPLIED_FOR_AT, weight: 2, on: 'lead' },
  { re: SENT_TO, weight: 4, on: 'lead' },
  { re: PARENTHESISED, weight: 1, on: 'raw' },
  { re: COPYRIGHT, weight: 2, on: 'raw' },
];
// "copperleaf.io" on a signature line is the web address, not the name people use.
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;
// What a signature line carries besides the company: addresses, phone numbers, web and mail addresses.
const CONTACT_BITS = /\s*(?:\S+@\S+|https?:\S+|www\.\S+|\b[\w-]+\.(?:com|io|co|org|net|ai|app|dev|de|fr|es|it|nl|uk|us|mx|br|dk|se|no|ch|at|be)\b\S*|(?:tel\.?|phone|t|m|mob(?:ile)?)?:?\s*\+?\(?\d[\d\s().\/-]{6,}\d)\s*/gi;
// A street word ends an English, Dutch or German street ("St Brigid's Road", "Keizersgracht"), starts a
// Romance one ("Calle Mayor"); in the middle of a name it is part of the name ("Lantern Street Media").
// (A street and its number in German, Nordic or Romance spelling too: "Schubertring 9", "Marktplatz 1", "Corso Venezia 8".)
// (A school district's number is part of its name: "Prairie Ridge School District 204".)
// ("Galway Business Park", "Galway H91 K2PX": a business park, an Irish Eircode.)
const ADDRESS_PART = /^\d|(?<!\bDistrict\s{1,3}\d{0,3})\d{3}|\b(?:street|st|str|avenue|ave|road|rd|lane|drive|boulevard|blvd|campus|laan|straat|kade|gracht|weg|platz|allee)\.?(?:\s+\d.*)?$|^(?:rue|calle|via|viale|corso|piazza|piazzale|rua|av\.|avda\.|avenida|paseo|carrer|piso|plaza|suite|floor|chemin|route|impasse|quai|allée|località|loc\.|strada|contrada|largo|travessa|estrada|camino|carretera)\b|^c\/\s|stra(?:ss|ß)e|\b(?:suite|floor|level)\s+\d|(?:ring|platz|gasse|damm|ufer|markt|wall|stieg|allee|weg|pfad|zeile|kamp|twiete|chaussee|gade|vej|gatan|vägen|katu|tie|graben|brygge|torv|plads|veien|vegen|gata|kaj|kai|plein|dreef|singel|steeg)\s+\d{1,4}[a-z]?$|\b(?:business|industrial|retail|science|technology|enterprise) (?:park|estate)$|\s[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}$/i;
// "Atlantic Regional Ambulance Service": a public service under its own name (not "Fire & Rescue Service", a council's).
const NAMED_SERVICE = /^(?!(?:Fire|Ambulance|Police|Rescue|Health|Probation|Prison|Library|Libraries)\b)\S.*\s(?:Ambulance|Fire|Rescue|Police|Health|Probation|Prison|Library|Libraries)\sService$/;
// A town (one to three words, no "of") before a state's or a province's name on a signature's address line ("Ballarat, Victoria").
const TOWN = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$/u;
const REGION_NAME = /^(?:New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory|NSW|VIC|QLD|TAS|Ontario|Qu[ée]bec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Newfoundland(?: and Labrador)?|Prince Edward Island|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)$/;
// Small words inside names ("Bank of Ireland", "Maison de la Presse", "Grupo y Asociados").
const GLUE = /^(of|and|the|for|de|du|des|la|le|les|el|y|e|et|und|für|van|von|der|den|da|di|do|dos|das|del|à|&|d'\S*|l'\S*)$/i;
// How an agency's recruiter names the client they recruit for.
const CLIENT = u(String.raw`\b(?:my client|our client|presented your (?:CV|profile|application) to|put you forward (?:to|for)|submitted your (?:CV|profile|application) to|notre client(?:e)?|mon client(?:e)?|nuestro cliente|(?:il )?nostro cliente|unse(?:r|rem|ren) Kunden?|onze klant|vår kund|vores kunde|vår kunde|naszego klienta|naszemu klientowi|nosso cliente|(?:partnering|working|recruiting) (?:exclusively |closely |directly )?(?:with|for)|hiring managers? at|off the phone with|spoke (?:to|with)|speaking (?:to|with)|(?:confirmed|booked|arranged|lined up|locked in) (?:it |that |this )?with|on behalf of|(?:role|position|opening|job|interview(?:ing)?|offer) (?:at|with|from)|entretien avec(?: les| la| le)?|entrevista con|Gespräch (?:mit|bei)|(?:offer letter|letter|contract) from|(?:heard back|had feedback|feedback) from|(?:things have|we(?:'ve| have)) landed with|(?:[Cc]hair(?:man|woman|person)?|Chief Executive|CEO|Managing Director|Founder|President|[Bb]oard|Nomination Committee|[Ss]earch [Cc]ommittee) of|[Uu]nse(?:r|rem|ren|rer) Mandant(?:en|in)?,?|(?:onze|mijn) opdrachtgever,?|notre mandant(?:e)?,?|(?:off the phone|spoke|speaking|talking|chatting) (?:to|with) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:at|from))[,:]?\s+(?:the\s+|die\s+|der\s+|la\s+|le\s+)?${NAME}`);
// ("Die Vossberg Maschinenbau GmbH möchte Sie kennenlernen": the German article is no part of the name.)
const CLIENT_SPEAKS = u(String.raw`\b(?:(?:Die|Der|Das)\s+)?${NAME}(?:['’]s)?\s+(?:(?:board|panel|hiring team|leadership team|chair|Chair|CEO|founders?|search committee|nominations? committee)\s+)?(?:would (?:like|love) (?:you )?to (?:meet|invite|interview|speak|offer|have|come)|wants? to (?:meet|interview|offer|see)|(?:have|has) come back|came back|can do|loved your|liked your|(?:are|is) keen to|(?:have|has) (?:locked in|booked|confirmed|asked|offered|scheduled|arranged|listened|appointed|chosen|selected|made an offer|made (?:its|their|a|the) (?:final )?decision|decided|concluded|approved|agreed|reviewed)|met (?:this|last|on|yesterday|today)|HR will|would like to book you|möchte Sie (?:gerne |gern )?(?:persönlich )?(?:kennenlernen|einladen|treffen))\b`);
// "Tom Ashworth (Whinfell's Chief Executive)", "Martin Greer, Oakhurst Aviation Services' Chief Executive": a person a search
// firm introduces by their place at its client.
const EXEC_TITLES = String.raw`(?:Chief Executive|CEO|Chair(?:man|woman|person)?|Managing Director|(?:Co-)?[Ff]ounder|CFO|COO|CTO|CIO|President|(?:Group )?HR Director|Chief People Officer|Owner)\b`;
const EXEC_TITLE = new RegExp(String.raw`['’]s?\s+${EXEC_TITLES}`);
const CLIENT_EXEC = u(String.raw`(?:[(,]\s*|\b(?:is|as|meet|with|from)\s+)${NAME}['’]s?\s+${EXEC_TITLES}`);
// Job boards and the recruiting tools an employer's mail goes through: never the employer.
const JOB_BOARD = /^(infojobs|linkedin|indeed|glassdoor|calendly|ziprecruiter|hired|wellfound|angellist|otta|welcome to the jungle|jobteaser|stepstone|seek|monster|totaljobs|reed|xing|dice|tes|gradconnection|mycareersfuture|jobstreet|naukri|totaljobs|cv-library|jobserve|handshake|greenhouse|lever|ashby|smartrecruiters|icims|taleo|jobvite|bamboohr|workable|teamtailor|personio|recruitee|jazzhr|breezy|pinpoint|softgarden|successfactors|nhs jobs|trac jobs|trac recruitment|trac|publicjobs|apply to education|edjoin|jobtrain|eteach|rezoomo|schoolspring|k12jobspot|civil service jobs|jobs\.ac\.uk|healthjobs|usajobs|governmentjobs|neogov|gupy|kenoby|catho|vagas|computrabajo|bumeran|pracuj|jobindex|finn|apec|hellowork|meteojob|cadremploi|france travail|jobsdb|jobup|paylocity|kuntarekry|interamt|erecruiter|jobbnorge|webcruiter|jobylon|varbi|reachmee)\b/i;
// A board's name as a whole candidate ("Civil Service Jobs", "Kuntarekry"), not a name that starts with one ("Seek Medical").
const JOB_BOARD_NAME = new RegExp(`${JOB_BOARD.source.replace(/\\b$/, '')}$`, 'i');
/** A job board's or recruiting tool's own mail: by its display name ("InfoJobs") or its address (noreply@finn.no). */
// A jobs portal's brand, one word that glues jobs, careers or hire into it ("ScotPublicJobs", "KuraJobs", "JobsQ", "Civichire",
// "Recrutemuni"), alone or with its product's word ("QJobs Portal", "HSC Careers NI" is two words and not one of these).
const JOB_PORTAL = /^(?:\p{L}*(?:Jobs|Careers)\p{L}*|Jobs\p{Lu}\p{L}*|\p{Lu}\p{Ll}+(?<!s)hire|Recrut\p{L}+|Recruit\p{Ll}*\p{Lu}\p{L}*)(?:\s+(?:Portal|Connect|Apply|Notify|Mail|Careers|Resourcing|Federal|Direct|Suite|Weekly|Digest|Hub|Online))?$/u;

export function isBoardSender(from: Address): boolean {
  return (!!from.name && JOB_BOARD.test(from.name)) || (!!from.email && isAtsAddress(from.email));
}
const BOARD_NAME_WORD = /job|career|vacanc|roles|hire|hiring|post|alert|recruit|talent|work|empleo|emploi|vacatur|stellen|stilling|baan|vaga|lavoro|trabajo|seek|board|hub|direct|daily|weekly|digest|network/i;
/**
 * Whether a name is the sender's own organisation by its domain ("Region of Lakeridge" at careers@lakeridge.ca), for mail
 * from no board or recruiting tool: an employer's own alert or event names that employer.
 */
export function sendersOwn(name: string, from: Address): boolean {
  const domain = from.email?.split('@')[1];
  // (An employer's name, by a word of its trade or its body; not a board's: "Halden Rail", "Stanmoor City Council", not
  // "PublicRoles UK", "CareerCare Ireland", "HealthVacancies".)
  if (!domain || isBoardSender(from) || BOARD_NAME_WORD.test(name) || !(TRADE_WORD.test(name) || PUBLIC_BODY.test(name) || /^Region of\s/.test(name))) return false;
  const label = domainLabel(domain).replace(/[^a-z0-9]/g, '');
  return label.length >= 4 && domainFit(name, label) > 0;
}
// A board's name at the end of its display name ("Alertas de vagas do LinkedIn", "Reply on Handshake"): the board's.
const BOARD_NAMED = new RegExp(String.raw`\s(?:on|do|de|da|di|du|von|from|via|auf|op|på|na)\s+${JOB_BOARD.source.replace(/^\^/, '')}\s*$`, 'i');
// Words of a search's title or practice that ROLE_WORD does not hold ("CFO Practice", "Consultante Senior").
// (Not a surgery's name: "Saguaro Family Practice", "Taff Vale Dental Practice".)
const SEARCH_TITLE = /\b(cfo|coo|cio|cmo|chro|cro|(?<!(?:family|medical|dental|veterinary|equine|general|group|law|legal|vet)\s)practice|consultante|directrice|directeur|gerente|leiter(in)?)\b/i;
// A search firm's display name ends with its trade: "Perrin Lowe Search".
const SEARCH_FIRM_TAIL = /\s(?:Search|Search Partners|Headhunters?)$/;
const AGENCY_LINE = /\b(executive search|search (firm|partners)|recruitment (agency|consultants?|partners)|staffing (agency|firm)|headhunt\w*|talent search|employment agency|retained search|uitzendbureau|uitzendorganisatie|agencja pracy|agencja zatrudnienia|detacheringsbureau|zeitarbeit|personaldienstleist\w*|personalvermittlung|agence d'intérim|cabinet de recrutement|empresa de trabajo temporal|bemanningsföretag|vikarbureau|bemanningsbyrå|(?:board|executive|leadership|c-suite) practice)\b/i;
// A signature's organisation named as an agency, on the sender's own domain: "Calder Crest Recruitment" at
// caldercrest.co.uk (not an employer's "Graduate Recruitment" team).
const AGENCY_NAME = /\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*)*\s+(?:Recruitment|Recruiting|Staffing|Resourcing|Personnel|Executive|Recrutement|Reclutamiento|Selección|Personalberatung|Werving(?: & Selectie)?)\b|\bCabinet\s+\p{Lu}[\p{L}&'’.-]*/gu;
// "Northvale Mining – CFO search": a search firm's subject names its mandate.
// A consultant's wording: searches, clients, mandates, shortlists.
// A trade or an institution's word: a name with one is an organisation's, however a person's name it is shaped like
// ("Alder Housing", "Brightlane Payments", "Cascade Crest Hospitality").
const TRADE_WORD = /\b(?:Housing|Payments|Hospitality|Water|Bancorp|Bank|Banking|Foods?|Health|Healthcare|Holdings|Group|Logistics|Estates|University|Trust|Insurance|Reinsurance|Assurance|Energy|Pharma\w*|Therapeutics|Systems|Partners|Capital|Industries|Industrial|Marine|Rail|Retail|Motors|Labs?|Bio|Biotech|Technologies|Software|Media|Homes|Properties|Resources|Mining|Utilities|Airways|Airlines|Shipping|Ports?|Hotels?|Resorts?|Brewery|Distillers|Foundation|Council|College|Society|Association|Finance|Financial|Investments?|Securities|Telecom|Networks?|Solutions|Services|Consulting|Engineering|Construction|Developments?|Manufacturing|Chemicals|Materials|Steel|Packaging|Farms?|Dairy|Power|Renewables|Aviation|Aerospace|Automotive|Transport|Freight|Ventures|Studios?|Brands|Cosmetics|Beauty|Fashion|Stores|Markets|Pharmacy|Clinics?|Medical|Dental|Care|Hospice|Schools?|Academy|Institute|Museum|Theatre|Club|Credit Union|Cooperative|Co-op|Groupe|Grupo|Banque|Banco|Santé|Seguros|Assurances|Hoteles|Laboratoires|Copper|Metals|Minerals|Gold|Lithium|Oil|Gas|Mutual|Publishing|Publishers|Fiber|Fibre|Broadband|Communications|Electric|Electronics|Instruments|Robotics|Diagnostics|Analytics|Brewing|Bakery|Furniture|Timber|Textiles|Apparel|Entertainment|Leisure|Travel|Cruises|Distribution|Wholesale|Warehousing|Supplies)\b|\p{L}(?:technik|logistik|werke?|gruppe|chemie|energie|systeme|maschinenbau|armaturen|versicherung)\b/u;
/** A job title as a search firm's subject writes it after the client ("CFO", "VP Sales EMEA", "Chief Executive"). */
function searchRole(text: string): boolean {
  return jobTitle(text) || SEARCH_TITLE.test(text) || (ROLE_WORD.test(text) && !/\s(?:and|&)\s/.test(text)) || /^(?:C[A-Z]O|VP\b|SVP\b|EVP\b|Head of|Chair|Non-Executive|NED\b|General Counsel|Finance Director|Managing Director)/.test(text);
}
/** Two posts joined, both capitalised, one a title ("Registrar & Chief Operating Officer"). */
function jointPosts(text: string): boolean {
  const parts = text.split(/\s+(?:and|&)\s+/);
  return parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p)) && parts.some(searchRole);
}
const SEARCH_TALK = /\b(?:search|client|clients|Mandant\w*|cabinet|shortlist\w*|longlist\w*|consultant|retained|candidacy|finalists?|the Chair|[Tt]he [Bb]oard|Partners|Associates|Associés|Conseil|Personalberatung|advisory|non-executive|(?:nominations?|search) committee|headhunt\w*|mandates?|Practice|['’]s (?:Chair|Chief Executive|CEO|board)|chairs|Président(?:e)? (?:de|du|des)|comité (?:exécutif|de direction)|notre client\w*|nuestro cliente|nostro cliente|onze klant|their (?:CEO|CFO|COO|CTO|chair\w*|board|offices?|founders?|chief \w+ officer|general counsel|HR|people team|hiring manager|leadership team|executive team|revised offer|offer))\b/i;
const SEARCH_SUBJECT = /[-–—|:]\s*[\p{L}&\s]{0,30}(?<!\w)search\s*$/iu;
const AGENCY = /search|recruit|staffing|talent|resourc|headhunt|consult|conseil|beratung|interim|placement|personnel|personal(?!ity)|hire/i;
// A county's "-shire" in a public body's own zone is no hire firm ("hollinshire.police.uk").
const PUBLIC_ZONE = /\.(?:gov|govt|gouv|gob|police|nhs|sch|mod|mil|k12)(?:\.[a-z]{2,5}){0,2}$|\.gov$/i;

/** Letters and digits only, lower case, legal suffix dropped: for comparing names with domains. */
export function squash(name: string): string {
  // (Letters that Unicode does not decompose are spelled as their plain twins: "Øresund" -> "oresund".)
  const lower = name.replace(LEGAL_SUFFIX, '').toLowerCase().replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe')).replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/đ/g, 'd');
  // Accents are stripped through Unicode decomposition, which plain ASCII names do not need.
  const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  return plain.replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
}

/**
 * "Teamlead Marketing", "Leiterin Vertrieb": a lead's or manager's title, then a field. (Not every job noun:
 * "Farmacéutica Tláloc" is a company named for its trade.)
 */
const JOB_THEN_FIELD = /^\p{L}*(?:lead|leiter|leiterin|leitung|manager|managerin|chef|chefin|referent|referentin|berater|beraterin|koordinator|koordinatorin|direktor|direktorin|spezialist|spezialistin|ansvarig|ansvarlig|johtaja|päällikkö)\s\p{Lu}\p{L}+$/iu;

/** A word that ends in a job noun ("Qualitätsmanager", "Avvocato"). */
function wholeJobNoun(word: string): boolean {
  const m = ROLE_NOUN.exec(word);
  return !!m && m.index + m[0].length === word.length;
}

/**
 * A job title, not a company: a job noun alone or with lower-case words ("Steuerberaterin", "Kreativ direktør");
 * a job noun then glue, lower case, acronyms or job nouns ("Qualitätsmanager GMP", "Analista de BI"); a lead's
 * title and its field ("Teamlead Marketing").
 */
// Job nouns only a person holds (a business may be named "Swiftroute Courier" or "Nordlight Talent", never "Signal Maintainer").
// (Each is a job noun of role.ts, singular.)
const PERSON_POST = /^(?:Doctor|Agent|Leader|Surveyor|Therapist|Pharmacist|Midwife|Physiotherapist|Psychologist|Registrar|Planner|Adviser|Advisor|Coordinator|Administrator|Analyst|Maintainer|Firefighter|Aide|Operator|Officer|Constable|Nurse|Assistant|Technician|Dispatcher|Telecommunicator|Paramedic|Worker|Inspector|Clerk|Caretaker|Paraprofessional|Teacher|Practitioner|Investigator|Handler|Ranger|Archivist|Organiser|Organizer|Superintendent|Member)$/;

function jobTitle(full: string): boolean {
  // ("Water Treatment Plant Operator II": a level after the title.)
  const name = full.replace(/\s+(?:I{1,3}|IV|V)$/, '');
  if (/^\p{L}+(?:-\p{L}+)*(?:\s\p{Ll}+)?$/u.test(name)) return ROLE_NOUN.test(name);
  const [first = '', ...rest] = name.split(' ');
  // ("Tecnico di Radiologia", "Técnico de Nóminas": a job noun, then its field after a preposition.)
  if (ROLE_NOUN.exec(first)?.[0] === first && rest.length >= 2 && rest.length <= 3 && /^(?:di|de|del|della|des|du|of|für|en|in)$/.test(rest[0]!)) return true;
  // ("Signal Maintainer", "Recruit Firefighter", "Instructional Aide": two to four capitalised words closing on a job noun,
  // singular, that no organisation's word comes before.)
  if (rest.length >= 1 && rest.length <= 3 && PERSON_POST.test(rest[rest.length - 1]!) && [first, ...rest].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORD.test(w) && !INSTITUTION_END.test(w))) return true;
  return (wholeJobNoun(first) && rest.length > 0 && rest.length <= 3 && rest.every((w) => /^(?:\p{Ll}[\p{Ll}'’]*|\p{Lu}{2,5})$/u.test(w) || wholeJobNoun(w))) || JOB_THEN_FIELD.test(name);
}

// A reference of capitals and digits joined by dashes or slashes, with three digits or more.
const REFERENCE_CODE = /^(?=(?:[^\d]*\d){3})[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)+$/u;
// Academic and courtesy titles in front of a name (German, Austrian, Italian, Dutch, Polish, English, French).
const ACADEMIC_TITLE = /^(?:(?:Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Cpl|Corporal|Insp|Inspector|Supt|Superintendent|Det|Detective|Cmdr|Commander|Prof|Dr|Mag|Mag\.a|DI|Dipl\.-Ing|Dipl\.-Kfm|Dipl\.-Kffr|Ing|Dott|Dott\.ssa|Avv|Arch|Mgr|Inż|Drs|Ir|Mr|Mrs|Ms|Mme|Mlle|Herr|Frau)\.?\s+)+/u;
// ("Linden Vale Teaching Hospitals NHS Foundation Trust" is 51 characters.)
const MAX_NAME_CHARS = 64;
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Mme|Mlle|Herr|Frau)\b/;

const MID_LEGAL_FORM = /(?<=\S)\s+(?:LLP|Ltd\.?|Limited|GmbH|gGmbH|AG|SE|KG|plc|PLC|Oyj?|AB|ASA|A\/S|S\.r\.l\.?|S\.p\.A\.?|S\.A\.S\.?|S\.L\.|S\.A\.|B\.V\.|N\.V\.|Inc\.|Pty Ltd|Sp\. z o\.o\.)\s+\p{Lu}.*$/u;
// "NHS Glenmorven", "NHS Forth and Ochil", "NHS Brackenwood Integrated Care Board": a health board named after the NHS
// (not the NHS's own services: "NHS Jobs", "NHS Scotland", "NHS Foundation Trust").
const NHS_BOARD = /^NHS\s+(?!(?:Jobs|Scotland|Wales|Cymru|England|Foundation|Trust|Mail|Professionals|Direct|Digital)\b)\p{Lu}\p{Ll}/u;
// "Part of Northgate Retail Group", "Teil der Kessler Gruppe": the group a brand belongs to (one list for the candidate that is
// this line and for the group it names).
const PART_OF_LEAD = String.raw`(?:part of|a member of|member of|a subsidiary of|a division of|teil der|membre du|parte de|parte del)`;
const PART_OF = new RegExp(String.raw`^\s*${PART_OF_LEAD}\s+(?:the\s+)?(\p{Lu}.{1,60})$`, 'iu');
const PART_OF_NAME = new RegExp(String.raw`^${PART_OF_LEAD}\s`, 'i');
function clean(raw: string | undefined, ownName = false): string | null {
  if (!raw) return null;
  // ("Hotel Brisa de Nerja ****": a hotel's stars are no part of its name.)
  // ("Hôtel Vauban ★★★★", "Town of Port Ardeen - Human Resources" with its team cut off: the dash left behind.)
  // ("Deltawater <": an address's bracket left behind; "Laboratoires Siméon Lyon 7e": a city's arrondissement after the name.)
  // ("Tostadero Palermo ☕": a pictograph after the name; "Brightwater Utilities' Chair": a plural's possessive and its chair.)
  let name = raw.replace(TRAILING_PICTOGRAPHS, '').replace(/(?<=s)['’]\s+(?:Chair|Chairman|Chairwoman|Chief Executive|CEO|CFO|COO|Board|board|panel|founders|committee|leadership|executive|HR)\b.*$/, '').replace(/\s*[<>]+$/, '').replace(/\s+\p{Lu}\p{Ll}+\s+\d{1,2}(?:e|er|ème)$/u, '').replace(/\s*(?:\*{2,}S?|[★☆✩✪✭✮✯]+S?)$/u, '').replace(/[,;:!?'’]+$/, '').replace(/\.$/, (m) => (/\bCo$/.test(raw.slice(0, -1)) ? m : '')).replace(/^the\s+/i, '').trim();
  // "Caldera Semiconductor and I'm thrilled", "Marlow Insurance and the": the name ends before the glue.
  // ("Redfern Outdoor Co. We", "Northwind Outdoor Co. We've" and "Tidewater Analytics I'm": a sentence's first word joined after the name.)
  name = name.replace(/\s+(?:(?:and|&)\s+)?(?:(?:I|We|You|They)(?:['’](?:m|re|ve|ll|d))?|Our|Your|Please|Thanks|Thank|This)$/, '').replace(/\s+(?:and|&)\s+(?:I|I'm|I’m|I'll|I've|I'd|We|You|They)\b.*$/, '').replace(/(?:\s+(and|the|of|de|du|des|y|für|la|le|van|der|den|von|del|di|da|&))+$/i, '').replace(/['’]s$/, '');
  // "Coralbay Insurance Group Limited ABN 12 345 678 901": registration numbers are no part of it.
  // "Kaveri Labs (an Anand Group company)", "Kestrel Freight, a Corvane Group company": the parent is not the employer.
  // (After a space or a comma: "Bahía Logistics Group" ends in "a Logistics Group" too.)
  // ("Hollis Finch LLP Trainee Solicitor", "Cantine Montalbano S.r.l. Società Agricola": a legal form inside the run ends the name.)
  name = name.replace(MID_LEGAL_FORM, '');
  // ("Department for Rural Infrastructure Recruitment", "Department for Regional Infrastructure Closing": a body named for its
  // remit, with its team's word or the next label's run on.)
  if (REMIT_BODY.test(name)) name = name.replace(/(?:\s+(?:Recruitment|Resourcing|Vacancies|Vacancy|Closing|Virtual|Campaign|Team|HR|People))+$/, '');
  // ("Corrib Software Corrib Software": the same name read twice in a row.)
  name = name.replace(/^(.{3,}?)\s+\1$/u, '$1');
  name = name.replace(/\s+\(?(?:ABN|ACN|CIN|GSTIN|KvK|SIRET|RCS|HRB|CIF|NIF|P\.?IVA|UEN|CRN|Co\.? Reg\.?(?: No\.?)?|Company Reg(?:istration|\.)? No\.?)\b.*$/, '').replace(/(?:,\s*|\s+)\(?(?:an?|part of)\s+[\p{Lu}][^()]{0,40}(?<!\w)(?:company|group|business|brand)\)?$/iu, '').replace(LEGAL_SUFFIX, '');
  // "KaveriPay (Kaveri Fintech Private Limited)": the legal entity behind a brand, in brackets, is not the name used.
  // ("Shire of Yallaroo Works Depot": a body's depot after its name.)
  name = name.replace(/\s+\([^()]{2,60}\s(?:Private Limited|Pvt\.? Ltd\.?|Limited|Ltd\.?|GmbH|Inc\.?|LLC|S\.A\.|B\.V\.|Pty Ltd|AG)\)$/u, '').replace(/(?<!\s)(?=\s+(?:Works\s+|Operations\s+)?Depot$)(?<=\bof\s\S.*)\s+(?:Works\s+|Operations\s+)?Depot$/u, '');
  // ("Background Investigation Outcome", "Conditional Offer of Employment", "Application Acknowledgement": a subject's topic.)
  if (/\s(?:Outcome|Outcomes|Offer of (?:Employment|Appointment)|Acknowledge?ment|Notification)$/.test(name)) return null;
  // ("Part of Northgate Retail Group": the group a brand belongs to, written under it.)
  if (PART_OF_NAME.test(name)) return null;
  // "Acme Talent" is Acme's team, unless the domain is acmetalent.com: then it is the name.
  // "Tallowood Health's Parramatta clinic": the name is the owner.
  // (Not a saint's name or an institution: "St Columba's Community College", "St Brigid's University Hospital".)
  // ("Coral Sea Insurance Group's board Risk Committee": its board, in lower case, is the owner's too.)
  if (!/^(St|Saint|Ste)\.?\s/.test(name)) name = name.replace(/(?<!\b(?:Sheriff|Attorney|Coroner|Marshal|Assessor|Auditor|Treasurer|Recorder|Clerk|Prosecutor|Defender))['’]s\s+(?:(?!(?:University|Hospital|College|School|Church|Cathedral|Academy|Hall|Clinic|Centre|Center|Health|Healthcare|Hospice|Trust|Foundation|Charity|Society|Research|Institute|Museum|Home|Homes|Pharmacy|Pharmacies|Chemists?|Opticians?|Dental|Surgery|Practice|Bakery|Garage|Nursery|Salon|Kitchen|Caf[eé]|Bistro|Deli|Restaurant|Inn|Pub|Bar|Hotel|Farm|Butchers?|Motors|Store|Stores|Shop)\b)\p{Lu}|(?:board|panel|founders|committee|chair|leadership|executive)\b).*$/u, '');
  if (!ownName) name = name.replace(/\s+(Human Resources|People (?:&|and) Culture|People Operations|Graduates?(?: Recruitment| Programme| Program| Scheme| Management Trainee)?|Early Careers|Events|Connect|Crew|Resourcing|Empleo|(?:Summer )?Vacation Scheme|Internship Programme|Apprenticeship Programme|Campus Recruiting|Graduate Recruitment|Talent Acquisition|Recruiting Team|Hiring Team|People Team|HR Team|Team|Talent|Recruiting|Careers|Karriär|Karriere|Carrières?|Carreras|Carreiras|Kariera|Hiring|HR|RH|RRHH|Family|Recrutement|Reclutamiento|Recrutamento|Selecci[óo]n|Sele[çc][ãa]o|Recursos Humanos|Ressources Humaines|Risorse Umane)$/i, '').replace(/\s+Early$/, '');
  // "L'équipe Solvéa Énergie", "Equipe Clínica Sorriso Pleno", "Career Service Università di Valdarno": a team, then the name.
  name = name.replace(/^(?:l['’]\s?[ée]quipe|[ée]quipe|equipo|time|career services?|career cent(?:er|re)|das team|het team|messeteam|eventteam|recruitingteam|community|talent community)\s+(?:(?:de|du|des|da|do|von|van)\s+|d['’])?(?=\p{Lu})/iu, '');
  // "Karrierekompass März" (a newsletter's issue): the month is not part of the name.
  name = name.replace(/\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Jänner|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|augustus)$/i, '');
  // "Corella Bank 2028" (a graduate intake): the year is not part of the name.
  name = name.replace(/\s+(?:19|20)\d\d$/, '').trim();
  // "Rheinhafen Chemie Mittwoch", "Lumen Bay Offer": a weekday or the mail's topic read on into the name ("Orchard
  // Robotics Message": LinkedIn's button under the hiring team).
  // ("Basin Range Networks Remote", "Brasserie du Ravelin CDI", "Loughderry County Council Online": the job's place or
  // contract, or an online service, after the name.)
  name = name.replace(/\s+(?:Remote|Hybrid|CDI|CDD|(?<=(?:Council|County|Authority|Board|University|College|Trust)\s)Online)$/u, '');
  name = name.replace(/(?<!\s(?:of|de|du|des|for|la|le))\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|Offer|Offre|Angebot|Oferta|Message)$/iu, '');
  // ("Qu'Appelle Plains School Division No" from "... No. 218": a number's label left when its number went.)
  name = name.replace(/\s+(?:No|Nr|Number)\.?$/, '');
  // ("Príomhoide Gaelscoil na Fuinseoige", "Headteacher St Mary's Primary": a school head's post before the school's name.)
  name = name.replace(/^(?:Príomhoide|Leas-Phríomhoide|Headteacher|Head Teacher)\s+(?=\p{Lu})/u, '');
  // "Werken bij Rijnstad Zorg", "Dein People-Team von Kiezkraft": a careers page's or a team's words before the name.
  // ("Corporation of the City of Port Alder": an Ontario city's legal style before the name it goes by.)
  name = name.replace(/^(?:The )?Corporation of the (?=(?:City|Town|Township|County|Municipality|Village) of )/, '');
  name = name.replace(/^(?:werken bij|arbeiten bei|travailler chez|trabaja en|trabalhe na|lavora in|jobs at|careers at|(?:dein|euer|ihr|das) [\p{L}-]+ (?:von|bei))\s+(?=\p{Lu})/iu, '');
  // "Hollins Park Primary School Office", "Stiftung Lesewelt – Bewerbungen", "Riverside Bay NHS Trust Nursing", "Brightwater
  // Logistics HQ": an office or department after the name.
  name = name.replace(/\s+(?:[-–—|]\s+)?(?:(?<=School\s)(?:Office|Principal|Headteacher|Secretary)|(?<=Trust\s)Nursing|(?<=Trust\s)Medical Staffing|Bewerbungen|Bewerbermanagement|Bewerbungsportal|Karriereportal|Stellenportal|Jobportal|Candidate Portal|Careers Portal|Gestão de Pessoas|Gestión de Personas|Applications|Board Practice|HQ|Headquarters|Head Office)$/u, '').replace(/\s+[-–—|]\s+(?:Nursing|Recruitment|Human Resources|Recursos Humanos|Ressources Humaines|Personalabteilung|HR|DRH|RH|Dotation|S[ée]lection|Recrutement|Exp[ée]rience (?:du |de |des )?candidats?|Candidate (?:Feedback|Experience|Care|Survey)|Talent Acquisition|Experiencia del? [Cc]andidat[oa]|Talents?|Careers|Carri[èe]res|Empleo|Selezione|Werving|[ÉE]v[ée]nements|Veranstaltungen|Evenementen)$/iu, '');
  // ("Millbrook County Department of Human Resources" with its team cut off: the body's name before the dangling words.)
  name = name.replace(CUT_SHORT_BODY, '');
  if (!name || name.length > MAX_NAME_CHARS || !/\p{L}{2}/u.test(name) || !/^(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})/u.test(name) || /@|https?:|www\./i.test(name) || DOMAIN.test(name)) return null;
  name = name.replace(/\s+[-–—|:·]+$/, '');
  // "Colquhoun Ferris. Unsubscribe", "Curro360. Para ...": a footer's next sentence read on into the name.
  // ("Laneway Grind Coffee Co.. Good luck": an abbreviation's full stop, the sentence's, and the next sentence's first word.)
  name = name.replace(/\b(Co|Inc|Ltd|Corp)\.\.\s+\p{Lu}\p{Ll}*$/u, '$1.');
  name = name.replace(/\.\s+(?:Unsubscribe|Wypisz|Para|Click|Klicken|Cliquez|Haga|Clicca|Klik|Abmelden|Afmelden|Désabonner|Darse|Cancelar|Annulla|Powered|Sent|All rights|Alle Rechte|Tous droits|Todos los derechos)\b.*$/u, '');
  // "Service du Personnel - Commune de Beaumont-lez-Sart", "Human Resources | Acme": the department, then the name.
  name = name.replace(/^(?:service|département|departement|direction|department|dept\.?|abteilung|servicio|departamento|servizio|ufficio|afdeling|human resources|personalabteilung|dział|działu|biuro|dotation|unit|section|office)(?![\p{L}\d_])[^-–—|]{0,40}?\s[-–—|]\s+(?=\p{Lu})/iu, '');
  // "349-MED-2817" (a vacancy's reference), "Prof. Dr. Matthias Wendler", "Mag.a Sandra Winkler" (a person with their titles).
  // ("Frau Kühnel": after a courtesy title a surname alone is a person; "Dr. Oetker" may be a brand.)
  const titled = ACADEMIC_TITLE.exec(name);
  // ("Dr. Okafor": a title and a surname alone is a person too.)
  // ("PCHS00923", "Competition 36-CLO-0288": a vacancy's reference or a competition's number.)
  // ("2039 Intake", "Affichage 2038-INF-0458", "1.0 FTE": an intake's year, a posting's number, a post's hours.)
  if (/^\p{Lu}{2,6}\d{3,}$/u.test(name) || /^(?:Competition|Campaign|Exam|Vacancy|Requisition|Ref|Reference|Req|Affichage|Posting|Concours|Concurso)\.?\s+#?[\w/-]*\d/.test(name) || /^(?:19|20)\d\d\s+(?:Intake|Cohort|Recruitment|Campaign|Programme|Program)$/.test(name) || /^\d+(?:\.\d+)?\s*FTE$/i.test(name)) return null;
  if (REFERENCE_CODE.test(name) || (titled && (!!personName(name.slice(titled[0].length), COURTESY_TITLE.test(titled[0])) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(name.slice(titled[0].length))))) return null;
  // "Energy & Industrials Practice", "Investment Committee", "Healthcare Operations", "Research & Candidate Management": a
  // search firm's practice, a client's committee or a department, not an organisation.
  // (A surgery or a clinic is an employer: "Saguaro Family Practice", "Orchard Lane Dental Practice".)
  // "London EC2R 6AY" (a postcode), "Projekt 27-118" (a search's project number): no names.
  // ("Toronto ON M5H 1J9", "Austin, TX 78701": a Canadian or a US address's end.)
  if (/\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(name) || /\b[A-Z]{2},?\s+(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{4})?)$/.test(name) || /\b[A-Z]\d[A-Z] \d[A-Z]\d$/.test(name) || /^(?:S\.?A\.?(?: de C\.?V\.?)?|S\.?L\.?|S\.?A\.?S\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|B\.?V\.?|N\.?V\.?|Lda\.?|Ltda\.?)$/i.test(name) || /^(?:Projekt|Project|Projet|Proyecto|Progetto|Ref\.?|Reference|Referenz|Kennziffer|Vacancy|Job)\s+[\d][\d/-]*$/i.test(name)) return null;
  // ("Colorado Office of Highway Operations": a public body named for its remit, whatever its last word.)
  if (/\s(?:(?<!\b(?:Family|Dental|Medical|Equine|Veterinary|Vet|General|Group|Law|Legal|Physio\p{L}*|Optical|Nursing|Health|Surgical|Animal|Pet|Care|Eye|Skin)\s)Practice|Committee|Operations|Candidate Management)$/u.test(name) && !/\b(?:Office|Department|Ministry|Agency|Bureau) (?:of|for) \p{Lu}/u.test(name)) return null;
  // "Service", "Direction" (what is left of "Service des ressources humaines"), "Lieu", "Tel": a department or a
  // label alone is no name (as a first word they may start one: "Stage Entertainment").
  // ("Qc", a province's abbreviation in brackets: two letters in mixed case name no employer.)
  // ("Feb 12", "12 March": a date read as a name.)
  if (DEPARTMENT_ALONE.test(name) || (!ownName && unitWords(name)) || /^\p{Lu}\p{Ll}$/u.test(name) || /^(?:\d{1,2}\.?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|juni|juli|oktober|dezember)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/i.test(name)) return null;
  // "the Manchester-based fintech": a description, not a name; "Kristen Vogel, SHRM-CP": a credential.
  // ("Mitteleuropäische Sommerzeit": a calendar's zone; "SV", "AW": a reply prefix read on its own.)
  // ("Swyddog Cyfathrebu", "Codiwr Clinigol": a Welsh job title in a bilingual mail.)
  if (ZONE_NAME.test(name) || REPLY_WORD.test(name) || WELSH_JOB.test(name)) return null;
  // ("Grade V", "Band 6": a pay grade; "CONFIDENTIALITY NOTICE: This email": a disclaimer's heading; "Council", "Police":
  // the kind of body, not its name.)
  if (GRADE_NAME.test(name) || NOTICE_HEADING.test(name) || BODY_KIND_ALONE.test(name)) return null;
  if (NOT_COMPANY.test(name) || NOT_A_NAME_ALONE.test(name) || (NOT_COMPANY.test(name.split(' ')[0] ?? '') && !NHS_BOARD.test(name)) || TITLE_NOUN.test(name) || /-based$/i.test(name) || CREDENTIAL.test(name.replace(/\./g, ''))) return null;
  // A street address that a pattern read as a name ("Corso Venezia 8", "Marktplatz 1").
  if (/\s\d{1,4}[a-z]?$/i.test(name) && ADDRESS_PART.test(name)) return null;
  // ("Kärntner Ring 5–7", "Hohe Bleichen 11": words and a house number, or a range of them, with no street word.)
  if (/\s\d{1,4}[a-z]?\s?[-–]\s?\d{1,4}[a-z]?$/.test(name) || /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s\d{1,3}$/u.test(name)) return null;
  // A city or a country alone ("Buenos Aires", "Chile"): where, not who.
  // (So is a state or a province: "Ontario".)
  if (isPlaceName(name) || REGION_NAME.test(name) || COUNTRY_WORD.test(name)) return null;
  // "Tremblay, Geneviève (AAPC/HAAC)": a person's display name, surname first, with the body's initials.
  const inverted = /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)(?:\s+\([^()]{1,30}\))?$/u.exec(name);
  if (inverted && personName(`${inverted[2]} ${inverted[1]}`, false)) return null;
  // "Mit freundlichen Grüßen": a sign-off alone is no name.
  if (SIGN_OFF.exec(name)?.slice(-1)[0] === '') return null;
  // "Ce message a été envoyé automatiquement": a sentence, not a name (names are capitalised but for glue words).
  if (name.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !GLUE.test(w)).length >= 2) return null;
  // "Burnett Ranges HHS Nursing & Midwifery", "MVUSD Classified", "Health Services Authority Nursing", "City of Cedar Mesa Water": a
  // unit, staff group or service after the body's initials or its name's last word (what the initials stand for is read later).
  const department = BODY_DEPARTMENT.exec(name);
  if (department) name = department[1] ?? department[2] ?? department[3] ?? name;
  return ownName ? name : cutUnit(name);
}

// An exec loop, not matchAll: matchAll clones the pattern on every call, which dominated this file's cost.
function all(pattern: RegExp, text: string): string[] {
  if (!pattern.global) {
    const m = pattern.exec(text);
    return m?.[1] ? [m[1]] : [];
  }
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[1]) out.push(m[1]);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

/** squash, with German and Nordic letters spelled as domains spell them ("Süd" -> "sued", "Ørsted" -> "oersted"). */
function squashSpelled(name: string): string {
  return squash(name.toLowerCase().replace(/[äæ]/g, 'ae').replace(/[öø]/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/å/g, 'aa'));
}

/** How well a name matches a domain label: exact, prefix, or initials ("Lakeview Credit Union" ~ "lakeviewcu"). */
function domainFit(name: string, label: string): number {
  const spelled = /[äöüßæøå]/i.test(name) ? squashSpelled(name) : null;
  // ("NHS Forth and Ochil" at forthochil.scot.nhs.uk: a health board's name after the NHS's.)
  const board = NHS_BOARD.test(name) ? fitOf(name.slice(4), squash(name.slice(4)), label) : 0;
  return Math.max(fitOf(name, squash(name), label), spelled ? fitOf(name, spelled, label) : 0, board);
}

/** Whether a name fits the domain label by its first word only ("Teifi Ward" at teifivalley.nhs.wales). */
function firstWordFit(name: string, label: string): boolean {
  const s = squash(name);
  return !s.startsWith(label) && !s.endsWith(label) && !label.startsWith(s) && domainFit(name, label) > 0;
}

function fitOf(name: string, s: string, label: string): number {
  if (s.length < 3) return 0;
  if (s === label) return 4;
  if (label.startsWith(s) || s.startsWith(label)) return 2;
  // "University of Eastmoor" at eastmoor.ac.uk, "City of Alder Bay" at alderbay.gov.
  if (label.length >= 4 && s.endsWith(label) && (/\bof\s/i.test(name) || /\s/.test(name.trim()))) return 2;
  const first = squash(name.split(/\s+/)[0] ?? '');
  if (first.length >= 4 && label.startsWith(first)) return 2;
  // "Department of Marine and Coastal Affairs" at marinecoastal.gov.ie: the domain spells the words of a body's remit that
  // are not glue, in a row.
  const remit = REMIT_OF.exec(name);
  if (remit && label.length >= 8 && squash(name.slice(remit[0].length).replace(GLUE_AND, ' ')).startsWith(label)) return 2;
  return 0;
}
const REMIT_OF = /^(?:Department|Ministry|Office|Agency|Commission)\s+(?:of|for)\s+(?:the\s+)?/;
const GLUE_AND = /\s(?:and|&)\s/g;

// "Office for", "Department of the": a government body's head before the name its remit gives.
const REMIT_HEAD = /(?<![\p{L}])(?:Department|Ministry|Office|Agency|Commission)\s+(?:for|of)\s+(?:the\s+)?$/u;
/** The name with the head of the body it names ("Office for Inland Waterways"), as the mail writes it; else null. */
function withRemitHead(written: string, texts: readonly string[]): string | null {
  for (const t of texts) {
    for (let at = t.indexOf(written); at >= 0; at = t.indexOf(written, at + 1)) {
      const head = REMIT_HEAD.exec(t.slice(Math.max(0, at - 40), at));
      if (head && !/[\p{L}\d]/u.test(t.charAt(at + written.length))) return head[0] + written;
    }
  }
  return null;
}

// A government body read short ("Department of Main Roads", "Tennessee Department of Rural Health", "City Renewal"): the mail
// writes it on ("Department of Main Roads and Freight.", "Tennessee Department of Rural Health Access, Office of ...", "City
// Renewal and Place Directorate").
const REMIT_NAME = /(?:^|\s)(?:Department|Ministry|Office|Agency|Commission|Directorate)\s+(?:of|for)\s/;
const BODY_LAST = /^(?:Directorate|Agency|Authority|Commission|Ministry)$/;
// (And after a name cut at its "and": "Slieve Bloom Education and Training" goes on "Board".)
const CUT_AT_AND = /\s(?:and|&)\s\p{Lu}\p{L}+$/u;
const BOARD_LAST = /^(?:Board|Trust|Council|Partnership)$/;
const CAPITAL_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** The name as the mail goes on writing it: up to three more capitalised words (joined by "and" or "&"), then the sentence's pause. */
function continued(name: string, texts: readonly string[]): string | null {
  const remit = REMIT_NAME.test(name);
  const bodyLast = (word: string) => BODY_LAST.test(word) || (CUT_AT_AND.test(name) && BOARD_LAST.test(word));
  for (const text of texts) {
    for (let at = text.indexOf(`${name} `); at >= 0; at = text.indexOf(`${name} `, at + 1)) {
      if (at > 0 && /[\p{L}\d]/u.test(text.charAt(at - 1))) continue;
      const words = text.slice(at + name.length + 1, at + name.length + 1 + 60).split(' ');
      const taken: string[] = [];
      let capitals = 0;
      let closed = false;
      let pause = false;
      for (const raw of words) {
        // (A label's word ends nothing: "Grade:", "Location:", "T:".)
        if (raw.endsWith(':')) break;
        const word = raw.replace(/[.,;]$/, '');
        if ((word === 'and' || word === '&') && taken.length < 3) taken.push(word);
        else if (CAPITAL_WORD.test(word) && capitals < 3) {
          taken.push(word);
          capitals++;
        } else {
          // (What follows must end the name: a bracket, a lower-case word.)
          closed = raw.startsWith('(') || /^\p{Ll}/u.test(raw);
          break;
        }
        if (word !== raw) {
          closed = pause = true;
          break;
        }
        // (A body's own word ends its name, whatever follows: "City Renewal and Place Directorate Job reference".)
        if (!remit && bodyLast(word)) {
          closed = true;
          break;
        }
      }
      const last = taken[taken.length - 1];
      // (A body named for its remit goes on in running prose only, "with the Department of Main Roads and Freight.", by "and"
      // or by one word before the pause: a signature's next line, "Harbour House", "Tasmanian Government", is no part of it.)
      const prose = at >= 4 && text.slice(at - 4, at) === 'the ';
      const remitOn = remit && prose && pause && (taken[0] === 'and' || taken[0] === '&' || (taken.length === 1 && !isPlaceName(taken[0]!)));
      if (closed && last && last !== 'and' && last !== '&' && (remitOn || (!remit && bodyLast(last) && !ROLE_WORD.test(taken.join(' '))))) return `${name} ${taken.join(' ')}`;
    }
  }
  return null;
}

// "of" in the languages whose institutions are "X of Place": "City of Harlow Springs", "Comune di Valdoria".
const OF_WORDS = new Set(['of', 'di', 'de', 'du', 'del', 'della', 'do', 'da', 'von']);
// A calendar invitation's own lines under the sign-off ("Organiser Dr Anneliese Vos ...", "Guests ...").
// (Google Calendar's chrome in the languages it writes: "Organisator", "Gäste", "Invités", "Einladung von Google Kalender".)
const CALENDAR_CHROME = new RegExp(String.raw`^\s*(?:${ORGANISER}|guests?|gäste|invités|invitados|invitati|convidados|gasten|gäster|gæster|gjester|vieraat|goście|reply for|view all guest|invitation from google calendar|(?:einladung|invitation|invitación|invito|convite|uitnodiging|inbjudan|invitasjon|kutsu|zaproszenie) (?:von|de|da|del|do|van|från|fra|z) google|join with google meet|add to (?:my )?calendar|zum kalender hinzufügen|ajouter (?:à|au) (?:mon |l'|le )?(?:agenda|calendrier)|añadir al calendario|aggiungi al calendario|toevoegen aan (?:je |uw )?agenda|termin absagen|neu planen|mit google meet|participer avec google meet|join (?:zoom|microsoft teams) meeting|location)(?![\p{L}])`, 'iu');
// "Dr Anneliese Vos - organiser": a calendar's guest list entry.
const GUEST_LINE = new RegExp(String.raw`\s[-–]\s*${ORGANISER}\s*$`, 'i');
const ENGLISH_ORG = /\b(Council|University|College|Hospital|Trust|City|County|Board|Department|Ministry|Agency|Services?|School|Government|Authority|Library|Museum)\b/;
// (Glue words inside: "Clinique du Val de Sambre", "Osteria del Fico d'India".)
const CAPITALISED_RUN = /\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&|and|of|du|de|des|del|della|di|da|do|dos|das|la|le|les|el|y|e|et|und|für|van|von|der|den|d['’]\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}&'’.-]*)){0,7}/gu;
// Words that go on a name as written after the part the domain spells ("Lothian Schools Partnership").
// (And the sector words a domain leaves off: "Fraser Ridge Analytics" at fraserridge.ai, "Zeevonk Energie" at zeevonk.nl.)
const ORG_WORD = /^(Group|Holdings|Partnership|Trust|Foundation|Company|International|Partners|Network|Alliance|Collective|Cooperative|Society|Association|Institute|Lines|Analytics|Software|Systems|Technologies|Technology|Labs|Digital|Energy|Energie|Energia|Logistics|Logistik|Foods|Instruments|Robotics|Biosciences|Bioscience|Therapeutics|Pharma|Capital|Insurance|Bank|Studio|Studios|Architects|Arkitekter|Architecten|Engineering|Consulting|Sjømat|Seafood|Bygg|Bau|Rakennus)$/;
// A country (or nation) a name goes on with ("Techfolk Ireland", "Careers Cymru", "Gradlink Australia").
const COUNTRY_WORD = /^(?:Ireland|Wales|Scotland|England|UK|Cymru|Canada|Australia|NZ|Aotearoa|Nederland|Italia|España|Deutschland|France|Schweiz|Suisse|Österreich|Belgique|België|Sverige|Norge|Danmark|Suomi|Polska|Portugal|Brasil|México)$/;
// The words a public body's name goes on with after the part its domain spells ("Bramley Vale" at bramleyvale.nhs.uk is
// "Bramley Vale Hospitals NHS Foundation Trust"), and those such a name ends on.
const INSTITUTION_WORD = /^(?:Public|Joint|Department|Regional|Homes|Library|Region|Social|Veterinary|Dental|Medical|Family|Grammar|Township|Clinic|Practice|Surgery|Team|Hospitals?|Health|Healthcare|Ambulance|Services?|NHS|Foundation|Trust|Teaching|University|Community|Mental|Partnership|Care|Council|County|District|Borough|City|Board|Authority|College|Schools?|Academy|Unified|Police|Fire|Rescue|Centre|Center|and|&)$/;
// ("Bayview Regional Health Centre" at bayviewregional.ca.)
const INSTITUTION_END = /^(?:Trust|Council|Board|Authority|Service|Services|College|University|School|Schools|Academy|District|Partnership|Police|Centre|Center)$/;
/** The institution words after `from` in a run, up to the last that can end a name; '' when none ends one. */
// (Words a name may end on once its institution's words are read on: "Riverland County", "Vista Linda Police Department".)
const TAIL_END = /^(?:County|Department|Homes|Library|Region)$/;
// (A practice's word ends a name only after its trade, "Veterinary Clinic", and a team only a family health team.)
const PRACTICE_END = /^(?:Hospital|Clinic|Practice|Surgery|Care|Team)$/;
function practiceEnd(words: readonly string[], k: number, before: string): boolean {
  const word = words[k]!.replace(/[.,;:!?]+$/, '');
  if (!PRACTICE_END.test(word)) return false;
  const prior = [...before.split(' ').filter(Boolean), ...words.slice(0, k)];
  const previous = prior[prior.length - 1] ?? '';
  return word === 'Team' ? previous === 'Health' && prior[prior.length - 2] === 'Family' : /^(?:Veterinary|Dental|Medical)$/.test(previous);
}
const DISTRICT_OF = /^(?:Water|Sanitary|Sewer|Irrigation|Utility|Fire|Park|Parks|Transit|Hospital|School|Library|Health|Conservation|Drainage|Recreation)$/;
function institutionTail(words: readonly string[], from: number, before = ''): string {
  let end = -1;
  for (let k = from; k < words.length && k < from + MAX_NAME_WORDS && INSTITUTION_WORD.test(words[k]!.replace(/[.,;:!?]+$/, '')); k++) {
    if (INSTITUTION_END.test(words[k]!.replace(/[.,;:!?]+$/, '')) || TAIL_END.test(words[k]!.replace(/[.,;:!?]+$/, '')) || practiceEnd(words, k, before)) end = k;
    if (/[.,;:!?]$/.test(words[k]!)) break;
  }
  // (One word alone only when it is a body's own: "Marlowe Sutton Board Roundtable" is an event.)
  // ("Fraser Delta Police Service": a police force's service.)
  // ("Murray-Riverina Ambulance Service", "Riverland County", "Vista Linda Police Department": one word after a service's or a place's name.)
  const previous = words[from - 1] ?? before.split(' ').pop() ?? '';
  // ("Cedar Ridge Veterinary Hospital", "Prairie Wind Veterinary Clinic", "Bloor West Family Health Team": a practice's or a team's word.)
  // ("Heatherfield Care Homes", "Cascade Valley Water District": care homes, and a utility's or a service's district.)
  // ("Kilbrack University Hospital" over "Health Service Ireland" on the next line: a hospital's name ends there.)
  const first = words[from] ?? '';
  if (/^Hospitals?$/.test(previous) && /^Health\b/.test(first)) return '';
  // (And a body's last word after a name cut short: "Granite Belt Hospital and Health" + "Service", "Lough Ree Education
  // and Training" + "Board".)
  const cutShort = INSTITUTION_END.test(first.replace(/[.,;:!?]+$/, '')) && /\s(?:and|&)\s+\S+$/.test(before);
  const ownWord = cutShort || (/^Homes\b/.test(first) && previous === 'Care') || (/^District\b/.test(first) && DISTRICT_OF.test(previous));
  if (end < from || (end === from && !ownWord && !/^(?:Trust|Council|Authority|College|University|Police|County|Library)\b/.test(words[from]!) && !(/^(?:Service|Department)\b/.test(words[from]!) && /^(?:Police|Ambulance|Fire|Rescue)$/.test(previous)) && !practiceEnd(words, from, before))) return '';
  return words.slice(from, end + 1).join(' ').replace(/[.,;:!?]+$/, '');
}
// How far after a name its institution's words are looked for.
const MAX_TAIL_CHARS = 80;
/** The name with the institution's words the mail writes after it ("Cwm Aran" -> "Cwm Aran University Health Board"), or null. */
function withTail(name: string, texts: readonly string[]): string | null {
  for (const text of texts) {
    for (let at = text.indexOf(`${name} `); at >= 0; at = text.indexOf(`${name} `, at + 1)) {
      if (at > 0 && /[\p{L}\d]/u.test(text.charAt(at - 1))) continue;
      const tail = institutionTail(text.slice(at + name.length + 1, at + name.length + 1 + MAX_TAIL_CHARS).split(/\s+/), 0, name);
      // (Not the name's own last word again: "Northmoor Police" over "Northmoor Police Police Headquarters".)
      if (tail && tail.split(' ')[0] !== name.slice(name.lastIndexOf(' ') + 1)) return `${name} ${tail}`;
    }
  }
  return null;
}
// Longest name (in words) looked for inside a run.
const MAX_NAME_WORDS = 6;

/** Words of a capitalised run that squash to the domain label, legal form dropped ("Kestrel Freight" in "HR Business Partner Kestrel Freight Ltd"). */
function writtenAs(label: string, texts: readonly string[], oneWord = false): string | null {
  // ("Prairieline Health's team": the name without the possessive.)
  const name = writtenExactly(label, texts, oneWord) ?? writtenAbbreviated(label, texts);
  // ("Kilbuck County Sheriff's" at kilbuckcountysheriff.org goes on: "Kilbuck County Sheriff's Office".)
  if (name && /['’]s$/.test(name)) {
    for (const word of ['Office', 'Department', 'Hospital']) if (texts.some((t) => t.includes(`${name} ${word}`))) return `${name} ${word}`;
  }
  return name && !/^(?:St|Saint|Ste)\.?\s/.test(name) ? name.replace(/['’]s$/, '') : name;
}

/**
 * A name the domain shortens at its end ("Lakeshore Orthopedics" at lakeshoreortho.com): every word but the
 * last spelled out, then at least 4 letters of the last (3 after two words: "Peninsula Sports Medicine" at
 * peninsulasportsmed.com.au).
 */
function writtenAbbreviated(label: string, texts: readonly string[]): string | null {
  for (const text of texts) {
    for (const run of text.match(CAPITALISED_RUN) ?? []) {
      const words = run.split(/\s+/);
      for (let i = 0; i < words.length - 1; i++) {
        if (GLUE.test(words[i]!)) continue;
        for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 2; n--) {
          const head = squash(words.slice(i, i + n - 1).join(' '));
          const lastWord = words[i + n - 1]!;
          const rest = label.slice(head.length);
          // ("Isar Rückversicherung" at isarrueck.de: the last word as domains spell it.)
          const fits = (last: string) => rest.length < last.length && last.startsWith(rest);
          if (head && label.startsWith(head) && rest.length >= (n >= 3 ? 3 : 4) && (fits(squash(lastWord)) || fits(squashSpelled(lastWord)))) return words.slice(i, i + n).join(' ').replace(/[.,;:!?'’]+$/, '');
        }
      }
    }
  }
  return null;
}

/**
 * Whether words spell a domain label in order, each as written or as domains spell it, a glue word ("du", "of")
 * either spelled or left out ("Clinique du Val de Sambre" at cliniquevaldesambre.be).
 */
function spells(words: readonly string[], label: string, i = 0, at = 0): boolean {
  if (i === words.length) return at === label.length;
  const word = words[i]!;
  for (const form of new Set([squash(word), squashSpelled(word)])) {
    if (form && label.startsWith(form, at) && spells(words, label, i + 1, at + form.length)) return true;
  }
  return GLUE.test(word) && spells(words, label, i + 1, at);
}

// How many words may come between a name and its legal form ("Pohjanlahti Logistiikka Oy" for "Pohjanlahti").
const MAX_LEGAL_EXTRA = 2;

/**
 * The whole name when the mail writes the name the domain spells going on, with one or two capitalised words, to a
 * legal form: "Pohjanlahti Logistiikka Oy" at pohjanlahti.fi, "Bałtyk Stal Konstrukcje sp. z o.o." at baltykstal.pl.
 * A team or title word before the legal form ("Acme HR GmbH") keeps the shorter name.
 */
function legalExtension(name: string, texts: readonly string[]): string | null {
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    for (let at = line.indexOf(`${name} `); at >= 0; at = line.indexOf(`${name} `, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(line[at - 1]!)) continue;
      const words = line.slice(at + name.length + 1).split(/[;|,()]/)[0]!.trim().split(/\s+/);
      for (let n = 1; n <= MAX_LEGAL_EXTRA && n < words.length; n++) {
        const extra = words.slice(0, n);
        // (Not a word of the name again: "Gerhard Wimmer Steuerberatung Wimmer GmbH" is two lines run into one.)
        if (!extra.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !GLUE.test(w) && !ROLE_WORD.test(w) && !DISPLAY_SUFFIX.test(w) && !name.split(' ').includes(w))) break;
        // The legal form right after them, and nothing more of a name.
        const rest = words.slice(n, n + 4);
        for (let k = rest.length; k >= 1; k--) {
          const legal = ` ${rest.slice(0, k).join(' ')}`.replace(/[.,]+$/, '');
          if (legal.replace(LEGAL_SUFFIX, '') === '') return `${name} ${extra.join(' ')}`;
        }
      }
    }
  }
  return null;
}

function writtenExactly(label: string, texts: readonly string[], oneWord = false): string | null {
  for (const text of texts) {
    for (const run of text.match(CAPITALISED_RUN) ?? []) {
      if (run.length < label.length) continue;
      const words = run.split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        if (GLUE.test(words[i]!)) continue;
        // The longest part first ("Ashdown Pryce" in "Ashdown Pryce LLP is..."); one word only when asked, where the
        // domain cannot show how it is written ("Saint-Aurèle" at saint-aurele.qc.ca, "Teknologiakylä" at teknologiakyla.fi).
        const bare = words[i]!.replace(/[.,;:!?'’]+$/, '');
        const single = oneWord && label.length >= 6 && /^[\p{L}-]+$/u.test(bare) && /[-\u00c0-\u024f]/u.test(bare) && squash(bare) === label;
        if (single) {
          // With the institution it names ("Ville de Saint-Aurèle", "Municipalité de Lac-Beauchemin"), or the one word that
          // closes the run with it ("Teknikkarriär Syd").
          const word = bare;
          if (i >= 2 && OF_WORDS.has(words[i - 1]!.toLowerCase()) && !GLUE.test(words[i - 2]!)) return `${words[i - 2]} ${words[i - 1]} ${word}`;
          if (i === 0 && words.length === 2 && bare === words[0] && !GLUE.test(words[1]!)) return `${word} ${words[1]!.replace(/[.,;:!?'’]+$/, '')}`;
          return word;
        }
        for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 2; n--) {
          // (A sentence's full stop after the name goes; an abbreviation's stays: "Front Range Plumbing Co.".)
          const name = words.slice(i, i + n).join(' ').replace(LEGAL_SUFFIX, '').replace(/[,;:!?'’]+$/, '').replace(/(?<!\b(?:Co|Inc|Corp|Bros|Ltd|St))\.$/, '');
          // "Umoya Mining Group (Pty) Ltd" at umoyamining.co.za: the name goes on with an organisation word.
          if (squash(name) === label || squashSpelled(name) === label || (!GLUE.test(words[i + n - 1] ?? '') && spells(name.split(/\s+/), label))) {
            const tail = institutionTail(words, i + n);
            const next = (words[i + n] ?? '').replace(/['’]s?$|[.,;:!?)]+$/, '');
            // ("Build Futures Wales" at buildfutures.wales, "Classroom Careers Ireland": a country the name goes on with.)
            return tail ? `${name} ${tail}` : ORG_WORD.test(next) || COUNTRY_WORD.test(next) ? `${name} ${next}` : name;
          }
        }
      }
    }
  }
  return null;
}

/**
 * A name whose capitalised words' initials spell a short label or acronym, the glue words left out, then any institution
 * words after it: "Barrow Valley Technological University" for bvtu.ie, "Torrens Metropolitan Fire Service" for tmfs,
 * "Northern Fells Ambulance Service NHS Trust" for "NFAS" (an all-capital word gives its letters: "HM Land Titles Agency").
 */
/** A line's words without the brackets, quotes and punctuation around them. */
function lineWords(line: string): string[] {
  return line.split(/\s+/).map((w) => w.replace(/^[(«"“'‘]+|[.,;:!?)»"”]+$/g, ''));
}

// "Dyffryn Teifi" (the Welsh a domain spells, dyffrynteifi.gov.uk) is the "Teifi Valley" of the body's English name.
const WELSH_VALLEY = /^Dyffryn (\p{Lu}[\p{L}-]+)$/u;
/** The English name a bilingual Welsh body writes for the Welsh one its domain spells, with its institution's words; else the name. */
function inEnglish(name: string | null, texts: readonly string[]): string | null {
  const valley = name ? WELSH_VALLEY.exec(name) : null;
  if (!valley) return name;
  const english = `${valley[1]} Valley`;
  if (!texts.some((t) => t.includes(english))) return name;
  return withTail(english, texts) ?? english;
}
/** A bilingual body's English initials before its French ones ("ccsa-aclc.gc.ca": the Canadian Coastal Survey Agency). */
function bilingualInitials(domain: string, texts: readonly string[]): string | null {
  const pair = /^([a-z]{3,6})-[a-z]{3,6}$/.exec(domainLabel(domain));
  return pair ? byInitials(pair[1]!, texts) : null;
}
function byInitials(label: string, texts: readonly string[]): string | null {
  if (label.length < 3 || label.length > 6 || !/^[a-z]+$/.test(label)) return null;
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    const words = lineWords(line);
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!) || GLUE.test(words[i]!) || words[i]![0]!.toLowerCase() !== label[0]) continue;
      let k = 0;
      let j = i;
      // (At most a few glue words in between: a hostile line of "of of of ..." or "NHS NHS NHS ..." costs no more than a name.)
      for (let glue = 0; j < words.length && k < label.length && glue <= 2; j++) {
        const w = words[j]!;
        // ("NVFT" for "Northfleet Valley NHS Foundation Trust": a trust's initials leave "NHS" out, as they leave glue out.)
        if ((GLUE.test(w) || (w === 'NHS' && !label.startsWith('nhs', k))) && j > i) {
          glue++;
          continue;
        }
        glue = 0;
        if (!/^\p{Lu}/u.test(w)) break;
        // ("Mid-Tablelands Local Health District" for "mtlhd": a hyphenated word's parts each give a letter, where that fits.)
        const parts = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(w) ? w.split('-').map((p) => p.charAt(0)).join('').toLowerCase() : '';
        const letters = parts && label.startsWith(parts, k) ? parts : (/^\p{Lu}{2,3}$/u.test(w) ? w : w.charAt(0)).toLowerCase();
        if (!label.startsWith(letters, k)) break;
        k += letters.length;
      }
      if (k < label.length || j - i < 3) continue;
      const tail = institutionTail(words, j);
      const name = words.slice(i, j).join(' ');
      return tail ? `${name} ${tail}` : name.replace(/['’]s$/, '');
    }
  }
  return null;
}

/**
 * "HSC" read as "Health and Social Care Trust", where the mail names "Mourne and Lagan Health and Social Care Trust" (or a
 * candidate reads "Lagan Moss Health and Social", cut short): the words a read name puts before the expansion, where the
 * mail writes them together, name the body the initials are only a part of.
 */
function placeBefore(expansion: string, scores: ReadonlyMap<string, number>, texts: readonly string[]): string | null {
  const tail = expansion.split(' ');
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, score] of scores) {
    if (score < 2 || score <= bestScore) continue;
    const words = name.split(' ');
    if (!/^\p{Lu}/u.test(words[0]!)) continue;
    for (let k = 1; k < words.length; k++) {
      if (words.length - k > tail.length || words.slice(k).some((w, n) => w !== tail[n])) continue;
      const whole = `${words.slice(0, k).join(' ')} ${expansion}`;
      if (texts.some((t) => t.includes(whole))) {
        best = whole;
        bestScore = score;
      }
      break;
    }
  }
  return best;
}

/** "HHS" read as "Housing and Homelessness Services", written "Department of Housing and Homelessness Services": the department. */
function bodyOf(expansion: string, texts: readonly string[]): string | null {
  for (const lead of ['Department of ', 'Ministry of ', 'Office of ', 'Department for ', 'Ministry for ']) {
    if (texts.some((t) => t.includes(lead + expansion))) return lead + expansion;
  }
  return null;
}

/**
 * "csbf" at csbf.gouv.qc.ca and "Centre de services scolaire des Berges-du-Fleuve" in the mail: initials of a French
 * public body's name, where its words in lower case may give a letter or not ("cssmb" and "csmb" both stand for the
 * "Centre de services scolaire des Monts-Boisés"). Every capitalised word and each capitalised part of a hyphenated one
 * gives its letter; glue gives none. The name must start with "Centre", "Commission" or "Conseil".
 */
const FRENCH_BODY_START = /^(?:Centre|Commission|Conseil|Régie|Société)$/;
const MAX_FRENCH_NAME_WORDS = 12;
function byFrenchInitials(label: string, texts: readonly string[]): string | null {
  if (label.length < 3 || label.length > 8 || !/^[a-z]+$/.test(label)) return null;
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    const words = lineWords(line);
    for (let i = 0; i < words.length; i++) {
      if (!FRENCH_BODY_START.test(words[i]!) || words[i]![0]!.toLowerCase() !== label[0]) continue;
      // Letters matched so far, by the words i..j-1; lower-case words may be skipped.
      let k = 1;
      let j = i + 1;
      for (; j < words.length && j - i < MAX_FRENCH_NAME_WORDS && k < label.length; j++) {
        const w = words[j]!;
        if (GLUE.test(w)) continue;
        if (/^\p{Ll}/u.test(w)) {
          if (w[0] === label[k]) k++;
          continue;
        }
        if (!/^\p{Lu}/u.test(w)) break;
        const parts = w.split('-').filter((p) => /^\p{Lu}/u.test(p));
        const letters = parts.map((p) => p.normalize('NFD').charAt(0).toLowerCase()).join('');
        if (!label.startsWith(letters, k)) break;
        k += letters.length;
      }
      // The whole label, ending on a capitalised word.
      if (k === label.length && /^\p{Lu}/u.test(words[j - 1] ?? '')) return words.slice(i, j).join(' ');
    }
  }
  return null;
}

// A school, and the US or Canadian school district or board that employs its staff.
// Places people work that belong to a larger employer, and the bodies that employ.
const WORKPLACE = /\s(?:Hospital|Infirmary|Library|Fire Station|Station|Clinic|Health Centre|Depot)$/;
const EMPLOYING_BODY = /\s(?:NHS (?:Foundation )?Trust|Health Board|Health Authority|Health Service|Health and Social Care Trust|Local Health District|County Council|Borough Council|City Council|District Council|Council|Health District)$|^NHS\s\p{Lu}/u;
const SCHOOL = /\b(?:Elementary|Middle|High|Junior High|Intermediate|Primary|Secondary)(?: School)?$|\bSchool$/;
const DISTRICT = /\b(?:School District(?: No\.?)?(?: \d+)?|ISD|USD|CISD|Public Schools|County Schools|City Schools|School Board|District School Board|Board of Education|School Division|School Corporation)$/;

/**
 * A name the domain spells with its institution's words glued on ("hudsonridgeschools" and "Hudson Ridge Public Schools",
 * "prairiebend41" and "Prairie Bend School District 41"): the name's head as written, then its institution's words.
 */
function writtenInstitution(label: string, texts: readonly string[]): string | null {
  const m = /^([a-z]{4,}?)(?:publicschools|schools|school|district|usd|isd|sd)?(\d{0,4})$/.exec(label);
  if (!m || m[1] === label) return null;
  const number = m[2];
  for (const text of texts) {
    for (const run of text.match(CAPITALISED_RUN) ?? []) {
      const words = run.split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
          if (squash(words.slice(i, i + n).join(' ')) !== m[1]) continue;
          const tail = institutionTail(words, i + n);
          if (!tail) continue;
          const after = words[i + n + tail.split(' ').length]?.replace(/[.,;:!?]+$/, '');
          return [...words.slice(i, i + n), tail, ...(number && after === number ? [number] : [])].join(' ');
        }
      }
    }
  }
  return null;
}

// Longest name (in words) read loosely, and the longest label it is tried for.
const MAX_LOOSE_WORDS = 8;
const MAX_LOOSE_LABEL = 40;

/**
 * A name the domain spells loosely, the last reading before the domain itself: whole words and initials in order, the
 * small or lower-case words in between spelled or left out ("Sud-Atlantique Mobilités" at sa-mobilites.fr, "Cégep de
 * Rivière-Verte" at cegeprv.qc.ca, "Centre de services scolaire des Monts-Boisés" at csmontsboises.ca), or two words
 * the other way round on a signature's line ("Mutualité Solvéa" at solvea-mutualite.fr). At least one whole word of
 * four letters or more must be spelled, so that a person's initials ("Anna Cole Mercer") do not spell a short label
 * ("acme").
 */
function writtenLoosely(label: string, texts: readonly string[], signature: readonly string[]): string | null {
  if (label.length < 5 || label.length > MAX_LOOSE_LABEL) return null;
  // (Two words the other way round only on a signature's own line: sentences may run two lines into one.)
  const lines = new Set(signature);
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    // (A name ends at a comma, a bracket, a dash between spaces: "Fidéis - Expertise" is not one.)
    const words = line.split(/\s+/).map((w) => w.replace(/^[(«"“'‘]+|(?:['’]s)?[.,;:!?)»"”'’]*$/g, ''));
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!) || GLUE.test(words[i]!)) continue;
      let span = words.slice(i, i + MAX_LOOSE_WORDS);
      const stop = span.findIndex((w) => !/\p{L}/u.test(w));
      if (stop > 0) span = span.slice(0, stop);
      const end = looseEnd(span, label);
      if (end > 0) {
        // The name goes on with its institution's words or an organisation word ("Keystone Valley Workforce Alliance").
        const tail = institutionTail(words, i + end);
        const next = words[i + end] ?? '';
        return [...span.slice(0, end), ...(tail ? [tail] : ORG_WORD.test(next) ? [next] : [])].join(' ');
      }
      const two = span.slice(0, 2);
      if (lines.has(line) && two.length === 2 && /^\p{Lu}/u.test(two[1]!) && squash(two[1]!) + squash(two[0]!) === label && squash(two[0]!).length >= 4 && squash(two[1]!).length >= 4) return two.join(' ');
    }
  }
  return null;
}

/** How many words of `span` spell `label` loosely (see writtenLoosely), 0 when they do not. */
function looseEnd(span: readonly string[], label: string): number {
  // Each word's parts ("Rivière-Verte", "l'Aurence" -> "l", "Aurence"), with the word each part ends, if any.
  const parts: { text: string; lastOf: number }[] = [];
  span.forEach((word, w) => {
    const pieces = word.replace(/^([dl])['’](?=\p{L})/iu, '$1 ').split(/[-\s]+/).filter(Boolean);
    pieces.forEach((text, k) => parts.push({ text, lastOf: k === pieces.length - 1 ? w + 1 : 0 }));
  });
  const failed = new Set<number>();
  // (Memoised on part and position, so a hostile line costs parts x label length.)
  // (One lower-case word that is not a small one may be left out: "Centre de services scolaire des Monts-Boisés".)
  const walk = (p: number, at: number, whole: boolean, spelled: number, skipped: boolean): number => {
    const key = (((p * (label.length + 1) + at) * 2 + (whole ? 1 : 0)) * 3 + Math.min(spelled, 2)) * 2 + (skipped ? 1 : 0);
    if (p >= parts.length || failed.has(key)) return 0;
    const { text, lastOf } = parts[p]!;
    // (The name ends on a capitalised word, spelled.)
    const done = (next: number, w: boolean, n: number) => (next === label.length ? (w && n >= 2 && lastOf && /^\p{Lu}/u.test(text) ? lastOf : 0) : walk(p + 1, next, w, n, skipped));
    for (const form of new Set([squash(text), squashSpelled(text)])) {
      if (!form) continue;
      if (label.startsWith(form, at)) {
        const end = done(at + form.length, whole || form.length >= 4, spelled + 1);
        if (end) return end;
      }
      if (form.length > 1 && form[0] === label[at]) {
        const end = done(at + 1, whole, spelled + 1);
        if (end) return end;
      }
    }
    // Small words and lower-case ones may be left out, never the first.
    const small = GLUE.test(text) || /^[dl]$/i.test(text);
    if (p > 0 && (small || (!skipped && /^\p{Ll}/u.test(text)))) {
      const end = walk(p + 1, at, whole, spelled, skipped || !small);
      if (end) return end;
    }
    failed.add(key);
    return 0;
  };
  return walk(0, 0, false, 0, false);
}

/** Lower-case words that squash to the domain label, capitalised ("ironbark hardware" -> "Ironbark Hardware"). */
function writtenLower(label: string, texts: readonly string[]): string | null {
  for (const text of texts) {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}&'’-]+/u);
    for (let i = 0; i < words.length - 1; i++) {
      if (!label.startsWith(squash(words[i]!)) || !words[i]) continue;
      for (let n = 2; n <= Math.min(MAX_NAME_WORDS, words.length - i); n++) {
        const name = words.slice(i, i + n);
        // ("granskogdata.se" is the address, not a name with a legal form "SE".)
        if (name.some((w) => !/\p{L}/u.test(w)) || LEGAL_SUFFIX.test(name.join(' ')) || squash(name.join(' ')) !== label) continue;
        return name.map((w) => (GLUE.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
      }
    }
  }
  return null;
}

// Words that end English business names ("Lumaris Health", "Corrib Analytics"): a domain that glues one to the name
// before it ("lumarishealth.com") is written with the two apart when the mail never writes the name.
const TRADE_TAIL = /^(\p{L}{3,}?)(health|healthcare|analytics|data|software|energy|foods?|librar(?:y|ies)|construction|architects|architecture|press|parcel|logistics|labs|systems|solutions|consulting|partners|capital|insurance|media|studios?|games|robotics|pharma|therapeutics|medical|dental|clinics?|care|homes|hotels?|stays|travel|farms|brewing|coffee|bakery|motors|engineering|technologies|digital|networks|telecom|mobility|transport|freight|shipping|marine|aviation|airlines|solar|utilities|mining|metals|steel|chemicals|materials|textiles|fashion|retail|stores|markets|furniture|design|properties|estates|housing|legal|accounting|finance|financial|payments|ventures|learning|education|academy|college|hospital|pharmacy|veterinary|council|museum|theatre|events|hospitality|restaurants|hardware|electric|electrical|plumbing|roofing|builders|landscaping|cleaning|security|recruitment|staffing|group|bank|biotech|diagnostics|genomics|imaging|nursing|fitness|sports|outdoors|apparel|cosmetics|beauty|kitchens|dairy|seafood|wines|printing|packaging|plastics|machinery|automation|instruments|devices|semiconductors|aerospace|defence|defense|maritime|rail|bikes|cycles|foundation|trust|institute|society)$/u;

function prettyDomain(label: string): string {
  return label
    .split(/[-_]/)
    .flatMap((w) => {
      const m = TRADE_TAIL.exec(w);
      return m ? [m[1]!, m[2]!] : [w];
    })
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export interface CompanyInput {
  from: Address;
  replyTo: Address[];
  subject: string;
  /** Sentences of the original's own body. */
  sentences: readonly string[];
  /** Sentences of the quoted thread below it: where a reply's short signature was written in full. */
  history?: readonly string[];
  /** Lines under the signed name. */
  signature: readonly string[];
  /** The line the signer's name is on ("Ollie Brandt | Recruiting Lead | Stratacore"), when known. */
  nameLine?: string | null;
  /** Addresses written in the body (a recruiter's, for ATS mail). */
  bodyEmails: readonly string[];
  /** Names of people in the mail (signer, sender, recipients): never the company. */
  people: readonly string[];
  /** Lines of the original's own body, as written (a board's card sets the job and the employer on lines of their own). */
  lines?: readonly string[];
  /** The original comes from a job board (by its name or its domain), whatever the sender was reduced to. */
  board?: boolean;
}

/**
 * A job board's or ATS's own name, for its own mail that is not a job alert (a newsletter, a fair, a webinar): the
 * sender brand is the company ("Welcome to the Jungle", "Handshake"); null for anyone else's display name.
 */
export function boardBrand(from: Address): string | null {
  const display = (from.name ?? '').replace(DISPLAY_PREFIX, '').replace(DISPLAY_SUFFIX, '').trim();
  return display && JOB_BOARD.test(display) && !/\svia\s/i.test(from.name ?? '') ? display : null;
}

/**
 * A display name that goes on past the domain's name with the mailbox's own ("Ferncastle Search Appointments" at
 * appointments@ferncastlesearch.com, "Marchmont Search Insights" at insights@...): the organisation is the domain's part.
 */
function withoutMailbox(display: string, label: string | null, email: string): string {
  const mailbox = squash(email.split('@')[0] ?? '');
  const words = display.split(/\s+/);
  // (A display name is a few words; a hostile one of thousands is left as it is.)
  if (!label || mailbox.length < 3 || words.length < 2 || words.length > MAX_NAME_WORDS * 2) return display;
  for (let n = words.length - 1; n >= 1; n--) {
    if (squash(words.slice(n).join(' ')) === mailbox && squash(words.slice(0, n).join(' ')) === label) return words.slice(0, n).join(' ');
  }
  return display;
}

/**
 * A display name of two parts between a dash or a bar ("Hotel Zirbenhof – Julia Rainer", "Nordlog Services – Enquête
 * candidats", "Dotation - Ville de Rivière-aux-Cèdres"): the part the domain spells, else the part that is no person's
 * name; the whole when neither tells.
 */
function organisationPart(display: string, label: string | null): string {
  const parts = display.split(/\s+[-–—|]\s+/);
  if (parts.length !== 2) return display;
  // (The whole part spelled, its start, or its end, "Ville de Rivière-aux-Cèdres" at riviereauxcedres.ca; not only its first
  // word, "Candidate Feedback" at candidatepulse.io.)
  const fits = parts.map((p) => {
    const spelled = [squash(p), squashSpelled(p)];
    return !!label && spelled.some((q) => q.length >= 4 && (q === label || label.startsWith(q) || q.startsWith(label) || (label.length >= 6 && q.endsWith(label))));
  });
  if (fits[0] !== fits[1]) return parts[fits[0] ? 0 : 1]!;
  // (A person beside an organisation that says what it is: "Hotel Zirbenhof – Julia Rainer"; names shaped like people's,
  // "Università del Lario", stay.)
  const person = parts.map((p, i) => !!personName(p, false) && !/\s\p{Ll}/u.test(p) && !TRADE_WORD.test(p) && (TRADE_WORD.test(parts[1 - i]!) || ENGLISH_ORG.test(parts[1 - i]!)));
  if (person[0] !== person[1]) return parts[person[0] ? 1 : 0]!;
  return display;
}

/**
 * The employer: the name as the mail writes it (ATS display name, signature, body wording,
 * subject), scored, with a bonus when it matches the employer's own domain; else the domain.
 */
// US states' postal codes: a city's domain often carries one ("cobaltspringsnm.gov").
const US_STATE = /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)$/;

/** "Cobalt Springs NM" (a domain's spelling with its state) -> "City of Cobalt Springs" as the mail writes it, else the name alone. */
function withoutState(name: string, texts: () => readonly string[]): string {
  // ("Oxbow County, IA", a platform's display name: the state's code after a comma.)
  const comma = /^(.+\S), ([A-Z]{2})$/.exec(name);
  if (comma && US_STATE.test(comma[2]!)) return comma[1]!;
  // ("Halberd Springs Fl": the domain's spelling capitalises the code too.)
  const m = /^(.+) ([A-Z][A-Za-z])$/.exec(name);
  if (!m || !US_STATE.test(m[2]!.toUpperCase())) return name;
  const head = m[1]!;
  // (A plain search, not a pattern built for the name; the mail's texts are gathered only for such a name.)
  for (const text of texts()) {
    for (let at = text.indexOf(` of ${head}`); at >= 0; at = text.indexOf(` of ${head}`, at + 1)) {
      const body = /(?:City|Town|Village|Township|County)$/.exec(text.slice(Math.max(0, at - 9), at))?.[0];
      if (body && !/[\p{L}\d]/u.test(text.charAt(at + 4 + head.length))) return `${body} of ${head}`;
    }
  }
  // ("Copper Mesa AZ" at coppermesaaz.gov, the mail signing "Copper Mesa Police Department"; "Essexbrook Nj", "Essexbrook County
  // Office of County Counsel": the body's name as written after it, else the place without the code.)
  // (Only where the mail writes the state's code in an address: "Grappe IA" in Quebec is no place in Iowa.)
  const code = `, ${m[2]!.toUpperCase()}`;
  if (!texts().some((t) => t.includes(`${code} `) || t.endsWith(code))) return name;
  return withTail(head, texts()) ?? head;
}

export function findCompany(input: CompanyInput): string | null {
  // (A no-reply sender at a domain the mail's other addresses do not share is a platform sending for the employer:
  // "GovRecruit" <noreply@notify.govrecruit.co.uk>, replying to ocr.recruitment@coastalresilience.gov.uk. The other
  // addresses' domain goes first.)
  const senderDomain = input.from.email ? employerDomain(input.from.email) : null;
  const others = [...input.replyTo.map((a) => a.email), ...input.bodyEmails].map(employerDomain).filter((d): d is string => !!d);
  const platform = !!senderDomain && !!input.from.email && isNoReply(input.from.email) && others.length > 0 && !others.includes(senderDomain);
  const domains = senderDomain ? (platform ? [...others, senderDomain] : [senderDomain, ...others]) : others;
  const label = domains[0] ? domainLabel(domains[0]).replace(/[^a-z0-9]/g, '') : null;
  // An agency by its domain, or by what its signature says it is ("Ashdown Kerr Partners | Executive Search").
  const agencyNamed = (line: string) => !!label && (line.match(AGENCY_NAME) ?? []).some((name) => domainFit(name, label) > 0);
  // The sender's own organisation: its name fits the domain ("Carrington Hale" at carringtonhale.com.au).
  const ownName = (name: string) => !!label && (domainFit(name, label) > 0 || squash(name).startsWith(label.slice(0, 6)));
  // "Perrin Lowe Search" at perrinlowe.co.uk: a search firm by its own display name (an employer's "Acme Recruitment" is its team).
  const searchFirmDisplay = (name: string | null) => !!name && !!label && SEARCH_FIRM_TAIL.test(name) && domainFit(name.replace(SEARCH_FIRM_TAIL, ''), label) > 0;
  let agency = !!label && (AGENCY.test(PUBLIC_ZONE.test(domains[0]!) ? label.replace(/shire/g, '') : label) || SEARCH_SUBJECT.test(input.subject) || [...input.signature, input.nameLine ?? ''].some((l) => AGENCY_LINE.test(l) || agencyNamed(l)) || searchFirmDisplay(input.from.name));
  // "Vikram Sethi via LinkedIn" is a person writing through LinkedIn, not an organisation's account.
  const viaLinkedIn = input.from.name && /\bvia linkedin\b/i.test(input.from.name) ? personName(input.from.name, false) : null;
  // People named in the mail (signer, sender, recipients) are not companies; a "signer" named like the
  // sender's domain ("Penrose Rail" at penroserail.co.uk) is the organisation.
  const people = new Set([...input.people, viaLinkedIn ?? ''].filter((p) => !label || squash(p) !== label).map((p) => p.toLowerCase()).filter(Boolean));
  const firstNames = new Set([...people].map((p) => p.split(' ')[0] ?? ''));
  const isPerson = (part: string) => people.has(part.toLowerCase()) || (firstNames.has(part.split(' ')[0]?.toLowerCase() ?? '') && !!personName(part, false));
  const scores = new Map<string, number>();
  // The same wording recurs (signature, subject, body): clean and check each raw form once.
  const named = new Map<string, string | null>();
  // Names found in the mail's wording (body sentences, subject), as opposed to display name and signature.
  const worded = new Set<string>();
  let wording = false;
  const add = (raw: string | undefined, weight: number): void => {
    if (!raw) return;
    // "Cyngor Sir Caerwen / Caerwen County Council": a bilingual name is two candidates; the mail's other
    // evidence (domain, wording) picks one.
    if (/\S\s+\/\s+\S/.test(raw) && raw.split(/\s+\/\s+/).every((part) => /\s/.test(part.trim()))) {
      // The drafts are written in English: its form of the name goes first when one reads as English.
      const parts = raw.split(/\s+\/\s+/);
      const english = parts.filter((part) => ENGLISH_ORG.test(part));
      for (const part of parts) add(part, english.length === 1 && !english.includes(part) ? weight - 1 : weight);
      return;
    }
    let name = named.get(raw);
    if (name === undefined) {
      // A team word the domain spells is part of the name ("Raffles Quay Events" at rqevents.sg).
      const cleaned = clean(raw, !!label && (squash(raw) === label || label.endsWith(squash(raw.replace(LEGAL_SUFFIX, '').split(/\s+/).pop() ?? '') || '\0')));
      // "Richard Cole and Ayesha Malik" (the panel): people, however joined.
      const people2 = !!cleaned && /\s(?:and|&)\s/.test(cleaned) && cleaned.split(/\s+(?:and|&)\s+/).every((p) => isPerson(p) || !!personName(p, false));
      // "Schiffbauingenieur", "Doktersassistent" (the job in the subject): a job noun alone is no company,
      // unless the domain spells it.
      // ("Qualitätsmanager GMP", "Analista de BI": the job noun, then lower-case words or an acronym.)
      const job = !!cleaned && jobTitle(cleaned) && !(label && domainFit(cleaned, label) >= 1);
      // (A job board or a public jobs service is never the employer: "Civil Service Jobs - Application submitted".)
      name = cleaned && !isPerson(cleaned) && !people2 && !job && !JOB_BOARD_NAME.test(cleaned) && !JOB_PORTAL.test(cleaned) ? cleaned : null;
      named.set(raw, name);
    }
    if (name) scores.set(name, (scores.get(name) ?? 0) + weight);
    if (name && wording) worded.add(name);
  };
  const fromEmail = input.from.email ?? '';
  let theBrand: string | null = null;
  // An organisation's display name ("Atlas", "Acme via Greenhouse", "Acme Careers"), not a person's.
  // (A board's reply relay shows the person who wrote: "Sandra Ortiz" at indeedemail.com is no organisation.)
  if (input.from.name && !viaLinkedIn && (isAtsAddress(fromEmail) || !personName(input.from.name, false)) && !(isReplyRelay(fromEmail) && personName(input.from.name, false))) {
    const display = input.from.name.replace(DISPLAY_PREFIX, '').replace(DISPLAY_SUFFIX, '').replace(CJK_TEAM, '').trim();
    const strong = isAtsAddress(fromEmail) || !employerDomain(fromEmail) || DISPLAY_SUFFIX.test(input.from.name);
    // A job board's name is not the employer's (the employer is in the wording: "candidature chez X").
    // ("Service Ressources Humaines": what is left, "Service", is a department, not a name.)
    // ("Recruitment Services (DMRF)": a team, with the body's initials in brackets.)
    if (!JOB_BOARD.test(display) && !JOB_BOARD.test(input.from.name) && !BOARD_NAMED.test(display) && !(/^\S+$/.test(display) && ROLE_WORD.test(display)) && !DEPARTMENT_ALONE.test(display.replace(INITIALS_AFTER, ''))) add(withoutMailbox(organisationPart(display, label), label, fromEmail), strong ? 5 : 3);
    // "The Hired Hand": a brand that starts with The keeps it (wording elsewhere drops a leading "the").
    if (/^The\s+\p{Lu}/u.test(display)) theBrand = display;
  }
  // "Acme Ltd | 1 Main Street | +44 20 5555 0100 | acme.com": the parts are read one by one, without
  // the phone numbers and addresses that share the line.
  const partsOf = (line: string) => line.split(/\s*[|,•·]\s*|\s+[-–—]\s+/).map((p) => (/[\d@.]/.test(p) ? p.replace(CONTACT_BITS, ' ') : p).trim()).filter(Boolean);
  const readSignature = (parts: readonly string[], alone: boolean) => {
    // A line of its own is the company line; the tail of "Recruiter, Acme" is a little less sure.
    for (const [i, part] of parts.entries()) {
      // (The town and the postcode follow the street on its line; a town is followed by its state.)
      if (ADDRESS_PART.test(part)) break;
      if (REGION_NAME.test(part) || (REGION_NAME.test(parts[i + 1] ?? '') && TOWN.test(part))) continue;
      // "Summitline Talent" is the agency's name when its domain says so, though "Talent" reads like a team.
      // ("Falkenberg Executive Search GmbH": a legal form makes it a company, whatever words it holds.)
      // ("South Wessex Ambulance Service NHS Foundation Trust": a public body's name may hold a team's word.)
      if (ROLE_WORD.test(part) && !(label && domainFit(part, label) >= 2) && !LEGAL_SUFFIX.test(part) && !/\s\S+\s(?:Trust|Council|University|Hospital|College|Authority|District)$/.test(part) && !NAMED_SERVICE.test(part) && !REMIT_BODY.test(part)) continue;
      // ("Steuerberaterin", "Oversygeplejerske", "Teamlead Marketing": the signer's title is no company; add() refuses
      // job titles wherever they are read.)
      if (!isPerson(part)) add(part, (alone ? 4 : 3) - (agency ? 1 : 0));
    }
  };
  // The name line itself may go on with the title and the company, after the name.
  const nameParts = input.nameLine ? partsOf(input.nameLine) : [];
  const nameAt = nameParts.findIndex((p) => isPerson(p));
  // "Dr Anneliese Vos - organiser": a calendar's guest list, not a signature; the names under it are guests.
  const guestList = !!input.nameLine && GUEST_LINE.test(input.nameLine);
  if (!guestList && nameAt >= 0 && nameParts.length > nameAt + 1) readSignature(nameParts.slice(nameAt + 1), false);
  for (const line of guestList ? [] : input.signature.slice(0, 4)) {
    // (The calendar's lines end the signature: the guest list that follows names people.)
    if (CALENDAR_CHROME.test(line)) break;
    const parts = partsOf(line);
    readSignature(parts, parts.length === 1);
  }
  wording = true;
  const subject = input.subject.replace(REPLY_PREFIX, '');
  for (const p of SUBJECT_PATTERNS) for (const m of all(p, subject)) add(m, 2);
  const sentences = input.sentences.slice(0, MAX_SENTENCES).map((s, i, all) => (s.endsWith(':') && COMPANY_LABEL_ALONE.test(s) && all[i + 1] ? `${s} ${all[i + 1]}` : s));
  // "the Quality Engineer II position (JR-10293) at Halvorsen": the reference is noise.
  const bareSentences = sentences.map((s) => (s.includes('(') ? s.replace(/\s*\([^)]{0,40}\)/g, '') : s));
  const bare = new SentenceText(bareSentences, SEPARATOR);
  // (Read once, and only when an executive's title is written at all; the sentences joined once for both uses.)
  let execText: SentenceText | null = null;
  let clientExecs: ReturnType<SentenceText['matches']> | null = null;
  const execs = () => (clientExecs ??= sentences.some((s) => EXEC_TITLE.test(s)) ? (execText = new SentenceText(sentences, SEPARATOR)).matches(CLIENT_EXEC) : []);
  const speakingAt = new Set(bare.matches(SPEAKS_G).map((m) => m.sentence));
  // The lead-phrase patterns are lower case: "On behalf of the Municipality of Port Arden" opens a sentence.
  const lead = new SentenceText(bareSentences.map((s) => (/^[A-Z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)), SEPARATOR);
  const texts = {
    lead,
    // The other sentences are left empty: indices stay, the costly pattern reads only these.
    speaking: speakingAt.size > 0 ? new SentenceText(bareSentences.map((s, i) => (speakingAt.has(i) ? s : '')), SEPARATOR) : null,
    raw: sentences.some((s) => s.includes('(') || s.includes('©') || /opyright/.test(s)) ? new SentenceText(sentences, SEPARATOR) : null,
  };
  // One pass per pattern over all sentences; names are then counted sentence by sentence, pattern by
  // pattern, as if each sentence had been read on its own (the order decides ties).
  const found = SENTENCE_SCANS.flatMap(({ re, weight, on }, p) =>
    // (A pattern of alternatives holds the name in the group of the one that matched: SENT_TO's German "an X übermittelt".)
    (texts[on]?.matches(re) ?? []).map(({ sentence, match }) => ({ sentence, p, at: match.index, name: match.slice(1).find((g) => g !== undefined), weight })),
  );
  found.sort((a, b) => a.sentence - b.sentence || a.p - b.p || a.at - b.at);
  // A tool's own footer ("© 2027 Greenhouse Software") names no employer.
  for (const f of found) if (!(SENTENCE_SCANS[f.p]!.re === COPYRIGHT && JOB_BOARD.test(f.name ?? ''))) add(f.name, f.weight);
  for (const m of all(PARENTHESISED, subject)) add(m, 1);
  // Names the mail says the application was sent to ("an Rheinauen Kliniken gGmbH übermittelt", "inviata a Gelaterie
  // Ducale"), or a board's card shows: the sender is a board relaying it.
  const relayed = [...found.filter((f) => SENTENCE_SCANS[f.p]!.re === SENT_TO).map((f) => f.name), ...all(SUBJECT_PATTERNS[1]!, subject), ...all(BOARD_SUBJECT, subject)];
  // A board's card: the subject's job ("Indeed Application: Dental Front Office Coordinator"), then on a line of its
  // own the same job, the employer and the place ("Dental Front Office Coordinator Brightsmile Family Dentistry -
  // San Antonio, TX").
  const job = subject.split(/\s*:\s+|\s+[-–—|]\s+/).pop()?.trim() ?? '';
  if (job.length >= 4 && ROLE_NOUN.test(job)) {
    // (Or the job alone on its line and the employer on the next: "Inventory Control Analyst", "Hawthorne Building Supply -
    // Aurora, CO".)
    for (const [i, s] of sentences.slice(0, CARD_SENTENCES).entries()) {
      const rest = s === job ? sentences[i + 1] : s.startsWith(`${job} `) ? s.slice(job.length + 1) : undefined;
      if (rest === undefined) continue;
      const card = CARD_EMPLOYER.exec(rest);
      const employer = card?.[1]?.replace(LEGAL_FORM_THEN_PLACE, '$1');
      if (employer) {
        add(employer, 3);
        relayed.push(employer);
      }
    }
  }
  for (const m of all(GENDER_CARD, sentences.slice(0, CARD_SENTENCES).join(SEPARATOR))) {
    const employer = m.replace(LEGAL_FORM_THEN_PLACE, '$1');
    add(employer, 3);
    relayed.push(employer);
  }
  // A board's card, line by line: the job (the subject names it, or it reads as a job), then the employer on the next
  // line, alone or before the place ("Administrativo/a contable" / "Construcciones Hermanos Barbastro, S.L.";
  // "Lagermedarbeider – fast 100 %" / "Nordlys Engros AS · Berghagan 4"; "Product Analyst" / "Octave Énergie · CDI · Paris").
  if (input.board) {
    const lines = (input.lines ?? []).slice(0, CARD_LINES).map((l) => l.replace(/^\*+|\*+$/g, '').trim());
    // (A public jobs service labels the body that employs: "Department: Valuation and Rates Agency".)
    for (const line of lines) {
      const employer = BOARD_LABEL.exec(line)?.[1];
      if (employer && CARD_NAME.test(employer.replace(LEGAL_SUFFIX, ''))) {
        add(employer, 4);
        relayed.push(employer);
      }
    }
    const end = lines.findIndex((l) => SIGN_OFF.test(l.replace(/[,!.]+$/, '')));
    const lowerSubject = subject.toLowerCase();
    for (let i = 0; i + 1 < (end < 0 ? lines.length : end); i++) {
      const title = lines[i]!.split(CARD_PART)[0]!;
      // (A job, not the employer's own name or a sentence: "Transportes Montaña Verde S.A.S." in the subject is no job.)
      // (Nor a name the wording already gave as the employer: "Your application to Harborlight Analytics was submitted".)
      if (title.length < 4 || title.split(' ').length > 6 || /[.!?:,]$/.test(title) || LEGAL_SUFFIX.test(title) || scores.has(clean(title) ?? '') || !(lowerSubject.includes(title.toLowerCase()) || ROLE_NOUN.test(title))) continue;
      const head = lines[i + 1]!.split(CARD_PART)[0]!;
      // (Not a street address, a place, a job, or a sentence's end: "2200 S. Loomis St.", "Medellín, Antioquia";
      // "Milwaukee, WI - Internship", "Puebla, Pue.": a town and its state's abbreviation.)
      if (/^\d|[.!?:]$/.test(head.replace(LEGAL_SUFFIX, '')) || isPlaceName(head) || ROLE_NOUN.test(head) || /^[\p{L} .'-]+,\s+\p{Lu}[\p{Lu}\p{Ll}]{1,2}\.?(?:\s|$)/u.test(lines[i + 1]!)) continue;
      const employer = CARD_NAME.exec(head.replace(LEGAL_SUFFIX, ''))?.[1];
      if (!employer) continue;
      add(employer, 3);
      relayed.push(employer);
      break;
    }
  }
  let relay = false;
  if (label) {
    // (A single word is as often a person the mail was passed to, "doorgestuurd naar Gerard (bedrijfsleider)", as an employer.)
    const relayedNames = relayed.map((raw) => (raw === undefined ? null : named.get(raw))).filter((n): n is string => !!n && !ownName(n) && n.includes(' '));
    // The board's own name (display name, domain) gives way to the employer it relayed to.
    relay = relayedNames.length > 0;
    if (relay) for (const name of [...scores.keys()]) if (ownName(name)) scores.delete(name);
    // (Above the board's footer: "JobsHelvetia AG · Zürich · Datenschutz".)
    for (const name of new Set(relayedNames)) scores.set(name, (scores.get(name) ?? 0) + 2);
  }
  // A search firm known only by its wording: a person at a domain of its own names another organisation, the one
  // its subject names too, as the one that meets, decides or offers ("Ainsworth Clarke - Head of Legal", "I've just
  // come off the phone with Ainsworth Clarke").
  if (!agency && label && !isAtsAddress(fromEmail) && input.from.name && personName(input.from.name, false)) {
    // ("Irwell Valley Hospitals NHS Foundation Trust would like to offer you": a name longer than the pattern reads is cut at
    // its start; the word before it, capitalised, belongs to it.)
    const widened = (name: string): string => {
      for (const s of sentences) {
        const at = s.indexOf(` ${name}`);
        const before = at > 0 ? /\p{Lu}[\p{L}'’-]*$/u.exec(s.slice(Math.max(0, at - 30), at))?.[0] : undefined;
        if (before) return `${before} ${name}`;
      }
      return name;
    };
    const speaking = [...bare.matches(CLIENT_SPEAKS), ...execs()];
    const speaks = new Set(speaking.map(({ match }) => match[1]));
    agency = [...lead.matches(CLIENT), ...speaking].some(({ match }) => {
      const name = match[1] === undefined ? null : clean(match[1]);
      // (Named in the subject; or acting in the body, "Veltris Pharma would like to meet you", and named again,
      // "Location: Veltris Pharma, Avenue Louise 231" -- not "the position with the Office of X", which an employer
      // writes of itself, nor a person's name written twice, as a calendar's organiser is.)
      const again = speaks.has(match[1]) && sentences.filter((s) => s.includes(name ?? '\0')).length >= 2 && !personName(name, false);
      // ("Quillfeather Insurance would like to offer you", the subject "Quillfeather - offer for GM Claims": its first
      // word, as a part of the subject of its own.)
      const head = name?.split(' ')[0] ?? '';
      const short = speaks.has(match[1]) && head.length >= 5 && subject.split(/\s*[-–—|:(]\s*/).some((part) => part === head || part.startsWith(`${head} `));
      // (A client's short name may stand alone when the subject opens with its full name: "Whinfell's Chief Executive",
      // "Whinfell Water – meeting with Tom Ashworth".)
      return !!name && (name.includes(' ') || (short && execs().some((e) => e.match === match))) && (subject.includes(name) || again || short) && !ownName(name) && !ownName(widened(name)) && !isPerson(name) && !ROLE_WORD.test(name) && !jobTitle(name);
    });
  }
  // A search firm's consultant names the client in passing ("Ravensworth's Chair", "the Nominations Committee of Norwood
  // Rail plc", "the client is Corbel Water"), often in the subject too: that organisation is the employer.
  if (label && !isAtsAddress(fromEmail) && !relay && input.from.name && (agency || personName(input.from.name, false)) && (agency || [subject, ...sentences, ...input.signature].some((s) => SEARCH_TALK.test(s)))) {
    const client = searchClient({
      subject,
      sentences,
      clean: (raw) => clean(raw),
      // ("Coralbay Resources", "Quantrel Partners": an organisation's trade word is no team's.)
      excluded: (name) => ownName(name) || isPerson(name) || ROLE_WORD.test(/^Human Resources$/i.test(name) ? name : name.replace(/\s+(?:Resources|Partners)$/, '')) || SEARCH_TITLE.test(name) || jobTitle(name) || JOB_BOARD.test(name),
      personLike: (name) => !!personName(name, false) && !TRADE_WORD.test(name),
      roleLike: (text) => searchRole(text) || jointPosts(text),
    });
    if (client) return client.name;
  }
  // An agency's recruiter writing about a named client: the client is the employer, not the agency; the
  // recruiter's signature names the agency and its specialisms ("Data & Analytics"), never the client.
  if (agency && label) {
    const clients = new Set<string>();
    const client = (raw: string | undefined) => {
      const name = raw === undefined ? null : (named.get(raw) ?? clean(raw));
      // The subject of an agency's mail often opens with the job ("Finance Business Partner - ..."): no client.
      if (name && !ROLE_WORD.test(name) && !SEARCH_TITLE.test(name)) clients.add(name);
    };
    for (const { match } of [...lead.matches(CLIENT), ...bare.matches(CLIENT_SPEAKS), ...execs()]) {
      client(match[1]);
      // Named as the client, the name counts as the mail's wording even if no other pattern read it.
      const name = match[1] === undefined ? null : (named.get(match[1]) ?? clean(match[1]));
      if (name && !ownName(name) && !isPerson(name)) {
        scores.set(name, Math.max(scores.get(name) ?? 0, 2));
        worded.add(name);
      }
    }
    // The subject names the client ("Interview confirmed - Globex Dynamics, Planner"), rarely the agency.
    // ("Senior Quantity Surveyor - main contractor - Bristol": a name the body writes as a place, "in Bristol", is one.)
    // A name only the subject gives ("Financial Controller opportunity - Manchester") is a place, not a client.
    const place = (raw: string) => sentences.some((s) => s.includes(`in ${raw}`) || s.includes(`near ${raw}`));
    const mentioned = (raw: string) => sentences.some((s) => s.includes(raw.replace(/^the\s+/i, '').split(' ')[0] ?? raw));
    for (const p of [CLIENT, ...SUBJECT_PATTERNS, SUBJECT_MIDDLE]) {
      for (const m of all(p, subject)) {
        if (!mentioned(m) || place(m)) continue;
        client(m);
        // "Category Analyst - Hatherleigh Foods - interview availability", the body saying "Hatherleigh": the
        // subject's fuller name counts as the mail's wording too.
        const name = named.get(m) ?? clean(m);
        // ("2nd stage - Calder Analytics - Data Engineer", the body writing "Calder Analytics were really impressed": the
        // same full name in both.)
        if ((p === SUBJECT_MIDDLE || p === SUBJECT_PATTERNS[3] || p === SUBJECT_PATTERNS[4]) && name && clients.has(name) && !ownName(name) && !isPerson(name) && ([...scores.keys()].some((k) => name.startsWith(`${k} `)) || (name.includes(' ') && !/\d/.test(name) && !jobTitle(name) && sentences.some((s) => s.includes(name))))) {
          scores.set(name, Math.max(scores.get(name) ?? 0, 2));
          worded.add(name);
        }
      }
    }
    if ([...scores].some(([name, score]) => score >= 2 && clients.has(name) && !ownName(name))) {
      // The job's title in the agency's subject ("Finance Business Partner - Maybury Foods") is no employer either.
      // Of what is left, the clients it names.
      for (const name of [...scores.keys()]) if (ownName(name) || !worded.has(name) || ROLE_WORD.test(name) || !clients.has(name)) scores.delete(name);
    }
  }
  // The client's executive a search firm introduces ("Tom Ashworth (Whinfell's Chief Executive)") is a person, however
  // the subject names them ("meeting with Tom Ashworth", "call with Dr. Keane").
  const execNames = new Set(
    execs().flatMap(({ sentence, match }) => {
      const before = sentences[sentence]?.slice(0, Math.max(0, match.index - (execText?.startOf(sentence) ?? 0))) ?? '';
      const who = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u.exec(before)?.[1];
      return who && personName(who, false) ? [who.split(/\s+/).pop()!, who.split(/\s+/)[0]!] : [];
    }),
  );
  if (execNames.size > 0) {
    for (const name of [...scores.keys()]) {
      const words = name.split(/\s+/);
      // (Or by the first name alone: "first meeting with Anders".)
      if (words.length <= 3 && execNames.has(words[words.length - 1]!) && (words.length === 1 || !!personName(name, false) || ACADEMIC_TITLE.test(name))) scores.delete(name);
    }
  }
  // "Kettle & Crumb Talent Team / Part of Northgate Retail Group plc": the group a brand belongs to, sending through its
  // tool under the group's name, is not the employer the mail names.
  if (scores.size > 1) {
    for (const line of input.signature) {
      const parent = PART_OF.exec(line)?.[1];
      const group = parent ? clean(parent) : null;
      if (group && scores.has(group) && [...scores].some(([name, score]) => name !== group && score >= 3 && !group.includes(name))) scores.set(group, (scores.get(group) ?? 0) - 3);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  // (Built once, when a reading first needs it: the fallbacks below ask for it up to seven times.)
  let textsOnce: string[] | null = null;
  const writtenTexts = () => (textsOnce ??= [...input.signature, input.nameLine ?? '', ...sentences]);
  // (The words initials stand for, read once per candidate: the check below and the read-out after the choice both ask.)
  const readOut = new Map<string, string | null>();
  const standsFor = (acronym: string) => {
    if (!readOut.has(acronym)) readOut.set(acronym, byInitials(acronym.toLowerCase(), writtenTexts()));
    return readOut.get(acronym) ?? null;
  };
  // "PCSO" for "Police Community Support Officer": initials that stand for a post name no employer.
  for (const name of [...scores.keys()]) {
    if (!/^\p{Lu}{3,6}$/u.test(name)) continue;
    const stands = standsFor(name);
    if (stands && PERSON_POST.test(stands.slice(stands.lastIndexOf(' ') + 1))) scores.delete(name);
  }
  for (const [name, score0] of scores) {
    const fit = label ? domainFit(name, label) : 0;
    const score = score0 + fit;
    // On a tie the fuller form of the same name wins ("Halvorsen Medical Devices" over "Halvorsen"), and a name that
    // spells the whole domain label wins over one that only starts like it ("Teifi Valley University Health Board" over
    // "Teifi Ward" at teifivalley.nhs.wales).
    if (score > bestScore || (score === bestScore && best !== null && ((name.startsWith(best) && name.length > best.length) || (!!label && label.length >= 6 && squash(name).startsWith(label) && firstWordFit(best, label))))) {
      best = name;
      bestScore = score;
    }
  }
  // "Veldkamp" (the sender's display name) and "Veldkamp Bouwgroep" (the body): the fuller form, when the
  // mail writes it with some weight, is the name.
  if (best && bestScore >= 2) {
    const fuller = (name: string) => {
      // ("St Wilfrid" from the display name "St Wilfrid's Recruitment", "St Wilfrid's C of E High School" signed: a saint's
      // name goes on past its possessive, as in clean(); so does "Buckeye Valley Children's Hospital".)
      const extra = name.slice(best!.length).replace(/^['’]s /, ' ');
      // (Not a unit of it: "City of Wirrina Bay Libraries", "City of Alder Crossing Division".)
      // (Nor a body named for its remit, whose name a label or an address may follow on the line: "Department for Regional
      // Infrastructure 2 Marsham Court".)
      if (REMIT_BODY.test(best!)) return false;
      return (name.startsWith(`${best} `) || ((/^(?:St|Saint|Ste)\.?\s/.test(best!) || /\s(?:Children|Women|Men|People|Sheriff)$/.test(best!)) && (name.startsWith(`${best}'s `) || name.startsWith(`${best}’s `)))) && !ROLE_WORD.test(extra) && !DISPLAY_SUFFIX.test(extra) && !((PUBLIC_BODY.test(best!) || NHS_BOARD.test(best!)) && unitWords(extra, true)) && !/^\s*(corp|corporation|co|company|inc|incorporated)\.?$/i.test(extra);
    };
    for (const [name, score] of scores) if (score >= 2 && name.length > best.length && fuller(name)) best = name;
    // "Mersey Estuary Teaching Hospitals NHS" (a name read to its longest, five words) where the mail goes on "... NHS
    // Foundation Trust": the institution's words that follow it (only after a word no such name ends on).
    // (Or the domain's own name read short: "Riverland" at riverland.gov and "Riverland County" written.)
    const lastWord = best.split(' ').pop()!;
    // ("Ashford Township Police" and "... Police Department": a force's department or service after its name.)
    if ((INSTITUTION_WORD.test(lastWord) || (!!label && squash(best) === label)) && (!INSTITUTION_END.test(lastWord) || /^(?:Police|Fire|Rescue|Ambulance)$/.test(lastWord)) && !TAIL_END.test(lastWord)) {
      best = withTail(best, writtenTexts()) ?? best;
    }
    // (Or a name cut after its "and": "Slieve Bloom Education and Training", written "... and Training Board".)
    if (REMIT_NAME.test(best) || CUT_AT_AND.test(best)) best = continued(best, [...sentences, ...input.signature]) ?? best;
    // "MBS" (the sender's display name) and "Mazowiecki Bank Spółdzielczy" (the signature): the name the initials stand for.
    // ("NFAS" and "Northern Fells Ambulance Service NHS Trust": the initials may leave the institution's words out; "HMLTA" and
    // "HM Land Titles Agency".)
    if (/^\p{Lu}{2,6}$/u.test(best)) {
      const acronym = best;
      const initials = (name: string) => name.split(/\s+/).filter((w) => !GLUE.test(w)).map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w.charAt(0))).join('');
      const stands = (name: string) => {
        const words = name.split(/\s+/);
        if (initials(name) === acronym) return true;
        if (!initials(name).startsWith(acronym)) return false;
        let k = 0;
        let n = 0;
        while (n < words.length && k < acronym.length) k += GLUE.test(words[n++]!) ? 0 : /^\p{Lu}{2,3}$/u.test(words[n - 1]!) ? words[n - 1]!.length : 1;
        return institutionTail(words, n) === words.slice(n).join(' ');
      };
      for (const [name, score] of scores) if (score >= 2 && name.includes(' ') && stands(name)) best = name;
      if (best === acronym) {
        best = standsFor(acronym) ?? best;
        if (best !== acronym) best = placeBefore(best, scores, writtenTexts()) ?? bodyOf(best, writtenTexts()) ?? best;
      }
    }
    // "Sierra Foothills USD" and "Sierra Foothills Unified School District", "Greystone DSB": the words the initials stand for.
    const shortTail = /^(.+?)\s(\p{Lu}{2,4})$/u.exec(best);
    if (shortTail) {
      const [, head, letters] = shortTail;
      const spelled = (name: string) => name.startsWith(`${head} `) && name.slice(head!.length + 1).split(/\s+/).filter((w) => !GLUE.test(w)).map((w) => w.charAt(0)).join('') === letters;
      const full = [...scores.keys()].find(spelled) ?? writtenTexts().flatMap((t) => t.match(CAPITALISED_RUN) ?? []).flatMap((run) => {
        const at = run.indexOf(`${head} `);
        if (at < 0) return [];
        const words = run.slice(at).split(/\s+/);
        return words.map((_, n) => words.slice(0, n + 1).join(' ').replace(/[.,;:!?]+$/, ''));
      }).find(spelled);
      if (full) best = full;
    }
    // "Maple Hollow Elementary" and "Maple Hollow School District": a US or Canadian school's district (or board) employs.
    if (SCHOOL.test(best)) {
      for (const [name, score] of scores) if (score >= 2 && DISTRICT.test(name) && !SCHOOL.test(name)) best = name;
    }
    // "Marlborough Downs Hospital" and "Wessex Downs Partnership NHS Trust", "Upton Mere Library" and "Mereshire County Council": a
    // workplace inside the body that employs, when the mail names that body too.
    if (WORKPLACE.test(best)) {
      const workplace = best;
      for (const [name, score] of scores) if (score >= 2 && score >= (scores.get(workplace) ?? 0) - 2 && EMPLOYING_BODY.test(name) && !WORKPLACE.test(name)) best = name;
    }
    // "Harlow Springs" and "City of Harlow Springs": the institution's full name.
    // ("Comune di Valdoria", "Ville de Montreuil", "Ayuntamiento de X": the same in other languages.)
    const ofBest = (name: string) => name.endsWith(` ${best}`) && OF_WORDS.has(name.slice(0, -best!.length - 1).split(' ').pop()?.toLowerCase() ?? '');
    for (const [name, score] of scores) if (score >= 2 && ofBest(name) && name.split(' ').length <= best.split(' ').length + 3) best = name;
    // "Aldéris" at alderis-conseil.fr, and the mail writes "Aldéris Conseil": the domain's full form.
    // ("Hollins Cross" from the display name "Hollins Cross Nursing Recruitment" at hollinscross.nhs.uk, the mail writing
    // "Hollins Cross University Hospitals NHS Trust": the institution's full name, when the words after are an institution's.)
    if (label && label.startsWith(squash(best))) {
      const full = writtenAs(label, writtenTexts());
      const rest = full?.slice(best.length + 1) ?? '';
      if (full?.startsWith(`${best} `) && (squash(best) !== label || institutionTail(rest.split(' '), 0) === rest)) best = full;
    }
    // A name that has nothing to do with the sender's own domain ("Nights" from the subject) gives way to
    // the domain's name as the mail writes it ("Kestrel Freight" at kestrelfreight.co.uk); an agency's
    // recruiter names a client on purpose.
    // (Not when the name fits another of the mail's domains: "Calder Moor Community Health NHS Trust" replying from
    // caldermoorhealth.org.uk, sent through a platform's noreply@jobtrac-health.com.)
    // (Nor when it fits the host under the domain's label: "Penwithick Primary School" at penwithick.westmarlshire.sch.uk.)
    const hosts = (domains[0] ?? '').toLowerCase().split('.');
    const host = hosts.length > 2 && hosts[1]!.replace(/[^a-z0-9]/g, '') === label ? hosts[0]!.replace(/[^a-z0-9]/g, '') : '';
    const fitsOther = (name: string) => (host.length >= 4 && domainFit(name, host) > 0) || domains.slice(1).some((d) => d !== domains[0] && domainFit(name, domainLabel(d).replace(/[^a-z0-9]/g, '')) > 0);
    if (label && !agency && !relay && domainFit(best, label) === 0 && !squash(best).includes(label) && !fitsOther(best)) {
      // (Or loosely, "Centre de services scolaire des Monts-Boisés" at csmontsboises.ca over "Techniques", when the two share no
      // word: "City of Pinecrest" at pinecrestco.gov is no "Pinecrest CO".)
      const shares = (name: string) => name.split(/\s+/).some((w) => w.length >= 4 && best!.split(/\s+/).includes(w));
      const loose = () => {
        const name = writtenLoosely(label, writtenTexts(), [input.nameLine ?? '', ...input.signature]);
        return name && !shares(name) ? name : null;
      };
      const own = inEnglish(writtenAs(label, writtenTexts()), writtenTexts()) ?? loose();
      // ("Coast and Rural" at coast-rural.gov.uk, the mail naming the "Department for Coast and Rural Affairs": the body
      // whose name holds the domain's.)
      const holder = own ? [...scores].filter(([name, score]) => score >= 2 && name !== own && name.includes(`${own} `) && (REMIT_BODY.test(name) || INSTITUTION_END.test(name.split(' ').pop()!))).sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
      // (Nor a name the mail weighs far above the domain's, when the domain's is read too: "Harrow Vale Borough Council",
      // named throughout a survey sent by surveys@candidatepulse.io, signed "CandidatePulse".)
      const outweighed = !!own && (scores.get(own) ?? 0) > 0 && (scores.get(best) ?? 0) >= 4 * (scores.get(own) ?? 0);
      if (own && !outweighed) {
        // ("Reef and Coastal" at reefcoastal.qld.gov.au, written "the Department of Reef and Coastal Management"; "City Renewal",
        // written "City Renewal and Place Directorate".)
        best = holder ?? own;
        best = withRemitHead(best, writtenTexts()) ?? best;
        best = continued(best, [...sentences, ...input.signature]) ?? best;
      }
    }
    // "Beacon Lane" at beaconlane.ie, in mail about "my client" or "our consultants": the agency's name is the
    // one it writes with its trade, "Beacon Lane Recruitment" (an employer's "Acme Recruiting" is only its team).
    if (label && domainFit(best, label) > 0 && sentences.some((s) => AGENCY_TALK.test(s))) best = withTrade(best, [input.nameLine ?? '', ...input.signature, ...sentences]);
    // "naszemu klientowi, Fabryce Mebli Olszyna" under the subject "... Fabryka Mebli Olszyna": a declined first word
    // (Polish, Finnish, Czech) is named as the subject writes it, in its dictionary form.
    // (An agency's client only, named alone between the subject's separators: "Stadtwerken" in a German subject is declined too.)
    if (agency) best = nominative(best, subject);
    // "Intercommunale Meuse-Vesdre (IMV)", "Karoo Wind Energy (RF)": the initials or the legal note in brackets go from the
    // answer (they still counted for the domain: "Universidad del Pueblo (UNIPUE)" at unipue.edu.mx).
    return withoutState((theBrand && theBrand.slice(4) === best ? theBrand : best).replace(INITIALS_AFTER, ''), writtenTexts);
  }
  if (!label || !domains[0]) return null;
  // The domain as the mail writes it ("Brightmoor Logistics" for brightmoorlogistics.com), else as the
  // quoted thread wrote it ("Director of Digital, Alder Peak Outdoor"), else in lower case ("dave from
  // ironbark hardware here"), else as spelled.
  const history = input.history ?? [];
  // A search firm signs with its trade ("Raabe Executive Search GmbH" at raabe-executive.de, "Falkenstein Executive
  // Search GmbH" at falkenstein-search.de): the name as it signs.
  const signLines = [input.nameLine ?? '', ...input.signature];
  if (agency) {
    const signed = signLines.flatMap((l) => l.match(AGENCY_NAME) ?? []).find((n) => domainFit(n, label) > 0);
    if (signed) return withTrade(signed, signLines);
  }
  // ("perdidobayfl.gov", the mail writing "Perdido Bay County": a US county's or city's domain with its state's code.)
  const stateless = label.length >= 8 && US_STATE.test(label.slice(-2).toUpperCase()) ? label.slice(0, -2) : null;
  const written = inEnglish(writtenAs(label, writtenTexts()), writtenTexts()) ?? writtenAs(label, history) ?? writtenLower(label, [...sentences, ...history]) ?? writtenAs(label, writtenTexts(), true) ?? writtenLoosely(label, writtenTexts(), signLines) ?? byInitials(label, writtenTexts()) ?? byFrenchInitials(label, writtenTexts()) ?? bilingualInitials(domains[0], writtenTexts()) ?? writtenInstitution(label, writtenTexts()) ?? (stateless ? writtenAs(stateless, writtenTexts()) : null);
  if (written && agency) return withTrade(written, signLines);
  // ("Inland Waterways" at inlandwaterways.gov.uk, the mail naming the "Office for Inland Waterways": the body named for its
  // remit.)
  const headed = written ? withRemitHead(written, writtenTexts()) : null;
  if (headed) return continued(headed, [...sentences, ...signLines]) ?? headed;
  // (A name that already ends on an institution's word has its tail: "West Penmoor Police Police Staff".)
  if (written && !INSTITUTION_END.test(written.split(' ').pop()!)) {
    // "Cwm Aran" at cwmaran.wales.nhs.uk, the mail signing "Cwm Aran University Health Board": the institution's full name.
    const full = withTail(written, writtenTexts());
    if (full) return full;
  }
  if (written) return withoutState(legalExtension(written, writtenTexts()) ?? continued(written, [...sentences, ...signLines]) ?? written, writtenTexts);
  const spelled = prettyDomain(domainLabel(domains[0]));
  // ("service" from civilservicejobs.service.gov.uk: a generic word names no employer.)
  // (Nor a jobs service's: "publicjobs" at publicjobs.ie.)
  if (DEPARTMENT_ALONE.test(spelled) || NOT_COMPANY.test(spelled) || JOB_BOARD_NAME.test(spelled)) return null;
  return withoutState(legalExtension(spelled, writtenTexts()) ?? spelled, writtenTexts);
}
