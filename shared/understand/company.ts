import type { Address } from '../domain/types.js';
import { domainLabel, employerDomain, isAtsAddress } from './sender-kind.js';

// A company name as written: capitalised words, possibly with &, digits, dots and hyphens.
const NAME = String.raw`((?:[A-Z0-9][\w&'’.-]*|&)(?:\s+(?:[A-Z0-9][\w&'’.-]*|&|of|de|and|the|für|y)){0,4})`;
const BODY_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:interest in|applying to|application to|applied to|apply to|applied at|position at|positions at|role at|roles at|opening at|openings at|job at|team at|teams at|careers? at|opportunit(?:y|ies) at|here at|everyone at|on behalf of|join(?:ing)?|welcome to|work(?:ing)? (?:at|for)|interviewing (?:at|with)|interview with|offer from|from all of us at|recruiting for|recruiter (?:at|for)|the hiring team at|chez|bei|en)\s+(?:the\s+)?${NAME}`, 'g'),
  new RegExp(String.raw`\b${NAME}\s+(?:Talent Acquisition|Recruiting|Recruitment|Careers|Hiring Team|People Team|HR Team|Team)\b`, 'g'),
];
const SUBJECT_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:at|with|from|@|chez|bei|en)\s+${NAME}\s*$`),
  new RegExp(String.raw`^${NAME}\s*(?:[|:–—]|\s-\s)`),
  new RegExp(String.raw`(?:[|–—]|\s-\s)\s*${NAME}\s*$`),
];
// Words that start sentences or name things that are not companies.
const NOT_COMPANY = /^(we|our|the|this|that|your|you|i|a|an|it|us|hi|hello|dear|thank|thanks|please|unfortunately|after|interview|application|position|role|job|team|re|fwd|fw|update|next|new|senior|junior|lead|staff|principal|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|recruiting|careers|hiring|talent|people|no|noreply|offer|congratulations|linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|entretien|candidature|bewerbung|solicitud|zoom|google|teams|microsoft teams)$/i;
const LEGAL_SUFFIX = /\s*,?\s+(inc|llc|ltd|limited|gmbh|corp|corporation|co|sa|sas|ag|plc|bv|s\.?a\.?|s\.?l\.?)\.?$/i;
const DISPLAY_SUFFIX = /\s*(?:[-|–—:@]\s*)?\b(hiring team|recruiting team|talent acquisition( team)?|recruiting|recruitment|careers?|jobs|talent( team)?|hr|people( team| ops)?|team|hiring|notifications?|via [\w .-]+|no-?reply)\b.*$/i;

/** Letters and digits only, lower case, legal suffix dropped: for comparing names with domains. */
export function squash(name: string): string {
  return name.replace(LEGAL_SUFFIX, '').toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');
}

function clean(raw: string | undefined): string | null {
  if (!raw) return null;
  let name = raw.replace(/[.,;:!?'’]+$/, '').replace(/^the\s+/i, '').trim();
  name = name.replace(/\s+(and|the|of|de|y|für)$/i, '').replace(/'s$/, '');
  // Trailing words that follow a name in a sentence ("Acme Team", "Acme Corp's")
  name = name.replace(/\s+(Team|Talent|Recruiting|Careers|Hiring|HR|Family)$/i, '');
  if (!name || name.length > 50 || NOT_COMPANY.test(name) || NOT_COMPANY.test(name.split(' ')[0] ?? '')) return null;
  return name;
}

function matches(pattern: RegExp, text: string): string[] {
  const out: string[] = [];
  if (pattern.global) {
    for (const m of text.matchAll(pattern)) if (m[1]) out.push(m[1]);
  } else {
    const m = pattern.exec(text);
    if (m?.[1]) out.push(m[1]);
  }
  return out;
}

function prettyDomain(label: string): string {
  return label.split(/[-_]/).map((w) => (w.length <= 3 && w === label ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

export interface CompanyInput {
  from: Address;
  replyTo: Address[];
  subject: string;
  /** Sentences of the original's own body. */
  sentences: readonly string[];
  /** Signature lines (after the sign-off). */
  signature: readonly string[];
  /** Addresses written in the body (a recruiter's, for ATS mail). */
  bodyEmails: readonly string[];
}

/**
 * The employer: the name as the mail writes it (ATS display name, body wording, signature,
 * subject), checked against the employer's own domain when there is one; else the domain.
 */
export function findCompany(input: CompanyInput): string | null {
  const domains = [input.from.email, ...input.replyTo.map((a) => a.email), ...input.bodyEmails].map(employerDomain).filter((d): d is string => !!d);
  const label = domains[0] ? domainLabel(domains[0]) : null;
  const squashedLabel = label ? label.replace(/[^a-z0-9]/g, '') : null;
  const display = input.from.name && input.from.email && (isAtsAddress(input.from.email) || !domains.length || /via|team|recruit|career|talent|hiring|jobs/i.test(input.from.name))
    ? clean(input.from.name.replace(DISPLAY_SUFFIX, '').trim())
    : null;
  const candidates: string[] = [];
  if (display) candidates.push(display);
  for (const p of SUBJECT_PATTERNS) for (const m of matches(p, input.subject)) candidates.push(m);
  for (const s of input.sentences.slice(0, 60)) for (const p of BODY_PATTERNS) { p.lastIndex = 0; candidates.push(...matches(p, s)); }
  for (const line of input.signature) candidates.push(...line.split(/\s*[|,•·]\s*|\s+[-–—]\s+/));
  const cleaned = candidates.map(clean).filter((c): c is string => !!c);
  if (squashedLabel) {
    // The name as written that matches the employer's domain ("Acme Robotics" for acme-robotics.com).
    const hit = cleaned.find((c) => squash(c) === squashedLabel) ?? cleaned.find((c) => squash(c).length >= 3 && (squashedLabel.startsWith(squash(c)) || squash(c).startsWith(squashedLabel)));
    if (hit) return hit.replace(LEGAL_SUFFIX, '');
  }
  // No employer domain (ATS, free mail): trust the display name, then repeated mentions.
  if (display && !squashedLabel) return display.replace(LEGAL_SUFFIX, '');
  const counts = new Map<string, number>();
  for (const c of cleaned.slice(display ? 1 : 0)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best && !squashedLabel) return best.replace(LEGAL_SUFFIX, '');
  if (label) return prettyDomain(label);
  return best ? best.replace(LEGAL_SUFFIX, '') : null;
}
