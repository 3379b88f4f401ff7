import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DATABASE_NAME = 'bcp-builder';
export const DATABASE_VERSION = 2;

/** What IndexedDB holds: one record per plan, exactly as the app last wrote it. */
export interface StoredPlanRecord {
  id: string;
  revision: number;
  updatedAt: string;
  [field: string]: unknown;
}

/** When a plan was last written to a plan file (exported, or imported from one), kept apart from the plan so that it is never exported. */
export interface PlanExportRecord {
  planId: string;
  exportedAt: string;
}

export interface PlansDatabase extends DBSchema {
  plans: { key: string; value: StoredPlanRecord; indexes: { byUpdatedAt: string } };
  exports: { key: string; value: PlanExportRecord };
}

export type PlansDb = IDBPDatabase<PlansDatabase>;

/** What the app is told while the database opens: `blocked` when a tab of an older version holds it open. */
export interface OpenEvents {
  blocked?: () => void;
}

/**
 * Opens the database, upgrading it one version at a time. When another tab asks for a newer
 * version, this connection closes so that the upgrade is not blocked.
 */
export async function openPlansDatabase(name: string = DATABASE_NAME, events: OpenEvents = {}): Promise<PlansDb> {
  const db = await openDB<PlansDatabase>(name, DATABASE_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const plans = database.createObjectStore('plans', { keyPath: 'id' });
        plans.createIndex('byUpdatedAt', 'updatedAt');
      }
      if (oldVersion < 2) {
        database.createObjectStore('exports', { keyPath: 'planId' });
      }
    },
    blocked: events.blocked,
  });
  db.addEventListener('versionchange', () => db.close());
  return db;
}
