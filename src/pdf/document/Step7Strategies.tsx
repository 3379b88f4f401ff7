/**
 * Step 7: continuity strategies grouped by key product in rank order. Gaps are flagged from the plan's
 * issues: a key product without a strategy, a strategy slower than the product's target recovery time.
 */
import type { KeyProduct, Strategy } from '../../domain';
import { Block, shown, StepHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { COLORS } from './styles';
import { fieldLabel, OtherAnswers } from './answers';

interface StrategyRow {
  product: KeyProduct | undefined;
  /** The first row of its product: the product's name is printed here only. */
  first: boolean;
  strategy: Strategy | undefined;
  /** The strategy's index in plan.strategies. */
  index: number;
}

export function Step7Strategies({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  const withoutStrategy = ctx.flagged('key_product_without_strategy', 'keyProducts');
  const slower = ctx.flagged('strategy_slower_than_rto', 'strategies');
  const indexed = plan.strategies.map((strategy, index) => ({ strategy, index }));

  const rows: StrategyRow[] = ctx.productsByRank.flatMap((product): StrategyRow[] => {
    const own = indexed.filter(({ strategy }) => strategy.keyProductId === product.id);
    if (own.length === 0) {
      return withoutStrategy.has(plan.keyProducts.indexOf(product)) ? [{ product, first: true, strategy: undefined, index: -1 }] : [];
    }
    return own.map(({ strategy, index }, position) => ({ product, first: position === 0, strategy, index }));
  });
  // strategies whose key product is missing or unknown still print, at the end
  rows.push(
    ...indexed
      .filter(({ strategy }) => strategy.keyProductId === null || !ctx.productById.has(strategy.keyProductId))
      .map(({ strategy, index }) => ({ product: undefined, first: true, strategy, index })),
  );

  return (
    <>
      <StepHeading ctx={ctx} step={7} />
      <Block ctx={ctx} title={t('pdf:heading.strategies')} empty={rows.length === 0}>
        <Table
          ctx={ctx}
          rows={rows}
          columns={[
            {
              header: fieldLabel(ctx, 'keyProducts.name'),
              width: 24,
              value: ({ product, first }) =>
                !first
                  ? ''
                  : product === undefined
                    ? '–'
                    : {
                        text: ctx.productLabel(product),
                        tone: 'strong',
                        sub:
                          product.rto.value === null
                            ? undefined
                            : t('pdf:value.labelled', { label: fieldLabel(ctx, 'keyProducts.rto.value'), value: ctx.recoveryTime(product.rto) }),
                      },
            },
            {
              header: t('pdf:column.strategy'),
              width: 20,
              labels: true,
              value: ({ strategy }) =>
                strategy === undefined
                  ? { text: t('pdf:value.noStrategy'), tone: 'alert', fill: COLORS.alertLight }
                  : strategy.type === null
                    ? '–'
                    : t(`options:strategyType.${strategy.type}`),
            },
            {
              header: t('pdf:column.howItWorks'),
              width: 30,
              value: ({ strategy }) =>
                strategy === undefined
                  ? ''
                  : {
                      text: shown(strategy.description),
                      sub: strategy.resourcesNeeded.trim()
                        ? t('pdf:value.labelled', { label: t('pdf:column.needs'), value: strategy.resourcesNeeded })
                        : undefined,
                    },
            },
            { header: t('pdf:column.owner'), width: 12, value: ({ strategy }) => (strategy === undefined ? '' : shown(strategy.owner)) },
            {
              header: t('pdf:column.readyIn'),
              width: 14,
              value: ({ strategy, index }) => {
                if (strategy === undefined) return '';
                if (strategy.achievableDays === null) return '–';
                const days = ctx.days(strategy.achievableDays);
                return slower.has(index)
                  ? { text: days, tone: 'alert', fill: COLORS.alertLight, sub: t('pdf:value.slower') }
                  : { text: days, tone: 'good' };
              },
            },
          ]}
        />
      </Block>
      <OtherAnswers ctx={ctx} step={7} />
    </>
  );
}
