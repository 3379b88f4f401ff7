import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';
import { PlanNotFoundError, planFileName, serializePlanFile, type Autosave, type DraftBackup, type PlanChange, type PlansRepository, type SaveState } from '../../persistence';
import { usePlanChanges } from '../shell/plan-changes';
import { STORAGE_RETRY_MS } from '../shell/repository-context';
import { saveFile } from '../shell/save-file';
import { registerUnsavedWork } from './unsaved-work';

interface FollowOptions {
  planId: string;
  plan: Plan | null;
  autosave: Autosave;
  repository: PlansRepository;
  /** Shows the version another tab stored. */
  replace: (stored: Plan) => void;
  /** Another tab deleted the plan. */
  gone: () => void;
}

/**
 * Keeps the open plan in step with other tabs: a newer version stored elsewhere replaces this
 * one when it has no unsaved change; when it has one, that change is saved at once, meets the
 * newer revision, and the conflict notice lets the user keep their text or take the other.
 */
export function useFollowOtherTabs({ planId, plan, autosave, repository, replace, gone }: FollowOptions): void {
  const shown = useRef(plan);
  useEffect(() => {
    shown.current = plan;
  }, [plan]);

  const follow = useCallback(
    (change: PlanChange) => {
      const current = shown.current;
      if (change.planId !== planId || !current) return;
      if (!change.deleted && change.revision <= autosave.baseRevision(current)) return;
      if (autosave.unsavedPlan) {
        void autosave.flush();
        return;
      }
      repository.get(planId).then(
        (stored) => {
          if (autosave.unsavedPlan) {
            void autosave.flush();
            return;
          }
          autosave.discard(stored.revision);
          replace(stored);
        },
        (error: unknown) => {
          if (error instanceof PlanNotFoundError && !autosave.unsavedPlan) gone();
        },
      );
    },
    [planId, autosave, repository, replace, gone],
  );
  usePlanChanges(follow);
}

/**
 * While the browser refuses to store the plan (full, switched off, closing): keeps a copy of the
 * change in this tab's localStorage as well, tries again every few seconds, and says so when
 * storage works again.
 */
export function useStorageRecovery(saveState: SaveState, autosave: Autosave, backup: DraftBackup, notify: (message: string) => void): void {
  const { t } = useTranslation();
  const failedBefore = useRef(false);

  useEffect(() => {
    if (saveState.status === 'saved' && failedBefore.current) {
      failedBefore.current = false;
      notify(t('safety:save.recovered'));
    }
    if (saveState.status !== 'failed') return;
    failedBefore.current = true;
    const unsaved = autosave.unsavedPlan;
    if (unsaved) backup.write(unsaved, autosave.baseRevision(unsaved));
    const timer = setTimeout(() => void autosave.flush(), STORAGE_RETRY_MS);
    return () => clearTimeout(timer);
  }, [saveState, autosave, backup, notify, t]);
}

/** Hands one plan to the browser's download as a plan file, named after the business (works while storage fails). */
export function downloadPlanFile(plan: Plan): void {
  const now = new Date();
  saveFile(planFileName(plan.company.name, now), new Blob([serializePlanFile([plan], now)], { type: 'application/json' }));
}

/**
 * Keeps a screen's typing when the page is left: on `pagehide` and when the tab is hidden (a phone switching
 * apps), the unsaved plan goes to the draft backup and the autosave is flushed. While the screen is open it is
 * listed as unsaved work, and it stays listed until its last write lands, so the next screen reads the plan after it.
 */
export function useSaveOnLeave(autosave: Autosave, backup: DraftBackup): void {
  useEffect(() => {
    const flush = () => {
      const unsaved = autosave.unsavedPlan;
      if (unsaved) backup.write(unsaved, autosave.baseRevision(unsaved));
      void autosave.flush();
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const unregister = registerUnsavedWork(() => autosave.flush());
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      // Stays listed as unsaved work until written, so that the next screen reads the plan after it.
      void autosave.flush().finally(unregister);
    };
  }, [autosave, backup]);
}

/**
 * The owner's two answers when another tab saved the plan first (SaveStatus): keep mine (this screen's changes are
 * saved over the stored revision) or take the stored plan (this screen's unsaved changes are dropped, `replace` shows it).
 */
export function useConflictChoices({ planId, autosave, repository, replace }: Omit<FollowOptions, 'plan' | 'gone'>): {
  keepMine: () => Promise<void>;
  takeStored: () => Promise<void>;
} {
  const keepMine = useCallback(async () => {
    const stored = await repository.get(planId);
    await autosave.rebase(stored.revision);
  }, [repository, autosave, planId]);

  const takeStored = useCallback(async () => {
    const stored = await repository.get(planId);
    autosave.discard(stored.revision);
    replace(stored);
  }, [repository, autosave, planId, replace]);

  return { keepMine, takeStored };
}
