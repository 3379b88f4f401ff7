import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bcpDeputy,
  bcpLeader,
  expectedRecovery,
  hazardsByScore,
  nextReviewDate,
  reserveMonths,
  riskScore,
  selfCheckOnPath,
  type Hazard,
  type Plan,
  type PlanFieldKey,
  type SelfCheckItem,
  type SelfCheckResult,
} from '../../domain';
import { formatDate, formatMoney, formatNumber, labelledValue, roundedAsShown } from '../../i18n';
import { fieldLabelKey, pathScope } from '../../questionnaire';
import { useEditor } from '../editor/editor-context';
import { PlanIssueList } from '../editor/PlanIssueList';

/** What to fix first (errors, then advice, each with a way to its field), then the self-check, then the plan on one page. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { plan, issues, today, updatePlan } = useEditor();
  const results = selfCheckOnPath(plan, issues, today, pathScope(plan.path));
  const passed = results.filter((result) => result.passed).length;
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');

  useEffect(() => {
    document.title = `${t('review.title')} – ${t('app.name')}`;
  }, [t]);

  const toggleTick = (item: SelfCheckItem, ticked: boolean) => {
    const others = plan.selfCheckTicks.filter((candidate) => candidate !== item);
    updatePlan({ ...plan, selfCheckTicks: ticked ? [...others, item] : others });
  };

  const computed = openFirst(results.filter((result) => result.kind === 'computed'));
  const manual = results.filter((result) => result.kind === 'manual');

  return (
    <div className="review">
      <h1 tabIndex={-1}>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>

      <section aria-labelledby="issues-title">
        <h2 id="issues-title">{t('review.issuesTitle')}</h2>
        {issues.length === 0 ? <p>{t('review.noIssues')}</p> : null}
        {errors.length ? (
          <>
            <h3 className="issues-heading issues-heading-error">{t('issues.errorCount', { count: errors.length })}</h3>
            <PlanIssueList issues={errors} planId={plan.id} />
          </>
        ) : null}
        {warnings.length ? (
          <>
            <h3 className="issues-heading issues-heading-warning">{t('issues.warningCount', { count: warnings.length })}</h3>
            <PlanIssueList issues={warnings} planId={plan.id} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="self-check-title">
        <h2 id="self-check-title">{t('review.selfCheckTitle', { passed, total: results.length })}</h2>
        <ul className="self-check">
          {computed.map((result) => (
            <li key={result.item} className={result.passed ? 'check-passed' : 'check-open'}>
              <span className="check-mark" aria-hidden="true">
                {result.passed ? '✓' : '!'}
              </span>
              <span>
                <span className={result.passed ? 'visually-hidden' : 'check-state'}>{t(result.passed ? 'review.checkPassed' : 'review.checkOpen')}</span>
                <span className="visually-hidden">: </span> {t(`selfCheck.${result.item}`)}
              </span>
            </li>
          ))}
        </ul>
        {manual.length ? (
          <fieldset className="self-check-manual">
            <legend>{t('review.manualTitle')}</legend>
            {manual.map((result) => (
              <label key={result.item} className="choice">
                <input type="checkbox" checked={result.passed} onChange={(event) => toggleTick(result.item, event.target.checked)} />
                {t(`selfCheck.${result.item}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
      </section>

      <PlanSummary plan={plan} />
    </div>
  );
}

/** Open checks before the passed ones, each group in the self-check's own order. */
function openFirst(results: readonly SelfCheckResult[]): SelfCheckResult[] {
  return [...results.filter((result) => !result.passed), ...results.filter((result) => result.passed)];
}

function hazardName(hazard: Hazard, t: ReturnType<typeof useTranslation>['t']): string {
  return hazard.code === 'other' && hazard.label.trim() ? hazard.label : t(`options:hazard.${hazard.code ?? 'other'}`);
}

/**
 * The plan on one page. A fact that is one field of the plan is named by that field's one label (fieldLabelKey),
 * as on the form, the printed plan and the worksheets. common:review keeps a wording of its own only for what the
 * review works out and no single field holds: the cash reserve in months (cash on hand over monthly fixed costs),
 * the next review date (the last review plus its interval), the three hazards with the highest risk score and
 * each scenario's expected recovery against the target recovery times.
 */
