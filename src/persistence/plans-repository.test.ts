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

    clock = new Date('2026-03-01T00:00:00Z');
    await repository.save({ ...older, company: { ...older.company, name: 'Older, edited' } });
    const afterEdit = await repository.list();
    expect(afterEdit.map((entry) => (entry.status === 'ok' ? entry.plan.id : entry.id))).toEqual([older.id, newer.id, 'broken']);
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

  it('stores an imported plan exactly as the file has it, and never over a plan already on the device', async () => {
    const imported = { ...createPlan('Imported', 'full', new Date('2025-06-01T00:00:00Z')), revision: 7 };
    await repository.addImported(imported, '2025-06-02T00:00:00.000Z');
    expect(await repository.get(imported.id)).toEqual(imported);
    expect((await repository.lastExports()).get(imported.id)).toBe('2025-06-02T00:00:00.000Z');
    await expect(repository.addImported({ ...imported, company: { ...imported.company, name: 'Other' } }, null)).rejects.toThrow();
    expect((await repository.get(imported.id)).company.name).toBe('Imported');
  });

  it('replaces a plan with an imported one at the next revision, so an editor on the old content meets a conflict', async () => {
    const added = await repository.add(createPlan('On this device', 'full'));
    const edited = await repository.save({ ...added, company: { ...added.company, name: 'Edited here' } });
    const fromFile = { ...added, revision: 1, company: { ...added.company, name: 'From the file' } };
    const replaced = await repository.replaceWithImported(fromFile, null);
    expect(replaced.revision).toBe(edited.revision + 1);
    expect(await repository.get(added.id)).toEqual({ ...fromFile, revision: edited.revision + 1 });
    await expect(repository.save({ ...edited, company: { ...edited.company, name: 'Stale tab' } })).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    expect((await repository.get(added.id)).company.name).toBe('From the file');
  });

  it('remembers when plans were last exported, apart from the plans themselves', async () => {
    const first = await repository.add(createPlan('First', 'full'));
    const second = await repository.add(createPlan('Second', 'full'));
    expect((await repository.lastExports()).size).toBe(0);
    clock = new Date('2026-03-01T10:00:00Z');
    await repository.markExported([first.id, second.id]);
    const exports = await repository.lastExports();
    expect(exports.get(first.id)).toBe('2026-03-01T10:00:00.000Z');
    expect(exports.get(second.id)).toBe('2026-03-01T10:00:00.000Z');
    expect(await repository.get(first.id)).toEqual(first);
  });
});
