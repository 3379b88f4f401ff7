import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { closeIncident, INCIDENT_LESSONS, type IncidentLessons } from '../../domain';
import { formatList, labelledValue } from '../../i18n';
import { ConfirmDialog } from '../../ui';
import type { IncidentPartProps } from './IncidentScreen';
import { IncidentReport } from './IncidentReport';
import { incidentTitle } from './labels';

const QUESTIONS = INCIDENT_LESSONS;

/**
 * Close and learn: the three questions of the Guidebook's review step, asked before closing. The answers
 * become entries of step 10's change log (an exercise is recorded in step 9 as well).
 */
export function CloseIncident({ plan, incident, change, recorder, closed }: IncidentPartProps) {
  const { t, i18n } = useTranslation();
  const [lessons, setLessons] = useState<IncidentLessons>(incident.lessons);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const exercise = incident.kind === 'exercise';

  if (closed) {
    return (
      <section className="incident-section" id="incident-close" aria-labelledby="incident-close-title" tabIndex={-1}>
        <h2 id="incident-close-title">{t('emergency:close.lessonsTitle')}</h2>
        <dl className="incident-lessons">
          {QUESTIONS.map((question) => (
            <div key={question}>
              <dt>{t(`emergency:close.${question}`)}</dt>
              <dd>{incident.lessons[question].trim() || t('emergency:close.noAnswer')}</dd>
            </div>
          ))}
        </dl>
        <IncidentReport plan={plan} incident={incident} />
        <p className="incident-links">
          <Link className="button" to={`/plans/${plan.id}/steps/10`}>
            {t('emergency:close.toStep10')}
          </Link>
          {exercise ? (
            <Link className="button" to={`/plans/${plan.id}/steps/9`}>
              {t('emergency:close.toStep9')}
            </Link>
          ) : null}
        </p>
      </section>
    );
  }

  return (
    <section className="incident-section" id="incident-close" aria-labelledby="incident-close-title" tabIndex={-1}>
      <h2 id="incident-close-title">{t(exercise ? 'emergency:close.titleExercise' : 'emergency:close.title')}</h2>
      <p>{t(exercise ? 'emergency:close.introExercise' : 'emergency:close.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        {QUESTIONS.map((question) => (
          <div className="field" key={question}>
            <label htmlFor={`${id}-${question}`} className="field-label">
              {t(`emergency:close.${question}`)}
            </label>
            <textarea
              id={`${id}-${question}`}
              rows={3}
              value={lessons[question]}
              onChange={(event) => setLessons({ ...lessons, [question]: event.target.value })}
            />
          </div>
        ))}
        <button type="submit" className="emergency-wide">
          {t(exercise ? 'emergency:close.submitExercise' : 'emergency:close.submit')}
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t(exercise ? 'emergency:close.confirmTitleExercise' : 'emergency:close.confirmTitle')}
        message={t('emergency:close.confirmMessage')}
        confirmLabel={t('emergency:close.confirm')}
        cancelLabel={t('emergency:close.cancel')}
        onConfirm={() => {
          setConfirming(false);
          const words = {
            whatHappened: labelledValue(t, incidentTitle(plan, incident, t), incident.hazardId ? incident.description : ''),
            lessonQuestions: { worked: t('emergency:close.worked'), didNotWork: t('emergency:close.didNotWork'), toChange: t('emergency:close.toChange') },
            formatList: (names: readonly string[]) => formatList(names, i18n.language),
          };
          change((current) => closeIncident(current, incident.id, lessons, new Date(), recorder, words));
          // The closed record opens with the lessons and the report, at the top: go there.
          requestAnimationFrame(() => document.getElementById('incident-close')?.focus());
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
