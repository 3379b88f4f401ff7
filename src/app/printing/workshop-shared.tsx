/**
 * Pieces the workshop kit's screens share: the page frame (header with the way back to the plans), the
 * links from the plans list.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AppHeader } from '../../ui';

/** On the plans list: where a trainer finds the workshop prints. */
export function WorkshopLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="workshop-links-title" className="workshop-links">
      <h2 id="workshop-links-title">{t('worksheets:ui.links.title')}</h2>
      <ul>
        <li>
          <Link to="/worksheets">{t('worksheets:ui.links.worksheets')}</Link>
        </li>
        <li>
          <Link to="/print-plans">{t('worksheets:ui.links.batch')}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function WorkshopPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader />
      <main className="page print-page" id="main" tabIndex={-1}>
        <p>
          <Link to="/">← {t('nav.allPlans')}</Link>
        </p>
        {children}
      </main>
    </>
  );
}
