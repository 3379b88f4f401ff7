import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { isLanguageCode } from '../i18n';
import { prepareLanguageOffline } from './language-packs';
import { OverviewPage } from './OverviewPage';
import { PlanEditor } from './PlanEditor';
import { PlansListPage } from './PlansListPage';
import { RepositoryProvider } from './repository-context';
import { StepPage } from './StepPage';

/** Screens outside the plans list and the questionnaire load when first opened, keeping the first download small. */
const ReviewPage = lazy(() => import('./ReviewPage').then((module) => ({ default: module.ReviewPage })));
const PrintPage = lazy(() => import('./PrintPage').then((module) => ({ default: module.PrintPage })));
const SummaryPage = lazy(() => import('./SummaryPage').then((module) => ({ default: module.SummaryPage })));
const WorksheetsPage = lazy(() => import('./WorksheetsPage').then((module) => ({ default: module.WorksheetsPage })));
const BatchPrintPage = lazy(() => import('./BatchPrintPage').then((module) => ({ default: module.BatchPrintPage })));
const NotFoundPage = lazy(() => import('./NotFoundPage').then((module) => ({ default: module.NotFoundPage })));
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((module) => ({ default: module.UpdatePrompt })));

/**
 * The plan editor's addresses: /plans/:planId, and below it steps/:step, review, print and summary. Any
 * other address under /plans/:planId is not found.
 */
const PLAN_EDITOR_PATH = /^\/plans\/(?<planId>[^/]+)(?:\/(?:steps\/[^/]+|review|print|summary))?\/?$/i;

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{children}</Suspense>;
}

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  useEffect(() => {
    const prepare = (language: string) => {
      if (isLanguageCode(language)) void prepareLanguageOffline(language).catch(() => undefined);
    };
    prepare(i18n.language);
    i18n.on('languageChanged', prepare);
    return () => i18n.off('languageChanged', prepare);
  }, [i18n]);

  return (
    <RepositoryProvider>
      <Switch>
        <Route path="/">
          <PlansListPage />
        </Route>
        <Route path="/worksheets">
          <Loading>
            <WorksheetsPage />
          </Loading>
        </Route>
        <Route path="/print-plans">
          <Loading>
            <BatchPrintPage />
          </Loading>
        </Route>
        <Route path={PLAN_EDITOR_PATH}>
          <PlanEditor>
            <Switch>
              <Route path="/plans/:planId">
                <OverviewPage />
              </Route>
              <Route path="/plans/:planId/steps/:step">
                <StepPage />
              </Route>
              <Route path="/plans/:planId/review">
                <Loading>
                  <ReviewPage />
                </Loading>
              </Route>
              <Route path="/plans/:planId/print">
                <Loading>
                  <PrintPage />
                </Loading>
              </Route>
              <Route path="/plans/:planId/summary">
                <Loading>
                  <SummaryPage />
                </Loading>
              </Route>
            </Switch>
          </PlanEditor>
        </Route>
        <Route>
          <Loading>
            <NotFoundPage />
          </Loading>
        </Route>
      </Switch>
      <Suspense>
        <UpdatePrompt />
      </Suspense>
    </RepositoryProvider>
  );
}
