import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Plan } from '../../domain';
import { Autosave, DraftBackup, PlanNotFoundError, type SaveState } from '../../persistence';
import { useConflictChoices, useFollowOtherTabs, useSaveOnLeave, useStorageRecovery } from '../editor/editor-safety';
import { useRepository } from '../shell/repository-context';
import { saveAllWork } from '../editor/unsaved-work';

export type EmergencyLoad = { status: 'loading' } | { status: 'missing' } | { status: 'damaged' } | { status: 'ready'; plan: Plan };

/**
 * The plan behind the emergency screen, stored through the same repository, revisions and draft backup
 * as the editor. Every change here is one tap (a tick, a mark, a line of the log), so it is written at
 * once rather than after a pause for typing. Another tab's newer version replaces this one when nothing
 * here is waiting to be stored; a change made here at the same moment meets the usual conflict notice.
 */
export function useEmergencyPlan(planId: string, notify: (message: string) => void) {
  const repository = useRepository();
  const [load, setLoad] = useState<EmergencyLoad>({ status: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const current = useRef<Plan | null>(null);
  const backup = useMemo(() => new DraftBackup(window.localStorage), []);
  const autosave = useMemo(
    () =>
      new Autosave({
        save: (next) => repository.save(next),
        onSaved: (saved) => backup.clear(saved.id),
        onStateChange: setSaveState,
        delayMs: 0,
      }),
    [repository, backup],
  );

  const show = useCallback((plan: Plan) => {
    current.current = plan;
    setLoad({ status: 'ready', plan });
  }, []);

  useEffect(() => {
    let cancelled = false;
    // A screen just left (a step of the editor) may still be writing its last change: read after it.
    saveAllWork()
      .then(() => repository.get(planId))
      .then(
        (stored) => {
          if (cancelled) return;
          const unsaved = backup.read(planId);
          if (unsaved) {
            show(unsaved);
            autosave.schedule(unsaved);
          } else {
            backup.clear(planId);
            show(stored);
          }
        },
        (error: unknown) => {
          if (!cancelled) setLoad({ status: error instanceof PlanNotFoundError ? 'missing' : 'damaged' });
        },
      );
    return () => {
      cancelled = true;
    };
  }, [repository, planId, backup, autosave, show]);

  useSaveOnLeave(autosave, backup);

  /** Applies one change (a domain function of the plan) to the plan shown, and stores it. */
  const change = useCallback(
    (apply: (plan: Plan) => Plan) => {
      const plan = current.current;
      if (!plan) return;
      const next = apply(plan);
      show(next);
      autosave.schedule(next);
    },
    [autosave, show],
  );

  const { keepMine, takeStored } = useConflictChoices({ planId, autosave, repository, replace: show });

  const gone = useCallback(() => setLoad({ status: 'missing' }), []);
  const shown = load.status === 'ready' ? load.plan : null;
  useFollowOtherTabs({ planId, plan: shown, autosave, repository, replace: show, gone });
  useStorageRecovery(saveState, autosave, backup, notify);

  return { load, change, saveState, retry: () => void autosave.flush(), keepMine, takeStored, unsavedPlan: () => autosave.unsavedPlan };
}
