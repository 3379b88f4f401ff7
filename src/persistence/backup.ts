import type { Plan } from '../domain';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A plan changed since its last export is flagged once that export is this old. */
export const BACKUP_STALE_DAYS = 30;
/** A plan younger than this is not flagged: a new plan is not yet worth a reminder. */
export const BACKUP_GRACE_DAYS = 7;

/** Whether a plan's only up-to-date copy is on this device, and since when it was last exported (null: never). */
export type BackupState = { status: 'backed_up' } | { status: 'needs_backup'; lastExport: string | null };

const time = (timestamp: string) => {
  const parsed = Date.parse(timestamp);
  return Number.isNaN(parsed) ? null : parsed;
};

/**
 * A plan needs a backup when it was changed after its last export, that export is over
 * BACKUP_STALE_DAYS old (or never happened), and the plan itself is over BACKUP_GRACE_DAYS old.
 */
export function backupState(plan: Plan, lastExport: string | undefined, now: Date): BackupState {
  const exportedAt = lastExport === undefined ? null : time(lastExport);
  const createdAt = time(plan.createdAt) ?? now.getTime();
  const updatedAt = time(plan.updatedAt) ?? now.getTime();
  const changedSinceExport = exportedAt === null || updatedAt > exportedAt;
  const exportIsOld = exportedAt === null || now.getTime() - exportedAt > BACKUP_STALE_DAYS * DAY_MS;
  const planIsSettled = now.getTime() - createdAt > BACKUP_GRACE_DAYS * DAY_MS;
  return changedSinceExport && exportIsOld && planIsSettled
    ? { status: 'needs_backup', lastExport: exportedAt === null ? null : new Date(exportedAt).toISOString() }
    : { status: 'backed_up' };
}
