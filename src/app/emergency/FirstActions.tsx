import { useTranslation } from 'react-i18next';
import { toggleFirstAction, type ExternalContact, type Plan } from '../../domain';
import type { IncidentPartProps } from './IncidentScreen';
import { firstActionName, formatMoment } from './labels';
import { telHref } from './phone-links';
import { Stamp } from './Stamp';

const EMERGENCY_SERVICES = ['fire', 'ambulance', 'police', 'hospital'] as const;

/** The fire brigade, ambulance, police and hospital of step 6 that have a number to call, in that order. */
function emergencyServices(plan: Plan): { contact: ExternalContact; href: string }[] {
  return EMERGENCY_SERVICES.flatMap((category) =>
    plan.contacts.external.flatMap((contact) => {
      const href = contact.category === category ? telHref(contact.phone) : null;
      return href ? [{ contact, href }] : [];
    }),
  );
}

/**
 * The plan's first actions in order, each ticked with the time it was done and by whom. "Call emergency
 * services" carries the numbers of the fire brigade, ambulance, police and hospital, one tap each.
 */
export function FirstActions({ plan, incident, change, recorder, closed }: IncidentPartProps) {
  const { t, i18n } = useTranslation();
  const actions = plan.emergency.firstActions;
  const services = emergencyServices(plan);
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
              {action.code === 'call_emergency_services' && services.length > 0 ? (
                <p className="incident-phone-links incident-services">
                  {services.map(({ contact, href }) => (
                    <a key={contact.id} className="button incident-call" href={href}>
                      {t(`options:contactCategory.${contact.category ?? 'other'}`)} <span className="incident-number">{contact.phone}</span>
                    </a>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
