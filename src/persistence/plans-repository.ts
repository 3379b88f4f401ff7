import { migrate, newId, PlanDataError, type Plan } from '../domain';
import type { PlansDb, StoredPlanRecord } from './database';
import type { PlanChange } from './plan-broadcast';

/** A save was based on an older revision than the one stored: another tab or window changed the plan. */
export class RevisionConflictError extends Error {
  constructor(
    readonly planId: string,
    readonly storedRevision: number,
    readonly baseRevision: number,
  ) {
    super(`plan ${planId} is at revision ${storedRevision}, the save was based on ${baseRevision}`);
    this.name = 'RevisionConflictError';
  }
}

export class PlanNotFoundError extends Error {
  constructor(readonly planId: string) {
    super(`plan ${planId} not found`);
    this.name = 'PlanNotFoundError';
  }
}

export type PlanListEntry =
  | { status: 'ok'; plan: Plan }
  | { status: 'damaged'; id: string; updatedAt: string; raw: StoredPlanRecord; problem: string };

function toRecord(plan: Plan): StoredPlanRecord {
  return structuredClone(plan) as StoredPlanRecord;
}

function storedRevision(record: StoredPlanRecord | undefined): number {
  return record && Number.isInteger(record.revision) && record.revision >= 0 ? record.revision : 0;
}

export class PlansRepository {
  constructor(
    private readonly db: PlansDb,
    private readonly clock: () => Date = () => new Date(),
    /** Told after every write that reached the database (other tabs are informed through it). */
    private readonly onStored: (change: PlanChange) => void = () => undefined,
  ) {}

  /** Every plan on the device, most recently edited first; records that fail to read are listed as damaged. */
  async list(): Promise<PlanListEntry[]> {
    const records = await this.db.getAll('plans');
    const entries = records.map((raw): PlanListEntry => {
      try {
        return { status: 'ok', plan: migrate(raw) };
      } catch (error) {
        const problem = error instanceof PlanDataError ? error.problem : 'invalid';
        return { status: 'damaged', id: String(raw.id), updatedAt: String(raw.updatedAt), raw, problem };
      }
    });
    const editedAt = (entry: PlanListEntry) => (entry.status === 'ok' ? entry.plan.updatedAt : entry.updatedAt);
    return entries.sort((a, b) => editedAt(b).localeCompare(editedAt(a)));
  }

  async get(id: string): Promise<Plan> {
    const raw = await this.db.get('plans', id);
    if (!raw) throw new PlanNotFoundError(id);
    return migrate(raw);
  }

  /** Stores a plan that is new on this device. */
  async add(plan: Plan): Promise<Plan> {
    const stored = { ...plan, revision: 1, updatedAt: this.clock().toISOString() };
    await this.db.add('plans', toRecord(stored));
    this.onStored({ planId: stored.id, revision: stored.revision });
    return stored;
  }

  /**
   * Writes a plan edited from `plan.revision`. Refuses with RevisionConflictError when the stored
   * plan has moved on since then, so that no tab silently overwrites another's work.
   */
  async save(plan: Plan): Promise<Plan> {
    const transaction = this.db.transaction('plans', 'readwrite');
    const current = await transaction.store.get(plan.id);
    if (current && current.revision !== plan.revision) {
      transaction.abort();
      await transaction.done.catch(() => undefined);
      throw new RevisionConflictError(plan.id, current.revision, plan.revision);
    }
    const saved = { ...plan, revision: plan.revision + 1, updatedAt: this.clock().toISOString() };
    await transaction.store.put(toRecord(saved));
    await transaction.done;
    this.onStored({ planId: saved.id, revision: saved.revision });
    return saved;
  }

  /** Removes a plan and returns the stored record, so that the deletion can be undone. */
  async delete(id: string): Promise<StoredPlanRecord | undefined> {
    const transaction = this.db.transaction('plans', 'readwrite');
    const record = await transaction.store.get(id);
    await transaction.store.delete(id);
    await transaction.done;
    this.onStored({ planId: id, revision: record?.revision ?? 0, deleted: true });
    return record;
  }

  /** Puts back a record removed by delete(), exactly as it was. */
  async restore(record: StoredPlanRecord): Promise<void> {
    await this.db.put('plans', record);
    this.onStored({ planId: record.id, revision: record.revision });
  }

  /**
   * Stores a plan read from a plan file exactly as the file has it. Refuses (ConstraintError) when a
   * plan with its id is already on the device: replacing one is replaceWithImported's job.
   * `fileWrittenAt` (when the file was written) counts as the plan's last export.
   */
  async addImported(plan: Plan, fileWrittenAt: string | null): Promise<Plan> {
    const transaction = this.db.transaction(['plans', 'exports'], 'readwrite');
    try {
      await transaction.objectStore('plans').add(toRecord(plan));
    } catch (error) {
      await transaction.done.catch(() => undefined);
      throw error;
    }
    if (fileWrittenAt) await transaction.objectStore('exports').put({ planId: plan.id, exportedAt: fileWrittenAt });
    await transaction.done;
    this.onStored({ planId: plan.id, revision: plan.revision });
    return plan;
  }

  /**
   * Makes a plan read from a plan file the new content of the plan with the same id. The revision
   * moves on from the stored one, so that an editor open on the old content meets a conflict
   * instead of overwriting the imported plan.
   */
  async replaceWithImported(plan: Plan, fileWrittenAt: string | null): Promise<Plan> {
    const transaction = this.db.transaction(['plans', 'exports'], 'readwrite');
    const plans = transaction.objectStore('plans');
    const replaced = { ...plan, revision: storedRevision(await plans.get(plan.id)) + 1 };
    await plans.put(toRecord(replaced));
    const exports = transaction.objectStore('exports');
    if (fileWrittenAt) await exports.put({ planId: plan.id, exportedAt: fileWrittenAt });
    else await exports.delete(plan.id);
    await transaction.done;
    this.onStored({ planId: replaced.id, revision: replaced.revision });
    return replaced;
  }

  /** Remembers that these plans were just written to a plan file. */
  async markExported(ids: readonly string[]): Promise<void> {
    const exportedAt = this.clock().toISOString();
    const transaction = this.db.transaction('exports', 'readwrite');
    await Promise.all([...ids.map((planId) => transaction.store.put({ planId, exportedAt })), transaction.done]);
  }

  /** When each plan was last written to a plan file, by plan id; plans never exported are absent. */
  async lastExports(): Promise<Map<string, string>> {
    const records = await this.db.getAll('exports');
    return new Map(records.map((record) => [record.planId, record.exportedAt]));
  }

  async duplicate(id: string, copyName: (name: string) => string): Promise<Plan> {
    const original = await this.get(id);
    const now = this.clock().toISOString();
    const copy: Plan = {
      ...structuredClone(original),
      id: newId(),
      createdAt: now,
      revision: 0,
      company: { ...original.company, name: copyName(original.company.name) },
    };
    return this.add(copy);
  }
}
