import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** One error or warning as the list shows it: its words already written for the screen. */
export interface IssueListItem {
  key: string;
  severity: 'error' | 'warning';
  /** What is wrong; on the review it starts with the step ("In step 3: …"). */
  text: string;
  /** The id of the field's control, on the page that shows it. */
  anchor: string;
  /** The step page that holds the field (on the review): a "Fix" link goes there. Without it, the text is a link on this page. */
  fixPath?: string;
}

interface IssueListProps<Item extends IssueListItem> {
  items: readonly Item[];
  /** The text of an item without `fixPath` was selected: move to its field on this page. */
  onSelect?: (item: Item) => void;
}

/** Errors and warnings, each a link to the field it is about: on the review, a "Fix" button after the text. */
export function IssueList<Item extends IssueListItem>({ items, onSelect }: IssueListProps<Item>) {
  const { t } = useTranslation();
  return (
    <ul className="issue-list">
      {items.map((item) => {
        const content = (
          <>
            <span className="visually-hidden">{t(item.severity === 'error' ? 'issues.error' : 'issues.warning')}: </span>
            {item.text}
          </>
        );
        return (
          <li key={item.key} className={`issue issue-${item.severity}`}>
            <span aria-hidden="true">{item.severity === 'error' ? '✖ ' : '⚠ '}</span>
            {item.fixPath ? (
              <>
                <span className="issue-text" aria-hidden="true">
                  {content}
                </span>
                <Link className="button fix-button" to={`${item.fixPath}#${item.anchor}`}>
                  {t('review.fix')}
                  <span className="visually-hidden">: {content}</span>
                </Link>
              </>
            ) : (
              <a
                href={`#${item.anchor}`}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect?.(item);
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
