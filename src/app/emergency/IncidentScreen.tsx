import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident, Plan } from '../../domain';
import { formatDateTime } from '../../i18n';
import { CloseIncident } from './CloseIncident';
import { FirstActions } from './FirstActions';
import { IncidentLog } from './IncidentLog';
import { elapsed, incidentTitle } from './labels';
import { PlaceCard } from './PlaceCard';
import { RecorderField } from './RecorderField';
import { SafetyCheck } from './SafetyCheck';
import { WhoToTell } from './WhoToTell';

export interface IncidentPartProps {
  plan: Plan;
  incident: Incident;
  change: (apply: (plan: Plan) => Plan) => void;
  /** Who is recording on this device, stored with every mark. */
  recorder: string;
  /** The incident is closed: its record is shown, nothing more is ticked. */
  closed: boolean;
}

/** The clock of the screen: the current time, again every 15 seconds. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const SECTIONS = ['actions', 'people', 'tell', 'log', 'close'] as const;

interface IncidentScreenProps {
  plan: Plan;
  incident: Incident;
  change: (apply: (plan: Plan) => Plan) => void;
  recorder: string;
  onRecorder: (name: string) => void;
}

/**
 * One incident or exercise: first actions, the safety check and call tree, who to tell with the
 * recovery clocks, the log, and closing with the lessons. On a phone the sections follow each other
 * and a bar at the bottom, in reach of a thumb, jumps between them. Once closed, the lessons and the
 * report come first, above the record.
 */
export function IncidentScreen({ plan, incident, change, recorder, onRecorder }: IncidentScreenProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const closed = Boolean(incident.closedAt);
  const part: IncidentPartProps = { plan, incident, change, recorder, closed };
  const exercise = incident.kind === 'exercise';

  return (
    <div className={closed ? 'incident incident-closed' : 'incident'}>
      <p className={exercise ? 'incident-kind incident-kind-exercise' : 'incident-kind'}>
        {t(exercise ? 'emergency:kind.exercise' : 'emergency:kind.incident')}
        {exercise && incident.exerciseType ? ` · ${t(`options:exerciseType.${incident.exerciseType}`)}` : ''}
      </p>
      <h1>{incidentTitle(plan, incident, t)}</h1>
      <p className="incident-times">
        {t('emergency:incident.started', { time: formatDateTime(incident.startedAt, i18n.language) })}
        {closed ? (
          <>
            {' · '}
            <strong>{t('emergency:incident.closed', { time: formatDateTime(incident.closedAt, i18n.language) })}</strong>
          </>
        ) : (
          <>
            {' · '}
            <span>{t('emergency:incident.elapsed', { time: elapsed(incident.startedAt, now, t) })}</span>
          </>
        )}
      </p>
      {incident.description && incident.hazardId ? <p>{incident.description}</p> : null}
      {closed ? <CloseIncident {...part} /> : null}
      <PlaceCard plan={plan} />
      {closed ? null : <RecorderField recorder={recorder} onRecorder={onRecorder} />}

      <FirstActions {...part} />
      <SafetyCheck {...part} />
      <WhoToTell {...part} now={now} />
      <IncidentLog {...part} />
      {closed ? null : <CloseIncident {...part} />}

      {closed ? null : (
        <p className="incident-another">
          <Link to={`/plans/${plan.id}/emergency/new`}>{t('emergency:incident.another')}</Link>
        </p>
      )}
      <nav className="incident-bar" aria-label={t('emergency:bar.label')}>
        {SECTIONS.map((section) => (
          <a key={section} href={`#incident-${section}`}>
            {t(`emergency:bar.${section}`)}
          </a>
        ))}
      </nav>
    </div>
  );
}
