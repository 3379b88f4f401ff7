import { describe, expect, it } from 'vitest';
import { createPlan, type Plan } from '../domain';
import { backupState } from './backup';

const NOW = new Date('2026-06-30T12:00:00Z');

function planOf(createdAt: string, updatedAt: string): Plan {
  return { ...createPlan('Toko Maju', 'full', new Date(createdAt)), updatedAt };
}

describe('backupState', () => {
  it('asks for a backup of a settled plan that was never exported', () => {
    expect(backupState(planOf('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z'), undefined, NOW)).toEqual({
      status: 'needs_backup',
      lastExport: null,
    });
  });

  it('leaves a plan alone in its first week', () => {
    expect(backupState(planOf('2026-06-25T00:00:00Z', '2026-06-29T00:00:00Z'), undefined, NOW)).toEqual({ status: 'backed_up' });
  });

  it('asks again when a plan changed after an export that is over 30 days old', () => {
    const plan = planOf('2026-01-01T00:00:00Z', '2026-06-20T00:00:00Z');
    expect(backupState(plan, '2026-05-01T08:00:00.000Z', NOW)).toEqual({ status: 'needs_backup', lastExport: '2026-05-01T08:00:00.000Z' });
    expect(backupState(plan, '2026-06-10T08:00:00.000Z', NOW)).toEqual({ status: 'backed_up' });
  });

  it('does not ask about a plan unchanged since its last export, however old that is', () => {
    const plan = planOf('2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z');
    expect(backupState(plan, '2025-02-02T00:00:00.000Z', NOW)).toEqual({ status: 'backed_up' });
  });
});
