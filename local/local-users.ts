import { stat } from 'node:fs/promises';
import type { OuterMessage, User } from '../shared/domain/types.js';
import type { Logger } from '../shared/ports/index.js';
import { understand } from '../shared/understand/index.js';
import { unrewriteEnvelope } from '../shared/understand/forwarder.js';
import type { Envelope } from './inbound-queue.js';
import { systemZone, zoneFromOffset } from './zone-from-offset.js';
import { readUsersFile, usersFilePath } from '../shared/workflow/users-file.js';
import type { RemovableUserDirectory } from './cached-users.js';

export interface LocalUsersOptions {
  dataDir: string;
  /** --allow: registered senders in addition to users.json. */
  allow: readonly string[];
  /** The workflow's user directory (the DynamoDB store): users.json and --allow are copied into it. */
  directory: RemovableUserDirectory;
  logger: Logger;
}

/**
 * Who may send to the local runtime. With users.json or --allow, exactly those senders (the
 * allow-list is the trust boundary locally: there are no SES verdicts). With neither, any sender
 * on loopback is accepted and registered on its first mail (name from the From display name,
 * zone from the Date header's offset), so `npm start` works with zero setup.
 */
export class LocalUsers {
  private allowed = new Set<string>();
  private fromFile = new Set<string>();
  private fileSignature = '';
  private loaded = false;
  private loading: Promise<void> | null = null;
  private readonly known = new Set<string>();

  constructor(private readonly options: LocalUsersOptions) {}

  /** 'open' when no users.json and no --allow exist. */
  async mode(): Promise<'allow-list' | 'open'> {
    await this.refresh();
    return this.allowed.size > 0 || this.fileSignature !== '' ? 'allow-list' : 'open';
  }

  async isAllowedSender(envelopeFrom: string): Promise<boolean> {
    if ((await this.mode()) === 'open') return true;
    return this.allowed.has(unrewriteEnvelope(envelopeFrom));
  }

  /** In open mode, registers the forwarder of this mail unless already known. */
  async registerSender(raw: Uint8Array, envelope: Envelope): Promise<void> {
    if ((await this.mode()) !== 'open') return;
    const sender = unrewriteEnvelope(envelope.mailFrom);
    if (this.known.has(sender)) return;
    const understood = await understand(raw, { envelope }).catch(() => null);
    const email = understood?.forwardedBy ?? sender;
    if (!email || this.known.has(email)) return;
    // Automated mail never makes its sender a user (the workflow then drops it as unregistered).
    if (understood && looksAutomated(email, understood.outer)) return;
    if (!(await this.options.directory.getUser(email))) {
      const user: User = {
        email,
        name: understood?.forwarderName ?? understood?.outer.from.name ?? null,
        timeZone: zoneFromOffset(understood?.outer.dateOffsetMinutes) ?? systemZone(),
      };
      await this.options.directory.putUser(user);
      this.options.logger.info('registered a new local sender', { email, name: user.name, timeZone: user.timeZone });
    }
    this.known.add(email);
    if (email === sender) this.known.add(sender);
  }

  /** Re-reads users.json when it changed and copies its users (and --allow) into the directory. */
  private async refresh(): Promise<void> {
    // Inode too: users-file writes by rename, so even two writes within one mtime tick differ.
    const signature = await stat(usersFilePath(this.options.dataDir)).then((s) => `${s.ino}:${s.mtimeMs}:${s.size}`, () => '');
    if (this.loaded && signature === this.fileSignature) return;
    this.loading ??= this.load(signature).finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  private async load(signature: string): Promise<void> {
    const fromFile = signature !== '' ? await readUsersFile(usersFilePath(this.options.dataDir)) : [];
    const next = new Set<string>();
    for (const user of fromFile) {
      next.add(user.email.toLowerCase());
      await this.options.directory.putUser({ ...user, email: user.email.toLowerCase() });
    }
    for (const raw of this.options.allow) {
      const email = raw.trim().toLowerCase();
      if (!email || next.has(email)) continue;
      next.add(email);
      if (!(await this.options.directory.getUser(email))) {
        await this.options.directory.putUser({ email, name: null, timeZone: systemZone() });
      }
    }
    // Users removed from users.json (runnerup users remove) leave the directory too.
    const listed = new Set(fromFile.map((u) => u.email.toLowerCase()));
    for (const gone of this.fromFile) if (!listed.has(gone) && !next.has(gone)) await this.options.directory.removeUser(gone);
    this.fromFile = listed;
    this.allowed = next;
    this.fileSignature = signature;
    this.loaded = true;
  }
}

const DAEMON = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i;

function looksAutomated(email: string, outer: OuterMessage): boolean {
  const auto = outer.autoSubmitted?.trim().toLowerCase();
  return (
    DAEMON.test(email) ||
    (auto !== undefined && auto !== 'no') ||
    /^(bulk|junk|list)$/i.test(outer.precedence?.trim() ?? '') ||
    outer.listId !== null ||
    outer.returnPath === '' ||
    outer.runnerupStep !== null
  );
}
