import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';

/** Where everyone meets, and when the plan is used and by whose decision: kept in view at the top of an incident. */
export function PlaceCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { evacuation, activation } = plan.emergency;
  return (
    <div className="place-card">
      <p className="place-meeting">
        <span className="place-label">{t('emergency:place.meetingPoint')}</span>{' '}
        <strong>{evacuation.assemblyPoint.trim() || t('emergency:place.notSet')}</strong>
      </p>
      <details>
        <summary>{t('emergency:place.criteria')}</summary>
        <p className="place-text">{activation.criteria.trim() || t('emergency:place.notSet')}</p>
        {activation.whoDecides.trim() ? (
          <p>
            <span className="place-label">{t('emergency:place.whoDecides')}</span> {activation.whoDecides}
          </p>
        ) : null}
        {evacuation.routes.trim() ? (
          <p>
            <span className="place-label">{t('emergency:place.routes')}</span> {evacuation.routes}
          </p>
        ) : null}
      </details>
    </div>
  );
}
