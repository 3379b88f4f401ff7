/** Step 2: key products ranked, with their target recovery times, reasons and impact ratings. */
import { IMPACT_AREAS, type KeyProduct } from '../../domain';
import { Block, shown, StepHeading, Table, type Column } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel, OtherAnswers } from './answers';

const IMPACT_HEADERS = {
  financial: 'pdf:column.impactIncome',
  customers: 'pdf:column.impactCustomers',
  reputation: 'pdf:column.impactReputation',
  legal: 'pdf:column.impactLegal',
} as const satisfies Record<(typeof IMPACT_AREAS)[number], string>;

export function Step2KeyProducts({ ctx }: { ctx: PdfContext }) {
  const { t } = ctx;
  const products = ctx.productsByRank;
  const rated = products.filter(
    (product) => product.reasons.length > 0 || IMPACT_AREAS.some((area) => product.impact[area] !== null),
  );

  const impactColumns: Column<KeyProduct>[] = IMPACT_AREAS.map((area) => ({
    header: t(IMPACT_HEADERS[area]),
    width: 12,
    labels: true,
    value: (product) => {
      const level = product.impact[area];
      return level === null ? { text: '–', tone: 'muted' } : { text: t(`options:impactLevel.${level}`), tone: level >= 3 ? 'strong' : 'normal' };
    },
  }));

  return (
    <>
      <StepHeading ctx={ctx} step={2} />
      <Block ctx={ctx} title={t('pdf:heading.keyProducts')} empty={products.length === 0}>
        <Table
          ctx={ctx}
          rows={products}
          columns={[
            { header: t('pdf:column.rank'), width: 7, align: 'center', value: (product) => ({ text: ctx.productNumber(product), tone: 'strong' }) },
            {
              header: fieldLabel(ctx, 'keyProducts.name'),
              width: 35,
              value: (product) => ({ text: shown(product.name), tone: 'strong', sub: product.description.trim() || undefined }),
            },
            { header: fieldLabel(ctx, 'keyProducts.customers'), width: 28, value: (product) => shown(product.customers) },
            { header: fieldLabel(ctx, 'keyProducts.rto.value'), width: 16, value: (product) => ({ text: ctx.recoveryTime(product.rto), tone: 'strong' }) },
            {
              header: t('pdf:column.minimumLevel'),
              width: 14,
              align: 'right',
              value: (product) =>
                product.minimumLevelPct === null ? '–' : `${ctx.number(product.minimumLevelPct, 0)}%`,
            },
          ]}
        />
      </Block>
      {rated.length > 0 ? (
        <Block ctx={ctx} title={t('pdf:heading.whyKey')} empty={false}>
          <Table
            ctx={ctx}
            rows={rated}
            columns={[
              { header: t('pdf:column.rank'), width: 7, align: 'center', value: (product) => ({ text: ctx.productNumber(product), tone: 'strong' }) },
              {
                header: t('pdf:column.reasons'),
                width: 45,
                value: (product) => product.reasons.map((reason) => t(`options:productReason.${reason}`)).join('\n') || '–',
              },
              ...impactColumns,
            ]}
          />
        </Block>
      ) : null}
      <OtherAnswers ctx={ctx} step={2} />
    </>
  );
}
