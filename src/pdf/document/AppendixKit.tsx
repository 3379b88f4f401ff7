/** Appendix C: the emergency kit and when each item was last checked. */
import { View } from '@react-pdf/renderer';
import { NotYetWritten, PartHeading, shown, Table } from './blocks';
import type { PdfContext } from './context';

export function AppendixKit({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  if (plan.kit.length === 0) {
    return (
      <View wrap={false}>
        <PartHeading ctx={ctx} title={t('pdf:appendix.kit')} />
        <NotYetWritten ctx={ctx} />
      </View>
    );
  }
  return (
    <>
      <PartHeading ctx={ctx} title={t('pdf:appendix.kit')} />
      <Table
          ctx={ctx}
          rows={plan.kit}
          columns={[
            { header: t('pdf:column.item'), width: 34, value: (item) => ({ text: shown(item.item), tone: 'strong' }) },
            { header: t('pdf:column.quantity'), width: 16, value: (item) => shown(item.quantity) },
            { header: t('pdf:column.keptAt'), width: 32, value: (item) => shown(item.location) },
            { header: t('pdf:column.lastChecked'), width: 18, value: (item) => ctx.date(item.lastChecked) },
          ]}
        />
    </>
  );
}
