/** Step 5: protection and mitigation measures as an action plan, with the total estimated cost. */
import { Text } from '@react-pdf/renderer';
import { HAZARD_TARGET_PREFIX, HAZARDS, type HazardCode, type Measure } from '../../domain';
import { Block, shown, StepHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { OtherAnswers } from './answers';

const isHazardCode = (value: string): value is HazardCode => (HAZARDS as readonly string[]).includes(value);

/** What a measure protects: a resource by name, or a hazard. */
function targetName(ctx: PdfContext, measure: Measure): string {
  const { target } = measure;
  if (target === null) return '–';
  if (target.startsWith(HAZARD_TARGET_PREFIX)) {
    const code = target.slice(HAZARD_TARGET_PREFIX.length);
    if (!isHazardCode(code)) return '–';
    const hazard = ctx.plan.hazards.find((candidate) => candidate.code === code);
    return ctx.hazardName(hazard ?? { code, label: '' });
  }
  return shown(ctx.resourceById.get(target)?.name);
}

export function Step5Measures({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s } = ctx;
  const costs = plan.measures.map((measure) => measure.costEstimate).filter((cost): cost is number => cost !== null);
  const total = costs.reduce((sum, cost) => sum + cost, 0);

  return (
    <>
      <StepHeading ctx={ctx} step={5} />
      <Block ctx={ctx} title={t('pdf:heading.measures')} empty={plan.measures.length === 0}>
        <Table
          ctx={ctx}
          rows={plan.measures}
          columns={[
            {
              header: t('pdf:column.action'),
              width: 31,
              value: (measure) => ({
                text: shown(measure.action),
                sub: measure.type === null ? undefined : t(`options:measureType.${measure.type}`),
              }),
            },
            { header: t('pdf:column.protects'), width: 17, value: (measure) => targetName(ctx, measure) },
            { header: t('pdf:column.owner'), width: 13, value: (measure) => shown(measure.owner) },
            { header: t('pdf:column.due'), width: 11, value: (measure) => ctx.date(measure.dueDate) },
            { header: t('pdf:column.cost'), width: 16, align: 'right', value: (measure) => ctx.money(measure.costEstimate) },
            {
              header: t('pdf:column.status'),
              width: 12,
              labels: true,
              value: (measure) => ({
                text: t(`options:measureStatus.${measure.status}`),
                tone: measure.status === 'done' ? 'good' : 'normal',
              }),
            },
          ]}
        />
        {costs.length > 0 ? (
          <Text style={s.totalLine}>{t('pdf:note.totalCost', { amount: ctx.money(total) })}</Text>
        ) : null}
      </Block>
      <OtherAnswers ctx={ctx} step={5} />
    </>
  );
}
