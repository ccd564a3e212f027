import type { DraftFacts } from './facts.js';
import { pick } from './variation.js';

/** Upper-cases the first letter. */
export function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Notes that match no pattern ("first round next week", "they moved it to Thursday") are the
// user's notes to themselves: pasting them into a note to an employer reads badly, so drafts
// leave them out and the email to the user shows them beside the draft instead.

/**
 * The user's note as sentences of a thank-you or status check (the conversation is fresh):
 * or a placeholder for one specific detail when there is no note.
 */
export function conversationSentences(f: DraftFacts, placeholder: boolean): string[] {
  const { topic, mention, liked, asked, plans } = f.note;
  const out: string[] = [];
  if (asked && !topic) out.push(`I enjoyed your questions about ${asked}.`);
  if (plans && !topic) {
    out.push(/^looking for/i.test(plans) ? `It was good to hear that you are ${plans}.` : `It was exciting to hear that you are ${plans}.`);
  }
  if (topic) {
    out.push(
      pick(f.seed, 'topic', [
        `I especially enjoyed our conversation about ${topic}.`,
        `Our discussion of ${topic} has stayed with me.`,
        `I particularly enjoyed hearing about ${topic}.`,
      ]),
    );
  }
  if (liked) out.push(`I was glad ${liked} resonated with you.`);
  if (mention) {
    const thatClause = mention.startsWith('that ');
    if (thatClause) out.push(`I also wanted to mention ${mention}.`);
    else if (topic) {
      out.push(
        pick(f.seed, 'mention-topic', [
          `It made me think of ${mention}, and I would be glad to share more about how that work could help.`,
          `It connects closely with ${mention}, which I would be happy to walk you through.`,
        ]),
      );
    } else out.push(`I also wanted to mention ${mention}, which I would be happy to tell you more about.`);
  }
  if (out.length === 0 && placeholder) {
    out.push('I especially enjoyed hearing about [one specific thing you discussed].');
  }
  return out;
}

/** The note as a brief aside in a later note (rejection reply, keep-in-touch, nudge). */
export function laterSentences(f: DraftFacts): string[] {
  const { topic, mention } = f.note;
  const out: string[] = [];
  if (topic) out.push(`I still think about our conversation about ${topic}.`);
  if (mention) {
    out.push(
      mention.startsWith('that ')
        ? `I also wanted to mention ${mention}.`
        : `I would still be glad to tell you more about ${mention}.`,
    );
  }
  return out;
}
