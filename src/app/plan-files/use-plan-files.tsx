import { lazy, Suspense, useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';
import { allPlansFileName, backupState, planFileGroups, planFileName, serializePlanFile, type BackupState } from '../../persistence';
import type { ImportSession } from './ImportDialog';
import type { ConflictChoice, ImportCandidate, ImportFile } from '../../persistence/plan-import';
import { useRepository } from '../shell/repository-context';
import { saveFile } from '../shell/save-file';
import './plan-files.css';

/** Importing is rare: its dialog and file reading load with the first import, outside the first download. */
const ImportDialog = lazy(() => import('./ImportDialog').then((module) => ({ default: module.ImportDialog })));
const loadImporter = () => import('../../persistence/plan-import');

const REMINDER_KEY = 'bcp-builder.backup-reminder-dismissed';
/** "Not now" quiets the backup reminder for two weeks. */
const REMINDER_QUIET_MS = 14 * 24 * 60 * 60 * 1000;

function reminderDismissedRecently(now: Date): boolean {
  try {
    const dismissed = Date.parse(window.localStorage.getItem(REMINDER_KEY) ?? '');
    return !Number.isNaN(dismissed) && now.getTime() - dismissed < REMINDER_QUIET_MS;
  } catch {
    return false;
  }
}

/** True from the first import on, so that the dialog, once loaded, stays mounted and closes as a dialog does. */
function useImportStarted(session: ImportSession | null): boolean {
  const [started, setStarted] = useState(false);
  if (session !== null && !started) setStarted(true);
  return started || session !== null;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

interface PlanFilesOptions {
  plans: readonly Plan[];
  today: Date;
  reload: () => Promise<unknown>;
  notify: (message: string) => void;
}

/**
 * Plan files on the plans list: export one plan or all of them, import files chosen or dropped
 * anywhere on the page, and the reminder to back up plans whose only copy is on this device.
 */
export function usePlanFiles({ plans, today, reload, notify }: PlanFilesOptions) {
  const { t } = useTranslation();
  const repository = useRepository();
  const [lastExports, setLastExports] = useState<ReadonlyMap<string, string>>(new Map());
  const [session, setSession] = useState<ImportSession | null>(null);
  const importStarted = useImportStarted(session);
  const [dragDepth, setDragDepth] = useState(0);
  const [reminderQuiet, setReminderQuiet] = useState(() => reminderDismissedRecently(today));
  const fileInput = useRef<HTMLInputElement>(null);

  const refreshExports = useCallback(() => repository.lastExports().then(setLastExports), [repository]);
  useEffect(() => {
    void refreshExports();
  }, [refreshExports]);

  const exportPlans = async (files: readonly { plans: readonly Plan[]; fileName: string }[], message: string, now: Date) => {
    for (const file of files) saveFile(file.fileName, new Blob([serializePlanFile(file.plans, now)], { type: 'application/json' }));
    await repository.markExported(files.flatMap((file) => file.plans.map((plan) => plan.id)));
    await refreshExports();
    notify(message);
  };

  const exportPlan = (plan: Plan) => {
    const now = new Date();
    const message = t('files:export.done', { name: plan.company.name || t('plans.unnamed') });
    void exportPlans([{ plans: [plan], fileName: planFileName(plan.company.name, now) }], message, now);
  };

  /** One file for every plan, or several when together they would pass the size an import accepts. */
  const exportAll = () => {
    const now = new Date();
    const groups = planFileGroups(plans);
    const files = groups.map((group, index) => ({ plans: group, fileName: allPlansFileName(now, index + 1, groups.length) }));
    void exportPlans(files, groups.length > 1 ? t('files:export.allDoneParts', { number: groups.length }) : t('files:export.allDone'), now);
  };

  const store = async (files: readonly ImportFile[], candidates: readonly ImportCandidate[], choices: ReadonlyMap<string, ConflictChoice>) => {
    setSession({ stage: 'storing' });
    const copyName = (name: string) => t('files:import.copyName', { name: name || t('plans.unnamed') });
    const { storeImport } = await loadImporter();
    const report = await storeImport(repository, files, candidates, choices, copyName);
    await Promise.all([reload(), refreshExports()]);
    setSession({ stage: 'report', report });
  };

  const importFiles = async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    setSession({ stage: 'reading' });
    const { importCandidates, readImportFile } = await loadImporter();
    const files: ImportFile[] = [];
    for (const file of chosen) files.push(await readImportFile(file));
    const candidates = importCandidates(files, await repository.list());
    if (candidates.some((candidate) => candidate.onDevice !== null)) setSession({ stage: 'choosing', files, candidates });
    else await store(files, candidates, new Map());
  };

  /** An import the database refused half-way is said so, never left waiting behind a dialog that cannot close. */
  const runImport = (work: Promise<void>) =>
    void work.catch(async () => {
      setSession(null);
      await Promise.all([reload(), refreshExports()]).catch(() => undefined);
      notify(t('files:import.failed'));
    });

  const backupOf = (plan: Plan): BackupState => backupState(plan, lastExports.get(plan.id), today);
  const needsBackup = plans.some((plan) => backupOf(plan).status === 'needs_backup');

  const dismissReminder = () => {
    try {
      window.localStorage.setItem(REMINDER_KEY, new Date().toISOString());
    } catch {
      // Quiet for this visit only.
    }
    setReminderQuiet(true);
  };

  /** Handlers that make the whole page a drop zone for plan files. */
  const dropZone = {
    onDragEnter: (event: DragEvent) => {
      if (hasFiles(event)) setDragDepth((depth) => depth + 1);
    },
    onDragLeave: (event: DragEvent) => {
      if (hasFiles(event)) setDragDepth((depth) => Math.max(0, depth - 1));
    },
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragDepth(0);
      runImport(importFiles([...event.dataTransfer.files]));
    },
  };

  const toolbar = (
    <div className="plan-files">
      <div className="form-actions">
        <button type="button" onClick={() => fileInput.current?.click()} aria-describedby="import-hint">
          {t('files:import.button')}
        </button>
        {plans.length > 0 ? (
          <button type="button" onClick={exportAll}>
            {t('files:export.all')}
          </button>
        ) : null}
      </div>
      <p id="import-hint" className="field-help">
        {t('files:import.hint')}
      </p>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".json,.bcp.json,application/json"
        hidden
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          event.target.value = '';
          runImport(importFiles(chosen));
        }}
      />
    </div>
  );

  const reminder =
    needsBackup && !reminderQuiet ? (
      <div className="callout backup-reminder">
        <p>{t('files:backup.nudge')}</p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={exportAll}>
            {t('files:backup.exportNow')}
          </button>
          <button type="button" onClick={dismissReminder}>
            {t('files:backup.notNow')}
          </button>
        </div>
      </div>
    ) : null;

  const overlays = (
    <>
      {dragDepth > 0 ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('files:import.dropHere')}</p>
        </div>
      ) : null}
      {importStarted ? (
        <Suspense fallback={null}>
          <ImportDialog
            session={session}
            onImport={(choices) => {
              if (session?.stage === 'choosing') runImport(store(session.files, session.candidates, choices));
            }}
            onClose={() => setSession(null)}
          />
        </Suspense>
      ) : null}
    </>
  );

  return { toolbar, reminder, overlays, dropZone, exportPlan, exportAll, backupOf };
}
