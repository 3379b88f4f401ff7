import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { createPlan, type Plan, type PlanPath, type StepNumber } from '../../domain';
import { formatDateTime } from '../../i18n';
import type { BackupState, PlanListEntry, StoredPlanRecord } from '../../persistence';
import { AppHeader, ConfirmDialog, ProgressBar } from '../../ui';
import { EmergencyLink } from '../emergency/EmergencyLink';
import { ExamplePicker } from './ExamplePicker';
import { InstallHint } from '../offline/InstallHint';
import { OfflineLanguages } from '../offline/OfflineLanguages';
import { PlanCardMarks } from './PlanCardMarks';
import { PersistenceAdvice } from './PersistenceAdvice';
import { usePlanChanges } from '../shell/plan-changes';
import { useRepository } from '../shell/repository-context';
import { saveFile } from '../shell/save-file';
import { useCardProgress } from './use-card-progress';
import { useNotice } from '../shell/use-notice';
import { usePlanFiles } from '../plan-files/use-plan-files';
import { WorkshopLinks } from '../printing/workshop-shared';

/** The home screen: every plan on this device, and a way to start a new one. */
export function PlansListPage() {
  const { t } = useTranslation();
  const repository = useRepository();
  const [, navigate] = useLocation();
  const [entries, setEntries] = useState<PlanListEntry[] | null>(null);
  const [toDelete, setToDelete] = useState<Plan | null>(null);
  const { notify, noticeBar } = useNotice();
  const [today] = useState(() => new Date());

  const reload = useCallback(() => repository.list().then(setEntries), [repository]);
  const okPlans = useMemo(() => (entries ?? []).flatMap((entry) => (entry.status === 'ok' ? [entry.plan] : [])), [entries]);
  const planFiles = usePlanFiles({ plans: okPlans, today, reload, notify });

  useEffect(() => {
    document.title = t('app.name');
    void reload();
  }, [reload, t]);
  usePlanChanges(useCallback(() => void reload(), [reload]));

  const create = async (name: string, path: PlanPath) => {
    const plan = await repository.add(createPlan(name, path));
    navigate(`/plans/${plan.id}/steps/1`);
  };

  const duplicate = async (plan: Plan) => {
    await repository.duplicate(plan.id, (name) => t('plans.copyName', { name }));
    await reload();
    notify(t('plans.duplicated', { name: plan.company.name || t('plans.unnamed') }));
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    const plan = toDelete;
    setToDelete(null);
    const removed = await repository.delete(plan.id);
    await reload();
    notify(
      t('plans.deleted', { name: plan.company.name || t('plans.unnamed') }),
      removed ? () => void repository.restore(removed).then(reload) : undefined,
    );
  };

  // A returning owner finds their plans first, the most recently edited one on top with the way to go on;
  // on a first visit the new-plan form comes first.
  const hasPlans = Boolean(entries?.length);
  const latestId = okPlans[0]?.id;
  const plansSection = (
    <section aria-labelledby="plans-list-title">
      <h2 id="plans-list-title">{t('plans.listTitle')}</h2>
      {entries === null ? <p className="loading">{t('app.loading')}</p> : null}
      {entries?.length === 0 ? <p>{t('plans.none')}</p> : null}
      <ul className="plan-cards">
        {entries?.map((entry) =>
          entry.status === 'ok' ? (
            <PlanCard
              key={entry.plan.id}
              plan={entry.plan}
              latest={entry.plan.id === latestId}
              today={today}
              backup={planFiles.backupOf(entry.plan)}
              onExport={() => planFiles.exportPlan(entry.plan)}
              onDuplicate={() => void duplicate(entry.plan)}
              onDelete={() => setToDelete(entry.plan)}
            />
          ) : (
            <DamagedPlanCard key={entry.id} record={entry.raw} />
          ),
        )}
      </ul>
      <PersistenceAdvice planCount={okPlans.length} onExportAll={planFiles.exportAll} />
      {planFiles.reminder}
      {planFiles.toolbar}
    </section>
  );

  return (
    <>
      <AppHeader />
      <main className="page plans-page" id="main" tabIndex={-1} {...planFiles.dropZone}>
        <h1 tabIndex={-1}>{t('plans.title')}</h1>
        <p className="offline-note">{t('plans.offlineNote')}</p>
        <InstallHint />

        {hasPlans ? plansSection : null}
        <div className="start-options">
          <NewPlanForm onCreate={create} />
          <ExamplePicker />
        </div>
        {hasPlans ? null : plansSection}
        <WorkshopLinks />
        <OfflineLanguages />
      </main>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('plans.deleteTitle')}
        message={t('plans.deleteMessage', { name: toDelete?.company.name || t('plans.unnamed') })}
        confirmLabel={t('plans.delete')}
        cancelLabel={t('dialog.cancel')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
      {planFiles.overlays}
      {noticeBar}
    </>
  );
}

