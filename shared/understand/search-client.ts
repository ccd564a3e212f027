// The client a search firm or agency writes about. A consultant's mail names the employer in passing, not the way an
// employer names itself: "Ravensworth's Chair, Lord Hadley, would like to meet you", "the Nominations Committee of
// Norwood Rail plc", "the client is Corbel Water", "the Brackenridge board", "Venue: Corbel Water, 3 Canal Wharf",
// and often in the subject ("Kronfeld – CFO – the Board's decision"). Each such cue is evidence for a candidate; the
// candidates that share a first word are one organisation ("Kronfeld", "Kronfeld Versicherung AG", "Kronfeld's
// General Counsel"), named by its fullest form. The caller decides whether the mail is an agency's and supplies what it
// already knows (the agency's own name, the people in the mail, how names are cleaned).

/** A capitalised run of up to five words, glue words allowed inside ("Bank of Ardmore", "Brandt & Söhne"). */
const ORG_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*`;
// A run of one (or `min` + 1) to six such words.
const orgRun = (min: number) => String.raw`(${ORG_WORD}(?:\s+(?:(?:&|and|of|de|du|des|la|le|für|van|von|der|del|di)\s+)?${ORG_WORD}){${min},5})`;
const ORG = orgRun(0);

// Two words or more: what a first name alone is not.
const ORG2 = orgRun(1);
const EXEC = String.raw`(?:(?:Group|Executive|Supervisory|Non-Executive|Deputy|Senior Independent)\s+)?(?:[Cc]hair(?:man|woman|person)?|Council|Governors|Vice-Chancellor|(?:Executive|Management|Investment|Risk)\s+Committee|Chief Executive|Chief\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+Officer|CEO|CFO|COO|CTO|CIO|CMO|CPO|CHRO|CCO|President|[Ff]ounders?|(?:[Mm]anaging\s+)?[Pp]artners|[Bb]oard|[Pp]anel|HR(?:\s+[Tt]eam)?|General Counsel|Managing Director|(?:leadership|hiring|people|executive|management)\s+team|[Ss]earch [Cc]ommittee|[Nn]ominations? [Cc]ommittee|[Tt]rustees|[Bb]eirat|[Vv]orstand|[Aa]ufsichtsrat|(?:comp|remuneration|audit|search|nominations?)\s+committee|(?:(?:head|main|London|New York|\p{Lu}\p{L}+)\s+)?(?:office|offices|headquarters|HQ))\b`;

interface Cue {
  re: RegExp;
  weight: number;
  why: string;
}

const u = (source: string) => new RegExp(source, 'gu');
// Words for having spoken with an organisation or heard from it.
const SPOKE = String.raw`spoke (?:to|with)|heard (?:back )?from|feedback from`;
// Weight 3: the mail says outright who the client is; 2: the organisation acts through its people or its board.
const CUES: Cue[] = [
  { re: u(String.raw`\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+client\s+is\s+(?:the\s+)?${ORG}`), weight: 3, why: 'the client is' },
  { re: u(String.raw`\b(?:retained|engaged|appointed|mandated)\s+by\s+(?:the\s+)?${ORG}`), weight: 3, why: 'retained by' },
  // ("Perrin Lowe Search is assisting Yarrowfield University with this appointment"; not "the Trust's Council of Governors".)
  { re: u(String.raw`\b(?:is|are|we're|we are)\s+(?:assisting|advising|supporting|acting for|acting on behalf of)\s+${ORG}\s+(?:with|in|on)\b`), weight: 3, why: 'retained by' },
  { re: u(String.raw`\b(?:accompagne|accompagnons|représente|représentons)\s+(?:la société\s+|le groupe\s+|l['’]entreprise\s+)?${ORG}`), weight: 3, why: 'accompagne' },
  { re: u(String.raw`\bpour le compte (?:de la société\s+|du groupe\s+|de\s+|d['’])${ORG}`), weight: 3, why: 'pour le compte de' },
  { re: u(String.raw`\b(?:[Uu]nseres|[Uu]nserem|[Uu]nser|[Uu]nseren|[Uu]nserer)\s+Mandant(?:en|in)?,?\s+(?:der\s+|die\s+|das\s+|den\s+|dem\s+)?${ORG}`), weight: 3, why: 'Mandant' },
  // ("Es handelt sich – wie bereits angedeutet – um die Feldberg Präzisionstechnik GmbH": an aside between dashes.)
  { re: u(String.raw`\bhandelt (?:es\s+)?sich(?:\s+[–—-][^–—\0]{1,40}[–—-])?\s+um (?:die|den|das)\s+${ORG}`), weight: 3, why: 'es handelt sich um' },
  { re: u(String.raw`${ORG}(?:['’]s|(?<=s)['’])\s+${EXEC}`), weight: 3, why: "X's Chair" },
  { re: u(String.raw`\b(?:Chair(?:man|woman|person)?|Chief Executive|Chief\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+Officer|CEO|CFO|COO|CTO|CIO|CMO|President|Managing Director|Non-Executive\s+Director|[Bb]oard(?:\s+of\s+(?:Directors|Trustees))?|(?:Nominations?|Search|Selection|Appointments?|Interview)\s+(?:[Cc]ommittee|[Pp]anel)|Supervisory Board|[Ff]ounders|[Tt]rustees|(?:executive|leadership|management|senior|hiring) team)\s+(?:of|at)\s+(?:the\s+)?${ORG}`), weight: 2, why: 'Chair of X' },
  { re: u(String.raw`\b(?:Président(?:e)?|Directeur [Gg]énéral|Directrice [Gg]énérale|PDG|Conseil d['’]administration|[Cc]omité (?:exécutif|de direction)|Presidente|Consejero Delegado|Directora? General|Amministratore Delegato)\s+(?:du|de la|de l['’]|des|de|del|della|dell['’])\s*${ORG}`), weight: 2, why: 'Chair of X' },
  { re: u(String.raw`\b(?:Aufsichtsratsvorsitzende|Vorsitzende|Geschäftsführ\p{L}*|Gesellschafter|Beirat|Vorstand|Aufsichtsrat)\p{L}*\s+(?:der|des)\s+${ORG}`), weight: 2, why: 'Chair of X' },
  { re: u(String.raw`\b(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as)\s+${ORG}\s+(?:board|Board|panel|founders|leadership team|executive team|(?:search|nominations?|selection) committee|Beirat|Vorstand|Aufsichtsrat)\b`), weight: 2, why: 'the X board' },
  { re: u(String.raw`\b(?:role|position|post|appointment|search|vacancy|mandate|poste)\s+(?:of\s+[^.\0]{2,60}?\s+|for\s+(?:the\s+)?[^.\0]{2,40}?\s+|de\s+[^.\0]{2,60}?\s+)?(?:at|with|for|chez|bei)\s+(?:the\s+)?${ORG}`), weight: 2, why: 'role at X' },
  { re: u(String.raw`\b(?:submitted|sent|presented|introduced|put)\s+(?:your|you)\b[^.\0]{0,40}?\s+(?:to|forward to)\s+(?:the\s+)?${ORG}`), weight: 2, why: 'CV sent to X' },
  { re: u(String.raw`${ORG}\s+(?:came back|got back|(?:has|have)\s+(?:come back|decided|asked|made|chosen|appointed|agreed|offered|selected|voted|ratified|confirmed|shortlisted|invited)|would (?:like|love) to (?:meet|invite|offer|continue|move|see|speak|take|progress|proceed|bring|go ahead|appoint)|(?:is|are) (?:offering|keen)|a (?:fait|décidé|retenu))\b`), weight: 1, why: 'X decides' },
  { re: u(String.raw`(?:^|\0)\s*(?:(?:(?:Same|New|Meeting|Interview)\s+)?(?:Venue|[Pp]lace|Location|Address|Where|Lieu|Adresse|Ort|Luogo|Lugar|Local)\s*(?::|\0)|(?:Location|Where|Ort|Lieu|Ubicación|Luogo)\s)\s*(?:(?:unchanged|the same|as before|inchangé|unverändert)\s*[-–—:,]\s*)?${ORG}(?:\s+(?:head office|offices?|headquarters))?\s*,`), weight: 2, why: 'venue' },
  // ("the Corvane Logistics process": the process the mail is about carries the client's name; one word may be a post,
  // "the COO search".)
  { re: u(String.raw`\b[Tt]he\s+${ORG2}\s+(?:process|search|shortlist|mandate|brief|appointment)\b`), weight: 2, why: 'the X process' },
  // ("Whitlow & Parr would like to see you again": an organisation of two words or more asking to meet.)
  { re: u(String.raw`${ORG2}\s+would (?:like|love) to (?:meet|see|invite|interview)\b`), weight: 2, why: 'X meets' },
  // ("Wexcombe Aerospace would like to offer you the role": an organisation of two words or more offering; "Alasdair has
  // offered the following times" is a person.)
  { re: u(String.raw`${ORG2}\s+(?:would (?:like|love) to offer|(?:has|have) (?:offered|made (?:you )?an offer)|(?:is|are) offering)\b`), weight: 2, why: 'X offers' },
  // ("Southern Crescent Distribution wants to bring you on", "Haller Fördertechnik möchte Sie ... einstellen": an
  // organisation of two words or more that wants the reader, in English, German, French or Spanish.)
  { re: u(String.raw`${ORG2}\s+(?:wants? to (?:bring you on|hire you|offer you|meet you|see you|move forward with you|move you forward)|möchten? (?:Sie|dich)|würden? (?:Sie|dich) gerne|souhaite(?:nt)? (?:vous|te) (?:rencontrer|recruter|proposer|faire une offre|embaucher)|(?:quiere|desea)n? (?:conocerte|contratarte|ofrecerte|entrevistarte))\b`), weight: 2, why: 'X wants you' },
  // ("Eleanor Price, who chairs Northbeck Utilities": the organisation its chair chairs.)
  { re: u(String.raw`\b(?:who\s+)?(?:chairs|presides over)\s+(?:the\s+(?:(?:Supervisory\s+|Management\s+|Executive\s+)?[Bb]oard\s+(?:of|at)\s+)?)?${ORG}`), weight: 3, why: 'chairs X' },
  // ("When: Thursday 2 August, 15:00 CEST Where: Veldhaven head office, Zuidplein 180": a labelled venue after another label.)
  { re: u(String.raw`\s(?:Venue|Where|Location|Address|Lieu|Adresse|Ort|Luogo|Lugar)\s*:\s*${ORG}(?:\s+(?:head office|offices?|headquarters))?\s*,`), weight: 2, why: 'venue' },
  // ("Northbeck Utilities, 2 Wellington Place, Leeds": an organisation at a street address, where the meeting is.)
  { re: u(String.raw`${ORG},\s+\d{1,4}[a-z]?\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:Street|St|Road|Rd|Place|Square|Lane|Avenue|Ave|Row|Wharf|Way|Court|Park|Quay|Gardens|Terrace|Hill|Green|Walk|Crescent|Drive|Boulevard)\b`), weight: 2, why: 'address' },
  // ("I went back to Larkspur Medical", "just off the phone with Orland Foods": the organisation spoken with.)
  { re: u(String.raw`\b(?:went back to|${SPOKE}|off the phone with|shared (?:my notes|your (?:CV|profile|details|application))\s+with)\s+(?:the\s+)?${ORG}`), weight: 1, why: 'spoke with X' },
  // ("I've just heard back from the Director of Nursing's office at Mercy Bay University Hospital": the office spoken with.)
  { re: u(String.raw`\b(?:${SPOKE})\s+the\s+[^.\0]{2,40}?(?:office|team|panel)\s+at\s+(?:the\s+)?${ORG}`), weight: 1, why: 'spoke with X' },
];

