import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import { planFileProblemText } from './plan-file-messages';
import type { ConflictChoice, ImportCandidate, ImportFile, ImportReport } from '../../persistence/plan-import';

/** Where an import is: reading the files, waiting for the user's choices, storing, or done. */
export type ImportSession =
  | { stage: 'reading' }
  | { stage: 'choosing'; files: ImportFile[]; candidates: ImportCandidate[] }
  | { stage: 'storing' }
  | { stage: 'report'; report: ImportReport };

interface ImportDialogProps {
  session: ImportSession | null;
  onImport: (choices: ReadonlyMap<string, ConflictChoice>) => void;
  /** Closes the dialog; while choosing, nothing is imported. */
  onClose: () => void;
}

const CHOICES: readonly ConflictChoice[] = ['replace', 'keepBoth', 'skip'];

/** The import of plan files: progress, one choice per plan already on this device, then what was done. */
export function ImportDialog({ session, onImport, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = session !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const busy = session?.stage === 'reading' || session?.stage === 'storing';
  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby="import-title"
      aria-busy={busy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      {session?.stage === 'choosing' ? <Choices candidates={session.candidates} onImport={onImport} onCancel={onClose} /> : null}
      {session?.stage === 'report' ? <Report report={session.report} onClose={onClose} /> : null}
      {busy ? (
        <>
          <h2 id="import-title">{t('files:import.button')}</h2>
          <p role="status" className="loading-inline">
            {t(session.stage === 'reading' ? 'files:import.reading' : 'files:import.storing')}
          </p>
        </>
      ) : null}
    </dialog>
  );
}

function Choices({
  candidates,
  onImport,
  onCancel,
}: {
  candidates: readonly ImportCandidate[];
  onImport: ImportDialogProps['onImport'];
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());
  const conflicts = candidates.filter((candidate) => candidate.onDevice !== null);
  const unnamed = t('plans.unnamed');
  return (
    <>
      <h2 id="import-title">{t('files:import.conflictsTitle')}</h2>
      <p>{t('files:import.conflictsIntro')}</p>
      {conflicts.map(({ key, plan, fileName, onDevice }) => (
        <fieldset key={key} className="import-conflict">
          <legend>{plan.company.name || unnamed}</legend>
          <p className="plan-meta">
            {t('files:import.fromFile', { file: fileName, date: formatDateTime(plan.updatedAt, i18n.language) })}
            <br />
            {onDevice?.name === null
              ? t('files:import.onDeviceDamaged')
              : t('files:import.onDevice', {
                  name: onDevice?.name || unnamed,
                  date: formatDateTime(onDevice?.updatedAt ?? '', i18n.language),
                })}
          </p>
          {CHOICES.map((choice) => (
            <label key={choice} className="import-choice">
              <input
                type="radio"
                name={`import-${key}`}
                value={choice}
                checked={(choices.get(key) ?? 'keepBoth') === choice}
                onChange={() => setChoices(new Map(choices).set(key, choice))}
              />
              <span>{t(`files:import.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => onImport(choices)}>
          {t('files:import.confirm')}
        </button>
      </div>
    </>
  );
}

function Report({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const counts = [
    ['added', report.added],
    ['replaced', report.replaced],
    ['keptBoth', report.keptBoth],
    ['skipped', report.skipped],
    ['rejected', report.rejected.length],
  ] as const;
  return (
    <>
      <h2 id="import-title">{t('files:import.reportTitle')}</h2>
      <ul className="import-counts">
        {counts.map(([key, number]) => (
          <li key={key}>{t(`files:import.${key}`, { number })}</li>
        ))}
      </ul>
      {report.rejected.length > 0 ? (
        <>
          <p>{t('files:import.rejectedIntro')}</p>
          <ul className="import-problems">
            {report.rejected.map((file, index) => (
              <li key={index}>
                <strong className="file-name">{file.fileName}</strong> {planFileProblemText(i18n, file.error)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.failed.length > 0 ? (
        <ul className="import-problems">
          {report.failed.map((failure, index) => (
            <li key={index}>
              <strong className="file-name">{failure.fileName}</strong>{' '}
              {t('files:import.storeFailed', { name: failure.planName || t('plans.unnamed') })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('files:import.close')}
        </button>
      </div>
    </>
  );
}
