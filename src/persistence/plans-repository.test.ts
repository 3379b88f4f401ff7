import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../domain';
import { openPlansDatabase, type PlansDb } from './database';
import { PlanNotFoundError, PlansRepository, RevisionConflictError } from './plans-repository';

let db: PlansDb;
let repository: PlansRepository;
let clock = new Date('2026-01-01T00:00:00Z');

beforeEach(async () => {
  db = await openPlansDatabase(`test-${crypto.randomUUID()}`);
  clock = new Date('2026-01-01T00:00:00Z');
  repository = new PlansRepository(db, () => clock);
});

afterEach(() => db.close());

describe('PlansRepository', () => {
  it('stores a new plan at revision 1 and reads it back', async () => {
    const added = await repository.add(createPlan('Sunrise Bakery – ร้านอรุณรุ่ง', 'quick'));
    expect(added.revision).toBe(1);
    expect(await repository.get(added.id)).toEqual(added);
  });

  it('bumps the revision on every save and refuses a save based on an older revision', async () => {
    const added = await repository.add(createPlan('A', 'full'));
    const first = await repository.save({ ...added, company: { ...added.company, name: 'A1' } });
    expect(first.revision).toBe(2);
    await expect(repository.save({ ...added, company: { ...added.company, name: 'stale' } })).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    expect((await repository.get(added.id)).company.name).toBe('A1');
  });

  it('lists plans most recently edited first and marks unreadable records as damaged', async () => {
    const older = await repository.add(createPlan('Older', 'full'));
    clock = new Date('2026-02-01T00:00:00Z');
    const newer = await repository.add(createPlan('Newer', 'full'));
    await db.put('plans', { id: 'broken', revision: 1, updatedAt: '2025-01-01T00:00:00Z', company: 'not an object' });
    const entries = await repository.list();
    expect(entries.map((entry) => (entry.status === 'ok' ? entry.plan.id : entry.id))).toEqual([
      newer.id,
      older.id,
      'broken',
    ]);
    expect(entries[2]).toMatchObject({ status: 'damaged', problem: 'invalid' });
  });

  it('deletes a plan and restores it exactly with undo', async () => {
    const added = await repository.add(createPlan('To delete', 'full'));
    const removed = await repository.delete(added.id);
    await expect(repository.get(added.id)).rejects.toBeInstanceOf(PlanNotFoundError);
    expect(removed).toBeDefined();
    if (removed) await repository.restore(removed);
    expect(await repository.get(added.id)).toEqual(added);
  });

  it('duplicates a plan under a new id and name, leaving the original alone', async () => {
    const added = await repository.add(createPlan('Original', 'full'));
    const copy = await repository.duplicate(added.id, (name) => `${name} (copy)`);
    expect(copy.id).not.toBe(added.id);
    expect(copy.company.name).toBe('Original (copy)');
    expect((await repository.get(added.id)).company.name).toBe('Original');
  });
});
