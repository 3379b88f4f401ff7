/** Appendix C: the emergency kit and when each item was last checked. */
import { View } from '@react-pdf/renderer';
import { NotYetWritten, PartHeading, shown, Table } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel } from './answers';

export function AppendixKit({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  if (plan.kit.length === 0) {
    return (
      <View wrap={false}>
        <PartHeading ctx={ctx} title={t('pdf:appendix.kit')} first />
        <NotYetWritten ctx={ctx} />
      </View>
    );
  }
  return (
    <>
      <PartHeading ctx={ctx} title={t('pdf:appendix.kit')} first />
      <Table
          ctx={ctx}
          rows={plan.kit}
          columns={[
            { header: fieldLabel(ctx, 'kit.item'), width: 34, value: (item) => ({ text: shown(item.item), tone: 'strong' }) },
            { header: fieldLabel(ctx, 'kit.quantity'), width: 16, value: (item) => shown(item.quantity) },
            { header: t('pdf:column.keptAt'), width: 32, value: (item) => shown(item.location) },
            { header: fieldLabel(ctx, 'kit.lastChecked'), width: 18, value: (item) => ctx.date(item.lastChecked) },
          ]}
        />
    </>
  );
}
