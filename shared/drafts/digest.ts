import { DateTime } from 'luxon';
import type { StepId } from '../domain/types.js';
import { resolveZone } from '../cadence/local-time.js';
import type { Block } from './layout.js';
import { MAX_COMPANY_LENGTH, MAX_DIGEST_ENTRIES, MAX_NAME_LENGTH, MAX_ROLE_LENGTH } from './limits.js';
import { cleanLine, escapeHtml } from './sanitize.js';
import { STEP_LABELS } from './step-drafts.js';
import type { DigestEntry, DraftContext, UserEmailContent } from './types.js';

const STAGE_LABELS: Record<DigestEntry['stage'], string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  rejected: 'Runner-up (rejected)',
  offer: 'Offer',
  hired: 'Hired',
  stopped: 'Stopped',
};

function when(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(resolveZone(zone)).toFormat('ccc d LLL, HH:mm');
}

function describe(e: DigestEntry, zone: string): { title: string; next: string } {
  const company = cleanLine(e.company, MAX_COMPANY_LENGTH) || '[Company unknown]';
  const role = cleanLine(e.role, MAX_ROLE_LENGTH);
  const contact = cleanLine(e.contactName, MAX_NAME_LENGTH);
  const title = `${company}${role ? `, ${role}` : ''} - ${STAGE_LABELS[e.stage]}${contact ? ` (${contact})` : ''}`;
  let next = 'nothing scheduled';
  if (e.snoozedUntil) next = `snoozed until ${when(e.snoozedUntil, zone)}`;
  else if (e.next) next = `next: ${STEP_LABELS[e.next.step as StepId] ?? e.next.step}, ${when(e.next.at, zone)}`;
  return { title, next };
}

/** The `list` digest: active applications as an HTML timeline (soonest next step first) plus text. */
export function renderDigest(
  ctx: DraftContext,
  content: (subject: string, blocks: Block[]) => UserEmailContent,
): UserEmailContent {
  const entries = [...(ctx.digest ?? [])]
    .sort((a, b) => (a.next?.at ?? '9999').localeCompare(b.next?.at ?? '9999'))
    .slice(0, MAX_DIGEST_ENTRIES);
  if (entries.length === 0) {
    return content('Runner-Up: no active applications', [
      { kind: 'para', text: 'You have no active applications with me. Forward any recruiting email to start.' },
    ]);
  }
  const rows = entries.map((e) => describe(e, ctx.timeZone));
  const html =
    `<ol style="list-style:none;padding:0;margin:0;border-left:3px solid #3b7d5a">` +
    rows
      .map(
        (r) =>
          `<li style="margin:0 0 14px;padding-left:14px"><div style="font-weight:600">${escapeHtml(r.title)}</div><div style="color:#555">${escapeHtml(r.next)}</div></li>`,
      )
      .join('') +
    `</ol>`;
  const text = rows.map((r) => `* ${r.title}\n    ${r.next}`).join('\n');
  const extra = (ctx.digest?.length ?? 0) > entries.length ? ` (showing ${entries.length})` : '';
  return content(`Runner-Up: ${entries.length} active application${entries.length === 1 ? '' : 's'}`, [
    { kind: 'para', text: `Your active applications and their next steps${extra}, times in ${cleanLine(ctx.timeZone, 60)}:` },
    { kind: 'html', text, html },
  ]);
}
