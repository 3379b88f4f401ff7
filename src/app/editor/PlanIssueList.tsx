import { useTranslation } from 'react-i18next';
import { stepPosition, type PlanIssue } from '../../domain';
import { controlId, useIssueText } from '../../forms';
import { pathScope } from '../../questionnaire';
import { IssueList } from '../../ui/IssueList';
import { useEditor } from './editor-context';

interface PlanIssueListProps {
  issues: readonly PlanIssue[];
  /** Links to the step pages of this plan (the review). Without it, selecting an issue calls onSelect on the same page. */
  planId?: string;
  onSelect?: (issue: PlanIssue) => void;
}

/**
 * The plan's errors and warnings in words: on the review each names its step as the plan's path counts it
 * and links to that step page; on a step page each moves to its field.
 */
export function PlanIssueList({ issues, planId, onSelect }: PlanIssueListProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const scope = pathScope(useEditor().plan.path);
  const items = issues.map((issue, index) => {
    const text = issueText(issue.code, issue.params);
    return {
      issue,
      key: `${issue.code}-${issue.path.join('.')}-${index}`,
      severity: issue.severity,
      text: planId ? `${t('issues.inStep', { number: stepPosition(scope, issue.step) ?? issue.step })} ${text}` : text,
      anchor: controlId(issue.path.join('.')),
      fixPath: planId ? `/plans/${planId}/steps/${issue.step}` : undefined,
    };
  });
  return <IssueList items={items} onSelect={(item) => onSelect?.(item.issue)} />;
}
