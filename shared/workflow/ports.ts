/**
 * Ports owned by the workflow: the narrow storage interfaces the use cases need.
 * DynamoDbStore (shared/adapters/aws) implements them on one table; test/support/fakes.ts in memory.
 * Every method is keyed by the user, so one user can never reach another user's items.
 */
import type { User } from '../domain/types.js';
import type { Application } from './application.js';

export type ClaimState = 'free' | 'held' | 'settled';

export interface ApplicationStore {
  /** Null when the user has no such application. */
  getApplication(user: string, id: string): Promise<Application | null>;
  /**
   * Stores `app` if the stored version still equals `app.version` (0: must not exist yet) and
   * returns it with the incremented version. Throws VersionConflictError otherwise.
   */
  saveApplication(app: Application): Promise<Application>;
  /** The user's applications (a Query on the user's partition, never a Scan). */
  listApplications(user: string): Promise<Application[]>;
  /** The application id linked to the first of these message ids that has a link, else null. */
  findThread(user: string, messageIds: readonly string[]): Promise<string | null>;
  /** Links a message id to an application; an existing link is left as it is. */
  linkThread(user: string, messageId: string, applicationId: string): Promise<void>;
  /** The application id holding a company|role key, else null. */
  findKey(user: string, key: string): Promise<string | null>;
  /** Claims a company|role key for an application; returns the id that holds it (an earlier claim wins). */
  claimKey(user: string, key: string, applicationId: string): Promise<string>;
  /** Points a key at an application unconditionally (the latest writer wins), e.g. company → latest application. */
  setKey(user: string, key: string, applicationId: string): Promise<void>;
  /** The outcome recorded for a fully processed inbound message, else null. */
  getInbound(user: string, messageId: string): Promise<string | null>;
  /** Records an inbound message as fully processed (expires at `expiresAt`, epoch seconds). */
  markInbound(user: string, messageId: string, outcome: string, expiresAt: number): Promise<void>;
  /** Creates a marker once: true for the first caller, false when it already exists. */
  claim(user: string, name: string, expiresAt: number): Promise<boolean>;
  /** Records that the effect behind a claim happened (the mail went out), so a replay can finish the bookkeeping. */
  settleClaim(user: string, name: string, expiresAt: number): Promise<void>;
  /** 'free' (absent or expired), 'held' (taken, effect not confirmed) or 'settled'. */
  claimState(user: string, name: string): Promise<ClaimState>;
  /** Removes a marker (a send that failed gives its claim back so a retry can send). */
  release(user: string, name: string): Promise<void>;
  /** Takes one unit of the user's outgoing-mail quota for `day` (YYYY-MM-DD); false at the cap. */
  takeQuota(user: string, day: string, cap: number, expiresAt: number): Promise<boolean>;
  /** Remembers a raw-mail key kept for this user, so `delete my data` can remove it. */
  recordRawMail(user: string, key: string, expiresAt: number): Promise<void>;
  listRawMail(user: string): Promise<string[]>;
  /**
   * Deletes every item of the user's partition (applications, links, markers, quota) except the send-once claims
   * named in `keepClaims`: the claim of the answer to this very request, so that a second delivery of it running
   * at the same time cannot answer twice (they expire as every claim does).
   */
  deleteUserData(user: string, keepClaims?: readonly string[]): Promise<void>;
}

/** Registered senders, as the use cases need them. */
export interface UserDirectory {
  /** The registered user with this address (case-insensitive), else null. */
  getUser(email: string): Promise<User | null>;
  /** Creates or replaces a user. */
  putUser(user: User): Promise<void>;
}

/** What operators need on top (the `runnerup users` command). */
export interface UserAdmin extends UserDirectory {
  removeUser(email: string): Promise<boolean>;
  listUsers(): Promise<User[]>;
}
