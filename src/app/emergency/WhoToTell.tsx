import { useTranslation } from 'react-i18next';
import { peopleToTell, recoveryClocks, toggleNotified } from '../../domain';
import type { IncidentPartProps } from './IncidentScreen';
import { elapsedClock, formatMoment } from './labels';
import { telHref } from './phone-links';
import { Stamp } from './Stamp';

/**
 * Who to tell: key customers, suppliers and outside contacts, each ticked when told; and each key product
 * with its target recovery time and a clock counting from the start, saying so in words once it is past.
 */
export function WhoToTell({ plan, incident, change, recorder, closed, now }: IncidentPartProps & { now: Date }) {
  const { t, i18n } = useTranslation();
  const toTell = peopleToTell(plan);
  const told = new Map(incident.notified.map((mark) => [mark.contactId, mark]));
  const clocks = recoveryClocks(plan, incident, closed ? new Date(incident.closedAt) : now);

  return (
    <section className="incident-section" id="incident-tell" aria-labelledby="incident-tell-title" tabIndex={-1}>
      <h2 id="incident-tell-title">{t('emergency:tell.title')}</h2>
      {toTell.length === 0 ? <p className="emergency-muted">{t('emergency:tell.none')}</p> : null}
      <ul className="incident-checklist">
        {toTell.map((contact) => {
          const mark = told.get(contact.contactId);
          const tel = telHref(contact.phone);
          return (
            <li key={contact.contactId} className={mark ? 'incident-check incident-check-done' : 'incident-check'}>
              <label>
                <input
                  type="checkbox"
                  checked={Boolean(mark)}
                  disabled={closed}
                  onChange={() => change((current) => toggleNotified(current, incident.id, contact.contactId, new Date(), recorder))}
                />
                <span>
                  <span className="incident-check-text">{contact.name || contact.detail || contact.phone}</span>
                  {contact.name && contact.detail ? <span> · {contact.detail}</span> : null}
                  <span className="emergency-muted"> · {t(`emergency:tell.kind.${contact.kind}`)}</span>
                  {mark ? <Stamp text={t('emergency:tell.told', { time: formatMoment(mark.at, incident, i18n.language) })} by={mark.by} /> : null}
                </span>
              </label>
              {tel ? (
                <a className="button incident-call" href={tel}>
                  {t('emergency:people.call', { phone: contact.phone })}
                  <span className="visually-hidden"> {contact.name || contact.detail}</span>
                </a>
              ) : null}
            </li>
          );
        })}
      </ul>

      <h3>{t('emergency:clocks.title')}</h3>
      {clocks.length === 0 ? <p className="emergency-muted">{t('emergency:clocks.none')}</p> : null}
      <ul className="incident-clocks">
        {clocks.map((clock) => (
          <li key={clock.keyProductId} className={clock.overdue ? 'incident-clock incident-clock-overdue' : 'incident-clock'}>
            <strong>{clock.name.trim() || t('emergency:clocks.unnamed')}</strong>
            <span>
              {clock.rto?.value == null
                ? t('emergency:clocks.noTarget')
                : t('emergency:clocks.target', { target: t(`common:units.${clock.rto.unit}`, { count: clock.rto.value }) })}
            </span>
            <span>{t('emergency:clocks.elapsed', { time: elapsedClock(clock.elapsedMs, t) })}</span>
            {clock.overdue ? <span className="incident-overdue">⚠ {t('emergency:clocks.overdue')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
