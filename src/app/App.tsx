import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './OverviewPage';
import { PlanEditor } from './PlanEditor';
import { PlansListPage } from './PlansListPage';
import { RepositoryProvider } from './repository-context';
import { ReviewPage } from './ReviewPage';
import { StepPage } from './StepPage';

export function App() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  return (
    <RepositoryProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<PlansListPage />} />
          <Route path="/plans/:planId" element={<PlanEditor />}>
            <Route index element={<OverviewPage />} />
            <Route path="steps/:step" element={<StepPage />} />
            <Route path="review" element={<ReviewPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
    </RepositoryProvider>
  );
}
