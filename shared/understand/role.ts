import { byFirstLetter } from './alternation.js';
import { personName } from './person-name.js';
import { globalOf, SentenceText } from './sentence-scan.js';
import { isCityName, isPlaceName } from './zone-names.js';

// Nouns that end (or make up) most job titles: a candidate containing one reads as a title.
const ROLE_NOUNS = [
  'engineer', 'developer', 'manager', 'designer', 'analyst', 'scientist', 'lead', 'director', 'architect',
  'specialist', 'consultant', 'intern', 'internship', 'associate', 'coordinator', 'administrator', 'officer',
  'representative', 'head', 'vp', 'vice president', 'writer', 'researcher', 'accountant', 'recruiter', 'technician',
  'programmer', 'sre', 'devops', 'assistant', 'executive', 'strategist', 'advocate', 'owner', 'partner', 'editor',
  'counsel', 'attorney', 'nurse', 'teacher', 'producer', 'marketer', 'planner', 'operator', 'controller',
  'economist', 'agent', 'advisor', 'adviser', 'supervisor', 'clerk', 'chef de', 'ingénieure?', 'ingenieur(?:in)?',
  'entwickler(?:in)?', 'desarrollador(?:a)?', 'ingenier[oa]', 'développeu(?:r|se)', 'responsable', 'gerente',
  'berater(?:in)?', 'leiter(?:in)?', 'architekt(?:in)?', 'referent(?:in)?', 'analista', 'diseñador(?:a)?', 'jefe',
  'programador(?:a)?', 'chargée?', 'attachée?', 'spezialist(?:in)?', 'buyer', 'sdet', 'tester', 'merchandiser', 'cashier',
  'driver', 'chef', 'cook', 'baker', 'barista', 'progettista', 'redattric[ei]', 'redattor[ei]', 'ottic[oa]', 'optometrista', 'disegnat(?:ore|rice)', 'kontroler(?:ka)?', 'pharmacist', 'physician', 'doctor', 'surgeon', 'dentist',
  'therapist', 'psychologist', 'midwife', 'paramedic', 'caregiver', 'carer', 'lecturer', 'professor', 'tutor',
  'trainer', 'instructor', 'coach', 'librarian', 'curator', 'electrician', 'mechanic', 'machinist', 'welder',
  'carpenter', 'plumber', 'inspector', 'auditor', 'actuary', 'underwriter', 'paralegal', 'lawyer', 'solicitor',
  'receptionist', 'secretary', 'translator', 'interpreter', 'photographer', 'illustrator', 'animator', 'copywriter',
  'journalist', 'surveyor', 'estimator', 'scheduler', 'dispatcher', 'biologist', 'chemist', 'physicist',
  'statistician', 'geologist', 'apprentice', 'trainee', 'graduate', 'fellow', 'postdoc', 'student', 'steward',
  'pilot', 'foreman', 'forewoman', 'konstrukteur(?:in)?', 'disponent(?:in)?', 'sachbearbeiter(?:in)?',
  'mitarbeiter(?:in)?', 'werkstudent(?:in)?', 'techniker(?:in)?', 'elektroniker(?:in)?', 'mechatroniker(?:in)?',
  'kauffrau', 'kaufmann', 'assistenz', 't[ée]cnic[oa](?:\\/a)?', 'ingegnere', 'tecnico', 'impiegat[oa]',
  'addett[oa]', 'medewerker', 'adviseur', 'leider', 'leader', 'analyste', 'contrôleur', 'controleur', 'comptable',
  'acheteu(?:r|se)', 'conseill(?:er|ère)', 'gestionnaire', 'technicien(?:ne)?', 'd[ée]veloppeu(?:r|se)',
  'beleidsmedewerker', 'ontwikkelaar', 'verpleegkundige', 'desenvolvedor(?:a)?', 'engenheir[oa]', 'gestor(?:a)?',
  'coordenador(?:a)?', 'assistente', 'bookkeeper', 'housekeeper', 'cleaner', 'porter', 'concierge', 'bartender',
  'waiter', 'waitress', 'server', 'dishwasher', 'picker', 'packer', 'courier', 'stocker', 'lifeguard', 'nanny',
  'janitor', 'custodian', 'firefighter', 'dietitian', 'nutritionist', 'optometrist', 'radiographer', 'sonographer',
  'phlebotomist', 'hygienist', 'counsell?or', 'worker', 'labou?rer', 'operative', 'fitter', 'joiner', 'roofer',
  'painter', 'glazier', 'bricklayer', 'scaffolder', 'installer', 'technologist', 'ambassador', 'stylist',
  'hairdresser', 'barber', 'attendant', 'captain', 'deckhand', 'hand', 'patroller', 'warehouseman', 'keeper',
  'ranger', 'adjuster', 'assessor', 'handler', 'leitung', 'hygi[eë]nist', 'advocaat', 'jurist', 'assistent(?:in)?',
  'verkäufer(?:in)?', 'koch', 'köchin', 'pfleger(?:in)?', 'erzieher(?:in)?', 'lehrer(?:in)?', 'fachkraft',
  'kassierer(?:in)?', 'fahrer(?:in)?', 'lagerist(?:in)?', 'monteur(?:in)?', 'tandarts', 'apotheker', 'docent',
  'leraar', 'kok', 'chauffeur', 'verkoper', 'fysiotherapeut', 'koordinator', 'leder', 'ledare',
  'programmierer(?:in)?', 'managerin', 'förvaltare', 'forvalter', 'ingenjör', 'ingeniør', 'specjalista', 'analityk',
  'kierownik', 'księgow[a-ząćęłńóśźż]*', 'inżynier', 'programista', 'asystent(?:ka)?', 'utvikler', 'udvikler',
  'utvecklare', 'konsulent', 'rådgiver', 'rådgivare', 'medarbejder', 'medarbetare', 'tekniker', 'elektriker',
  'säljare', 'selger', 'sælger', 'sjuksköterska', 'sykepleier', 'sygeplejerske',
  // Swedish, Danish, Norwegian and Finnish titles are compounds: the noun ends the word ("dataanalytiker").
  'analytiker', 'utredare', 'handläggare', 'samordnare', 'doktorand', 'forskare', 'lärare', 'ekonom',
  'koordinaattori', 'suunnittelija', 'asiantuntija', 'kehittäjä', 'insinööri', 'analyytikko', 'päällikkö', 'johtaja',
  'hoitaja', 'opettaja', 'tutkija', 'konsultti', 'harjoittelija', 'assistentti', 'sihteeri', 'myyjä', 'inköpare',
  // Frontline and hourly titles, and the nouns the blind batches used in the other languages.
  'aide', 'guide', 'crew member', 'team member', 'staff member', 'researcherin', 'assistante', 'graphiste', 'dependient[aeo]',
  'auxiliar', 'istruttore', 'contabilista', 'cociner[oa]', 'camarer[oa]', 'meser[oa]', 'cajer[oa]',
  'asistente', 'enfermer[oa]', 'repartidor(?:a)?', 'vendedor(?:a)?', 'recepcionista', 'limpiador(?:a)?',
  'redakteur(?:in)?', 'polier', 'zimmerer', 'expert(?:in)?', 'verwalter(?:in)?', 'schreiner(?:in)?', 'angestellte[rn]?',
  'sachbearbeitung', 'einkäufer(?:in)?', 'leerkracht', 'arkitekt', 'kirjanpitäjä', 'förare', 'kundige', 'palvelija', 'operatör',
  'operatør', 'sjef', 'sköterska', 'grafik', 'kierowca', 'technik', 'ekspert(?:ka)?', 'modelleur', 'voorbereider', 'declarant',
  'aktuar(?:in)?', 'fachfrau', 'fachmann', 'bakker', 'coordonnat(?:eur|rice)', 'éditrice', 'éditeur', 'architetto', 'en[oó]logo(?:\\(a\\))?',
  'soudeu(?:r|se)', 'préparat(?:eur|rice)', 'grafico',
  // Trades and care in French, Spanish, Italian, Portuguese, German and the Nordic languages (not those that are
  // also common surnames: Koch, Meister, Boulanger).
  'opérat(?:eur|rice)', 'vendeu(?:r|se)', 'barman', 'serveu(?:r|se)', 'cuisini(?:er|ère)', 'infirmi(?:er|ère)', 'caissi(?:er|ère)',
  'magasini(?:er|ère)', 'livreu(?:r|se)', 'juriste', 'secrétaire', 'animat(?:eur|rice)', 'éducat(?:eur|rice)', 'médiat(?:eur|rice)',
  'inspect(?:eur|rice)', 'vétérinaire', 'pharmacien(?:ne)?', 'électricien(?:ne)?', 'plombier', 'jefa', 'encargad[oa]', 'contador(?:a)?',
  'abogad[oa]', 'médic[oa]', 'farmacéutic[oa]', 'operari[oa]', 'administrativ[oa]', 'ärztin', 'arzt', 'planer(?:in)?', 'skadereglerare',
  'montör', 'snickare', 'kock', 'kokk', 'cameriere', 'commess[oa]', 'infermier[ea]', 'responsabile', 'magazziniere', 'autista',
  'operai[oa]', 'farmacista', 'enfermeir[oa]', 'atendente', 'motorista',
  // Polish titles are written after "stanowisko" in the nominative: "Doradca Klienta", "Spedytor międzynarodowy".
  'doradca', 'koordynator(?:ka)?', 'spedytor', 'elektryk', 'magazynier', 'sprzedawc[ay]', 'kasjer(?:ka)?', 'pielęgniar(?:ka|z)',
  'lekarz', 'mechanik', 'spawacz', 'monter', 'przedstawiciel', 'kucharz', 'kelner(?:ka)?', 'recepcjonist(?:a|ka)',
  'nauczyciel(?:ka)?', 'opiekun(?:ka)?', 'konsultant(?:ka)?', 'handlowiec', 'projektant(?:ka)?', 'pracownik', 'brygadzista',
  'logistyk', 'planista', 'technolog', 'analityk', 'stolarz', 'ślusarz', 'tokarz', 'frezer', 'murarz', 'hydraulik', 'lakiernik',
  'fryzjer(?:ka)?', 'piekarz', 'cukiernik', 'ogrodnik', 'sprzątacz(?:ka)?', 'malarz',
  'rektor', 'praticante', 'avvocat[oa]', 'werkstudent(?:in)?', 'fisioterapeuta', 'fisioterapista', 'physiotherapeut(?:in)?', 'commercialista', 'pædagog', 'pedagog',
  'ingeniør', 'ingenjör', 'lektor(?:in)?', 'architecte', 'zaakvoerder', 'boekhouder', 'bediende', 'verpleegkundige', 'begeleider',
  // Posts the blind batches named that no noun above ends: hospital grades, deans, generalists, brewers, apprenticeships;
  // Nordic compounds ("kirjastovirkailija", "lagerformand", "socialsekreterare") end in them too.
  'generalist', 'registrar', 'dean', 'provost', 'chancellor', 'superintendent', 'sommelier', 'brewer', 'brasseu(?:r|se)',
  'lehrkraft', 'geschäftsführer(?:in)?', 'vorstand', 'resepsjonist',
  'virkailija', 'muotoilija', 'formand', 'sekreterare', 'sekretær',
  // ("Varastoesimies", "Bagermester", "Tømrermester": a Finnish supervisor, a Danish or Norwegian master of a trade; not "mester" alone, which ends the Swedish "Semester".)
  'esimies', 'bagermester', 'tømrermester', 'bager',
  // Public-sector posts the blind batches named: clinical practitioners, maintainers of roads and rolling stock, 911 call
  // takers and telecommunicators, constables, investigators, dispensers, hydrologists, caretakers, paraprofessionals.
  'practitioner', 'maintainer', 'telecommunicator', 'call taker', 'call handler', 'constable', 'investigator', 'dispenser',
  'hydrologist', 'caretaker', 'paraprofessional',
  // A school's head and deputies, wardens, health visitors, archivists ("Principal" alone is French for "main").
  'deputy principal', 'vice[- ]principal', 'assistant principal', 'headteacher', 'warden', 'health visitor', 'archivist',
  // "Adult Literacy Organiser", "Community Organizer".
  'organi[sz]er',
  // "Interim CFO", "President & CEO" (the letters alone, not inside a word: "Pacto"; nor a newsletter's or a search's
  // name: "CFO Insights", "COO Search", "COOs"); "Mental Health Clinician"; Dutch "Data Analist".
  '(?<![A-Za-zÀ-ÿ])(?:ceo|cfo|coo|cto|cio|cmo|cpo|ciso)(?!s(?![A-Za-z])|-to-|\\s+(?:search|agenda|insights?|practice|forum|summit|network|briefing|roundtable|pipeline)(?![A-Za-z]))', 'clinician', 'analist', 'barista',
];
// (Not \b at the end: Finnish nouns end in ä or ö, which \b does not count as letters.)
export const ROLE_NOUN = new RegExp(`(${byFirstLetter(ROLE_NOUNS, true)})s?(?![A-Za-z0-9_])`, 'i');
// A title: capitalised words (and the few small words titles contain), optionally ", Team".
// (German gender forms write a star: "Mitarbeiter*in".)
// ("Aide-soignant(e)", "Technologiste médical(e)": a French gender ending in brackets is part of the word.)
// (".NET" starts with its dot.)
// (French inclusive writing keeps its middle dot inside a word: "Directeur·rice", "Assistant·e".)
const WORD = String.raw`(?:[\p{Lu}\d]|[a-z][A-Z]|\.(?=NET\b))[\p{L}\d&/+#.'’*·-]*(?:\((?:e|ne|le|se|ère|trice|euse)\)|:in(?![\p{L}]))?`;
// French and Spanish titles keep lower-case words after "Chef de", "Responsable", "Jefe de"...
// (Lower-case leads too: French and Spanish write "le poste d'analyste d'affaires".)
// A word joined to a title by "et/e/y/&" that is part of it ("administratif et financier", "qualité & sécurité",
// "marketing et communications"): an adjective's or a field's ending; a verb ("et avons", "e desidera") is not.
const JOINED_WORD = String.raw`\p{Ll}[\p{L}-]*(?:ier|ière|iers|ières|ique|iques|el|elle|els|elles|al|ale|ales|aux|if|ive|ifs|ives|tion|tions|sion|sions|ité|ités|ure|ures|ment|ments|isme|eur|euse|eurs|euses|aire|aires|ción|ciones|ção|ções|zione|zioni|ario|ica|ico|icas|icos|iva|ivo|ivas|ivos|dad|dade|tà|ità|ista|istas|eiro|eira|eiros|eiras|ali|able|ables|ible|ibles|ien|ienne|iens|iennes)(?![\p{L}'’-])`;
// A word's feminine or plural ending written beside it: "financier(ère)", "administratif(ve)", "général·e".
const GENDER_TAIL = String.raw`(?:\((?:e|ne|le|se|ère|ve|euse|trice|a|o|ra|es|s)\)|·\p{Ll}+)?`;
// Words that end a Romance title even as its second word (a verb, an article, a preposition, a possessive):
// "A vaga de confeiteira é sua" holds no title of two words.
const ROMANCE_ENDS = String.raw`é|è|est|ist|ha|há|já|ya|se|si|fue|foi|que|qui|con|com|per|por|para|pour|chez|avec|sur|dans|presso|le|la|les|los|las|el|il|lo|un|una|uno|une|mais|ma|notre|nos|votre|vos|nuestro|nuestra|nostro|nostra`;
// The words that end a Romance title's lower-case tail: those, and the ones that may be a title's second word ("Technicien
// en génie civil") but end it later ("Contador/a Senior con alguien", "Responsable Maintenance de son").
const ROMANCE_STOP = String.raw`(?!(?:et|e|y|o|ou)\s+(?!\p{Lu})|(?:${ROMANCE_ENDS}|en|au|aux|à|nella|nel|na|no|em|pela|pelo|sede|bei|at|in|próximo|próxima|prochain|prochaine|prossimo|prossima|son|sa|ses|leur|leurs|su|sus|seu|sua|seus|suas|suo|ainda|está|esta|encore|début|basée?|basad[oa])(?![\p{L}-]))`;
const ROMANCE_STOP_FIRST = String.raw`(?!(?:${ROMANCE_ENDS})(?![\p{L}-]))`;
const ROMANCE = String.raw`((?:[Ee]ncargad[oa]|[Ii]ngenier[oa]|[Ii]ngegnere|[Ee]ngenheir[oa]|[Cc]oordenador(?:a)?|[Cc]onsultor(?:a)?|[Ee]specialista|[Gg]erente|[Cc]ontroller|[Rr]esponsabile|[Aa]ddett[oa]|[Dd]esarrollador(?:a)?|[Cc]heffe|[Cc]hef|[Cc]hargé(?:e|\(e\))?|[Rr]esponsable|[Jj]efe|[Jj]efa|[Dd]irecteur|[Dd]irectrice|[Tt]écnico|[Tt]écnica|[Cc]ontrôleur|[Cc]ontrôleuse|[Aa]nalyste|[Cc]onseill(?:er|ère)|[Gg]estionnaire|[Tt]echnicien(?:ne)?|[Ii]ngénieur(?:e)?|[Dd]éveloppeu(?:r|se)|[Aa]ssistant(?:e)?|[Aa]cheteu(?:r|se)|[Cc]omptable|[Aa]nalista|[Aa]sesor(?:a)?|[Gg]estor(?:a)?|[Cc]oordinador(?:a)?|\p{L}\p{Ll}+(?:eur|euse|eure|aire|iste|ista|ero|era|ore|ora|dor|dora|ant|ante|ente|ier|ière|ère|trice|ien|ienne|eiro|eira|igner))(?:\((?:a|o|e|ne|ra|trice|ère|euse|se|le)\)|\/[ao]|·\p{Ll}+)?\s+(?:(?:Sr|Jr|Sênior|Senior|Pleno)\.?\s+(?=\p{Lu}|(?:de|di|del|da|do)\s|d'))?(?:de\s+|d'|di\s+|del\s+|da\s+|do\s+|(?:all|dell|nell)'|(?:alla|alle|agli|ai|al|della|delle|degli|dei)\s+|à\s+l'|à\s+la\s+|aux?\s+)?${ROMANCE_STOP_FIRST}\p{L}[\p{L}-]*(?:\/\p{Lu}{2,6}(?![\p{L}]))?${GENDER_TAIL}\.?(?:\s+(?:(?:et|e|y|&)\s+(?=${JOINED_WORD}))?${ROMANCE_STOP}(?:d'\p{L}+|\p{Ll}[\p{L}-]*(?![\p{L}'’-])${GENDER_TAIL}|\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?\b|(?<=(?<![\p{L}])(?:de|del|d'|di|da|do|al|ao|à|au|aux)\s(?:\p{Lu}[\p{L}-]+\s)?)\p{Lu}[\p{L}-]+)){0,2}(?:\s+(?:Pleno|Sênior|Senior|Júnior|Junior|Semi Senior|Jr\.?|Sr\.?)(?![\p{L}]))?)`;
// (Polish "Specjalista ds. płac", "Koordynator ds. rejestracji pacjentów": "ds." (do spraw) takes the field in lower case.)
const DS_FIELD = String.raw`ds\.(?:\s+(?!(?:w|we|na|do|dla|od|z|ze)\s)\p{Ll}[\p{L}-]*){1,3}`;
const TITLE = String.raw`(${WORD}(?:(?:\s+|\s*,\s+|\s+[-–/]\s+)(?:${DS_FIELD}|${WORD}|of|and|&|de|du|des|la|le|el|en|für|und|y|del|(?:et|e|ou|or)(?![\p{L}])|in(?=\s+Charge(?![\p{L}]))|at(?=\s+Home(?![\p{L}]))|ds\.|[dl]['’]\p{L}+|\([^)\0]{1,20}\))){0,7})`;
const u = (s: string) => new RegExp(s, 'u');
// "Lecturer in Organic Chemistry", "Consultant in Emergency Medicine": after an academic or a hospital doctor's post, "in"
// names the subject (elsewhere it is a place).
const ACADEMIC = String.raw`((?:(?:Senior|Assistant|Associate|Principal|Research|Teaching|Clinical|Locum)\s+)*(?:Lecturer|Professor|Reader|Fellow|Researcher|Teacher|Tutor|Research Associate|Research Assistant|Postdoctoral Researcher|PhD Studentship|Consultant|Specialty Doctor|Speciality Doctor|Specialist Registrar|Registrar|Associate Specialist|Staff Grade Doctor)(?:\s+\([^)\0]{1,20}\))?\s+in\s+${WORD}(?:\s+(?:${WORD}|and|&|of)){0,4})`;
// Swedish, Danish and Norwegian titles in prose are lower case ("stillingen som sykepleier ved akuttmottaket",
// "tjänsten som utredare inom kollektivtrafik hos ..."): one or two words, then a field ("inom X"), up to a
// preposition, a weekday or a verb ("som klinikassistent tirsdag den 23.", "som underhållstekniker fram till"); an
// academic post keeps its subject ("doktorand i miljövetenskap").
const NORDIC_STOP = String.raw`(?:i|ved|vid|hos|på|til|till|for|för|med|og|och|som|at|att|en|et|ett|der|den|det|inom|innen|indenfor|innenfor|fra|från|fram|frem|kl|nu|nå|er|är|var|blir|bliver|blev|ikke|inte|ej|også|också|gjerne|gerne|gärna|dessverre|desværre|tyvärr|allerede|redan|när|når|hvor|där|(?:man|tis|tirs|ons|tors|fre|lør|lör|søn|sön)dag(?:en)?)(?!\p{L})`;
const NORDIC_WORD = String.raw`[\p{L}][\p{L}-]+`;
// A lower-case word that ends in a letter ("hälso-" in "hälso- och sjukvården" is half a word).
const NORDIC_LOWER = String.raw`\p{Ll}(?:[\p{L}-]*\p{L})?(?![\p{L}-])`;
const NORDIC_TITLE = String.raw`((?:[Dd]oktorand|[Ff]orskare|[Ll]ektor|[Aa]djunkt|[Pp]rofessor|[Pp]ostdoktor|[Ff]orsker|[Ss]tipendiat)\s+i\s+${NORDIC_LOWER}|${NORDIC_WORD}(?:,?\s+(?!${NORDIC_STOP})${NORDIC_LOWER}){0,2}(?:\s+(?:inom|innen|indenfor|innenfor)\s+${NORDIC_LOWER}(?:\s+(?!${NORDIC_STOP})${NORDIC_LOWER})?)?)`;
const LABEL = new RegExp(String.raw`^\s*(?:position|role|post|job title|job|title|poste|stelle|puesto|posición|vacante|event type|opportunity|intitulé du poste|intitulé|titre du poste|stellenbezeichnung|stellentitel|jobtitel|denominación del puesto|nombre del puesto|cargo|ruolo|posizione|functie|functietitel|stanowisko)\s*:\s*(.{3,80})$`, 'iu');
// Wordings whose words state a title whatever our noun list knows ("poste de X", "na stanowisko X", "como X"), and
// the Nordic ones that do so for a word ending like a trade's ("stillingen som X", "tehtävään X").
const STATES_TITLE = new Set<RegExp>();
const NORDIC_TRADE = new Set<RegExp>();
const statesTitle = (re: RegExp): RegExp => (STATES_TITLE.add(re), re);
const nordicTrade = (re: RegExp): RegExp => (NORDIC_TRADE.add(re), re);
const BODY: RegExp[] = [
  u(ACADEMIC),
  nordicTrade(u(String.raw`\b(?:stillingen|stilling|tjänsten|tjenesten|rollen|anställningen|ansættelsen|jobbet|jobben|sommerjobben|sommarjobbet|sommerjobbet|ansøgning|ansökan|søknad)\s+som\s+${NORDIC_TITLE}`)),
  // Finnish: "hakemuksestasi tehtävään Suunnittelija, digitaaliset palvelut".
  nordicTrade(u(String.raw`\bteht\u00e4v\u00e4\u00e4?n\s+${NORDIC_TITLE}`)),
  // (Also "en tant que X", "en qualité de X", "la fonction de X", "à função de X": offers and invitations.)
  statesTitle(u(String.raw`\b(?:(?:poste|puesto|candidature|candidatura|vacante|vaga|plaza|posición|posizione|posição|cargo|ruolo|figura|fonction|função|funzione)\s+(?:de\s+|d'|del\s+|di\s+|au poste de\s+|para el puesto de\s+|(?=\p{Lu}))|en tant que\s+|en qualité d(?:e\s+|')|in qualità di\s+|na qualidade de\s+|en calidad de\s+)${ROMANCE}`)),
  // An offer's title between French quotation marks ("votre candidature à l'offre « Contrôleur de gestion industriel H/F »").
  // (A contract type before it, a gender marker and a bracket after are no part of it: "« Stage – Assistant·e chef de projet
  // supply chain (6 mois, janvier 2034) »".)
  statesTitle(u(String.raw`\b(?:offre|annonce|poste|oferta|anuncio|vaga)\s+«[\s\u00a0\u202f]*(?:(?:Stage|Alternance|CDI|CDD|Intérim|Freelance|VIE)\s*[-–—:]\s*)?([^»\n\0]{2,80}?)(?:\s*\(?(?:H\/F|F\/H|h\/f|f\/h|M\/F|F\/M|H\/F\/X)\)?)?(?:\s+\([^()»\n\0]{1,40}\))?[\s\u00a0\u202f]*»`)),
  // "the Senior Data Engineer role", "a second Compliance Manager position"
  u(String.raw`${TITLE}["”’']?\s+(?:position|role|opening|vacancy|job|post|req|requisition|posting|contract|interview|application|programme|program|scheme|onsite|search)\b`),
  // A search firm's words: "the Chief Operating Officer appointment", "a confidential CFO mandate" (a pattern of its own:
  // each pattern's first match in a sentence counts, and "Castlegate's appointment panel" must not hide "the X role").
  u(String.raw`${TITLE}["”’']?\s+(?:appointment|mandate|assignment)\b`),
  // "for the position of X", "als X", "au poste d'X", "para el puesto de X"
  u(String.raw`\b(?:[Pp]osition|role|job|post|appointment|opening|vacancy|poste|[Ss]telle|puesto|posición|posizione|ruolo|vacante|vaga|functie|vacature|cargo|[Pp]osition als|[Ss]telle als|stillingen som|stilling som|tjänsten som|tjenesten som|rollen som|stanowisko|stanowisku)\s+(?:(?:of|as|als|de|d'|del|di|da|van|voor)\s*)?(?:an?\s+|our\s+)?${TITLE}`),
  u(String.raw`\b(?:application|applying|applied|candidacy|candidature|interview|interviews|round|onsite|offer|[Bb]ewerbung|candidatura|entretien|entrevista|[Vv]ertragsangebot|sollicitatie|colloquio)\s+(?:for|to(?: be)?|as|pour|für|als|para|voor|per|au poste d'|au poste de|al puesto de|de)\s*(?:the\s+|our\s+|an?\s+|le poste de\s+|el puesto de\s+|die stelle (?:als\s+)?)?${TITLE}`),
  // ("... looking for its first Chief Operating Officer", "to find their next Group HR Director": a search firm's client.)
  u(String.raw`\b(?:join (?:us|our team|the team|[\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,2})|hiring|looking for|seeking|recruiting for|identify|appoint|search for|find)\s+(?:as\s+)?(?:an?\s+|(?:our|its|their|his|her)\s+(?:(?:new|first|next)\s+)?|the\s+(?:(?:new|first|next)\s+)?)?${TITLE}`),
  u(String.raw`\b(?:[Cc]all|[Ii]nterview|[Cc]hat|[Ss]creen|[Cc]onversation|[Mm]eeting)\s*[-–—:|]\s*${TITLE}`),
  // Dutch titles are written in lower case: "de functie van advocaat-medewerker Ondernemingsrecht", "de vacature mondhygiënist".
  u(String.raw`\b(?:functie|vacature|positie)\s+(?:van\s+|als\s+)?(\p{Ll}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})`),
  // "Role is Academy Physiotherapist, 3 days a week"
  u(String.raw`\b(?:[Rr]ole|[Pp]osition|[Jj]ob) is (?:an? |the )?${TITLE}`),
  // Polish: "na stanowisko Kierownik magazynu", "stanowisko Specjalista ds. zakupów" (lower-case words after the noun).
  statesTitle(u(String.raw`\bstanowisk\p{L}*\s+(\p{Lu}\p{Ll}+(?:\s+ds\.(?:\s+(?!(?:w|we|na|z|ze|i|oraz|do|od|dla|po|przy|u)(?![\p{L}]))\p{L}[\p{L}-]*){1,3}|(?:\s+(?!(?:w|we|na|z|ze|i|oraz|do|od|dla|po|przy|u)(?![\p{L}]))\p{Ll}[\p{L}-]*){0,3}))`)),
  // Written in lower case: "the founding hardware engineer role", "the morning baker spot" (two words or more).
  u(String.raw`\b(?:the|a|an|our|your|this)\s+((?:[\p{Ll}-]+\s+){1,3}[\p{Ll}-]+)\s+(?:role|position|job|spot|opening|vacancy|place)\b`),
  // Joining as X, in Romance languages ("que te incorpores con nosotras como dependienta", "vous intégrer comme
  // technicienne") and German ("Sie gerne als Schreinerin bei uns an Bord holen"): the words state the title.
  statesTitle(u(String.raw`\b(?:incorpor\p{L}*|unir(?:te|se)|sumar(?:te|se)|contratar(?:te|le|la|lo)|rejoindre|int[ée]grer|entrar|assumer\p{L}*|inserir\p{L}*)\b[^.\n\0]{0,40}?\b(?:como|comme|come|en tant que)\s+(?!(?:parte|part|partie|miembro|membre|membro|uno|una|un|une|el|la|le|il|o|a|nuestr\p{L}*|notre|nostr\p{L}*)(?![\p{L}]))(\p{L}[\p{L}'’-]*(?:\s+(?:(?:de|d'|di|del|da|do|en)\s+)?\p{L}[\p{L}'’-]*){0,3}?)\s*(?=[.,;!:\n\0]|$)`)),
  statesTitle(u(String.raw`\b(?:Sie|dich|Dich|euch)\s+(?:(?:sehr\s+)?gerne?\s+)?(?:ab\s+[^.\n\0]{1,20}?\s+)?als\s+${TITLE}\s+(?:bei uns|in unser\p{L}*|an Bord|einstellen|begrüßen|willkommen)`)),
];
// "Lektor Sachbuch (m/w/d)", "Préparateur de commandes (H/F)": the gender marker is only ever written after a
// title. Read after the other wordings (a board's list of similar jobs marks every title so).
const GENDER_MARKED = [u(String.raw`(${WORD}(?:\s+(?:${WORD}|für|und|de|du|des|d'\p{L}+|en|et|di|del|della)){0,5})\s*\(?(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|H\/F|F\/H|h\/f|f\/h|H\/F\/X|M\/F)\)?(?![\p{L}\/])`)].map(globalOf);
// Posts that build or support applications: "Application Scientist", "Application Support Analyst" keep their first word.
const APPLICATION_POST_WORDS = ['scientists?', 'engineers?', 'specialists?', 'developers?', 'analysts?', 'support', 'consultants?', 'architects?', 'administrators?', 'programmers?', 'managers?'];
const APPLICATION_POSTS = APPLICATION_POST_WORDS.join('|');
// (Either case of the first letter, for the case-sensitive subject patterns.)
const APPLICATION_POSTS_ANY_CASE = APPLICATION_POST_WORDS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
// A subject that names the step, then a capitalised title to its end ("Terugkoppeling sollicitatie Financial
// Controller", "Ihre Bewerbung als Lektorin Sachbuch", "Entrevista final - Atuário Sénior"): the step word states it.
const STEP_WORD = String.raw`(?:[Ss]ollicitatie|[Bb]ewerbung|[Cc]andidature|[Cc]andidatura|[Ss]olicitud|[Pp]ostulaci[oó]n|[Aa]pplication(?!\s+(?:${APPLICATION_POSTS_ANY_CASE})(?![\p{L}]))|[Ee]ntrevista|[Ee]ntretien|[Ee]ntrevue|[Ii]nterview|[Gg]esprek|[Vv]orstellungsgespr[äa]ch|[Cc]olloquio|[Ii]ntervju|[Ss]amtale|[Aa]nsökan|[Ss]øknad|[Aa]nsøgning|[Aa]plikacja|[Rr]ozmowa)`;
const NOT_A_TITLE = String.raw`(?!(?:Spontan|Initiativ|Received|Update|Status|Confirm|Bestätig|Eingang|Reçu|Recibid|Ricevut|Ontvang|Mottag|Modtag|Mottat|Otrzyma|Next|Nächst|Prochain|Siguiente|Prossim|Volgend|Rückmeld|Feedback|Absage|Zusage|Réponse|Respuesta|Risposta|Resposta|Kennziffer|Referenz|Ref\b|Req\b|Job\s*\d|Nr\b)|(?:Bei|Chez|En|At|Bij|Hos|Per|Für|Pour|Para|Von|De|Du)(?![\p{L}]))`;
// (The title runs to the subject's end, or to a dash: then it must hold a job noun, "Entretien Banque Vaudan & Cie -
// Analyste KYC" names the employer first.)
const STEP_TITLE = String.raw`(${WORD}(?:(?:\s+|\s*,\s+)(?:${WORD}|of|and|&|de|du|des|la|le|el|en|für|und|y|del|d'\p{L}+|\([^)\0]{1,20}\))){0,6})`;
const STEP_LEAD = String.raw`\b${STEP_WORD}(?:\s+(?:final|finale|technique|técnica|tecnica|technisch|zweites|second))?(?:\s+(?:als|as|for|pour|para|per|voor|de|du|d'|al|a|jako|som))?\s+(?:[-–:]\s+)?${NOT_A_TITLE}${STEP_TITLE}`;
const SUBJECT_STEP = [u(String.raw`${STEP_LEAD}\s*(?:$|\(|\s?[-–—|]\s*(?:(?:Zweit|Erst|Vorstellungs)?[Gg]espräch|[Ii]nterview|[Ee]ntretien|[Ee]ntrevista|[Cc]olloquio|[Gg]esprek|[Tt]ermin\p{L}*|[Ee]inladung|[Rr]ückmeldung|[Aa]bsage|[Zz]usage|[Uu]pdate|[Nn]ouvel horaire|[Nn]ueva fecha)(?![\p{L}]))`)];
const SUBJECT_STEP_DASH = [u(String.raw`${STEP_LEAD}\s*(?:[|–—]|\s-\s)`)];
// A subject that names the step, then the title in Romance form ("Candidature Chargée de mécénat", "entrevue
// Technicien en génie civil"): the step word states it, whatever the noun list knows.
// ("Poste de mécanicien", "Offre d'emploi – libraire", "Vaga de confeiteira", "Rendez-vous - poste d'assistante de direction":
// the post named after the word for one.)
const SUBJECT_ROMANCE = [u(String.raw`\b(?:[Cc]andidature|[Ee]ntrevue|[Ee]ntretien|[Cc]andidatura|[Ee]ntrevista|[Cc]olloquio|[Cc]onvocation|[Rr]endez-vous|[Pp]oste|[Pp]uesto|[Vv]aga|[Oo]ffre d'emploi)\s+(?:[-–:]\s+)?(?:(?:pour le |au )?poste (?:de |d')|para (?:el puesto de )?|per (?:il ruolo di )?|de |d'|da )?${ROMANCE}`)];
const SUBJECT: RegExp[] = [
  u(ACADEMIC),
  // "Svar på søknad - Sykepleier, akuttmottak (ref. 4471)", "Bekräftelse på din ansökan: Doktorand i miljövetenskap".
  u(String.raw`(?:[Ss]øknad|[Aa]nsøgning|[Aa]nsökan|[Hh]akemus|[Ii]ntervju|[Ss]amtale|[Hh]aastattelu|[Tt]ilbud|[Ss]tilling|[Tt]jänst|[Aa]plikacj|[Rr]ozmow|[Rr]ekrutacj|[Kk]andydatur|[Oo]fert)\p{L}*[^:–—|]{0,30}?(?:[:|–—]|\s-\s|\s+som\s+)\s*${NORDIC_TITLE}\s*(?:$|[(,|–—]|\s-\s|\s+\p{Lu})`),
  u(String.raw`^(?:${TITLE})\s*(?:$|[|–—]|\s-\s|\s+(?:at|@|chez|bei|en)\s|\s+(?:application|interview|role|position|job|vacancy|opening|opportunity|assignment|search|mandate)\b)`),
  // ("Halvorsen Shipping – CCO update", "Varenne Cosmétiques – Directeur Général Adjoint – change of date".)
  u(String.raw`(?:[:|–—(]|\s-\s)\s*${TITLE}\s*(?:$|[|–—()]|\s-\s|\s+(?:at|with|@|chez|bei|en|on|(?:technical |final |phone |video |first |second |third )?interview|role|position|job|vacancy|opening|opportunity|assignment|search|mandate|update|news|feedback|outcome|change of (?:date|time))\b)`),
  u(String.raw`\b(?:for|as|als|pour|para|de)\s+(?:the\s+)?${TITLE}\s*(?:$|[|–—(]|\s-\s|\s+(?:at|with|@|chez|bei|en|role|position)\b)`),
  // "Cancelled – rebooking your Content Strategist interview"
  u(String.raw`\byour\s+${TITLE}\s+(?:interview|application|offer|role|position)\b`),
  // Sentence case: "Morning baker position", a subject that is only the title ("Apprentice electrician").
  u(String.raw`^(\p{Lu}\p{Ll}+(?:\s+[\p{Ll}-]+){1,3})(?:\s+(?:role|position|job|opening|vacancy)\b|$)`),
];
const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|fw|tr|wg|rv|aw|enc|sv|vs|vb|antw|odp)\s*:\s*)+/i;
// "Entrevue téléphonique - Technicienne en contrôle de la qualité", "Accusé de réception - Conseillère, finances
// personnelles (2700412)": after a step named before the last dash or colon, the rest of the subject is the title,
// lower-case words and all (read only when it holds a job noun).
const SUBJECT_TAIL_STEP = new RegExp(String.raw`\b(?:${STEP_WORD}|accusé de réception|processo seletivo|proceso de selecci[oó]n|confirmaci[oó]n|kiitos hakemuksestasi|tiedote valinnasta|uitnodiging|selectiegesprek|angående din ansökan|potwierdzenie|opportunité|einstellung|nächster schritt|esito|suivi|seguimiento|follow-?up|proposta|propuesta|oferta|offerta|offre|proposition|convocation|convocatoria|convocazione|gespräch|samtal|haastattelu|hakemus)`, 'i');
const SUBJECT_TAIL = u(String.raw`^(.*?)(?:\s*:\s+|\s+[-–—|]\s+)(\p{Lu}[\p{L}()'’.\/·-]*(?:,?\s+(?:[\p{L}()'’.\/·-]+|d'\p{L}+)){0,7})\s*(?:\(#?[\d-]+\))?$`);
const SUBJECT_LEAD = new RegExp(String.raw`^(?:colloquio|esito (?:della )?selezione|candidatura|proceso de selecci[oó]n|processo seletivo|retorno (?:do )?processo seletivo|informacja dotycząca rekrutacji|einladung(?: zum)? vorstellungsgespräch|(?:ihre |deine )?bewerbung|(?:je |uw )?sollicitatie|votre candidature|entretien|entrevista|entrevue)(?:\s+(?:per la posizione di|per il ruolo di|para (?:el puesto|la vacante) de|na stanowisko|als|som|pour le poste d[e'])\s*)?\s+`, 'iu');
// ("Tu candidatura para Técnico/a de Comunicación Digital se ha enviado": a reflexive verb's pronoun ends it too.)
const TAIL_STOP = /^(?:na|no|em|bij|bei|till|hos|at|entre|chez|para|por|com|with|for|presso|pour|dans|für|voor|competition|concours|convocatoria|ist|wurde|wird|is|was|has|est|ha|é|è|är|er|jest|se|fue|foi|(?:19|20)\d\d)$/i;
function subjectTail(subject: string, company: string | null): string | null {
  const m = SUBJECT_TAIL.exec(subject);
  let rest: string | undefined;
  if (m && SUBJECT_TAIL_STEP.test(m[1]!) && !/\s[–—|]\s|:\s/.test(m[2]!)) rest = m[2];
  else {
    // "Colloquio per la posizione di Redattrice Junior", "Esito selezione Progettista Meccanico": the step, then the title.
    const lead = SUBJECT_LEAD.exec(subject);
    const after = lead ? subject.slice(lead[0].length) : '';
    if (/^\p{Lu}/u.test(after) && !/\s[–—|]\s|:\s/.test(after)) rest = after;
  }
  if (!rest) return null;
  // It ends where the employer, the people or a second language begin ("... na Cotaflux", "... entre Valeria y
  // Martina", "Curatorial Assistant / Adjoint(e) à la conservation").
  const words = rest.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && (TAIL_STOP.test(w) || (w === '/' && i >= 2)));
  return cleanTitle((end < 0 ? words : words.slice(0, end)).join(' '), company);
}
// A position noun around a title ("the X position", "position of X", "Job title: X") says it is one, job noun or not.
const POSITION_NOUN = /\b(position|role|vacancy|opening|poste|puesto|stelle|posici[oó]n|posizione|ruolo|vacante|vaga|functie|vacature|cargo|job title|title|m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h)\b/i;
const LEADING = new RegExp(String.raw`^(?:(?:the|our|your|votre|vos|ihre|ihr|deine|dein|jouw|uw|twoja|twoje|a|an|new|second|open|opportunity|confirmée?|confirmado|confermato|bestätigt|bevestigd|kandidatuur|uitnodiging(?: voor)?(?: een| het)?|opportunité|oportunidad|opportunità|interview|invitation|entretien|entrevista|vorstellungsgespräch|(?:telefon|video|online|fach|zweit|erst|kennenlern|bewerbungs)(?:interview|gespräch)|candidature|bewerbung|application(?!\s+(?:${APPLICATION_POSTS})\b)|update|confirmed|confirmation|offer|intervju|samtale|haastattelu|colloquio|gesprek|rozmowa|postulación|postulacion|zusage|absage|angebot|offerta|proposta|propuesta|oferta|processo|proceso|processus|stellenbesetzung|stellenangebot|ausschreibung|selezione|búsqueda|busqueda|rekrytointi|rekrutacja|rozmowa kwalifikacyjna|reclutamiento|recrutamento|gespräch|zweites|erstes|drittes|position|termin|samtal|entrevue|terugkoppeling|feedback|rückmeldung|terminverschiebung|verschiebung|respuesta|resposta|risposta|réponse|svar|vastaus|odpowiedź|reactie|stellenausschreibung(?:\s+[\d/]+)?|kennenlernen|kennenlerngespräch|kennismaking|erstgespräch|zweitgespräch|arbeitsvertrag|vertrag|candidatura|ansökan|ansøgning|søknad|aplikacja|contrat|contrato|contratto|posizione|posición|posição|post of|sollicitatie|accusé de réception|eingangsbestätigung|(?:technisch(?:e|es)?|telefonisch(?:e|es)?|persönliches|eerste|tweede|derde|kennismakings|sollicitatie|vervolg)\s*(?:gesprek|gespräch|interview))(?:\s*:)?\s+)+`, 'i');
// Also the stage and the day a calendar or scheduling tool writes after it ("Quality Engineer 2nd",
// "Contact Centre Consultant Invitee", "Band 6 Physiotherapist Wednesday 7 Apr 2027").
const TRAILING = /\s+(?:position|role|opening|vacancy|job|posting|post|req|interviews?(?: times?| slots?| invitation| request| confirmation)?|screening|screen|intro call|times?|at|with|phone|video|final|2nd|3rd|panel|invitee|stage|technical|recruitment|recruiting|hiring|opportunity|assessment(?: day| centre| center)?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?)$/i;
// A city or a country in brackets ("(Inverness)", "(Bogotá)", "(New York)"): where, not what.
const PLACE_PAREN = /\s*\((\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\)/gu;
const NOISE_PAREN = /\s*\((?:req|job|id|ref|cyf|post ref|#|kennziffer|kennzahl|kennung|referenz|réf|rif|aktenzeichen|gz|geschäftszahl|r-|jr-|posting|position|recruitment|requisition|vacancy|no\.|remote|hybrid|on-?site|m\/w\/d|w\/m\/d|f\/m\/d|h\/f|f\/h|cdi|cdd|band|full[- ]time|part[- ]time|\d+\s?min(?:uten|utes?|utos|uti|ut)?|\d+(?:\s?[-–]\s?\d+)?\s?(?:uur|u|h|std|stunden|hours|timer|tim|%)(?![\p{L}])|teilzeit|vollzeit|deeltijd|voltijd|temps plein|temps partiel|tiempo completo|jornada completa|tempo pieno|heltid|deltid|contract|contractor|permanent|perm|temp|temporary|fixed[- ]term|freelance|concours|concurso|concorso|rescheduled|updated|moved|new time|new date|cancell?ed|verschoben|aktualisiert|reprogramad[oa]|reprogrammée?|déplacée?|spostato)(?![\p{L}])[^)]*\)|\s*\((?=[^)]*\d)[A-Z0-9][A-Z0-9-]{3,}\)|\s*\((?:\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\)|\s*\([^()]{0,40}(?<!\w)(?:hybrid|remote|on-?site|télétravail|hybride|presencial|remoto|ibrido|hybrid working)\b[^()]{0,40}\)/giu;
const INTERVIEW_STAGE = /^(hiring manager|recruiter|technical|final|phone|video|panel|onsite|culture|values|behaviou?ral|case study|system design|coding|first|second|third)( (screen|round|stage|interview|call|chat))?$/i;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const DATE_ONLY = new RegExp(String.raw`^(?:${WEEKDAY}(?:,?\s+(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}))?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})(?:,?\s+(?:19|20)\d\d)?$`, 'i');
const DATE_HALF = new RegExp(String.raw`^(?:${WEEKDAY}|${MONTH}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`, 'i');
// Words no title contains: sentence glue, pronouns, and process words.
// (But a post that takes calls holds "Call": the word after it.)
const CALL_POST = /^(?:takers?|handlers?|operators?)\b/i;
// (Nor one that builds or supports applications: "Application Scientist", "Application Support Analyst".)
const APPLICATION_POST = new RegExp(String.raw`^(?:${APPLICATION_POSTS})\b`, 'i');
const NOT_IN_TITLE = /^(our|your|the|a|an|for|with|to|we|you|is|are|was|this|that|who|which|will|be|have|has|at|on|by|from|it|as|us|me|my|i|interview|interviews|call|times|thank|thanks|hi|dear|hello|please|update|application|confirmed|re|fwd|via|sent|powered)$/i;

// What may join a title to the company after it ("Engineer, Acme", "Designer at Acme") or before it ("Acme - Designer").
// ("Group Chief Financial Officer of Ballinacurra Foods Limited", "Asistente Contable de Compañía Minera Urpay".)
const BEFORE_COMPANY = /\s*(?:,|-|–|—|\||\/|\bat|@|\ben|chez|bei|bij|à|with|\bof|\bde|\bdi|\bda|\bdo|\bdu|\bdes|\bdel|\bdella|\bfor|für|pour|para|per|\bw)\s*$/i;
const AFTER_COMPANY = /^\s*[-–—|:,/]\s*/;

// ("Senior Pharmacist, Slaney General Hospital", "Staff Nurse, Acute Medical Unit", "Senior Charge Nurse, Ward 4", "Grade 4 Teacher,
// Salish Bay Elementary": the ward, unit, hospital or school after a comma is where, not what.)
const WHERE_AFTER = /(?:,|\s[-–—])\s+(?:Ward\s+\w+|(?!(?:Middle|High|Primary|Secondary|Elementary|Junior|Senior|Intermediate|Special)\s+School$)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}\s+(?:Hospital|Unit|School|Elementary|Academy|College|Campus|Clinic|Station|Depot|Library))$/u;

// A UK civil-service grade in brackets ("Administrative Officer (AO) Recruitment Campaign", "… (HEO) - 318822").
const CS_GRADE = String.raw`(?:\s*\((?:AA|AO|EO|HEO|SEO|CO|G7|G6)\))?`;
const GRADE_CAMPAIGN = new RegExp(String.raw`${CS_GRADE}\s+(?:Recruitment\s+)?Campaign$`);
const GRADE_NUMBER = new RegExp(String.raw`${CS_GRADE}\s+[-–—]\s+\d{5,}$`);

// "Data Engineer, Paperbark Health" for "Paperbark Health Technologies": the name as written, or without its last word.
function companyIn(title: string, company: string): string | null {
  const lower = title.toLowerCase();
  if (lower.includes(company.toLowerCase())) return company;
  // (Only closing the title after a separator: "Marine Licensing Case Officer" at the Marine Licensing Agency keeps its words.)
  const short = company.replace(/\s+\S+$/, '');
  if (short.length < 8 || !/\S\s+\S/.test(short) || !lower.endsWith(short.toLowerCase())) return null;
  return BEFORE_COMPANY.test(title.slice(0, title.length - short.length)) ? short : null;
}

/**
 * Cuts the company off a title: from the separator before its first occurrence (with one) to the end,
 * then a leading "Acme -". Plain string search with fixed patterns: a pattern built per company would
 * be compiled anew for every mail.
 */
function cutCompany(title: string, company: string): string {
  const lowerTitle = title.toLowerCase();
  const lowerCompany = company.toLowerCase();
  // Lower-casing that changes lengths (rare letters) would shift the indices: then cut nothing.
  if (lowerTitle.length !== title.length || lowerCompany.length !== company.length) return title;
  let t = title;
  for (let at = lowerTitle.indexOf(lowerCompany); at >= 0; at = lowerTitle.indexOf(lowerCompany, at + 1)) {
    const sep = BEFORE_COMPANY.exec(title.slice(0, at));
    if (sep) {
      t = title.slice(0, sep.index);
      break;
    }
    // "Projektledare Byggkraft Norr", "Store Manager Farmacie Lombarde Riunite": the company's name closing the title.
    if (at > 0 && at + company.length === title.length && /\s$/.test(title.slice(0, at)) && title.slice(0, at).trim()) {
      t = title.slice(0, at);
      break;
    }
  }
  if (t.toLowerCase().startsWith(lowerCompany)) {
    const sep = AFTER_COMPANY.exec(t.slice(company.length));
    if (sep) t = t.slice(company.length + sep[0].length);
    // "Shannonside Networks Apprentice Electrician": the company's name in front, then the title.
    else if (/^\s/.test(t.slice(company.length)) && ROLE_NOUN.test(t.slice(company.length))) t = t.slice(company.length).trim();
    // ("Hollis Finch LLP Trainee Solicitor": its legal form goes with it.)
    t = t.replace(/^\s*(?:LLP|Ltd\.?|Limited|GmbH|S\.r\.l\.?|S\.p\.A\.?|S\.A\.|S\.L\.|B\.V\.|Inc\.?|AG)\s+(?=\p{Lu})/u, '');
  }
  return t.trim();
}

/** Pictographs (and white space) closing a name or a title: "Werkstudent Embedded Software 🚁", "Tostadero Palermo ☕". */
export const TRAILING_PICTOGRAPHS = /[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;

// A business function named after a title's dash: part of the title, not a place.
const FUNCTION_WORD = /^(?:Commercial|Customer|Finance|Operations|Sales|Marketing|Retail|Technology|Digital|Data|Product|Engineering|Strategy|Risk|Compliance|Legal|Procurement|Infrastructure|Platform|Security|Growth|Partnerships|Corporate|Enterprise|Consumer|Wholesale|Transformation|Treasury|Tax|Audit)$/;

/** Whether a word is a job noun whole ("Firefighter"), not one inside a longer word. */
function wholeNoun(word: string): boolean {
  const m = ROLE_NOUN.exec(word);
  return !!m && m.index === 0 && m[0].length === word.length;
}

const COMMA_TAIL = /,\s+([^,–—()]{2,60})$/u;
const WORKPLACE_TAIL = /(?<![\p{L}])(?:(?<!Emergency\s)Department|Directorate|Unit|Trust|Council|Authority|Company|Limited|Ltd|Foundation|Health Cent(?:re|er)|Health Services|Hospital|University|Ysbyty|Päiväkoti|Plejecenter|skole|skola|Collegiate|Class|Cohort|Ward|kaupunki|Raum|Region(?=\s\p{Lu})|Nähe|Hotel|Familienunternehmen|Industrieunternehmen|District Nursing|Community Nursing|Entgeltgruppe|EG \d|TV-L|TVöD|Examination No|Exam No)(?![\p{L}])/u;
// Glue left at a title's end once what followed it is cut ("Responsabile Magazzino da" before "giovedì").
const TRAILING_GLUE = /[\s,]+(?:of|and|or|&|de|du|des|la|le|el|en|für|und|y|del|e|et|ed|o|na|no|em|di|da|do|à|au|aux|al|a|zu|bei)$/i;
const IN_PLACE = /\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;
function cleanTitle(raw: string | undefined, company: string | null, stated = false): string | null {
  if (!raw) return null;
  // Markdown emphasis goes; a star between letters is a German gender form ("Mitarbeiter*in") and stays.
  // ("Werkstudent Embedded Software 🚁": a pictograph after it goes too.)
  // (A list's bullet before the title: "• Police Constable".)
  let t = raw.replace(/^\s*[•·▪◦‣]\s*/u, '').replace(/(?<!\p{L})[*_`]+|[*_`]+(?!\p{L})/gu, '').replace(NOISE_PAREN, '').replace(PLACE_PAREN, (m, inner: string) => (isPlaceName(inner) ? '' : m)).replace(/\s+/g, ' ').replace(TRAILING_PICTOGRAPHS, '').trim();
  // What follows only cuts the ends, at spaces and punctuation, so no job noun can appear that is not
  // already there; only the company cut may cut inside a word ("...at Acme"), hence its own check.
  const written = company ? companyIn(t, company) : null;
  const cutsCompany = !!written;
  if (!stated && !cutsCompany && !ROLE_NOUN.test(t)) return null;
  // ("Confidential - CFO": a search's label before the title.)
  t = t.replace(/^(?:strictly\s+)?(?:private\s+(?:and|&)\s+)?(?:confidential|exclusive)\s*[-–—:|]\s*/i, '');
  for (let i = 0; i < 3; i++) {
    t = t.replace(LEADING, '').replace(/^[\s,.;:!?'"“‘|–—-]+/, '').replace(TRAILING, '').replace(/[\s,.;:!?'"”’–—-]+$/, '').replace(TRAILING_GLUE, '').trim();
  }
  // ("Lecturer in London", "Consultant in Leeds": a city or a country after "in" is where, not the subject.)
  const inPlace = IN_PLACE.exec(t);
  if (inPlace && isPlaceName(inPlace[1]!)) t = t.slice(0, inPlace.index);
  // ("Licensed Practical Nurse, Gimli Community Health Centre", "Pharmacy Technician, Pharmacy Department", "Sairaanhoitaja,
  // Tampere", "Police Constable, Recruit Class", "Sachbearbeiter, EG 12 TV-L": the workplace, the town, the intake or the
  // pay scale after a comma.)
  for (let m = COMMA_TAIL.exec(t); m && (isCityName(m[1]!) || WORKPLACE_TAIL.test(m[1]!)); m = COMMA_TAIL.exec(t)) t = t.slice(0, m.index);
  // "30 Minute Recruiter Screen (Vantora Health - Product Designer)" (a scheduling tool's event type): the
  // stage names the call; the job is in the brackets.
  const stageParen = /^(.*?)\s*\(([^()]+)\)$/.exec(t);
  if (stageParen && /\b(screen|interview|call|chat|conversation|meeting)$/i.test(stageParen[1]!) && ROLE_NOUN.test(stageParen[2]!)) t = stageParen[2]!.trim();
  // "... (Respiratory) Band 7 Thursday 1 Apr 2027": a calendar title's date, and the pay band, are no part of it.
  t = t.replace(/\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i, '')
    // "Forklift Operator, 1st shift, $22/hr", "CNA - Nights, 11p-7a": the shift and pay after a comma.
    .replace(/,\s*(?:\d(?:st|nd|rd|th) shift|[$£€]\s?\d|\d{1,2}(?::\d{2})?\s?[ap]m?\s?[-–]\s?\d|(?:permanent|temporary|casual|fixed[- ]term|ongoing)(?:\s+(?:full|part)[- ]time)?\s*(?:,|$)).*$/i, '').replace(/\s+(?:el|le|am|op|il|on|this|next|für|for|pour|voor)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedì|martedì|mercoledì|giovedì|venerdì|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]).*$/iu, '').replace(/\s*[-–,]?\s*\(?\bBand\s+\d[a-d]?\)?$/, '');
  // "Buchhalterin / Buchhalter – Teilzeit 30 Std", "Coordinadora Editorial de nuestra": the hours, and a phrase's start, go.
  t = t.replace(/\s+[-–—]\s+(?:Teilzeit|Vollzeit|Temps partiel|Temps plein|Deeltijd|Voltijd|(?:(?:Regular|Permanent|Temporary|Casual)\s+)?Part[- ]time|(?:(?:Regular|Permanent|Temporary|Casual)\s+)?Full[- ]time|Tiempo parcial|Media jornada)\b.*$/i, '').replace(/\s+(?:de|di|da|do)\s+(?:nuestr[oa]s?|nostr[oa]|su|sua|vuestr[oa]|la|el)$/i, '').replace(/\s+au sein(?:\s+d\S*)?$/i, '').replace(/\s+(?:previst[oaie]|prévue?s?|programad[oa]s?|agendad[oa]s?|marcad[oa]s?|fissat[oaie]|geplant|gepland)$/i, '').replace(/\s+(?:à\s+|al\s+|a\s+|zu\s+)?\d{2,3}(?:\s?[-–]\s?\d{2,3})?\s?%?$/, '');
  // "financier(ère) mardi à 10h", "klinikassistent tirsdag den 23.": a weekday written in lower case (as all but
  // English and German write it) is when, never part of the title; "reçue", "retenue" say what became of it.
  t = t.replace(/\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|poniedziałek|wtorek|środa|czwartek|piątek|reçue?s?|retenue?s?|enregistrée?s?|transmise?s?|publiée?s?|pourvue?s?|affichée?s?|annoncée?s?|recibid[oa]s?|ricevut[oaie]|recebid[oa]s?|publicad[oa]s?|pubblicat[oaie])(?![\p{L}]).*$/u, '').replace(TRAILING_GLUE, '');
  // "Embedded Software Engineer When CHANGED: ..." (a calendar's field labels run on after the title).
  // ("Adult Literacy Organiser": the label ends a title only where a name follows it.)
  t = t.replace(/\s+(?:When|Where|Who|Date|Time|Location|CHANGED|Organi[sz]er(?=\s*\S)|Guests|Joining)\b.*$/, '');
  // "Projektingenieur Automatisierung und Ihr Interesse": German capitals run on past the title.
  t = t.replace(/\s+(?:und|and|y|et|e)\s+(?:Ihr|Ihre|Ihren|Ihnen|Sie|your|you|su|sus|votre|vos|vous|nos|nous|tú|usted|we|wir|us|I)\b.*$/, '');
  // "Executive Engineer (Roads) - Outcome of Shortlisting": of two dash-joined parts, the one with the job noun.
  // "Interview: Nathan Cole / Site Reliability Engineer" (a calendar event): the candidate's name goes.
  t = t.replace(/^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) \/ (?=\S)/u, (m, who: string) => (personName(who, false) && !ROLE_NOUN.test(who) ? '' : m));
  // "Intro call: Transportation Analyst" (an event type): what follows the colon is the title.
  const colon = t.lastIndexOf(': ');
  if (colon > 0 && ROLE_NOUN.test(t.slice(colon + 2)) && !ROLE_NOUN.test(t.slice(0, colon))) t = t.slice(colon + 2);
  let halves = /\s[-–—|]\s/.test(t) ? t.split(/\s+[-–—|]\s+/) : [t];
  // "Recruiter Screen - Product Designer", "Portfolio review - Senior UX Designer" (a booking's event type): the call goes.
  if (halves.length === 2 && /^(?:[\p{L}-]+\s+){0,2}(?:screen|interview|call|chat|review|conversation|demonstration|demo|presentation)$/iu.test(halves[0]!) && ROLE_NOUN.test(halves[1]!)) {
    halves = halves.slice(1);
    t = halves[0]!;
  }
  // "Rajesh Iyer - Backend Engineer, Routing" (a calendar event): the candidate's name in front goes.
  if (halves.length > 1 && personName(halves[0]!, false) && !ROLE_NOUN.test(halves[0]!)) {
    halves = halves.slice(1);
    t = halves.join(' - ');
  }
  // "Graduate Electrical Engineer – Monday 29 March": a date after the title is when, not what.
  if (halves.length > 1 && DATE_HALF.test(halves[halves.length - 1]!)) {
    halves = halves.slice(0, -1);
    t = halves.join(' - ');
  }
  // The other part goes when it is one word ("- Dublin") or reads as a phrase ("- Outcome of Shortlisting"),
  // not when it is a team or specialism of capitalised words ("Graduate Analyst – Credit Risk").
  if (halves.length === 2 && ROLE_NOUN.test(halves[0]!) !== ROLE_NOUN.test(halves[1]!) && !(company && t.toLowerCase().includes(company.toLowerCase()))) {
    const [titled, other] = ROLE_NOUN.test(halves[0]!) ? [halves[0]!, halves[1]!] : [halves[1]!, halves[0]!];
    // (A bracket in it is a place or a note, not the phrase: "Cardiac Step-Down Unit (4 West)".)
    const words = other.replace(/\s*\([^()]*\)/g, '').trim().split(/\s+/);
    // ("Technical Round 2 - Data Engineer": a stage of the process, however capitalised.)
    // (One word that names a business function stays: "General Manager – Commercial", "General Manager – Customer".)
    // ("Wattle & Finch – Graduate Software Engineer", "Riverbend CHC - Family Nurse Practitioner": a calendar title's employer,
    // its name's first word.)
    const employer = !!company && words[0] === company.split(/\s+/)[0];
    if (employer || (words.length === 1 && !FUNCTION_WORD.test(words[0]!)) || words.some((w) => /^[\p{Ll}(]/u.test(w) || NOT_IN_TITLE.test(w)) || /\b(round|stage|interview|screen|assessment)\b/i.test(other)) t = titled;
  }
  // "Técnico/a de Mantenimiento en Solvera", "... en el Hotel Alcaraván": where, not what.
  t = t.replace(/\s+en\s+((?:el|la|los|las|nuestr[oa]s?)\s+)?\p{Lu}.*$/u, (m) => (ROLE_NOUN.test(m) ? m : ''));
  // "Cajero(a) en nuestra tienda": where, in lower case.
  t = t.replace(/\s+en\s+(?:nuestr[oa]s?|la|el)\s+(?:tienda|oficina|sede|planta|empresa|equipo|almac[eé]n|restaurante|hotel|cl[ií]nica|centro|f[aá]brica)\b.*$/i, '')
    // "Engenheiro Agrônomo da unidade de Rio Verde", "Rezeptionist in Voll- oder Teilzeit": the site and the hours.
    .replace(/\s+(?:da|della|de la)\s+(?:unidade|unidad|unità|filial|filiale|sede|loja|planta)(?![\p{L}]).*$/u, '').replace(/\s+in\s+(?:Voll|Teil)(?:zeit|-)(?:\s*(?:oder|und|\/)\s*(?:Voll|Teil)zeit)?$/, '')
    // "Responsable de boutique rue ...": an address after the title.
    .replace(/\s+(?:rue|via|calle|avenue|avenida|rua)$/i, '');
  // ", Recruitment #27-0112" after the title, a requisition number in front ("519208 - Senior Lecturer")
  // or in brackets ("II (260331)"): no part of it.
  // ("Plant Operator, Job No. 35-0671", "Clerical Officer – Competition Ref. CCC/HR/35/14", "Police Officer - Eligibility List 2035-01".)
  // ("Senior Pharmacist – National Campaign NRS14230", "Trading Standards Officer - Post Ref CFC/RS/0877", "Senior Radiographer (CT) –
  // SFRH-SR-40-014": a campaign, a post's reference, a reference code alone.)
  t = t.replace(/\s[-–—]\s+(?=[\p{Lu}\d/.-]*\d)(?:[\p{Lu}\d]{2,}(?:[-/.][\p{Lu}\d]+)+|\p{Lu}{1,5}\d{5,})(?=$|\s[-–—]\s)/u, '');
  t = t.replace(/(?:,|\s[-–—])\s*(?:Recruitment|Requisition|Req|Job ID|Job No|Job Number|Job Ref(?:erence)?|Post Ref(?:erence)?|Competition(?= (?:Ref|No|Number|[\w/-]*\d))|Eligibility List|(?:National |Regional )?Campaign|Posting|Ref(?:erence)?|Position|Vacancy|Kennziffer|Kennzahl|Kennung|Referenz|Réf|Referencia|Rif|GZ|Geschäftszahl|Aktenzeichen)\b.*$/i, '')
    // "Claims Team Leader (permanent": a bracket the sentence cut before it closed; "X à une autre candidate".
    .replace(/\s*\([^()]*$/, '').replace(/\s+à\s+(?:un|une)\b.*$/, '');
  // ("Kennziffer 31/047 - Bauingenieurin", "Ref. AB-12 – Lecturer": a reference number in front.)
  t = t.replace(/^(?:Kennziffer|Kennzahl|Referenz|Ref(?:erence)?|Réf|Referencia|Rif|Req(?:uisition)?|Job ID)\.?\s*(?:[:#]|No\.?|Nr\.?)?\s*[\w/.-]*\d[\w/.-]*\s*[-–—|:,]\s+/i, '')
    // ("Competition AVH-2036-118, Community Health Nurse", "Vacancy 0412/36 Graduate Civil Engineer", "Exam No. 36-410 Account Clerk",
    // "REQ487512 Pharmacist Level 1".)
    // ("Job ID 68214 Parks and Trails Area Supervisor".)
    .replace(/^(?:(?:Competition|Vacancy|Campaign|Exam|Posting|Req(?:uisition)?|Job ID|Job No)\.?\s+(?:No\.?\s*)?#?[\w/.-]*\d[\w/.-]*|\p{Lu}{2,5}\d{4,})\s*[-–—|:,]?\s+(?=\p{Lu})/u, '')
    // ("Clerical Officer Competition 2031", "Registered Midwife (Core), 0.8 FTE": the campaign and the hours go.)
    .replace(/\s+(?:Open\s+)?(?:Recruitment\s+|Panel\s+)?Competition(?:\s+\d{4}(?:\/\d{2,4})?|\s+[\p{Lu}\d]+(?:[/-][\p{Lu}\d]+)*\d[\p{Lu}\d]*)?$/u, '')
    // ("Recruit Firefighter 2036", "Wholetime Firefighter Recruitment 2036": the intake's year after a post, not a programme's; "Environmental Health Officer –
    // Grade 8", "Ranger, Gradd 4": the grade after a comma or a dash, but a teacher's grade is the class: "Bilingual Teacher -
    // Grade 2".)
    .replace(/\s+(?:Recruitment|Intake|Campaign)\s+(?:19|20)\d{2}(?:\/\d{2,4})?$/, '').replace(/(?=\s+(?:19|20)\d{2}$)(?<=(?:^|\s)(\p{L}+))\s+(?:19|20)\d{2}$/u, (m, word: string) => (wholeNoun(word) && !/^(?:Trainees?|Intern(?:ship)?s?|Program(?:me|m|a)?|Apprenticeship|Season|Saison)$/i.test(word) ? '' : m)).replace(/(?=,|\s[-–—])(?<!Teach\p{L}*(?:\s\p{L}+)*)(?:,|\s[-–—])\s*(?:Grade|Gradd|Level)\s+(?:\d+|[IVX]+)$/u, '')
    // ("School Nurse (RN), 2035-36", "Mainstream Class Teacher 2035/36": the school year; "Staff Nurse - ED - 302-ED-5519": a
    // reference after a dash; "Firefighter/EMT Oral Board": the stage.)
    .replace(/,?\s+(?:19|20)\d{2}\s?[-/–]\s?\d{2}(?:\d{2})?$/, '').replace(/\s[-–—]\s[A-Z0-9]*\d[A-Z0-9]*-[\w-]*\d[\w-]*$/, '').replace(/(?:,|\s[-–—])\s(?:Ref\.?\s+)?(?=[A-Z0-9/-]*\d)[A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+){2,}$/, '').replace(/\s[-–—]\s(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{5,}$/, '')
    // ("Roads Inspector (MC/INF/0331)", "Speech-Language Pathologist (Competition 36-117)", "(Exam #36-118)": a reference in brackets.)
    .replace(/\s*\((?:(?:Competition|Exam|Job|Ref|Reference|Req|Vacancy|Posting)\.?\s*(?:No\.?\s*)?#?\s*)?(?=[^()]*\d)[\p{Lu}\d]+(?:[/-][\p{Lu}\d]+)+\)/gu, '').replace(/\s*\((?:Competition|Exam|Job|Ref|Reference|Req|Vacancy|Posting)\.?\s*(?:No\.?\s*)?#?\s*\d[\d/-]*\)/g, '')
    .replace(WHERE_AFTER, '')
    // ("Senior Project Officer, Catchment Programs (VPS Grade 5)", "Enrolled Nurse, Community Health (NG5)": the grade in brackets.)
    .replace(/\s*\((?:\p{Lu}{2,4}\s)?Grade\s\d+\)$|\s*\(NG\d\)$/u, '').replace(/\s+(?:[-–—]\s+)?(?:Oral Board|(?:Oral|Written|Entrance) Exam(?:ination)?|Physical (?:Ability|Agility) Test|(?:Examination|Exam|Test) Results)$/, '')
      // ("Trainee Train Driver REQ-7781": a requisition's number after the title.)
      .replace(/\s+(?:REQ|Req|JR)-?\d[\w-]*$/, '').replace(/,\s+\d+(?:\.\d+)?\s*FTE\b.*$/i, '')
    .replace(/^(?:[A-Z]{1,4}-\d{3,}[\d-]*|[#\d][\d-]*|(?=[A-Z0-9/]*\d)[A-Z][A-Z0-9]*(?:\/[A-Z0-9]+){2,})\s+(?:[-–—|]\s+)?(?!Call\s)/, '').replace(/\s*\(#?\d[\d-]*\)/g, '').replace(/\s*\([A-Z]{1,5}-?\d{3,}[\w-]*\)/g, '')
    // ("Executive Officer (Campaign EO-2037-07)", "Administrative Officer (AO) Recruitment Campaign", "Competition Ref CHI-037-09
    // Heritage Officer", "WDC-ASC-0412 Reablement Support Worker", "Bus Operator Trainee – Examination Results", "Firefighter
    // Recruit Intake 2/2038", "Policy Adviser - Regional Growth (HEO) - 318822": a campaign, a reference, a result or an
    // intake around the title.)
    .replace(/\s*\((?:Campaign|Competition|Ref(?:erence)?|Job Ref)\.?\s+[A-Z0-9][\w/-]*\d[\w/-]*\)/g, '').replace(GRADE_CAMPAIGN, '')
    .replace(/^(?:Competition\s+)?Ref(?:erence)?\.?\s*(?:No\.?\s*)?[A-Z0-9][\w/-]*\d[\w/-]*\s+(?:[-–—|:]\s+)?(?=\p{Lu})/u, '').replace(/^[A-Z]{2,5}(?:-[A-Z0-9]+){1,3}(?<=\d[A-Z0-9]*)\s+(?:[-–—|:]\s+)?(?=\p{Lu}\p{Ll})/u, '')
    .replace(/\s+(?:[-–—]\s+)?(?:(?:Hiring|Selection|Recruitment) Process\s+[-–—]\s+)?(?:Examination|Exam|Test|Assessment|CPAT|Written Test|Interview)\s+Results?$/, '').replace(/\s+(?:[-–—]\s+)?(?:Hiring Process|Eligibility List|Competition)$/, '').replace(/\s+(?:Intake\s+\d[\d/]*|(?:Recruitment|Campaign|Intake)\s+(?:19|20)\d\d(?:\/\d{2,4})?)$/, '')
    .replace(GRADE_NUMBER, '').trim();
  // ("Social Worker (Children in Need), Grade", "Police Officer, Exam No.": a grade's or a reference's label whose number
  // went with the text after it.)
  t = t.replace(/(?:,|\s[-–—])\s*(?:Grade|Gradd|Level|Band|(?:Exam(?:ination)?|Job|Competition|Ref(?:erence)?|Vacancy)\.?\s*(?:No|Nr|Number|#|ID)?)\.?$/i, '');
  // ("Water Resources Technician, Ministry" from "..., Ministry of Northern Waterways": the employer's name, cut short.)
  if (company) {
    const comma = t.lastIndexOf(', ');
    const rest = comma > 0 ? t.slice(comma + 2) : '';
    if (rest && (company === rest || company.startsWith(`${rest} `))) t = t.slice(0, comma);
  }
  // "Cloud Platform Engineer - Marcus Bell" (a scheduling tool's subject): the interviewer is not part of it.
  if (halves.length > 1) t = t.replace(/\s+[-–—|]\s+([^-–—|]+)$/, (m, tail: string) => (personName(tail, false) && !ROLE_NOUN.test(tail) ? '' : m));
  // "Research Engineer, Cedar Point AI" / "Designer - Acme": the company is not part of the title.
  // Both patterns contain the company's name literally: without it in the title they cannot match.
  // (Then what the name closed: "Staff Nurse, Cardiac Care Unit, St. Fachtna's".)
  if (written) t = cutCompany(t, written).replace(` (${written})`, '').replace(WHERE_AFTER, '');
  // ("Paraprofessional Position - Maple Street Elementary": the word for a post, once the school after it is gone.)
  t = t.replace(/(?<=\S)\s+Position$/, '')
    // ("Summer Analyst Offer": the offer, not the post.)
    .replace(/(?<=\S)\s+(?:Job\s+)?Offer(?:\s+Letter)?$/, '');
  const words = t.split(/\s+/);
  // "Engineer I" (or "Therapist I - Adult Critical Care"): a capital I after the first word is a level, not the pronoun; a small one is Nordic or
  // Polish "in"/"and" ("Doktorand i miljövetenskap", "Specjalista ds. kadr i płac").
  // ("Emergency Call Handler", "9-1-1 Call Taker": a call is part of the post that takes calls; "Care at Home Support Worker": a
  // service's name; "Scale A Teacher": a pay scale's
  // letter.)
  // ("110-HSW-WB-2039-4471": a reference alone is no title.)
  if (!t || t.length < 2 || !/\p{L}{2}/u.test(t) || /^(?=[^ ]*\d)[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)+$/u.test(t) || words.length > 8 || words.some((w, i) => !(i > 0 && (i === words.length - 1 || /^[-–—]$/.test(words[i + 1] ?? '')) && w === 'I' && !words[i - 1]!.endsWith(',')) && w !== 'i' && !/^(?:IT|US)$/.test(w) && !(w === 'A' && /^(?:Scale|Grade|Band|Level|Class|Tier|Step)$/.test(words[i - 1] ?? '')) && !(/^call$/i.test(w) && CALL_POST.test(words[i + 1] ?? '')) && !(/^application$/i.test(w) && APPLICATION_POST.test(words[i + 1] ?? '')) && !(w === 'at' && words[i + 1] === 'Home') && NOT_IN_TITLE.test(w.replace(/[,]$/, '')))) return null;
  if (company && t.toLowerCase() === company.toLowerCase()) return null;
  // "RSVP: https://...": a link is no title.
  if (/https?:|www\.|@/.test(t)) return null;
  // "your Hiring Manager interview": a stage of the process, not the job.
  if (INTERVIEW_STAGE.test(t)) return null;
  // ("Eligibility List 2039-FF-02": the list a candidate is put on, not the post.)
  if (/^(?:Eligibility|Eligible) List\b/i.test(t)) return null;
  // "Organizer" alone is a calendar's label for who sent the invitation, not a post.
  if (/^organi[sz]er$/i.test(t)) return null;
  // ("Oral Board Interview - Tuesday, November 6": a date alone is when, not what, however firmly the subject states it.)
  if (DATE_ONLY.test(t)) return null;
  return stated || ROLE_NOUN.test(t) ? t : null;
}

// Sentences are scanned joined by NUL, which no pattern's gaps (\s, title characters) match across.
const SEPARATOR = '\0';
// Where those patterns sit in BODY (and so in BODY_G, its global twins).
const STATED_AT = new Set(BODY.flatMap((re, i) => (STATES_TITLE.has(re) ? [i] : [])));
const NORDIC_AT = new Set(BODY.flatMap((re, i) => (NORDIC_TRADE.has(re) ? [i] : [])));
const NORDIC_JOB = /^\p{L}*(?:ist|ør|ör|ent|ant|log|tekniker|sekreterare|sekretær|chef|sjef|leder|ledare|pedagog|pædagog|assistent|konsulent|rådgiver|rådgivare|arkitekt|kock|kokk|ingeniør|ingenjör|skötare|sköterska|pleier|lærer|lärare|mester|montør|elektriker|snickare|snekker|förare|sjåfør|chauffør|handläggare|utvecklare|utvikler|udvikler|suunnittelija|päällikkö|asiantuntija|insinööri|myyjä|hoitaja)(?![\p{L}])/iu;
// One pass for the sentences worth reading: a job noun or a position noun.
// (Nordic position words open sentences the Nordic patterns read; they state no title themselves.)
const NOUN_GATE = new RegExp(`${ROLE_NOUN.source}|${POSITION_NOUN.source}|\\b(?:stilling(?:en)?|tjänsten|tjenesten|jobben|jobbet|sommerjobben|sommarjobbet|teht[äa]v[äa][äa]?n)\\b`, 'gi');
const BODY_G = BODY.map(globalOf);

/**
 * The titles the BODY patterns name in sentences, as if each sentence were read on its own: per
 * sentence (only those holding a job noun), each pattern's first match, in pattern order.
 */
/** Whether the words matched around a title (not the title itself) name a position. */
function statedAround(whole: string, title: string | undefined): boolean {
  // A title in lower case ("the morning baker spot") must still hold a job noun.
  return !!title && !/^\p{Ll}/u.test(title) && POSITION_NOUN.test(whole.replace(title, ' '));
}

/** "founding hardware engineer" -> "Founding hardware engineer" (a title written in lower case in prose). */
function sentenceCase(title: string): string {
  return /^\p{Ll}/u.test(title) ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}

// A lower-case word next, other than a word for the post ("role", "position").
const POST_WORD_NEXT = /^\s+(?!(?:position|role|post|job|vacancy|opening|posting|contract)(?![\p{L}]))\p{Ll}/u;
function collectSentences(sentences: readonly string[], company: string | null, patterns: readonly RegExp[] = BODY_G): string[] {
  const nouns = new Set(new SentenceText(sentences, SEPARATOR).matches(NOUN_GATE).map((m) => m.sentence));
  if (nouns.size === 0) return [];
  // The other sentences are left empty: indices stay, the patterns read only sentences with a job noun.
  const text = new SentenceText(sentences.map((s, i) => (nouns.has(i) ? s : '')), SEPARATOR);
  const firsts: Array<{ sentence: number; p: number; title: string | undefined; stated: boolean }> = [];
  patterns.forEach((re, p) => {
    let last = -1;
    for (const { sentence, match } of text.matches(re)) {
      if (sentence === last) continue;
      last = sentence;
      let title = match[1];
      // "Deck Officer (OOW) - Rotational 4 weeks on / 4 weeks off": the capitals stopped inside the last
      // dash-joined part ("Rotational 4"), which is a phrase about the job, not part of its title.
      // (Not when the word after it is the post's: "for the General Manager – Corporate Affairs role".)
      const end = match[0].endsWith(title ?? '') ? match.index + match[0].length : -1;
      if (title && end >= 0 && POST_WORD_NEXT.test(text.text.slice(end, end + 14)) && /\s[-–—]\s/.test(title)) title = title.replace(/\s+[-–—]\s+[^-–—]*$/, '');
      // After "poste de" (French, Spanish, Italian) a title is written in lower case; after "stillingen som"
      // (Nordic) one whose word ends like a trade's does not need our noun list.
      const stated = statedAround(match[0], title) || (patterns === BODY_G && ((STATED_AT.has(p) && !!title) || (NORDIC_AT.has(p) && NORDIC_JOB.test(title ?? ''))));
      firsts.push({ sentence, p, title, stated });
    }
  });
  firsts.sort((a, b) => a.sentence - b.sentence || a.p - b.p);
  return firsts.map((f) => cleanTitle(f.title, company, f.stated)).filter((t): t is string => !!t);
}

function collect(patterns: readonly RegExp[], texts: readonly string[], company: string | null, labels = false, trusted = false): string[] {
  const out: string[] = [];
  for (const s of texts) {
    const matches = patterns.map((p) => p.exec(s));
    if (matches.every((m) => m?.[1] === undefined)) continue;
    // "Position: X" states a title; elsewhere every title holds a job noun, so texts without one cannot
    // name the role (checked second: the anchored patterns fail faster than the noun list).
    const stated = trusted || (labels && matches.some((m) => statedAround(s.slice(0, s.indexOf(':') + 1), m?.[1])));
    // ("Re: Brewer role", "Head of Data opportunity": the words around the title say it is one.)
    const around = matches.map((m) => !labels && !!m?.[1] && namesPost(m[1]) && statedAround(m[0], m[1]));
    if (!stated && !around.some(Boolean) && !ROLE_NOUN.test(s)) continue;
    matches.forEach((m, i) => {
      const t = cleanTitle(m?.[1], company, stated || around[i]);
      if (t) out.push(t);
    });
  }
  return out;
}

// A word's ending for someone who does something ("Brewer", "Sommelier", "Machinist").
const AGENT_WORD = /(?:er|or|ist|ian|ant|ent|eur|euse|ier|ière|man|woman|wright|smith)\s*$/i;
// Words that qualify a post and name none on their own ("Term position", "Teaching job", "Summer role").
const QUALIFIER_ALONE = /^\s*(?:term|permanent|temporary|temp|contract|fixed[- ]term|full[- ]time|part[- ]time|casual|seasonal|summer|winter|teaching|new|open|current|vacant|interim|locum|graduate|entry[- ]level|senior|junior|remote|hybrid|local|confidential|exciting|leadership|board|executive)\s*$/i;

/**
 * Whether a title the words around it state can be a post: not a lone qualifier, and one word only when it reads as
 * someone who does something ("Brewer role"; "Reception job", "Physio role" name a department or a nickname).
 */
function namesPost(title: string): boolean {
  return !QUALIFIER_ALONE.test(title) && (/\s/.test(title.trim()) || AGENT_WORD.test(title));
}

// A table row's label and value as one "Label: value" line, however the table was flattened: on one line
// with wide spacing ("Position          Assistant Manager"), or in two cells ("Event Type:" / "Sous Chef",
// "Position" / "Senior Frontend Engineer").
const LABEL_CELL = /^\s*(?:position|role|job title|job)\s*$/i;
const SPACED_LABEL = /^\s*(position|role|job title|job|post)(?:\s{2,}|\t+)(?=\S)/i;
const SHORT_LABEL_CHARS = 30;

function labelRows(lines: readonly string[]): string[] {
  const rows = lines.map((l) => l.replace(SPACED_LABEL, '$1: '));
  return rows.map((l, i) => {
    const next = rows[i + 1];
    if (!next) return l;
    if (/:\s*$/.test(l) && l.length < SHORT_LABEL_CHARS) return `${l} ${next}`;
    return LABEL_CELL.test(l) ? `${l.trim()}: ${next}` : l;
  });
}

export interface RoleInput {
  subject: string;
  lines: readonly string[];
  sentences: readonly string[];
  /** Index in `lines` where the signature starts (titles below it are the signer's). */
  signatureAt: number;
  /** Sentences of the quoted thread under the latest reply (the title is often only there). */
  history: readonly string[];
  company: string | null;
}

// Words just before a title in prose that make it the job: "als", "come", "en tant que", "au poste de", "Bewerbung als".
const ROLE_CONTEXT = /\b(als|as|como|come|comme|en tant que|jako|som|poste|ruolo|posizione|posición|posição|búsqueda|selezione|stilling|stillingen|tjänsten|tjenesten|stanowisk\w*|bewerbung|candidatura|candidature|sollicitatie|offre|oferta|offerta|mission|einsatz|proposta|vacature|functie|vaga|puesto|plaza|cargo|position|role|job|recrutement|recrutamento|rekrutacj\w*)\b[^.!?]{0,20}$/i;

const AS_CONTEXT = /\b(como|come|comme|en tant que|als|jako|som)\s+$/i;

/**
 * A title the subject gives without a job noun we know ("Proposta de contratação – Farmacêutico Adjunto"),
 * accepted when the body writes it too, just after words that make it the job ("... como Farmacêutico
 * Adjunto"): two places agreeing, in any language, where the noun list cannot know every trade.
 */
function subjectEchoed(input: RoleInput): string | null {
  // The longest first: "Jefe de Recepción", not the "Recepción" that "de Recepción" also yields.
  const loose = collect(SUBJECT, [input.subject.replace(REPLY_PREFIX, '').trim()], input.company, false, true).sort((a, b) => b.length - a.length);
  for (const t of loose) {
    if (t.length < 4 || (input.company && t.toLowerCase().includes(input.company.toLowerCase()))) continue;
    // A name read like a person's ("Farmacêutico Adjunto", "Dana Whitfield") only straight after "como", "als"...
    const context = personName(t, false) && !/\s(?:de|di|del|da)\s/.test(t) ? AS_CONTEXT : ROLE_CONTEXT;
    const lower = t.toLowerCase();
    for (const s of input.sentences.slice(0, 60)) {
      const at = s.toLowerCase().indexOf(lower);
      if (at >= 0 && context.test(s.slice(Math.max(0, at - 40), at))) return t;
    }
  }
  return null;
}

// ", intelligence d'affaires", ", santé et sécurité au travail", ", aikuissosiaalityö": a field in lower case (not a contract,
// a place's note or a ward: ", temps plein", ", remote", ", unité de médecine", ", sengeafsnit").
const FIELD_AFTER_COMMA = /^,\s+(?!(?:temps|remote|hybrid|hybride|full|part|permanent|temporary|contract|contrat|poste|h\/f|f\/h|m\/w\/d|unité|unit|service|département|ward|étage|afdeling|avdeling|sengeafsnit|avsnitt|osasto)(?![\p{L}]))\p{Ll}[\p{Ll}'’]{3,}(?:\s+[\p{Ll}'’]+)*$/u;

/** Whether `words` occurs in `text` as whole words. */
function hasWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\d]/u.test(text.charAt(at - 1)) && !/[\p{L}\d]/u.test(text.charAt(at + words.length))) return true;
  }
  return false;
}

/** The job title: "Position: X" lines, "the X role", "application for X", "join us as X", the subject. */
// A street after a comma, or a UK postcode at the end: a line of an address.
const ADDRESS_LINE = /,\s*(?:\d+\s+)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\s(?:Road|Street|Avenue|Lane|Drive|Boulevard|Rd|St|Ave)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/u;
export function findRole(input: RoleInput): string | null {
  const { company } = input;
  const labelled = collect([LABEL], labelRows(input.lines.slice(0, 40)), company, true);
  const body = collectSentences(input.sentences.slice(0, 60), company);
  const subjectText = input.subject.replace(REPLY_PREFIX, '').trim();
  const tail = subjectTail(subjectText, company);
  const subject = [...collect(SUBJECT, [subjectText], company), ...collect(SUBJECT_ROMANCE, [subjectText], company, false, true), ...collect(SUBJECT_STEP, [subjectText], company, false, true), ...collect(SUBJECT_STEP_DASH, [subjectText], company), ...(tail ? [tail] : [])];
  const history = collectSentences(input.history.slice(0, 40), company);
  const firstSentences = input.sentences.slice(0, 60);
  const marked = firstSentences.some((s) => s.includes('/')) ? collectSentences(firstSentences, company, GENDER_MARKED) : [];
  // A title line of its own near the top ("Senior Product Designer" under "Your application was sent").
  // (Not an address: "Police Headquarters, Portishead Road, Bristol BS20 8QJ".)
  const standalone = input.lines.slice(0, Math.min(12, input.signatureAt)).map((l) => cleanTitle(l.length < 60 && !/[.!?:]$/.test(l) && !ADDRESS_LINE.test(l) ? l : undefined, company)).filter((t): t is string => !!t);
  const all = [...labelled, ...body, ...subject, ...history, ...marked];
  const low = (s: string) => s.toLowerCase();
  // Prefer a title two sources agree on (the subject and the body), in its fullest form ("Chef" in the
  // subject, "Chef de projet digital" in the body), else the first found.
  // (Gender markers aside: "Chargé" and "Chargé(e) de clientèle particuliers" agree.)
  const bare = (s: string) => low(s).replace(/\((?:e|a|o|ne|in|r|ra|trice|ère|ve|euse|se|le|es|s)\)|·\p{Ll}+|\/[ao]\b/gu, '');
  // (Whole words agree: "Physio" is no part of "Physiotherapist".)
  const first = all.find((t, i) => all.some((o, j) => j !== i && hasWords(bare(o), bare(t))));
  // ("Analyste principale" in the body and "Analyste principale, intelligence d'affaires" in the subject: a field written
  // in lower case after a comma, as Quebec and the Nordics write it, is part of the title.)
  const fuller = (o: string) => {
    if (!first) return false;
    const rest = bare(o).slice(bare(first).length);
    return (bare(o).startsWith(`${bare(first)} `) && !/\s[-–—]|[–—|,:(]/.test(rest)) || (bare(o).startsWith(`${bare(first)},`) && FIELD_AFTER_COMMA.test(o.slice(first.length)));
  };
  const agreed = first && all.filter(fuller).reduce((a, b) => (b.length > a.length ? b : a), first);
  const title = labelled[0] ?? agreed ?? body[0] ?? subject[0] ?? history[0] ?? standalone[0] ?? marked[0] ?? subjectEchoed(input) ?? null;
  return title && sentenceCase(englishHalf(spelledOut(title, input)));
}

// "CFO" in the subject, "Chief Financial Officer" in the body: the title as the mail spells it out.
const C_SUITE = /^((?:Interim|Acting|Group) )?C([A-Z]{1,2})O$/;
const CHIEF = /\bChief ((?:[A-Z][a-z]+ ){1,2})Officer\b/g;

function spelledOut(title: string, input: RoleInput): string {
  const m = C_SUITE.exec(title);
  if (!m) return title;
  const texts = [input.subject, ...input.sentences.slice(0, 60), ...input.history.slice(0, 40)].join('\n');
  for (const chief of texts.matchAll(CHIEF)) {
    const words = chief[1]!.trim().split(' ');
    if (words.map((w) => w.charAt(0)).join('') === m[2]) return `${m[1] ?? ''}${chief[0]}`;
  }
  return title;
}

// French by its letters or its nouns' endings ("Archiviste", "Opérateur", "Infirmière"; not "-eur", which German writes
// too: "Konstrukteurin / Konstrukteur").
const FRENCH_WORD = /[àâçéèêëîïôûùÿœ]|(?:iste|euse|ère|rice)(?![\p{L}])/iu;
// (And the other half's noun must end the English way: "Vendeur / Vendeuse" is one title in French.)
const ENGLISH_NOUN_END = /(?:ist|or|er|ian|ant|ent|man|ee)(?![\p{L}])/iu;

/**
 * "Archiviste / Archivist", "Water Treatment Plant Operator II / Opérateur": of a title written in French and English,
 * the English half (the drafts are written in English). Two forms in one language stay ("Chargée / Chargé de clientèle").
 */
function englishHalf(title: string): string {
  const halves = title.split(' / ');
  if (halves.length !== 2) return title;
  const french = halves.map((h) => FRENCH_WORD.test(h));
  const english = halves.find((h, i) => !french[i] && french[1 - i] && ROLE_NOUN.test(h) && ENGLISH_NOUN_END.test(h) && !/eur(?![\p{L}])/iu.test(h));
  return english ?? title;
}