// A search's region ("Regional Director, APAC", "the APAC board"), not an organisation.
const REGION = /^(?:APAC|EMEA|EMEIA|LATAM|DACH|CEE|MENA|ANZ|UKI|UK&I|Nordics?|Benelux|Americas|Asia Pacific|Middle East|North America|Latin America)$/i;
// A building or an office named after the organisation ("Greyfriars House", "Brennan Foods HQ"), not its name.
// ("3rd Floor, 14 Week Street": a floor, a level, a suite or a unit.)
const BUILDING = /(?:^|\s)(?:House|HQ|Tower|Building|Centre|Center|Court|Office|Offices|Park|Campus|Plaza|Square|Wharf|Quay|Floor|Level|Suite|Unit)$/;
// A governing body named before its organisation ("Governance Committee of ...", "Directoire du ...").
const GOVERNING_BODY = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Committee|Board|Council|Directoire|Conseil(?: de surveillance| d['’]administration)?|Comité(?: exécutif| de direction)?)\s+(?:of|du|de la|de|des|d['’])\s*(?:the\s+)?(?=\p{Lu})/u;
// A site of an organisation ("Saltbush Logistics DC"), where a meeting may be.
const SITE = /\s(?:DC|Depot|Site|Warehouse|Plant|Factory|Works|Yard|Hub|Clinic|Branch)$/;
// Cues a person's name meets as well as an organisation's ("Neil Sadler has decided", "off the phone with Harlan Bexley").
const PERSON_PRONE = new Set(["X's Chair", 'X decides', 'X offers', 'X meets', 'X wants you', 'subject', 'spoke with X', 'named in the body', 'the client']);
// A calendar's subject words ("Invitation: Pellucid Therapeutics – COO Search Committee"), not a name.
const CALENDAR_WORD = /^(?:(?:Updated\s+)?[Ii]nvitation|Einladung|Aktualisierte Einladung|Accepted|Declined|Cancell?ed|Reminder|Update|Invitación|Invito)$/;
// The mail speaks of the client it does not name outright.
const CLIENT_TALK = /\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+client(?:['’]s)?\b|\b(?:notre|le) client\b|\b[Uu]nser(?:em|en|er)?\s+(?:Mandant|Kunde)|\b(?:nuestro|el) cliente\b|\b(?:nostro|il) cliente\b|\bonze klant\b/;
// A subject's words about the process, not a name ("Conditional Offer of Employment - Biomedical Scientist").
const PROCESS_WORD = /\b(?:Offer|Interview|Invitation|Application|Update|Confirmation|Outcome|Feedback|Next Steps?|Meeting|Call|Role|Position|Vacancy|Opportunity|Search|Appointment|Shortlist|Assessment|Reference|Contract|Employment|Candidacy|Decision)\b/i;
const INSTITUTION_THEN_SEARCH = /^(.+?\b(?:University|College|Trust|Hospital|Council|School|Foundation|Museum|Institute|Society|Association|Authority))\s+\p{Lu}[\p{L}\s-]*\s(?:Search|Appointment)$/u;
const ORG_POST_SEARCH = new RegExp(String.raw`^${ORG}\s+(C[A-Z]{1,3}O|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+(?:search|appointment|recruitment)$`, 'u');
// A subject's words about the news before or after the name ("Gute Nachrichten von Haller Fördertechnik", "Vertragsangebot
// Wendler Logistik", "Quantrel Systems update").
const SUBJECT_LEAD = /^(?:(?:good |some )?news from|an? update from|update from|offer from|gute nachrichten von|neuigkeiten von|(?:vertrags)?angebot|einladung|bonne nouvelle de|buenas noticias de|boas notícias d[ao])\s+(?=\p{Lu})/iu;
const SUBJECT_TAIL = /(?<=\p{L})\s+(?:update|news|decision|outcome|feedback|next steps|follow-up)$/u;
const SUBJECT_SPLIT = /\s+[-–—|/]\s+|\s*[|–—:]\s*|,\s+|\s+@\s+|\s*\(\s*|\s*\)\s*/;
// (A legal form in lower case may close it: "Thornbury Water plc – Chief Financial Officer – final interview".)
const WHOLE_ORG = new RegExp(`^${ORG}(?:\\s+(?:plc|ltd|llp|inc|gmbh|ag|sa|bv|nv|oy|ab|as|asa|a\\/s|s\\.a\\.|b\\.v\\.|n\\.v\\.)\\.?)?$`, 'u');
const MAX_SENTENCES = 60;
// Reply and forward prefixes, and a calendar's "Invitation:" / "Updated invitation:" before the event title. (Not the
// Nordic and Polish ones: "SV: Intervju – ..." would leave "Intervju" to be read as a name; see company.ts's REPLY_WORD.)
export const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|fw|tr|wg|rv|aw|enc|(?:updated )?invitation|invite)\s*:\s*)+/i;
const SEPARATOR = '\0';

