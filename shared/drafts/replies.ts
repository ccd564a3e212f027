import { DateTime } from 'luxon';
import type { ReplyId } from '../domain/types.js';
import { resolveZone } from '../cadence/local-time.js';
import { renderDigest } from './digest.js';
import { draftFacts } from './facts.js';
import { toHtml, toText, type Block } from './layout.js';
import { MAX_ACK_LENGTH, MAX_CUES, MAX_SUBJECT_LENGTH } from './limits.js';
import { cleanLine, cleanText } from './sanitize.js';
import type { DraftContext, UserEmailContent } from './types.js';

/** "with Northwind for the Senior Data Analyst role" (parts left out when unknown). */
function withCompany(ctx: DraftContext, preposition: string): string {
  const f = draftFacts(ctx);
  return [f.companyKnown ? `${preposition} ${f.company}` : '', f.role ? `for ${f.rolePhrase}` : ''].filter(Boolean).join(' ');
}

function about(ctx: DraftContext): string {
  const f = draftFacts(ctx);
  const parts = [f.companyKnown ? f.company : null, f.role].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'this application';
}

function content(subject: string, blocks: Block[]): UserEmailContent {
  const clean = cleanLine(subject, MAX_SUBJECT_LENGTH);
  return { subject: clean, text: toText(blocks), html: toHtml(blocks, clean) };
}

function local(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(resolveZone(zone)).toFormat("ccc d LLL yyyy, HH:mm");
}

const HELP_LINES = [
  'Forward me any recruiting email (an interview invite, a rejection, an application confirmation, an offer) and I will send you a ready-to-send follow-up draft at the right moment. Only you get my emails; you decide what to send.',
  'Add a line above the forward to make the draft yours, for example: "we talked about their migration to dbt, mention my Airflow project".',
];

/** Renders one of the replies to the user (offer, ask for the interview time, help, list, ...). */
export function renderReply(ctx: DraftContext, reply: ReplyId): UserEmailContent {
  const f = draftFacts(ctx);
  switch (reply) {
    case 'offer-congrats':
      return content(`Congratulations on the offer${f.companyKnown ? ` from ${f.company}` : ''}!`, [
        { kind: 'para', text: `Congratulations, ${f.signer === '[Your name]' ? 'and well done' : f.signer.split(' ')[0]}! An offer ${withCompany(ctx, 'from') || 'like this'} is great news.` },
        { kind: 'para', text: 'I have cancelled every pending follow-up for this application. Take your time with the decision, get the offer in writing, and when you accept, a short, gracious note to the other places you interviewed keeps those doors open too.' },
        { kind: 'para', text: 'If you accept, reply "hired" and I will close this application.' },
      ]);
    case 'ask-interview-time':
      return content(`When is your interview${f.companyKnown ? ` with ${f.company}` : ''}?`, [
        { kind: 'para', text: `I see an interview ${withCompany(ctx, 'with') || 'in the email you forwarded'}, but not when it is.` },
        { kind: 'para', text: 'Reply with the date and time as the first line, for example "Tuesday 2pm" or "2026-12-03 14:00", and I will have your thank-you note ready two hours after it starts, then a status check if you hear nothing.' },
      ]);
    case 'understood-other': {
      const u = ctx.understood;
      const cues = (u?.cues ?? []).slice(0, MAX_CUES).map((c) => cleanLine(c, 120)).filter(Boolean);
      const items = [
        `What it is: ${u?.kind === 'other' || !u ? 'not an interview, rejection, offer or application confirmation' : u.kind}`,
        `Company: ${f.companyKnown ? f.company : 'not found'}`,
        `Role: ${f.role ?? 'not found'}`,
        `Contact: ${f.contactName ?? (f.contactEmail || 'not found')}`,
        ...(cues.length > 0 ? [`Why I think so: ${cues.join('; ')}`] : []),
      ];
      return content(`Here is what I understood${u?.subject ? `: ${cleanLine(u.subject, 80)}` : ''}`, [
        { kind: 'para', text: 'Here is what I understood from the email you forwarded, so I have not scheduled any follow-up:' },
        { kind: 'list', items },
        { kind: 'para', text: 'If I got it wrong, forward it again with one word on the first line saying what it is: "interview" (with its date and time), "rejection", "application" or "offer", and I will take it from there.' },
      ]);
    }
    case 'help':
      return content('Runner-Up: how it works and the reply commands', HELP_LINES.map((text) => ({ kind: 'para', text }) as Block));
    case 'list':
      return renderDigest(ctx, content);
    case 'forwarding-confirmation': {
      const fw = ctx.forwarding;
      const provider = cleanLine(fw?.provider, 40) || 'Your mail provider';
      const blocks: Block[] = [
        { kind: 'para', text: `${provider} sent a forwarding confirmation to your Runner-Up address. Confirm it so your recruiting emails can be forwarded automatically.` },
      ];
      if (fw?.code) blocks.push({ kind: 'para', strong: 'Confirmation code:', text: cleanLine(fw.code, 40) });
      if (fw?.link && /^https:\/\/[^\s"<>]+$/.test(fw.link)) blocks.push({ kind: 'link', label: 'Confirm forwarding', href: fw.link.slice(0, 2000) });
      blocks.push({ kind: 'para', text: `Their subject line: "${cleanLine(fw?.subject, 120)}". If you did not ask for this, ignore it: nothing is forwarded until you confirm.` });
      return content(`Confirm forwarding: ${cleanLine(fw?.subject, 100) || provider}`, blocks);
    }
    case 'command-ack':
      return content(`Runner-Up: ${cleanLine(ctx.ack?.text, 80) || 'done'}`, [
        { kind: 'para', text: cleanText(ctx.ack?.text, MAX_ACK_LENGTH) || 'Done.' },
        ...(ctx.application.company || ctx.application.role ? [{ kind: 'para', text: `About: ${about(ctx)}.` } as Block] : []),
        { kind: 'para', text: `Times are shown in ${cleanLine(ctx.timeZone, 60)}; it is now ${local(ctx.now.toISOString(), ctx.timeZone)} there.` },
      ]);
  }
}
