// Words that make a display name or signature line an organisation or a function, not a person.
const NOT_PERSON = /\b(schools|constabulary|police|ambulance|rescue|hospitals|colleges|universities|firefighters?|paramedics?|constables?|wholetime|policy|terrace|workforce|adviser|advisor|valuer|officer|administrator|analyst|assistant|bulletin|hazards|recriwtio|gofal|swyddi|conseil|affairs|corporate|cardiac|step-down|bloco|operat[óo]rio|hisp[aâ]nic[oa]|infrastructure|campaign|dział\w*|craftsperson|organi[sz]er|clerical|maintenance|equipa|garage|atelier|boulangerie|pâtisserie|patisserie|brasserie|boucherie|librairie|pharmacie|centre|center|centro|zentrum|clinic|hospital|academy|college|school|institute|agency|alerts?|equipo|talento|équipe|equipe|recrutement|rrhh|personal\w*|departamento|d[ée]partement|recursos|humanos|ressources|humaines|selecci[óo]n|sele[çc][ãa]o|karriere\w*|jobsuche|jobb[öo]rse|eventos|tischlerei|schreinerei|b[äa]ckerei|metzgerei|g[äa]rtnerei|brauerei|weingut|autohaus|werkstatt|kanzlei|praxis|klinik|apotheke|verlag|versicherung\w*|sparkasse|volksbank|genossenschaft|kindergarten|kita|stadtverwaltung|verwaltung|gemeinde|landratsamt|stadt|umfrage|bewerbung\w*|alertes?|agence|l'[ée]quipe|energ[íi]a|spel|climate|minuten|veranstaltung\w*|r[ée]seau|forum|foods?|council|district|solutions|partners|foundation|consulting|search|energy|energie|mobility|media|analytics|logistics|robotics|security|games|cloud|insurance|digital|financial|bio|biosciences|pharma\w*|therapeutics|laborat\w*|acciaierie|industrie|medical|devices|outfitters|staffing|university|college|institute|agency|ventures|holdings|industries|international|global|network|networks|design|studios?|engineering|credit|union|trust|cooperative|society|association|hospital|clinic|museum|library|church|city|county|ministry|authority|news|newsletter|marketing|sales|operations|finance|accounting|community|events|academy|learning|apply|applied|easy|actively|remote|hybrid|team|teams|recruit\w*|careers?|talent|acquisition|hiring|hr|jobs?|people|notifications?|no-?reply|noreply|support|admin|info|the|via|inc|llc|ltd|gmbh|corp|company|stadtwerke|klinikum|kliniken|stiftung|verband|verein|group|groupe|grupo|gruppo|groep|department|human|resources|service|services|manager|engineer|director|lead|head|partner|coordinator|specialist|sourcer|recruiter|hello|contact|alerts?|digest|linkedin|indeed|glassdoor|workday|greenhouse|lever|ashby|mail|email|reply|sent|candidate|powered|portal|calendar|office|labs?|technologies|systems|health|bank|capital|studio|software|university|school|dental|care|healthcare|pharmacy|veterinary|surgery|practice|hotel|hotels|restaurant|freight|transport|construction|builders|property|properties|realty|estates?|law|legal|chambers|associates|brands|retail|stores?|markets?|electric|electrical|renewables|motors|airlines?|airways|railways?|rail|ferries|shipping|transportes?|transporte|logística|logistica|serviços|servicios|servizi|holding|rekrytering\w*|rekruttering\w*|rekrytointi\w*|rekrutacj\w*|selezione|reclutamiento|recrutamento|werving|personeelszaken|kommune|kommun|kunta|universitet|yliopisto|sykehus|sjukhus|sairaala|myndighet|region|regionen|hyvinvointialue|auftrag|stelle|gestión|gestion|humana|sección|seccion|ufficio|personale|hi|hey|dear|coffee|roasters|roastery|bakery|caf[ée]|p[ūu]manawa|tangata|kaunihera|hauora|r[ōo]p[ūu]|kaimahi|bonjour|bonsoir|hallo|hola|ciao|buongiorno|buenos|olá|hej|hei|moin|servus|grüezi|units?|exams?|examinations?|personnel|program|programme|staff|principal|psychologist|consultant|clinical|teaching|classified|unfortunately|adnoddau|dynol|aonad|earcaíochta|rúnaí|dirección|direccion|direção|direcao|direzione|atração|atracao|atracción|contactez|contacter|contactar|personas|pessoas|talentos|earcaíocht|earcaíochta|acmhainn|time|corporation|incorporated|aerospace|nachricht|message|mensaje|mensagem|messaggio|bericht|meddelande|besked|viesti|tîm)\b/i;
// Words before an address that are no name: German openers ('Bei Fragen'), a street ('Tilghman St').
const NOT_NAME_WORD = /^(bei|für|mit|fragen|rückfragen|bitte|kontakt|please|contact|questions|pour|para|por|per|regards|thanks|cheers|best|sincerely|greetings|warmly|merci|danke|gracias|grazie|obrigad[oa])$/i;
const STREET_END = /^(st|rd|ave|blvd|ln)\.?$/i;
// Recruiting systems named like people (NOT_PERSON lists them for display names such as "Ashby" alone).
// ("Lisa Chambers": a surname that is also an institution's word.)
const SYSTEM_SURNAME = /^(?:ashby|lever|greenhouse|chambers)$/i;
// ("DeLuca", "DiMaggio", "LaToya", "DuBois": a particle joined to a capital, as "McAllister" is.)
const NAME_TOKEN = /^(?:\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*|\p{Lu}\.|(?:Ma?c|De|Di|Da|La|Le|Du)\p{Lu}\p{Ll}+|de|del|da|van|von|der|den|la|le|di|du|dos|bin|al|el)$/u;
// (Exported for the user's note, whose signature may open with one: "Dr Rajesh Menon MBBS FRCA".)
export const TITLE = /^(?:(?:dr|mr|mrs|ms|mx|prof|herr|frau|madame|monsieur|mademoiselle|mme|mlle|m|sr|sra|srta|dra|dott|dott\.ssa|ing|mag|mmag|dipl\.?-?ing|di|lic|licda?|lcd[oa]|arq|abog|bioq|cdora?|cra|psic|odont|mtr[oa]|profa|eng|ir|drs|mgr)\.?\s+)+/i;

/** Tidies a display name: drops "via Greenhouse", "(Acme)", "| Acme", quotes; turns "Doe, Jane" into "Jane Doe". */
// Degrees, registrations and memberships written after a name, as they are written (case matters: "Ma" is a surname).
const POST_NOMINAL = String.raw`(?:PhD|DPhil|EdD|PsyD|DrPH|MD|DDS|DMD|DVM|VMD|BVSc|BVMS|MVB|MRCVS|RVN|RVT|LVT|CVT|RN|RGN|RMN|RNLD|NP|APRN|BSN|MSN|DNP|FNP(?:-BC)?|CNM|CRNA|LPN|LVN|PA-C|PharmD|MPharm|MRPharmS|RPh|DPT|OTR/L|CCC-SLP|LCSW|LMSW|LPC|LMFT|MBChB|MBBS|MBBCh|BDS|FRCS|MRCP|FRCP|MRCGP|FRCGP|MRCS|FRCA|MBA|MSc|BSc|BA|MA|MEd|BEd|MPH|MPA|MPP|PGCE|QTS|NPQH|LLB|LLM|JD|Esq\.?|CPA|ACA|FCA|ACCA|FCCA|CIMA|CGMA|CFA|SPHR|PHR|SHRM-CP|SHRM-SCP|MCIPD|FCIPD|Assoc CIPD|CIPD|CHRP|CHRL|CPHR|CRHA|PEng|P\.Eng\.?|CEng|MICE|MIET|MIMechE|RIBA|MRICS|FRICS|CISSP|PMP|FHEA|SFHEA|MCSP|Hons|MCABE|MCIOB|MRTPI|MCIEH|MCIH|MCMI|MRICS|MCIHT|MICE)`;
const POST_NOMINALS = new RegExp(String.raw`(?:,?\s+${POST_NOMINAL})+\s*$`, 'u');
const MAX_POST_NOMINAL_CHARS = 120;

export function tidyDisplayName(raw: string | null | undefined): string {
  let name = (raw ?? '').trim().replace(/^["'`]+|["'`]+$/g, '').replace(TITLE, '').trim();
  name = name.replace(/\s+(via|from|at|@)\s+.*$/i, '').replace(/\s*[(\[].*?[)\]]\s*/g, ' ').replace(/\s+[|–—-]\s+.*$/, '').trim();
  // "Eimear Gallagher MVB", "Jordan Reyes, SHRM-CP": the letters after a name are not part of it (two words stay).
  // (Only on a name's length: the pattern backtracks on a long run of such letters, and no name is that long.)
  const bare = name.length <= MAX_POST_NOMINAL_CHARS ? name.replace(POST_NOMINALS, '') : name;
  if (bare !== name && /\S\s+\S/.test(bare)) name = bare;
  const comma = /^([A-ZÀ-Þ][\w'’-]+),\s*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*)?)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  return name.replace(/\s+/g, ' ');
}

/** The text if it reads as a person's name (1-4 capitalised words, nothing organisational), else null. */
export function personName(raw: string | null | undefined, allowSingle = true): string | null {
  const name = tidyDisplayName(raw);
  if (!name || name.length > 60 || /\d|@/.test(name)) return null;
  const tokens = name.split(' ');
  // ("Rupert Ashby", "Tom Lever": a recruiting system's name is a surname too, after a first name.)
  if (NOT_PERSON.test(tokens.length >= 2 && SYSTEM_SURNAME.test(tokens[tokens.length - 1]!) ? tokens.slice(0, -1).join(' ') : name)) return null;
  if (tokens.length > 4 || (!allowSingle && tokens.length < 2)) return null;
  if (!tokens.every((t) => NAME_TOKEN.test(t) && !NOT_NAME_WORD.test(t)) || STREET_END.test(tokens[tokens.length - 1] ?? '')) return null;
  if (!/^\p{Lu}/u.test(tokens[0] ?? '')) return null;
  return name;
}

// Closing lines after which the sender signs their name.
export const SIGN_OFF = /^(mit [\p{L}]+en grü(?:ß|ss)en|alles gute|schöne grüße|schöne grüsse|sonnige grüße|herzlichst|con i migliori saluti|i migliori saluti|un caro saluto|buona giornata|ha det gott|ha det bra|best|best regards|kind regards|kindest regards|with (?:kind|best|warm) regards|(?:with )?(?:best|kind|warm|warmest|every good) wishes|warm regards|warmest regards|regards|yours faithfully|yours|take care|with thanks|is mise le meas|ng[āa] mihi(?: nui| maioha| mahana)?|mauri ora|n[āa]ku noa(?:,? n[āa])?|le dea-mh[ée]in|le gach dea-ghu[íi]|(?:diolch(?: yn fawr)?|cofion(?: gorau| cynnes)?|yn gywir|go raibh maith agat)(?=\s*[,.!]?\s*(?:\p{Lu}|\/|$))|un cordial saludo|cordial saludo|reciba un cordial saludo|un caluroso saludo|mise le meas|le meas|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groeten|groetjes|groet|cordiali saluti|distinti saluti|un cordiale saluto|saluti|cordialmente|atenciosamente|(?:com os )?melhores cumprimentos|cumprimentos|abraços|abs|att|sincères salutations|meilleures salutations|mit besten grüßen|freundliche grüsse|herzliche grüsse|beste grüsse|many thanks|thanks( again)?|thank you|cheers|sincerely|yours sincerely|yours truly|all the best|warmly|warm wishes|talk soon|speak soon|see you (soon|then)|looking forward|with appreciation|respectfully|cordialement|bien (à vous|cordialement)|salutations|bien à toi|viele grüße|mit freundlichen grüßen|beste grüße|freundliche grüße|liebe grüße|herzliche grüße|gruß|gruss|grüße|lg|vg|mfg|bises|bisous|abrazos|besos|un abrazo|saludos( cordiales)?|un saludo|atentamente|gracias|cordiales saludos|med vänlig hälsning|med vänliga hälsningar|vänliga hälsningar|vänlig hälsning|hälsningar|mvh|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|beste hilsen|hilsen|ystävällisin terveisin|ystävällisesti|terveisin|pozdrawiam|z poważaniem|z wyrazami szacunku|im auftrag|i\. ?a\.|i\. ?v\.)(?=[\s,.!\-–—]|$)[ ,.!\-–—]*(.*)$/iu;

// A word without accents, case or anything but letters ("Frédéric" is "frederic").
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

// "Cheers,\nAlicia\n--\nAlicia Gomez | Recruiter": the full name a few lines down is the same person.
function fuller(lines: readonly string[], name: string, index: number): { name: string; index: number } {
  if (name.includes(' ')) return { name, index };
  for (let k = index + 1; k < Math.min(lines.length, index + 4); k++) {
    const n = personName((lines[k] ?? '').split(/\s*[|,–—]\s*|\s+-\s+/)[0] ?? '', false);
    // ("Fred" over "Frédéric Guérin": a short form of the first name, accents aside.)
    if (n && (n.startsWith(`${name} `) || (name.length >= 3 && fold(n.split(' ')[0]!).startsWith(fold(name))))) return { name: n, index: k };
  }
  return { name, index };
}

// How far from the end an unsigned name is looked for: a signature block and a legal disclaimer.
const UNSIGNED_NAME_LINES = 14;
// How near the end a name over a post's line must stand to be read as a signature without a sign-off.
const UNSIGNED_TITLED_LINES = 6;
// How far from the end a calendar invitation's own lines are looked for (its organiser, guests, replies and footer).
const CALENDAR_TAIL_LINES = 40;
/** Calendar chrome's word for the organiser, in the languages Google Calendar and Outlook write it. */
export const ORGANISER = String.raw`(?:organi[sz]er|organisator|organisatör|organisateur|organizador|organizzatore|organizator|arrangør|arrangör|järjestäjä)`;
// "Organizer" above a name, or "Pieter Kuijpers - organisator" in the guest list: a calendar's people, not a signature.
const ORGANISER_LINE = new RegExp(String.raw`^\s*${ORGANISER}\s*$`, 'i');
const CALENDAR_PEOPLE = new RegExp(String.raw`${ORGANISER_LINE.source}|\s[-–]\s*${ORGANISER}\s*$`, 'i');

/** Index of the last sign-off line ("Kind regards") near the end, or -1: a signature follows, named or not. */
export function signOffAt(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - UNSIGNED_NAME_LINES); i--) {
    const line = lines[i] ?? '';
    const m = line.length <= 60 ? SIGN_OFF.exec(line) : null;
    // ("Thank you for applying for the following job:": thanks that go on into a clause open the mail, they do not sign it.)
    if (m && !THANKS_CLAUSE.test(m[m.length - 1] ?? '') && !/:\s*$/.test(line)) return i;
  }
  return -1;
}

// A team signing without a sign-off ("Tîm Recriwtio | Recruitment Team", "Dirección de Empleabilidad"): its lines carry the
// organisation as a person's signature does. (Only these: "L'équipe Orvanne Executive" or "Recruitment team X" as the
// first line of a signature read 21 brands and boards wrong in the fresh corpus.)
const TEAM_LINE = /^(?:tîm|time\s+d[eao]|dirección\s+de|direção\s+de)(?:\s+[\p{L}'’-]+){0,3}\s*(?:[|,–—-].*)?$/iu;

/** Index of a team's name signing near the end, with no sign-off above it, or -1. */
export function teamSignatureAt(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - UNSIGNED_NAME_LINES); i--) {
    const line = lines[i] ?? '';
    if (line.length <= 60 && TEAM_LINE.test(line)) return i;
  }
  return -1;
}

// A French letter's closing formula, however long: "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées."
const FORMAL_CLOSING = /\b(?:agréer|recevoir)\b.{0,120}\b(?:salutations|sentiments)\b[^.!?]{0,40}[.!]?\s*$/i;
const THANKS_CLAUSE = /^(?:(?:so |very )?much |again )?(?:for|to|that)\b/i;

/** How to read a signature block with no sign-off: a post's line under the name, and the user's own names (never the signer). */
export interface TitledSigner {
  isPost(line: string): boolean;
  user: ReadonlySet<string>;
}
const NO_TITLED_SIGNER: TitledSigner = { isPost: () => false, user: new Set() };

/** The name signed under a sign-off ("Best,\nJane Doe"), or on the sign-off line itself ("Thanks, Jane"). */
export function signatureName(lines: readonly string[], hints: readonly string[] = [], titled: TitledSigner = NO_TITLED_SIGNER): { name: string; index: number } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = SIGN_OFF.exec(lines[i] ?? '');
    const formal = !m && FORMAL_CLOSING.test(lines[i] ?? '');
    if (!formal && (!m || (lines[i] ?? '').length > 60)) continue;
    // The text after the sign-off on its line ("Thanks, Jane"): the pattern's last group.
    const inline = m?.[m.length - 1]?.trim();
    if (inline) {
      const n = personName(inline.replace(/[,.!"“”„«»'’]+$/u, '')); // ("Bis bald, Nora“": a quoted message's close.)
      if (n) return fuller(lines, n, i);
    }
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const line = (lines[j] ?? '').replace(/^[-–—~]+\s*/, '');
      const first = line.split(/\s*[|,–—]\s*|\s+-\s+/)[0] ?? '';
      const n = personName(first);
      if (n) return fuller(lines, n, j);
      // "Cheers,\nTeam Zestly\nPune | Bengaluru": a team signs; what follows is no one's name.
      if (/\p{L}{2}/u.test(line) && line !== '--') break;
    }
  }
  // No sign-off ("See you Wednesday,"): a full name on its own line near the end, if it is
  // the sender's (their display name or address mentions it).
  const hint = hints.map((h) => fold(h.replace(/@[^\s]+/g, ' '))).join(' ');
  const unsigned = unsignedName(lines, hint, lines.length, titled);
  if (unsigned) return unsigned;
  // (A calendar invitation's own lines may end the message: "Organizer", then its guest list and buttons, under the
  // description the sender signed.)
  let end = lines.length;
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - CALENDAR_TAIL_LINES); i--) if (ORGANISER_LINE.test(lines[i] ?? '')) end = i;
  return end < lines.length ? unsignedName(lines, hint, end, titled) : null;
}

/** A full name on its own line in the UNSIGNED_NAME_LINES before `end`, if the sender's hints mention it. */
function unsignedName(lines: readonly string[], hint: string, end: number, titled: TitledSigner): { name: string; index: number } | null {
  // Never the first line: that is the greeting ("Hi Priya Raghunathan,").
  for (let i = end - 1; i >= Math.max(1, end - UNSIGNED_NAME_LINES); i--) {
    // "Rachel Kim, Recruiting, Quarrystone": the name is the line's first part.
    if (CALENDAR_PEOPLE.test(lines[i] ?? '') || CALENDAR_PEOPLE.test(lines[i - 1] ?? '')) continue;
    const n = personName(((lines[i] ?? '').replace(/^[-–—~]+\s*/, '').split(/\s*[|,–—]\s*|\s+-\s+/)[0] ?? ''), false);
    const parts = n ? n.split(' ').map(fold).filter((p) => p.length > 2) : [];
    if (n && parts.some((p) => hint.includes(p))) return { name: n, index: i };
    // ("Carla Jenkins\nHR Generalist\nBrandywine Senior Living" under a team mailbox: a name alone on its line, then a
    // post on the next, near the end, is a signature block.)
    if (n && i >= end - UNSIGNED_TITLED_LINES && n === (lines[i] ?? '').trim() && !SIGN_OFF.test(n) && titled.isPost(lines[i + 1] ?? '') && !titled.user.has(n.toLowerCase())) return { name: n, index: i };
  }
  return null;
}
