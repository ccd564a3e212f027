import type { DraftFacts } from './facts.js';
import { conversationSentences } from './note-sentences.js';
import { pick } from './variation.js';

/** The greeting line; `unknown` (default "Hi [Name],") when the contact's name is unknown. */
export function greetingLine(f: DraftFacts, unknown?: string): string {
  if (!f.greetingKnown && unknown) return unknown;
  return `${pick(f.seed, 'greeting', ['Hi', 'Hello', 'Dear'])} ${f.greeting},`;
}

/** Sign-off and the user's name. */
export function signOff(f: DraftFacts, slot: string): string {
  return `${pick(f.seed, `sign-${slot}`, ['Best regards,', 'Warm regards,', 'All the best,', 'Kind regards,'])}\n${f.signer}`;
}

function roleAtCompany(f: DraftFacts): string {
  return `${f.rolePhrase} at ${f.company}`;
}

/** Assembles paragraphs (empty ones dropped) into a note. */
export function assemble(paragraphs: (string | null | false)[]): string {
  return paragraphs.filter((p): p is string => Boolean(p && p.trim())).join('\n\n');
}

/** Thank-you note: fast, short, one specific detail, enthusiastic, no new claims. */
export function thankYouDraft(f: DraftFacts): { subject: string; body: string } {
  const when = f.interviewWhen ? ` ${f.interviewWhen}` : '';
  const opening = pick(f.seed, 'ty-open', [
    `Thank you for taking the time to speak with me${when} about ${roleAtCompany(f)}.`,
    `Thank you for meeting with me${when} to talk about ${roleAtCompany(f)}.`,
    `I appreciated the chance to talk with you${when} about ${roleAtCompany(f)}.`,
  ]);
  const detail = conversationSentences(f, true).join(' ');
  const enthusiasm = pick(f.seed, 'ty-enthusiasm', [
    `Our conversation made me even more excited about the chance to join the team at ${f.company}.`,
    `I came away even more enthusiastic about the role and about what I could contribute at ${f.company}.`,
    `It confirmed how much I would like to contribute to the team at ${f.company}.`,
  ]);
  const close = pick(f.seed, 'ty-close', [
    'Please let me know if there is anything else I can share. I look forward to hearing from you.',
    'If anything else would be helpful, I am happy to send it. I look forward to the next steps.',
    'Thank you again for your time, and I look forward to hearing from you.',
  ]);
  const subject = f.role
    ? pick(f.seed, 'ty-subject', [`Thank you - ${f.role} interview`, `Thank you for your time - ${f.role}`, `Following up on our ${f.role} conversation`])
    : `Thank you for your time${f.companyKnown ? ` - ${f.company}` : ''}`;
  return {
    subject,
    body: assemble([greetingLine(f), `${opening} ${detail}`, `${enthusiasm} ${close}`, signOff(f, 'ty')]),
  };
}

/** Status check: polite, brief, restates interest, asks for the timeline (never pushy). */
export function statusCheckDraft(f: DraftFacts): { subject: string; body: string } {
  const when = f.interviewWhen ? ` ${f.interviewWhen}` : '';
  const opening = pick(f.seed, 'sc-open', [
    `I hope your week is going well. I wanted to follow up on my interview${when} for ${roleAtCompany(f)}.`,
    `I hope all is well. I am writing to follow up on our conversation${when} about ${roleAtCompany(f)}.`,
  ]);
  const ask = f.decisionDate
    ? `You mentioned you hoped to decide by ${f.decisionDate}, so I wanted to check whether there is any update on the timeline.`
    : pick(f.seed, 'sc-ask', [
        'I remain very interested in the role and wanted to ask whether there is any update on your timeline.',
        'I am still very enthusiastic about the role and would be grateful for any update on the next steps.',
      ]);
  const detail = f.note.topic
    ? `Since we spoke, I have kept thinking about ${f.note.topic}.`
    : conversationSentences(f, false).slice(0, 1).join(' ');
  const close = pick(f.seed, 'sc-close', [
    'Thank you again for your time, and please let me know if I can provide anything else.',
    'Thanks again, and do let me know if there is anything else you need from me.',
  ]);
  return {
    subject: `Following up${f.role ? ` on the ${f.role} role` : ' on my interview'}${f.companyKnown ? ` at ${f.company}` : ''}`,
    body: assemble([greetingLine(f), `${opening} ${ask}`, detail, close, signOff(f, 'sc')]),
  };
}
