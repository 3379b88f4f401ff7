import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Plan } from '../../domain';

/** One tap to the plan's emergency screen, which resumes an incident still open. */
export function EmergencyLink({ plan, name }: { plan: Plan; name?: string }) {
  const { t } = useTranslation();
  return (
    <Link className="button emergency-link" to={`/plans/${plan.id}/emergency`}>
      <span aria-hidden="true">⚠</span> {t('emergency:open')}
      {name ? <span className="visually-hidden">: {name}</span> : null}
    </Link>
  );
}
