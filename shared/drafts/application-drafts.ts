import type { DraftFacts } from './facts.js';
import { assemble, greetingLine, signOff } from './interview-drafts.js';
import { laterSentences } from './note-sentences.js';
import { pick } from './variation.js';

/** One polite nudge about two weeks after an application with no answer. */
export function applicationNudgeDraft(f: DraftFacts): { subject: string; body: string } {
  const opening = pick(f.seed, 'an-open', [
    `I applied for ${f.rolePhrase} at ${f.company} about two weeks ago and wanted to follow up.`,
    `I recently applied for ${f.rolePhrase} at ${f.company}, and I wanted to follow up on my application.`,
  ]);
  const interest = pick(f.seed, 'an-interest', [
    'I am very interested in the role and would welcome the chance to talk about how I could contribute.',
    'The role is a strong match for my experience, and I would welcome the chance to discuss it.',
  ]);
  const aside = laterSentences(f)
    .filter((s) => !s.startsWith('I still think about our conversation'))
    .slice(0, 1)
    .join(' ')
    .replace('would still be glad', 'would be glad');
  const close = pick(f.seed, 'an-close', [
    'Please let me know if there is anything else I can provide. Thank you for your time and consideration.',
    'Thank you for considering my application; I am happy to send anything else you need.',
  ]);
  return {
    subject: `Following up on my application${f.role ? ` - ${f.role}` : ''}`,
    // An application usually has no named contact yet: the standard salutation is sendable as is.
    body: assemble([greetingLine(f, 'Dear Hiring Manager,'), `${opening} ${interest}`, aside, close, signOff(f, 'an')]),
  };
}
