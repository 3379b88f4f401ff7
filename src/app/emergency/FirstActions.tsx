import { useTranslation } from 'react-i18next';
import { toggleFirstAction } from '../../domain';
import type { IncidentPartProps } from './IncidentScreen';
import { firstActionName, formatMoment } from './labels';
import { Stamp } from './Stamp';

/** The plan's first actions in order, each ticked with the time it was done and by whom. */
export function FirstActions({ plan, incident, change, recorder, closed }: IncidentPartProps) {
  const { t, i18n } = useTranslation();
  const actions = plan.emergency.firstActions;
  const done = new Map(incident.firstActionsDone.map((tick) => [tick.firstActionId, tick]));
  return (
    <section className="incident-section" id="incident-actions" aria-labelledby="incident-actions-title" tabIndex={-1}>
      <h2 id="incident-actions-title">{t('emergency:actions.title')}</h2>
      {actions.length === 0 ? <p className="emergency-muted">{t('emergency:actions.none')}</p> : null}
      <ol className="incident-checklist">
        {actions.map((action) => {
          const tick = done.get(action.id);
          return (
            <li key={action.id} className={tick ? 'incident-check incident-check-done' : 'incident-check'}>
              <label>
                <input
                  type="checkbox"
                  checked={Boolean(tick)}
                  disabled={closed}
                  onChange={() =>
                    change((current) => toggleFirstAction(current, incident.id, action.id, new Date(), recorder))
                  }
                />
                <span>
                  <span className="incident-check-text">{firstActionName(action, t)}</span>
                  {action.code !== 'custom' && action.text.trim() ? <span className="emergency-muted"> {action.text}</span> : null}
                  {tick ? <Stamp text={t('emergency:actions.done', { time: formatMoment(tick.at, incident, i18n.language) })} by={tick.by} /> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