export interface ClientInput {
  subject: string;
  sentences: readonly string[];
  /** The cleaned form of a raw name, or null when it is no organisation's name. */
  clean: (raw: string) => string | null;
  /** The agency's own name, a person the mail names, a job title or a team: never the client. */
  excluded: (name: string) => boolean;
  /** Shaped like a person's name ("Lucas Ferreira", but also "Corbel Water"): a possessive alone does not make it the client. */
  personLike: (name: string) => boolean;
  /** A job title ("CFO", "VP Sales EMEA", "Non-Executive Director"): what a search firm's subject names after the client. */
  roleLike?: (text: string) => boolean;
}

interface Group {
  forms: Set<string>;
  score: number;
  cues: Set<string>;
  /** The subject opens with it. */
  opens: boolean;
  strong: boolean;
}

export interface Client {
  name: string;
  score: number;
  cues: string[];
}

/** The organisation the agency's mail is about, with the cues that named it; null when the mail names none. */
export function searchClient(input: ClientInput): Client | null {
  // (A reply's prefix opens no name: "RE: Valmorel Cosmetics – Chief Marketing Officer – meeting with the CEO"; the company
  // reader has already cut it, other callers may not have.)
  input = { ...input, subject: input.subject.replace(REPLY_PREFIX, '') };
  const sentences = input.sentences.slice(0, MAX_SENTENCES);
  const text = sentences.join(SEPARATOR);
  const groups = new Map<string, Group>();
  const add = (group: Group, weight: number, why: string) => {
    // Each kind of cue counts once: the same wording twice is one piece of evidence.
    if (!group.cues.has(why)) group.score += weight;
    group.cues.add(why);
    if (weight >= 3) group.strong = true;
  };
  const note = (raw: string, weight: number, why: string, opens = false) => {
    // ("Ottoline Hotels'": the possessive's apostrophe is no part of the name.)
    // ("Location Brennan Foods HQ, 300 N Wacker": the organisation, not its headquarters.)
    // ("Governance Committee of Prairieline Mutual", "Directoire du Groupe Hervaux": the body that sits at the organisation.)
    let name = input.clean(raw.replace(/['’]$/, '').replace(/\s+(?:HQ|Headquarters|Head Office|Offices?|Campus)$/, '').replace(GOVERNING_BODY, ''));
    // ("off the phone with Corvane and Alastair Reid": the organisation, then a person.)
    const joined = name ? /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(name) : null;
    if (joined && input.personLike(joined[2]!)) name = input.personLike(joined[1]!) ? null : input.clean(joined[1]!);
    if (!name || input.excluded(name) || /\b(?:Committee|Board|Panel|Practice|Team|Office|Search|Directoire|Conseil|Comité|Vorstand|Aufsichtsrat|Beirat)$/i.test(name) || /^(?:Management|Directors|Governors|Trustees|Administration|Surveillance)$/i.test(name) || REGION.test(name)) return;
    const head = name.split(/\s+/)[0]!;
    const group = groups.get(head) ?? { forms: new Set<string>(), score: 0, cues: new Set<string>(), opens: false, strong: false };
    group.forms.add(name);
    if (opens) group.opens = true;
    add(group, weight, why);
    groups.set(head, group);
  };
  for (const { re, weight, why } of CUES) {
    re.lastIndex = 0;
    // (At an address, a building or a site is no organisation: "Park Row House, 12 ...", "Saltbush Logistics DC, 14 ...".)
    for (let m = re.exec(text); m; m = re.exec(text)) if (m[1] && !((why === 'address' && BUILDING.test(m[1])) || ((why === 'address' || why === 'venue') && SITE.test(m[1])))) note(m[1], weight, why);
  }
  // The subject's parts that are a name and nothing else ("Ravensworth Estates – CIO – meeting with the Chair").
  let opening = true;
  for (const part of input.subject.split(SUBJECT_SPLIT)) {
    const whole = WHOLE_ORG.exec(part.trim().replace(SUBJECT_LEAD, '').replace(SUBJECT_TAIL, ''));
    if (whole?.[1] && CALENDAR_WORD.test(whole[1])) continue;
    // ("Meridale University Provost Search – Finalist Interview": the institution before the search's title.)
    const institution = whole?.[1] ? INSTITUTION_THEN_SEARCH.exec(whole[1])?.[1] : undefined;
    if (whole?.[1]) note(institution ?? whole[1], 2, 'subject', opening);
    if (part.trim()) opening = false;
  }
  const clientTalk = CLIENT_TALK.test(text);
  for (const [head, group] of groups) {
    // The organisation the subject opens with, written again in the body as one that has a side, a view, people ("Vantor
    // – change of date", "a change of plan from Vantor's side").
    if (group.opens && head.length >= 4 && new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(head)}(?:\s+${ORG_WORD}){0,3}['’]s\s+\p{L}`, 'u').test(text)) add(group, 1, 'named in the body');
    // A mail that speaks of "the client" names it where an organisation acts or is spoken with.
    if (clientTalk && [...group.cues].some((c) => c === 'X decides' || c === 'spoke with X' || c === 'address' || c === 'Chair of X')) add(group, 1, 'the client');
  }
  let best: Client | null = null;
  for (const [head, group] of groups) {
    // A subject alone is not enough: the body must name the organisation by one of the cues too.
    const bodyCue = [...group.cues].some((c) => c !== 'subject');
    // (Named again elsewhere in the body: "the board of Verity Health System", later "the kind Verity is now pursuing".)
    const again = head.length >= 4 && sentences.filter((sentence) => sentence.includes(head)).length >= 2 ? 1 : 0;
    const score = group.score + again;
    // Two kinds of evidence, or one that says it outright.
    if (!bodyCue || score < 3 || (group.cues.size < 2 && !group.strong)) continue;
    // ("Neil Sadler has decided", "Lucas Ferreira's team": a person acts as an organisation does.)
    if ([...group.forms].every(input.personLike) && [...group.cues].every((c) => PERSON_PRONE.has(c))) continue;
    // ("Rachel's diary": one word under one cue may be anyone's first name.)
    if (!/\s/.test(head) && [...group.forms].every((f) => !/\s/.test(f)) && group.cues.size < 2) continue;
    if (best && score <= best.score) continue;
    best = { name: fullest(head, group.forms, text, input), score, cues: [...group.cues] };
  }
  if (best || !input.roleLike) return best;
  // "Ardent Health Partners / COO – outcome", "Cascade Crest – CMO – second conversation": a search firm's subject opens with
  // the client, then the role; the body names the client again.
  const parts = input.subject.split(SUBJECT_SPLIT).map((p) => p.trim()).filter(Boolean);
  const first = parts[0] ? WHOLE_ORG.exec(parts[0])?.[1] : undefined;
  // (Or the institution and the search's title in one part: "Meridale University Provost Search – Finalist Interview".)
  // ("Sorrel Creek Utilities CEO search": the client, the post, then the search.)
  const postSearch = !first && parts[0] ? ORG_POST_SEARCH.exec(parts[0]) : null;
  // (The body must write the client without the post after it: "Teen Services Librarian search" names a post, no client.)
  const postClient = postSearch && input.roleLike(postSearch[2]!) && writtenAlone(postSearch[1]!, postSearch[2]!, text) ? postSearch[1] : undefined;
  // (The client and the search's title in one part: its post need not follow in another.)
  const withPost = first ? INSTITUTION_THEN_SEARCH.exec(first)?.[1] : postClient;
  const name = withPost ? input.clean(withPost) : first ? input.clean(first) : null;
  if (!name || input.excluded(name) || input.personLike(name) || REGION.test(name) || !(withPost || parts.slice(1).some((p) => input.roleLike!(p)))) return null;
  const head = name.split(/\s+/)[0]!;
  // (Letter edges, not \\b: "Ábrego" starts with a letter \\b does not know.)
  // (A name of two words or more need not be written again: "Ardent Health Partners / COO – outcome" over "The client
  // has completed its final interviews", "Kessler Antriebstechnik – VP Sales EMEA – change of time".)
  if (head.length < 4 || !((name.includes(' ') && !PROCESS_WORD.test(name)) || new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(head)}(?![\p{L}\p{N}])`, 'u').test(text))) return null;
  return { name: fullest(head, new Set([name]), text, input, true), score: 3, cues: ['client first in the subject'] };
}

/**
 * The fullest form the mail writes: "Kronfeld" in the subject, "Kronfeld Versicherung AG" in the body; from the body only
 * where the organisation acts under that name ("Tanjong Pacific Logistics would like to move you forward"), not a name
 * read on into an address or a weekday ("Norland Water Group, Daresbury Court").
 */
function fullest(head: string, forms: Set<string>, text: string, input: ClientInput, loose = false): string {
  let best = [...forms].sort((a, b) => b.length - a.length)[0]!;
  // (From the subject alone, any fuller form the body writes between punctuation or before lower-case words: "our client,
  // Northwood Community Health, for the role".)
  const after = loose ? String.raw`(?=\s*[,.;:)]|\s+\p{Ll})` : String.raw`\s+(?:would|wants?|has|have|is|are|was|were|will|had)\b`;
  const acting = new RegExp(String.raw`(?<![\p{L}\p{N}])(${literal(head)}(?:\s+(?:&\s+|(?:of|de|du|des|für|del|di)\s+)?${ORG_WORD}){1,4})${after}`, 'gu');
  for (let m = acting.exec(text); m; m = acting.exec(text)) {
    const name = input.clean(m[1]!);
    if (name && name.length > best.length && name.startsWith(`${best} `) && !input.excluded(name) && !(loose && (input.roleLike?.(name.slice(best.length + 1)) || BUILDING.test(name)))) best = name;
  }
  return best;
}

/** Whether the text writes `name` at least once other than just before `post`. */
function writtenAlone(name: string, post: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!text.startsWith(` ${post}`, at + name.length)) return true;
  }
  return false;
}

/** The text as a pattern that matches it literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
