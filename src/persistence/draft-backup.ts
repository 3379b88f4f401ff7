import { migrate, type Plan } from '../domain';

const KEY_PREFIX = 'bcp-builder.unsaved.';

/**
 * A synchronous copy of a change that IndexedDB may not have stored yet, written when the page
 * is hidden or closed (an IndexedDB write started then may never finish). The next visit to
 * the plan puts it back; it is removed once IndexedDB holds the change.
 */
export class DraftBackup {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {}

  /** Keeps `plan`, edited from stored revision `baseRevision`. Never throws: this is a last resort. */
  write(plan: Plan, baseRevision: number): void {
    try {
      this.storage.setItem(KEY_PREFIX + plan.id, JSON.stringify({ ...plan, revision: baseRevision }));
    } catch {
      // Storage full or disabled: nothing more can be done while the page is closing.
    }
  }

  /** The unsaved change of this plan, with `revision` set to the revision it was based on. */
  read(planId: string): Plan | null {
    const stored = this.storage.getItem(KEY_PREFIX + planId);
    if (stored === null) return null;
    try {
      return migrate(JSON.parse(stored));
    } catch {
      return null;
    }
  }

  clear(planId: string): void {
    this.storage.removeItem(KEY_PREFIX + planId);
  }
}
