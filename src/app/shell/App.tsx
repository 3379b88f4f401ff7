import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { isLanguageCode } from '../../i18n';
import { prepareLanguageOffline } from '../offline/language-packs';
import { Loading } from '../../ui';
import { PlansListPage } from '../plans/PlansListPage';
import { RepositoryProvider } from './repository-context';
import { useFocusOnRouteChange } from './route-focus';

/** Screens other than the plans list load when first opened, keeping the first download small. */
const PlanEditorScreens = lazy(() => import('../editor/PlanEditorScreens').then((module) => ({ default: module.PlanEditorScreens })));
const WorksheetsPage = lazy(() => import('../printing/WorksheetsPage').then((module) => ({ default: module.WorksheetsPage })));
const BatchPrintPage = lazy(() => import('../printing/BatchPrintPage').then((module) => ({ default: module.BatchPrintPage })));
const EmergencyScreen = lazy(() => import('../emergency/EmergencyScreen').then((module) => ({ default: module.EmergencyScreen })));
const NotFoundPage = lazy(() => import('./NotFoundPage').then((module) => ({ default: module.NotFoundPage })));
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((module) => ({ default: module.UpdatePrompt })));

/**
 * The plan editor's addresses: /plans/:planId, and below it steps/:step, review, print and summary. Any
 * other address under /plans/:planId is not found.
 */
const PLAN_EDITOR_PATH = /^\/plans\/(?<planId>[^/]+)(?:\/(?:steps\/[^/]+|review|print|summary))?\/?$/i;

/** A plan's emergency screen: /plans/:planId/emergency, then new (start one) or the id of an incident. */
const EMERGENCY_PATH = /^\/plans\/(?<planId>[^/]+)\/emergency(?:\/(?<incidentId>[^/]+))?\/?$/i;

export function App() {
  const { t, i18n } = useTranslation();
  useFocusOnRouteChange();
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
        <Route path={EMERGENCY_PATH}>
          <Loading>
            <EmergencyScreen />
          </Loading>
        </Route>
        <Route path={PLAN_EDITOR_PATH}>
          <Loading>
            <PlanEditorScreens />
          </Loading>
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
