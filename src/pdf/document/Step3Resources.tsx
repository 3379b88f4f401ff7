/**
 * Step 3: the resource × key product matrix with bottlenecks marked, the bottlenecks with their
 * substitutes and protective measures, and the suppliers. With more key products than fit as columns,
 * the matrix lists the ranks of the products each resource is needed for instead.
 */
import { Text, View } from '@react-pdf/renderer';
import type { Resource } from '../../domain';
import { formatList } from '../../i18n/join';
import { Block, filled, Note, shown, StepHeading, Table, type Column } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel, OtherAnswers } from './answers';

/** Up to this many key products, each gets its own column in the matrix. */
const MATRIX_PRODUCT_COLUMNS = 12;

interface IndexedResource {
  resource: Resource;
  index: number;
}

export function Step3Resources({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s } = ctx;
  const products = ctx.productsByRank;
  const rows: IndexedResource[] = plan.resources.map((resource, index) => ({ resource, index }));
  const bottlenecks = rows.filter(({ resource }) => resource.isBottleneck);
  const unprotected = ctx.flagged('bottleneck_unprotected', 'resources');
  const asMatrix = products.length > 0 && products.length <= MATRIX_PRODUCT_COLUMNS;

  const resourceColumn = (width: number): Column<IndexedResource> => ({
    header: fieldLabel(ctx, 'resources.name'),
    width,
    // a substitute of a bottleneck prints in the bottleneck table; of any other resource, here
    value: ({ resource }) => ({
      text: shown(resource.name),
      tone: 'strong',
      sub:
        filled(
          resource.quantity,
          resource.isBottleneck || !resource.substituteNote.trim()
            ? ''
            : t('pdf:value.labelled', { label: t('pdf:column.substitute'), value: resource.substituteNote }),
        ).join('\n') || undefined,
    }),
  });
  const typeColumn = (width: number): Column<IndexedResource> => ({
    header: t('pdf:column.type'),
    width,
    labels: true,
    value: ({ resource }) => (resource.category === null ? '–' : t(`options:resourceCategory.${resource.category}`)),
  });
  const bottleneckColumn: Column<IndexedResource> = {
    header: t('pdf:column.bottleneck'),
    width: 13,
    align: 'center',
    value: ({ resource }) => (resource.isBottleneck ? { text: t('pdf:value.yes'), tone: 'alert' } : ''),
  };
  const productWidth = asMatrix ? 41 / products.length : 0;
  const matrixColumns: Column<IndexedResource>[] = asMatrix
    ? [
        resourceColumn(28),
        typeColumn(18),
        ...products.map(
          (product): Column<IndexedResource> => ({
            header: ctx.productNumber(product),
            width: productWidth,
            align: 'center',
            value: ({ resource }) => ({ dot: resource.usedBy.includes(product.id) }),
          }),
        ),
        bottleneckColumn,
      ]
    : [
        resourceColumn(32),
        typeColumn(22),
        {
          header: t('pdf:column.neededFor'),
          width: 33,
          value: ({ resource }) =>
            formatList(
              products.filter((product) => resource.usedBy.includes(product.id)).map((product) => ctx.productNumber(product)),
              ctx.language,
            ) || '–',
        },
        bottleneckColumn,
      ];

  const measuresFor = (resourceId: string): string[] =>
    plan.measures.filter((measure) => measure.target === resourceId && measure.action.trim()).map((measure) => measure.action);

  return (
    <>
      <StepHeading ctx={ctx} step={3} />
      <Block ctx={ctx} title={t('pdf:heading.resourceMatrix')} empty={rows.length === 0}>
        {asMatrix ? (
          <View wrap={false}>
            <Note ctx={ctx}>{t('pdf:note.resourceMatrix')}</Note>
            <View style={s.legend}>
              {products.map((product) => (
                <Text key={product.id} style={s.legendItem}>
                  <Text style={s.smallStrong}>{`${ctx.productNumber(product)}  `}</Text>
                  {shown(product.name)}
                </Text>
              ))}
            </View>
          </View>
        ) : null}
        <Table ctx={ctx} rows={rows} columns={matrixColumns} />
      </Block>

      {bottlenecks.length > 0 ? (
        <Block ctx={ctx} title={t('pdf:heading.bottlenecks')} empty={false}>
          <Table
            ctx={ctx}
            rows={bottlenecks}
            columns={[
              resourceColumn(28),
              {
                header: t('pdf:column.substitute'),
                width: 34,
                value: ({ resource, index }) => ({
                  text: t(resource.substituteAvailable ? 'pdf:value.yes' : 'pdf:value.no'),
                  tone: unprotected.has(index) ? 'alert' : 'strong',
                  sub: resource.substituteNote.trim() || undefined,
                }),
              },
              {
                header: t('steps:5.shortTitle'),
                width: 38,
                value: ({ resource, index }) => {
                  const actions = measuresFor(resource.id);
                  if (actions.length === 0) return { text: '–', tone: unprotected.has(index) ? 'alert' : 'muted' };
                  return actions.length === 1 ? actions[0] ?? '' : actions.map((action) => `• ${action}`).join('\n');
                },
              },
            ]}
          />
        </Block>
      ) : null}

      {plan.suppliers.length > 0 ? (
        <Block ctx={ctx} title={fieldLabel(ctx, 'suppliers')} empty={false}>
          <Table
            ctx={ctx}
            rows={plan.suppliers}
            columns={[
              { header: fieldLabel(ctx, 'resources.supplierId'), width: 24, value: (supplier) => ({ text: shown(supplier.name), tone: 'strong' }) },
              { header: t('pdf:column.supplies'), width: 22, value: (supplier) => shown(supplier.supplies) },
              {
                header: t('pdf:column.contact'),
                width: 30,
                value: (supplier) => ({
                  text: filled(supplier.contactName, supplier.phone).join('\n') || '–',
                  sub: supplier.email.trim() || undefined,
                }),
              },
              {
                header: fieldLabel(ctx, 'suppliers.alternateSupplierId'),
                width: 14,
                value: (supplier) =>
                  supplier.alternateSupplierId === null ? '–' : shown(ctx.supplierById.get(supplier.alternateSupplierId)?.name),
              },
              {
                header: t('pdf:column.deliveryTime'),
                width: 10,
                value: (supplier) => (supplier.leadTimeDays === null ? '–' : ctx.days(supplier.leadTimeDays)),
              },
            ]}
          />
        </Block>
      ) : null}
      <OtherAnswers ctx={ctx} step={3} />
    </>
  );
}
