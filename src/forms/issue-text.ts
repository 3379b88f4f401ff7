import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../i18n';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type IssueParams = Readonly<Record<string, string | number>>;

/** Translates a validation message, with its dates and numbers written the reader's way. */
export function useIssueText(): (code: string, params?: IssueParams) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (code, params = {}) =>
      t(
        `validation:${code}`,
        Object.fromEntries(
          Object.entries(params).map(([name, value]) => [
            name,
            typeof value === 'number'
              ? formatNumber(value, language, 2)
              : ISO_DATE.test(value)
                ? formatDate(value, language)
                : value,
          ]),
        ),
      ),
    [t, language],
  );
}
