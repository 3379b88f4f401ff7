/** Appendix A: the self-check, one line per item, and how many open points the plan still has. */
import { Text } from '@react-pdf/renderer';
import { selfCheck } from '../../domain';
import { formatList } from '../../i18n/join';
import { PartHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { COLORS } from './styles';

export function AppendixSelfCheck({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s, issues } = ctx;
  const results = selfCheck(plan, issues, ctx.printedAt);
  const passed = results.filter((result) => result.passed).length;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const counts = [
    ...(errors > 0 ? [t('common:issues.errorCount', { count: errors })] : []),
    ...(warnings > 0 ? [t('common:issues.warningCount', { count: warnings })] : []),
  ];

  return (
    <>
      <PartHeading ctx={ctx} title={t('pdf:appendix.selfCheck')} first />
      <Text style={s.subHeading}>{t('common:review.selfCheckTitle', { passed, total: results.length })}</Text>
      <Table
        ctx={ctx}
        rows={results}
        columns={[
          {
            header: t('pdf:column.result'),
            width: 16,
            value: (result) =>
              result.passed
                ? { text: t('common:review.checkPassed'), tone: 'good', fill: COLORS.goodLight }
                : { text: t('common:review.checkOpen'), tone: 'alert', fill: COLORS.alertLight },
          },
          {
            header: t('pdf:column.check'),
            width: 84,
            value: (result) => ({
              text: t(`common:selfCheck.${result.item}`),
              sub: result.kind === 'manual' ? t('pdf:note.manualCheck') : undefined,
            }),
          },
        ]}
      />
      {counts.length > 0 ? (
        <Text style={s.body}>{t('pdf:value.labelled', { label: t('pdf:note.openPoints'), value: formatList(counts, ctx.language) })}</Text>
      ) : null}
    </>
  );
}
