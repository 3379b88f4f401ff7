import { useTranslation } from 'react-i18next';
import { nextReviewDate, reviewUrgency, type Plan } from '../../domain';
import { formatDate, formatDateTime } from '../../i18n';
import type { BackupState } from '../../persistence';

/** On a plan's card: when its review is due (flagged within 30 days and once overdue), and whether it needs a backup. */
export function PlanCardMarks({ plan, today, backup }: { plan: Plan; today: Date; backup: BackupState }) {
  const { t, i18n } = useTranslation();
  const reviewDate = nextReviewDate(plan);
  const urgency = reviewUrgency(plan, today);
  return (
    <>
      {reviewDate ? (
        <p className={urgency ? `review-${urgency}` : undefined}>
          {urgency ? <span aria-hidden="true">⚠ </span> : null}
          {t(urgency === 'overdue' ? 'plans.reviewOverdue' : urgency === 'due_soon' ? 'files:review.dueSoon' : 'plans.nextReview', {
            date: formatDate(reviewDate, i18n.language),
          })}
        </p>
      ) : null}
      {backup.status === 'needs_backup' ? (
        <p className="backup-needed">
          {backup.lastExport === null
            ? t('files:backup.never')
            : t('files:backup.since', { date: formatDateTime(backup.lastExport, i18n.language) })}
        </p>
      ) : null}
    </>
  );
}
