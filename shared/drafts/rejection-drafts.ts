import type { DraftFacts } from './facts.js';
import { assemble, greetingLine, signOff } from './interview-drafts.js';
import { laterSentences } from './note-sentences.js';
import { pick } from './variation.js';

function reSubject(f: DraftFacts, fallback: string): string {
  if (f.originalSubject) return /^re:/i.test(f.originalSubject) ? f.originalSubject : `Re: ${f.originalSubject}`;
  return fallback;
}

/**
 * Reply to a rejection: thank them, wish them and the new hire well, restate interest, and say
 * plainly you would love to hear from them if it does not work out. Never asks why.
 */
export function rejectionReplyDraft(f: DraftFacts): { subject: string; body: string } {
  const thanks = pick(f.seed, 'rr-thanks', [
    `Thank you for letting me know, and for the time you and the team gave me during the process for ${f.rolePhrase}.`,
    `Thank you for the update, and for the care you and the team took throughout the process for ${f.rolePhrase}.`,
    `Thank you for letting me know personally, and for everyone's time during the interviews for ${f.rolePhrase}.`,
  ]);
  const wish = pick(f.seed, 'rr-wish', [
    'I wish you and your new hire every success.',
    'Congratulations to the person you chose; I wish you both all the best.',
    'I hope the new hire settles in well, and I wish the whole team every success.',
  ]);
  const interest = pick(f.seed, 'rr-interest', [
    `I enjoyed getting to know ${f.company}, and my interest in working with you is as strong as ever.`,
    `${f.company} remains a place I would very much like to work.`,
    `Getting to know the team only strengthened my interest in ${f.company}.`,
  ]);
  const door = pick(f.seed, 'rr-door', [
    'If your choice does not work out, or a similar role opens, I would love to hear from you.',
    'If things change, or a similar position opens up, I would love to hear from you.',
    'Should the role open again or something similar come up, I would love to hear from you.',
  ]);
  const aside = laterSentences(f).slice(0, 1).join(' ');
  return {
    subject: reSubject(f, `Thank you${f.role ? ` - ${f.role}` : ''}`),
    body: assemble([greetingLine(f), `${thanks} ${wish}`, `${interest} ${aside} ${door}`.replace(/\s+/g, ' '), signOff(f, 'rr')]),
  };
}

/** A while after the rejection: career goal, why this company, which skills would make you stronger. */
export function growthAskDraft(f: DraftFacts): { subject: string; body: string } {
  const opening = pick(f.seed, 'ga-open', [
    `I hope things are going well since we last spoke about ${f.rolePhrase}.`,
    `I hope all is well at ${f.company} since our conversations about ${f.rolePhrase}.`,
  ]);
  const why = f.note.topic
    ? `our conversation about ${f.note.topic} showed me the kind of work I want to be doing`
    : `[why ${f.company} is your top choice]`;
  const goal = `My goal is to [your career goal], and ${f.company} remains my first choice because ${why}.`;
  const ask = pick(f.seed, 'ga-ask', [
    'Could you share which skills or experience would make me a stronger candidate when a similar position opens?',
    'Which skills or experience would make me a stronger candidate for a similar role in the future?',
  ]);
  const close = pick(f.seed, 'ga-close', [
    'Even a few lines would mean a lot, and I would put the advice to good use. Thank you again for your time.',
    'I would value your perspective and would put it to work. Thank you again for everything.',
  ]);
  return {
    subject: pick(f.seed, 'ga-subject', [
      `A quick question about future roles at ${f.company}`,
      `Becoming a stronger candidate for ${f.company}`,
    ]),
    body: assemble([greetingLine(f), opening, `${goal} ${ask}`, close, signOff(f, 'ga')]),
  };
}

const KEEP_IN_TOUCH_OPENINGS: Record<1 | 2 | 3, readonly string[]> = {
  1: ['I hope the past few weeks have been good for you and the team at {company}.', 'I hope all is well at {company}.'],
  2: ['It has been a few months since we spoke about {role}, and I hope things are going well at {company}.', 'I hope the season is treating you and the team at {company} well.'],
  3: ['It has been about six months since we spoke about {role}, and I wanted to check in.', 'I hope this year has been a good one for you and the team at {company}.'],
};

// Truly unknown to us, so placeholders: the user fills in something genuine.
const KEEP_IN_TOUCH_UPDATES: Record<1 | 2 | 3, string> = {
  1: '[a genuine update: a new accomplishment, a course, or a project you finished].',
  2: '[something new since we spoke: a skill, a certification, or a result you are proud of].',
  3: '[what you have been working on lately, in one sentence].',
};

/** Keep-in-touch note n (1-3): short, friendly, a genuine update, interest restated, no pressure. */
export function keepInTouchDraft(f: DraftFacts, n: 1 | 2 | 3): { subject: string; body: string } {
  const opening = pick(f.seed, `kit-open-${n}`, KEEP_IN_TOUCH_OPENINGS[n])
    .replace('{company}', f.company)
    .replace('{role}', f.rolePhrase);
  const mention = f.note.mention && !f.note.mention.startsWith('that ') ? f.note.mention : null;
  const update =
    mention && n === 1
      ? `A quick update: I have kept building on ${mention}, and [a recent result from it].`
      : `A quick update: ${KEEP_IN_TOUCH_UPDATES[n]}`;
  const roles = f.role ? `roles like ${f.rolePhrase}` : 'a role on your team';
  const interest = pick(f.seed, `kit-interest-${n}`, [
    `I remain very interested in ${f.company} and in ${roles}, and I would love to stay in touch.`,
    `${f.company} is still a place I would love to contribute to, in ${roles}, so I wanted to stay in touch.`,
  ]);
  const offer =
    n === 1
      ? 'If anything changes on your side, I would be glad to talk.'
      : n === 2
        ? 'I am happy to send my updated résumé if it would be useful.'
        : 'If a similar role opens, or anything changes, I would love to hear from you.';
  return {
    subject: pick(f.seed, `kit-subject-${n}`, ['Checking in', 'A quick hello and an update', 'Staying in touch']) +
      (f.companyKnown ? ` - ${f.company}` : ''),
    body: assemble([greetingLine(f), `${opening} ${update}`, `${interest} ${offer}`, signOff(f, `kit${n}`)]),
  };
}
