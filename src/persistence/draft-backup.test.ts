import { describe, expect, it } from 'vitest';
import { createPlan } from '../domain';
import { DraftBackup } from './draft-backup';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe('DraftBackup', () => {
  it('gives back the unsaved plan with the revision it was based on', () => {
    const backup = new DraftBackup(memoryStorage());
    const plan = { ...createPlan('Toko Sumber Rejeki', 'full'), revision: 1 };
    backup.write({ ...plan, company: { ...plan.company, name: 'Toko Sumber Rejeki Jaya' } }, 5);
    expect(backup.read(plan.id)).toMatchObject({ revision: 5, company: { name: 'Toko Sumber Rejeki Jaya' } });
    backup.clear(plan.id);
    expect(backup.read(plan.id)).toBeNull();
  });

  it('ignores a backup that is not a readable plan', () => {
    const storage = memoryStorage();
    storage.setItem('bcp-builder.unsaved.x', '{not json');
    expect(new DraftBackup(storage).read('x')).toBeNull();
  });

  it('does not throw when storage refuses the write', () => {
    const backup = new DraftBackup({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => backup.write(createPlan('A', 'quick'), 1)).not.toThrow();
  });
});