function NewPlanForm({ onCreate }: { onCreate: (name: string, path: PlanPath) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [path, setPath] = useState<PlanPath>('quick');
  const [error, setError] = useState(false);
  const nameId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(true);
      document.getElementById(nameId)?.focus();
      return;
    }
    void onCreate(name.trim(), path);
  };

  return (
    <section aria-labelledby="new-plan-title" className="new-plan">
      <h2 id="new-plan-title">{t('plans.newTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={nameId} className="field-label">
            {t('plans.companyName')}
          </label>
          <input
            id={nameId}
            value={name}
            autoComplete="organization"
            aria-invalid={error}
            aria-describedby={error ? `${nameId}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(false);
            }}
          />
          {error ? (
            <p id={`${nameId}-error`} className="field-error">
              {t('plans.companyNameRequired')}
            </p>
          ) : null}
        </div>
        <fieldset className="path-choice">
          <legend className="field-label">{t('plans.pathQuestion')}</legend>
          {(['quick', 'full'] as const).map((option) => (
            <label key={option} className="path-option">
              <input type="radio" name="path" value={option} checked={path === option} onChange={() => setPath(option)} />
              <span>
                <strong>{t(option === 'quick' ? 'path.quickName' : 'path.fullName')}</strong>
                <span className="path-hint">{t(option === 'quick' ? 'path.quickHint' : 'path.fullHint')}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('plans.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface PlanCardProps {
  plan: Plan;
  /** The most recently edited plan: its card leads, with the way to its next step. */
  latest: boolean;
  today: Date;
  backup: BackupState;
  onExport: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

function PlanCard({ plan, latest, today, backup, onExport, onDuplicate, onDelete }: PlanCardProps) {
  const { t, i18n } = useTranslation();
  const progress = useCardProgress(plan, today);
  const name = plan.company.name || t('plans.unnamed');
  return (
    <li className={latest ? 'plan-card plan-card-latest' : 'plan-card'}>
      <h3>
        <Link to={`/plans/${plan.id}`}>{name}</Link>
      </h3>
      <p className="plan-meta">
        <span className="badge">{t(plan.path === 'quick' ? 'path.quickName' : 'path.fullName')}</span>{' '}
        {t('plans.lastEdited', { date: formatDateTime(plan.updatedAt, i18n.language) })}
      </p>
      {progress ? (
        <ProgressBar
          label={t('progress.steps', { complete: progress.complete, total: progress.total })}
          value={progress.complete}
          max={progress.total}
        />
      ) : (
        <div className="progress progress-pending" aria-hidden="true">
          <span className="progress-label">&nbsp;</span>
          <progress value={0} max={1} />
        </div>
      )}
      {latest && progress ? <ContinueLink plan={plan} nextStep={progress.nextStep} /> : null}
      <PlanCardMarks plan={plan} today={today} backup={backup} />
      <EmergencyLink plan={plan} name={name} />
      <div className="card-actions">
        <Link className="button" to={`/plans/${plan.id}`}>
          {t('plans.open')}
          <span className="visually-hidden">: {name}</span>
        </Link>
        <button type="button" onClick={onExport}>
          {t('files:export.one')}
          <span className="visually-hidden">: {name}</span>
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('plans.duplicate')}
          <span className="visually-hidden">: {name}</span>
        </button>
        <button type="button" className="danger-outline" onClick={onDelete}>
          {t('plans.delete')}
          <span className="visually-hidden">: {name}</span>
        </button>
      </div>
    </li>
  );
}

/** The way on with a plan: its first step not yet complete, or the review once every step is. */
function ContinueLink({ plan, nextStep }: { plan: Plan; nextStep: StepNumber | null }) {
  const { t } = useTranslation();
  return nextStep ? (
    <Link className="button primary continue-link" to={`/plans/${plan.id}/steps/${nextStep}`}>
      {t('overview.continue', { number: nextStep, title: t(`steps:${nextStep}.shortTitle`) })}
    </Link>
  ) : (
    <Link className="button primary continue-link" to={`/plans/${plan.id}/review`}>
      {t('overview.toReview')}
    </Link>
  );
}

function DamagedPlanCard({ record }: { record: StoredPlanRecord }) {
  const { t } = useTranslation();
  const download = () => {
    saveFile(`damaged-plan-${String(record.id)}.json`, new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
  };
  return (
    <li className="plan-card plan-damaged">
      <h3>{t('plans.damagedTitle')}</h3>
      <p>{t('plans.damaged')}</p>
      <button type="button" onClick={download}>
        {t('plans.downloadRaw')}
      </button>
    </li>
  );
}
