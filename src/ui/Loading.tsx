import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen that loads on first use, with a "Loading…" line while it arrives. */
export function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{children}</Suspense>;
}
