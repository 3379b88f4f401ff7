import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { isLanguageCode } from '../i18n';
import { prepareLanguageOffline } from './language-packs';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './OverviewPage';
import { PlanEditor } from './PlanEditor';
import { PlansListPage } from './PlansListPage';
import { PrintPage } from './PrintPage';
import { RepositoryProvider } from './repository-context';
import { ReviewPage } from './ReviewPage';
import { StepPage } from './StepPage';
import { UpdatePrompt } from './UpdatePrompt';

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
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<PlansListPage />} />
          <Route path="/plans/:planId" element={<PlanEditor />}>
            <Route index element={<OverviewPage />} />
            <Route path="steps/:step" element={<StepPage />} />
            <Route path="review" element={<ReviewPage />} />
            <Route path="print" element={<PrintPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
      <UpdatePrompt />
    </RepositoryProvider>
  );
}
