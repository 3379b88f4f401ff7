import { useTranslation } from 'react-i18next';
import { currentSafety, markSafety, nextToCall, SAFETY_STATUSES, type Employee } from '../../domain';
import { formatList } from '../../i18n';
import type { IncidentPartProps } from './IncidentScreen';
import { formatMoment } from './labels';
import { smsHref, telHref } from './phone-links';
import { Stamp } from './Stamp';

/**
 * The safety check: every person of the staff list with safe, not reached or needs help and the time,
 * a call and a text message for each, and the call tree: whom each person calls, and once a person is
 * marked, whom to call next.
 */
export function SafetyCheck({ plan, incident, change, recorder, closed }: IncidentPartProps) {
  const { t, i18n } = useTranslation();
  const employees = plan.contacts.employees;
  const marks = currentSafety(incident);
  const name = (employee: Employee) => employee.name.trim() || t('emergency:people.unnamed');
  const safeCount = employees.filter((employee) => marks.get(employee.id)?.status === 'safe').length;
  const message = t('emergency:people.smsBody', { business: plan.company.name || t('plans.unnamed') });

  return (
    <section className="incident-section" id="incident-people" aria-labelledby="incident-people-title" tabIndex={-1}>
      <h2 id="incident-people-title">{t('emergency:people.title')}</h2>
      {employees.length === 0 ? (
        <p className="emergency-muted">{t('emergency:people.none')}</p>
      ) : (
        <p className="incident-count">{t('emergency:people.count', { safe: safeCount, total: employees.length })}</p>
      )}
      <ul className="incident-people">
        {employees.map((employee) => {
          const mark = marks.get(employee.id);
          const phone = employee.mobile.trim() || employee.altPhone.trim();
          const tel = telHref(phone);
          const sms = smsHref(phone, message);
          const calls = plan.callTree.filter((link) => link.callerId === employee.id).flatMap((link) => link.calleeIds);
          const callees = employees.filter((candidate) => calls.includes(candidate.id));
          const next = mark ? nextToCall(plan, employee.id) : [];
          const groupId = `safety-${employee.id}`;
          return (
            <li key={employee.id} className={`incident-person${mark ? ` incident-person-${mark.status}` : ''}`}>
              <p className="incident-person-name" id={groupId}>
                <strong>{name(employee)}</strong>
                {employee.role.trim() ? <span className="emergency-muted"> · {employee.role}</span> : null}
              </p>
              <p className="incident-person-status">
                {mark ? (
                  <Stamp
                    text={t('emergency:people.marked', {
                      status: t(`emergency:people.status.${mark.status}`),
                      time: formatMoment(mark.at, incident, i18n.language),
                    })}
                    by={mark.by}
                  />
                ) : (
                  <span className="emergency-muted">{t('emergency:people.notChecked')}</span>
                )}
              </p>
              {tel || sms ? (
                <p className="incident-phone-links">
                  {tel ? (
                    <a className="button incident-call" href={tel}>
                      {t('emergency:people.call', { phone })}
                      <span className="visually-hidden"> {name(employee)}</span>
                    </a>
                  ) : null}
                  {sms ? (
                    <a className="button" href={sms}>
                      {t('emergency:people.text')}
                      <span className="visually-hidden"> {name(employee)}</span>
                    </a>
                  ) : null}
                </p>
              ) : (
                <p className="emergency-muted">{t('emergency:people.noPhone')}</p>
              )}
              {closed ? null : (
                <div className="incident-status-buttons" role="group" aria-labelledby={groupId}>
                  {SAFETY_STATUSES.map((status) => (
                    <button
                      key={status}
                      type="button"
                      className={`incident-status incident-status-${status}`}
                      aria-pressed={mark?.status === status}
                      onClick={() =>
                        change((current) => markSafety(current, incident.id, employee.id, status, new Date(), recorder))
                      }
                    >
                      {t(`emergency:people.status.${status}`)}
                    </button>
                  ))}
                </div>
              )}
              {callees.length > 0 && next.length === 0 ? (
                <p className="incident-calls">{t('emergency:people.calls', { names: formatList(callees.map(name), i18n.language) })}</p>
              ) : null}
              {next.length > 0 ? (
                <p className="incident-next">
                  {t(mark?.status === 'not_reached' ? 'emergency:people.callInstead' : 'emergency:people.next', {
                    names: formatList(next.map(name), i18n.language),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
