import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { openIncidents } from '../../domain';
import { downloadPlanFile } from '../editor/editor-safety';
import { SaveStatus } from '../../ui/SaveStatus';
import { StorageProblem } from '../../ui/StorageProblem';
import { useNotice } from '../shell/use-notice';
import { IncidentScreen } from './IncidentScreen';
import { StartScreen } from './StartScreen';
import { useEmergencyPlan } from './use-emergency-plan';
import { useRecorderName } from './recorder-name';
import './emergency.css';

/**
 * The plan as a tool on the day: /plans/:planId/emergency resumes the incident still open (the latest
 * one started) or offers to start one; /emergency/new always offers to start one; /emergency/:incidentId
 * is one incident or exercise, open or closed.
 */
export function EmergencyScreen() {
  const { planId = '', incidentId } = useParams<{ planId: string; incidentId?: string }>();
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { notify, noticeBar } = useNotice();
  const { load, change, saveState, retry, keepMine, takeStored, unsavedPlan } = useEmergencyPlan(planId, notify);
  const [recorder, setRecorder] = useRecorderName();
  const plan = load.status === 'ready' ? load.plan : null;
  const resume = plan && !incidentId ? openIncidents(plan)[0] : undefined;

  useEffect(() => {
    if (resume) navigate(`/plans/${planId}/emergency/${resume.id}`, { replace: true });
  }, [resume, planId, navigate]);

  useEffect(() => {
    document.title = `${t('emergency:title')} – ${plan?.company.name || t('plans.unnamed')}`;
  }, [plan?.company.name, t]);

  if (!plan || resume) {
    return (
      <main className="page" id="main">
        {load.status === 'missing' || load.status === 'damaged' ? (
          <>
            <h1>{t(load.status === 'missing' ? 'editor.missingTitle' : 'editor.damagedTitle')}</h1>
            <p>{t(load.status === 'missing' ? 'editor.missing' : 'editor.damaged')}</p>
            <Link to="/">{t('nav.allPlans')}</Link>
          </>
        ) : (
          <p className="loading">{t('app.loading')}</p>
        )}
      </main>
    );
  }

  const incident = incidentId && incidentId !== 'new' ? plan.incidents.find((candidate) => candidate.id === incidentId) : undefined;

  return (
    <div className="emergency">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="emergency-header">
        <Link to={`/plans/${plan.id}`} className="back-link">
          ← {t('emergency:backToPlan')}
        </Link>
        <p className="emergency-plan-name">{plan.company.name || t('plans.unnamed')}</p>
        <SaveStatus state={saveState} onRetry={retry} onKeepMine={keepMine} onTakeStored={takeStored} />
      </header>
      {saveState.status === 'failed' ? (
        <StorageProblem reason={saveState.reason} onDownload={() => downloadPlanFile(unsavedPlan() ?? plan)} onRetry={retry} />
      ) : null}
      <main className="emergency-main" id="main" tabIndex={-1}>
        {incident ? (
          <IncidentScreen plan={plan} incident={incident} change={change} recorder={recorder} onRecorder={setRecorder} />
        ) : incidentId && incidentId !== 'new' ? (
          <>
            <h1>{t('emergency:notFound.title')}</h1>
            <p>{t('emergency:notFound.text')}</p>
            <Link to={`/plans/${plan.id}/emergency/new`}>{t('emergency:notFound.start')}</Link>
          </>
        ) : (
          <StartScreen plan={plan} change={change} recorder={recorder} onRecorder={setRecorder} />
        )}
      </main>
      {noticeBar}
    </div>
  );
}