function PlanSummary({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const label = (key: PlanFieldKey) => t(fieldLabelKey(key));
  const language = i18n.language;
  const products = [...plan.keyProducts].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const topHazards = hazardsByScore(plan).slice(0, 3);
  const reserve = reserveMonths(plan.finance);
  const reviewDate = nextReviewDate(plan);
  const productName = (id: string) => plan.keyProducts.find((product) => product.id === id)?.name ?? '';
  const none = <p className="summary-none">{t('review.notYetWritten')}</p>;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);

  return (
    <section aria-labelledby="summary-title" className="plan-summary">
      <h2 id="summary-title">{t('review.summaryTitle')}</h2>
      <dl className="summary-facts">
        <dt>{label('company.name')}</dt>
        <dd>{plan.company.name || t('plans.unnamed')}</dd>
        <dt>{label('team.leader.employeeId')}</dt>
        <dd>{nameAndPhone(leader, t('review.notYetWritten'))}</dd>
        <dt>{label('team.deputy.employeeId')}</dt>
        <dd>{nameAndPhone(deputy, t('review.notYetWritten'))}</dd>
        <dt>{label('emergency.evacuation.assemblyPoint')}</dt>
        <dd>{plan.emergency.evacuation.assemblyPoint || t('review.notYetWritten')}</dd>
        {plan.path === 'full' ? (
          <>
            <dt>{t('review.reserve')}</dt>
            <dd>
              {reserve === null
                ? t('review.notYetWritten')
                : t('review.reserveMonths', {
                    count: roundedAsShown(reserve),
                    months: formatNumber(reserve, language),
                    cash: formatMoney(plan.finance.cashOnHand ?? 0, plan.finance.currency, language),
                  })}
            </dd>
          </>
        ) : null}
        <dt>{t('review.nextReview')}</dt>
        <dd>{reviewDate ? formatDate(reviewDate, language) : t('review.notYetWritten')}</dd>
      </dl>

      <h3>{label('keyProducts')}</h3>
      {products.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{label('keyProducts.rank')}</th>
              <th scope="col">{label('keyProducts.name')}</th>
              <th scope="col">{label('keyProducts.rto.value')}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.id}>
                <td>{product.rank ?? '–'}</td>
                <td>{product.name}</td>
                <td>
                  {product.rto.value === null
                    ? '–'
                    : t(`units.${product.rto.unit}`, { count: product.rto.value })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        none
      )}

      {plan.path === 'full' ? (
        <>
          <h3>{t('review.topHazards')}</h3>
          {topHazards.length ? (
            <ul>
              {topHazards.map((hazard) => (
                <li key={hazard.id}>
                  {labelledValue(t, hazardName(hazard, t), t('review.score', { score: riskScore(hazard) ?? '–' }))}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}

          <h3>{t('review.scenarios')}</h3>
          {plan.scenarios.length ? (
            plan.scenarios.map((scenario) => (
              <div key={scenario.id} className="summary-scenario">
                <h4>{t(`options:hazard.${scenario.hazardCode ?? 'other'}`)}</h4>
                <ul>
                  {expectedRecovery(plan, scenario).map((recovery) => (
                    <li key={recovery.keyProductId} className={recovery.meetsRto === false ? 'misses-rto' : undefined}>
                      {recovery.expectedDays === 0
                        ? t('review.recoveryUnaffected', { product: productName(recovery.keyProductId) })
                        : t(recovery.meetsRto === false ? 'review.recoveryMisses' : 'review.recovery', {
                            count: roundedAsShown(recovery.expectedDays),
                            product: productName(recovery.keyProductId),
                            days: formatNumber(recovery.expectedDays, language),
                            rtoDays: recovery.rtoDays === null ? '–' : formatNumber(recovery.rtoDays, language),
                          })}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          ) : (
            none
          )}
        </>
      ) : null}
    </section>
  );
}

/** "Name · phone", the number kept on one line (a phone number broken at its hyphen is misdialled); `none` when both are blank. */
function nameAndPhone({ name, phone }: { name: string; phone: string }, none: string): ReactNode {
  if (!name && !phone) return none;
  return (
    <>
      {name}
      {name && phone ? ' · ' : null}
      {phone ? <span className="phone-number">{phone}</span> : null}
    </>
  );
}
