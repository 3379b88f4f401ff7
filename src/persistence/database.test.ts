import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../domain';
import { DATABASE_VERSION, openPlansDatabase } from './database';
import { PlansRepository } from './plans-repository';

describe('the plans database', () => {
  it('keeps every plan of a version 1 database when it is upgraded, and gains the export times', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const plans = [createPlan('Warung Sari Rasa', 'quick'), createPlan('Panadería La Espiga', 'full')].map((plan) => ({
      ...plan,
      revision: 4,
    }));
    const version1 = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('plans', { keyPath: 'id' }).createIndex('byUpdatedAt', 'updatedAt');
      },
    });
    for (const plan of plans) await version1.put('plans', plan);
    await version1.put('plans', { id: 'damaged', revision: 1, updatedAt: '2025-01-01T00:00:00Z', company: 'not an object' });
    version1.close();

    const db = await openPlansDatabase(name);
    expect(db.version).toBe(DATABASE_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['exports', 'plans']);
    const repository = new PlansRepository(db);
    for (const plan of plans) expect(await repository.get(plan.id)).toEqual(plan);
    expect(await db.get('plans', 'damaged')).toMatchObject({ company: 'not an object' });
    expect((await repository.lastExports()).size).toBe(0);
    db.close();
  });
});
