/** Step 8: costs, cash and the months of reserve; insurance policies and emergency credit. */
import { reserveMonths } from '../../domain';
import { roundedAsShown } from '../../i18n/format';
import { Block, filled, KeyValues, shown, StepHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { answerRows, fieldLabel, OtherAnswers } from './answers';

export function Step8Finance({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  const { finance } = plan;
  const months = reserveMonths(finance);
  const hasFigures = [finance.monthlyFixedCosts, finance.cashOnHand, finance.estimatedRecoveryCost].some((value) => value !== null);
  const empty = !hasFigures && finance.insurance.length === 0 && finance.credit.length === 0;

  const money = (value: unknown) => ctx.money(typeof value === 'number' ? value : null);
  const amounts = answerRows(ctx, ['finance.monthlyFixedCosts', 'finance.cashOnHand', 'finance.estimatedRecoveryCost'], {
    format: { 'finance.monthlyFixedCosts': money, 'finance.cashOnHand': money, 'finance.estimatedRecoveryCost': money },
  });
  const reserve: [string, string] = [
      t('pdf:column.reserve'),
      months === null
        ? '–'
        : t('common:review.reserveMonths', {
            count: roundedAsShown(months, 1),
            months: ctx.number(months, 1),
            cash: ctx.money(finance.cashOnHand),
          }),
  ];
  // the reserve (cash ÷ fixed costs) right after the two figures it comes from
  const figures = [...amounts.slice(0, 2), reserve, ...amounts.slice(2)];

  return (
    <>
      <StepHeading ctx={ctx} step={8} />
      {empty ? (
        <Block ctx={ctx} title={t('pdf:heading.costs')} empty />
      ) : (
        <>
          {hasFigures ? (
            <Block ctx={ctx} title={t('pdf:heading.costs')} empty={false}>
              <KeyValues ctx={ctx} rows={figures} />
            </Block>
          ) : null}
          <Block ctx={ctx} title={t('pdf:heading.insurance')} empty={finance.insurance.length === 0}>
            <Table
              ctx={ctx}
              rows={finance.insurance}
              columns={[
                {
                  header: t('pdf:column.type'),
                  width: 28,
                  // the policy number as the quieter second line, where a long number has room
                  value: (policy) => ({
                    text: shown(policy.type),
                    tone: 'strong',
                    sub: policy.policyNo.trim() ? t('pdf:value.labelled', { label: t('pdf:column.policyNo'), value: policy.policyNo }) : undefined,
                  }),
                },
                { header: t('pdf:column.insurer'), width: 22, value: (policy) => shown(policy.insurer) },
                { header: fieldLabel(ctx, 'finance.insurance.coverage'), width: 32, value: (policy) => shown(policy.coverage) },
                { header: t('pdf:column.claimsPhone'), width: 18, value: (policy) => shown(policy.phone) },
              ]}
            />
          </Block>
          {finance.credit.length > 0 ? (
            <Block ctx={ctx} title={fieldLabel(ctx, 'finance.credit')} empty={false}>
              <Table
                ctx={ctx}
                rows={finance.credit}
                columns={[
                  { header: fieldLabel(ctx, 'finance.credit.lender'), width: 40, value: (line) => ({ text: shown(line.lender), tone: 'strong' }) },
                  { header: t('pdf:column.type'), width: 35, value: (line) => filled(line.type).join('') || '–' },
                  { header: fieldLabel(ctx, 'finance.credit.amount'), width: 25, align: 'right', value: (line) => ctx.money(line.amount) },
                ]}
              />
            </Block>
          ) : null}
        </>
      )}
      <OtherAnswers ctx={ctx} step={8} />
    </>
  );
}
