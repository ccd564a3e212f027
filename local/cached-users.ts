import type { User } from '../shared/domain/types.js';
import type { UserDirectory } from '../shared/workflow/ports.js';

/** The directory behind the cache: the workflow's port plus removal (users gone from users.json). */
export type RemovableUserDirectory = UserDirectory & { removeUser(email: string): Promise<boolean> };

/**
 * A read-through cache in front of the user directory. Locally this process is the only writer
 * of users (putUser goes through here), so the cache cannot go stale; it saves the several
 * getUser round-trips each inbound mail makes to dynalite.
 */
export class CachedUserDirectory implements UserDirectory {
  private readonly cache = new Map<string, Promise<User | null>>();

  constructor(private readonly inner: RemovableUserDirectory) {}

  getUser(email: string): Promise<User | null> {
    const key = email.trim().toLowerCase();
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.inner.getUser(email);
      this.cache.set(key, hit);
      // A failed lookup is not remembered: the next call asks again.
      hit.catch(() => this.cache.delete(key));
    }
    return hit;
  }

  async putUser(user: User): Promise<void> {
    const key = user.email.trim().toLowerCase();
    this.cache.delete(key);
    try {
      await this.inner.putUser(user);
    } finally {
      this.cache.delete(key);
    }
  }

  async removeUser(email: string): Promise<boolean> {
    const key = email.trim().toLowerCase();
    this.cache.delete(key);
    try {
      return await this.inner.removeUser(email);
    } finally {
      this.cache.delete(key);
    }
  }
}
