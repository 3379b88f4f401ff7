import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan, type Plan } from '../domain';
import { Autosave, type SaveState } from './autosave';
import { RevisionConflictError } from './plans-repository';

function withName(plan: Plan, name: string): Plan {
  return { ...plan, company: { ...plan.company, name } };
}

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(save: (plan: Plan) => Promise<Plan>) {
    const states: SaveState['status'][] = [];
    const saved: Plan[] = [];
    const autosave = new Autosave({
      save,
      onSaved: (plan) => saved.push(plan),
      onStateChange: (state) => states.push(state.status),
      delayMs: 400,
    });
    return { autosave, states, saved };
  }

  it('writes only the last of a burst of edits, once the typing pauses', async () => {
    const save = vi.fn(async (plan: Plan) => ({ ...plan, revision: plan.revision + 1 }));
    const { autosave, states } = setUp(save);
    const plan = createPlan('A', 'full');
    autosave.schedule(withName(plan, 'A1'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule(withName(plan, 'A12'));
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].company.name).toBe('A12');
    expect(states.at(-1)).toBe('saved');
  });

  it('flush writes at once and bases the next save on the new revision', async () => {
    const save = vi.fn(async (plan: Plan) => ({ ...plan, revision: plan.revision + 1 }));
    const { autosave } = setUp(save);
    const plan = { ...createPlan('A', 'full'), revision: 4 };
    autosave.schedule(withName(plan, 'first'));
    await autosave.flush();
    autosave.schedule(withName(plan, 'second'));
    await autosave.flush();
    expect(save.mock.calls.map(([saved]) => saved.revision)).toEqual([4, 5]);
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('keeps the change and reports the reason when a save fails', async () => {
    const failure = new DOMException('full', 'QuotaExceededError');
    const { autosave, states } = setUp(() => Promise.reject(failure));
    autosave.schedule(createPlan('A', 'full'));
    await autosave.flush();
    expect(states.at(-1)).toBe('failed');
    expect(autosave.hasUnsavedChanges).toBe(true);
  });

  it('stops on a revision conflict until the user keeps their version', async () => {
    const plan = createPlan('A', 'full');
    const save = vi
      .fn<(plan: Plan) => Promise<Plan>>()
      .mockRejectedValueOnce(new RevisionConflictError(plan.id, 7, 0))
      .mockImplementation(async (next) => ({ ...next, revision: next.revision + 1 }));
    const { autosave, states, saved } = setUp(save);
    autosave.schedule(withName(plan, 'mine'));
    await autosave.flush();
    expect(states.at(-1)).toBe('conflict');
    autosave.schedule(withName(plan, 'ignored while in conflict'));
    await autosave.rebase(7);
    expect(saved.at(-1)?.company.name).toBe('mine');
    expect(saved.at(-1)?.revision).toBe(8);
  });
});
