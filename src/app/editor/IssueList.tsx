import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { stepPosition, type PlanIssue } from '../../domain';
import { controlId, useIssueText } from '../../forms';
import { pathScope } from '../../questionnaire';
import { useEditor } from './editor-context';

interface IssueListProps {
  issues: readonly PlanIssue[];
  /** Links to the step pages of this plan. Without it, selecting an issue calls onSelect on the same page. */
  planId?: string;
  onSelect?: (issue: PlanIssue) => void;
}

/** Errors and warnings, each a link to the field it is about: on the review, a "Fix" button after the text. */
export function IssueList({ issues, planId, onSelect }: IssueListProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const scope = pathScope(useEditor().plan.path);
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => {
        const anchor = controlId(issue.path.join('.'));
        const content = (
          <>
            <span className="visually-hidden">{t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}: </span>
            {planId ? `${t('issues.inStep', { number: stepPosition(scope, issue.step) ?? issue.step })} ` : ''}
            {issueText(issue.code, issue.params)}
          </>
        );
        return (
          <li key={`${issue.code}-${issue.path.join('.')}-${index}`} className={`issue issue-${issue.severity}`}>
            <span aria-hidden="true">{issue.severity === 'error' ? '✖ ' : '⚠ '}</span>
            {planId ? (
              <>
                <span className="issue-text" aria-hidden="true">
                  {content}
                </span>
                <Link className="button fix-button" to={`/plans/${planId}/steps/${issue.step}#${anchor}`}>
                  {t('review.fix')}
                  <span className="visually-hidden">: {content}</span>
                </Link>
              </>
            ) : (
              <a
                href={`#${anchor}`}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect?.(issue);
                }}
              >
                {content}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
