/**
 * Finding the application an email is about: the same thread first (In-Reply-To, References,
 * the original's Message-ID, a Message-ID of ours), then the same company and role for that user.
 */
import type { Understood } from '../domain/types.js';
import { parseOurMessageId } from '../drafts/message-id.js';
import { applicationKey, isClosed, type Application } from './application.js';
import type { ApplicationStore } from './ports.js';

/** Message ids that tie an email to an earlier one (bounded: References can be long). */
export function threadIds(u: Understood): string[] {
  const ids = [u.outer.inReplyTo, ...u.outer.references.slice(-20).reverse(), u.original.messageId ?? null, u.outer.messageId];
  return [...new Set(ids.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()))];
}

/** The application id named by one of our Message-IDs in the thread headers, if any. */
export function ourApplicationRef(u: Understood): { applicationId: string; step: string } | null {
  for (const id of [u.outer.inReplyTo, ...u.outer.references.slice(-20).reverse()]) {
    const ours = parseOurMessageId(id);
    if (ours) return ours;
  }
  return null;
}

const normCompany = (c: string | null) => (applicationKey(c, null) ?? '').split('|')[0] ?? '';

/** The lookup key of the latest application at a company (for emails that do not name the role). */
export function companyKey(company: string | null): string | null {
  const c = normCompany(company);
  return c ? `company:${c}` : null;
}

/** The id of the user's application this email belongs to, else null. */
export async function locateApplication(store: ApplicationStore, user: string, u: Understood): Promise<string | null> {
  const ours = ourApplicationRef(u);
  if (ours && (await store.getApplication(user, ours.applicationId))) return ours.applicationId;
  const byThread = await store.findThread(user, threadIds(u));
  if (byThread) return byThread;
  // A job alert or newsletter naming a company is not news about the application there: thread only.
  if (u.kind === 'other') return null;
  const key = applicationKey(u.company, u.role);
  if (key) {
    const byKey = await store.findKey(user, key);
    if (byKey) return byKey;
  }
  // Same company with the role unknown on one side ("your application" vs "Data Analyst"): the latest
  // application there, found with one read (a company key) rather than a query of every application.
  const byCompany = companyKey(u.company);
  const id = byCompany ? await store.findKey(user, byCompany) : null;
  const app: Application | null = id ? await store.getApplication(user, id) : null;
  return app && (!app.role || !u.role) && !isClosed(app) ? app.id : null;
}
