import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { EXERCISE_TYPES, hazardsByScore, startIncident, type ExerciseType, type Plan } from '../../domain';
import { formatDateTime } from '../../i18n';
import { hazardName, incidentTitle } from './labels';
import { RecorderField } from './RecorderField';

interface StartScreenProps {
  plan: Plan;
  change: (apply: (plan: Plan) => Plan) => void;
  recorder: string;
  onRecorder: (name: string) => void;
}

type Start = { kind: 'incident'; hazardId: string | null; description: string } | { kind: 'exercise'; exerciseType: ExerciseType; description: string };

/** What happened? One tap on one of the plan's hazards starts an incident with its time; or a line for something else, or an exercise. */
export function StartScreen({ plan, change, recorder, onRecorder }: StartScreenProps) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  // The most serious first; a row left empty in step 4 is no choice.
  const hazards = hazardsByScore(plan).filter((hazard) => hazard.code !== null || hazard.label.trim());
  const [description, setDescription] = useState('');
  const [missingDescription, setMissingDescription] = useState(false);
  const [exerciseType, setExerciseType] = useState<ExerciseType>('tabletop');
  const [exerciseScenario, setExerciseScenario] = useState('');
  const describeId = useId();
  const exerciseTypeId = useId();
  const scenarioId = useId();

  const start = (chosen: Start) => {
    let started = '';
    change((current) => {
      const result = startIncident(
        current,
        chosen.kind === 'incident'
          ? { kind: 'incident', hazardId: chosen.hazardId, description: chosen.description, exerciseType: null }
          : { kind: 'exercise', hazardId: null, description: chosen.description, exerciseType: chosen.exerciseType },
        new Date(),
        recorder,
      );
      started = result.incidentId;
      return result.plan;
    });
    navigate(`/plans/${plan.id}/emergency/${started}`);
  };

  const startOther = (event: FormEvent) => {
    event.preventDefault();
    if (!description.trim()) {
      setMissingDescription(true);
      document.getElementById(describeId)?.focus();
      return;
    }
    start({ kind: 'incident', hazardId: null, description: description.trim() });
  };

  const earlier = [...plan.incidents].reverse();

  return (
    <div className="emergency-start">
      <h1>{t('emergency:start.title')}</h1>
      <p className="emergency-lead">{t('emergency:start.intro')}</p>
      {hazards.length > 0 ? (
        <ul className="emergency-choices" aria-label={t('emergency:start.hazards')}>
          {hazards.map((hazard) => (
            <li key={hazard.id}>
              <button type="button" className="emergency-choice" onClick={() => start({ kind: 'incident', hazardId: hazard.id, description: '' })}>
                {hazardName(hazard, t)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('emergency:start.noHazards')}</p>
      )}
      <form className="emergency-card" onSubmit={startOther} noValidate>
        <label htmlFor={describeId} className="field-label">
          {t('emergency:start.somethingElse')}
        </label>
        <input
          id={describeId}
          value={description}
          aria-invalid={missingDescription}
          aria-describedby={missingDescription ? `${describeId}-error` : undefined}
          placeholder={t('emergency:start.describePlaceholder')}
          onChange={(event) => {
            setDescription(event.target.value);
            setMissingDescription(false);
          }}
        />
        {missingDescription ? (
          <p id={`${describeId}-error`} className="field-error">
            {t('emergency:start.describeRequired')}
          </p>
        ) : null}
        <button type="submit" className="primary emergency-wide">
          {t('emergency:start.startOther')}
        </button>
      </form>

      <RecorderField recorder={recorder} onRecorder={onRecorder} />

      <section className="emergency-card" aria-labelledby="exercise-title">
        <h2 id="exercise-title">{t('emergency:start.exerciseTitle')}</h2>
        <p>{t('emergency:start.exerciseIntro')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            start({ kind: 'exercise', exerciseType, description: exerciseScenario.trim() || t(`options:exerciseType.${exerciseType}`) });
          }}
        >
          <label htmlFor={exerciseTypeId} className="field-label">
            {t('emergency:start.exerciseType')}
          </label>
          <select id={exerciseTypeId} value={exerciseType} onChange={(event) => setExerciseType(event.target.value as ExerciseType)}>
            {EXERCISE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`options:exerciseType.${type}`)}
              </option>
            ))}
          </select>
          <label htmlFor={scenarioId} className="field-label">
            {t('emergency:start.exerciseScenario')}
          </label>
          <input id={scenarioId} value={exerciseScenario} onChange={(event) => setExerciseScenario(event.target.value)} />
          <button type="submit" className="emergency-wide">
            {t('emergency:start.startExercise')}
          </button>
        </form>
      </section>

      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-title">
          <h2 id="earlier-title">{t('emergency:start.earlierTitle')}</h2>
          <ul className="emergency-earlier">
            {earlier.map((incident) => (
              <li key={incident.id}>
                <Link to={`/plans/${plan.id}/emergency/${incident.id}`}>
                  {incident.kind === 'exercise' ? `${t('emergency:kind.exercise')}: ` : ''}
                  {incidentTitle(plan, incident, t)}
                </Link>{' '}
                <span className="emergency-muted">
                  {t(incident.closedAt ? 'emergency:start.closed' : 'emergency:start.open', {
                    date: formatDateTime(incident.startedAt, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
