import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from '../../ui';
import { OverviewPage } from './OverviewPage';
import { PlanEditor } from './PlanEditor';
import { StepPage } from './StepPage';

const ReviewPage = lazy(() => import('../review/ReviewPage').then((module) => ({ default: module.ReviewPage })));
const PrintPage = lazy(() => import('../printing/PrintPage').then((module) => ({ default: module.PrintPage })));
const SummaryPage = lazy(() => import('../printing/SummaryPage').then((module) => ({ default: module.SummaryPage })));

/** One plan's screens: the overview and the ten steps with the questionnaire, then review, print and summary on demand. */
export function PlanEditorScreens() {
  return (
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
  );
}
