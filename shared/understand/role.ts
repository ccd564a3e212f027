// Nouns that end (or make up) most job titles: a candidate containing one is a title.
const ROLE_NOUN = /\b(engineer|developer|manager|designer|analyst|scientist|lead|director|architect|specialist|consultant|intern|internship|associate|coordinator|administrator|officer|representative|head|vp|vice president|writer|researcher|accountant|recruiter|technician|programmer|sre|devops|assistant|executive|strategist|advocate|owner|partner|editor|counsel|attorney|nurse|teacher|product|marketer|planner|operator|controller|economist|agent|advisor|adviser|ingénieur|ingenieur|entwickler|desarrollador|ingeniero|chef de projet|développeur|responsable|gerente|berater|leiter|analista|diseñador|jefe)s?\b/i;
const TITLE = String.raw`["“']?([A-Z][^"”\n.;!?()]{2,80}?)["”']?`;
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:position|role|job|opening|vacancy|post|poste|stelle|puesto) (?:of|as|als|de) (?:an? |our )?${TITLE}(?=\s*(?:[,.;!?()]|$|\s(?:at|with|here|in|on|and|for|has|is|was|role|position|team)\b))`, 'i'),
  new RegExp(String.raw`\b(?:position|role|job title|title|poste|stelle|puesto|posición|req(?:uisition)?)\s*:\s*${TITLE}(?=\s*(?:[,.;!?()]|$|\s(?:at|with|-|–|—|\|)\s))`, 'im'),
  new RegExp(String.raw`\b(?:for|to|as|in|into|about|on) (?:the |our |a |an |this |your )?${TITLE}\s+(?:position|role|opening|vacancy|job|req|requisition|posting|team)\b`),
  new RegExp(String.raw`\b(?:application|applying|applied|candidacy|interview|interviews|interviewing|offer|candidature|bewerbung|candidatura|entretien|entrevista) (?:for|to|as|pour|für|als|para|al puesto de|au poste de|de) (?:the |our |a |an |le poste de |la posici[oó]n de |el puesto de |die stelle (?:als )?)?${TITLE}(?=\s*(?:[,.;!?()]|$|\s(?:at|with|here|in|and|chez|bei|en|position|role|has|is|was|-|–|—)\b))`, 'i'),
  new RegExp(String.raw`\bjoin (?:us|our team|the team|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?) as (?:an? |our )?${TITLE}(?=\s*(?:[,.;!?()]|$|\s(?:at|with|here|in|and|on)\b))`),
];
const SUBJECT_PATTERNS: RegExp[] = [
  /^(?:(?:re|fwd?|fw|tr|wg|rv|aw)\s*:\s*)*(?:interview(?: invitation| request| confirmation| confirmed| scheduled| rescheduled)?|invitation(?: to interview)?|application(?: received| confirmation)?|your application|thank you for applying|offer|job offer|update)\s*(?:for|:|-|–|—|\|)\s*(?:the\s+)?(.+?)(?:\s+(?:at|with|@|chez|bei|en)\s+.+|\s+[|–—-]\s+.+|\s*\(.*\))?$/i,
  /^(?:(?:re|fwd?|fw|tr|wg|rv|aw)\s*:\s*)*(?:[^|:–—]+?)\s*[|:–—-]\s*(.+?)(?:\s+(?:at|with)\s+.+)?$/i,
  /^(?:(?:re|fwd?|fw|tr|wg|rv|aw)\s*:\s*)*(.+?)\s+(?:at|@|chez|bei)\s+[A-Z][^|]*$/,
];
const CUT = /\s+(?:at|with|@|here|in our|in the|for our|chez|bei|en|to join)\s+.*$|\s+[|–—]\s+.*$|\s+-\s+.*$|\s*\((?:req|job|id|ref|#|r-|remote|hybrid)[^)]*\)|\s*#?\s*\b(?:req|job id|ref)\b.*$/i;
const GENERIC = /^(the |this |that |a |an |your |our |my )?(position|role|job|opening|interview|application|offer|team|candidacy|process|next steps?|update|status|call|chat|opportunity|us|you|it|them)s?$/i;

function cleanTitle(raw: string | undefined, company: string | null): string | null {
  if (!raw) return null;
  let t = raw.replace(CUT, '').replace(/^(?:the|our|a|an|le poste de|la|el|die|der)\s+/i, '').replace(/\s+(?:position|role|opening|vacancy|job|posting)$/i, '');
  t = t.replace(/[\s,.;:!?'"”’]+$/, '').replace(/^["“']+/, '').trim();
  if (!t || t.length < 2 || t.split(/\s+/).length > 9 || GENERIC.test(t)) return null;
  if (company && t.toLowerCase() === company.toLowerCase()) return null;
  return t;
}

/** The job title, from the subject and the body's wording ("for the X role", "Position: X", "join us as X"). */
export function findRole(subject: string, sentences: readonly string[], company: string | null): string | null {
  const found: string[] = [];
  for (const s of sentences.slice(0, 60)) {
    for (const p of PATTERNS) {
      const t = cleanTitle(p.exec(s)?.[1], company);
      if (t) found.push(t);
    }
  }
  const fromSubject: string[] = [];
  for (const p of SUBJECT_PATTERNS) {
    const t = cleanTitle(p.exec(subject.trim())?.[1], company);
    if (t) fromSubject.push(t);
  }
  // A title the body and the subject agree on, else one that reads as a title.
  const agreed = found.find((t) => fromSubject.some((s) => s.toLowerCase().includes(t.toLowerCase())));
  return agreed ?? found.find((t) => ROLE_NOUN.test(t)) ?? fromSubject.find((t) => ROLE_NOUN.test(t)) ?? null;
}
