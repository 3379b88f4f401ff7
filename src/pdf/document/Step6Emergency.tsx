/**
 * Step 6: first actions, activation and evacuation, the safety check and the call tree. The contact
 * lists and the emergency kit are printed in the appendices.
 */
import type { Employee } from '../../domain';
import { Block, filled, KeyValues, Note, NumberedList, shown, StepHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { firstActionItems } from './QuickCard';
import { fieldLabel, OtherAnswers } from './answers';

const person = (employee: Employee | undefined): string =>
  employee === undefined ? '–' : filled(employee.name, employee.mobile).join(' · ') || '–';

export function Step6Emergency({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  const { emergency } = plan;
  const actions = firstActionItems(ctx);
  const method = emergency.safetyCheck.method;

  const response: [string, string][] = [
    [t('pdf:column.whoDecides'), shown(emergency.activation.whoDecides)],
    [t('pdf:column.criteria'), shown(emergency.activation.criteria)],
    [fieldLabel(ctx, 'emergency.evacuation.assemblyPoint'), shown(emergency.evacuation.assemblyPoint)],
    [fieldLabel(ctx, 'emergency.evacuation.routes'), shown(emergency.evacuation.routes)],
    [
      t('pdf:column.safetyCheck'),
      filled(method === null ? '' : t(`options:safetyCheck.${method}`), emergency.safetyCheck.note).join('\n') || '–',
    ],
  ];
  const links = plan.callTree.filter((link) => link.callerId !== null || link.calleeIds.length > 0);

  return (
    <>
      <StepHeading ctx={ctx} step={6} />
      <Block ctx={ctx} title={fieldLabel(ctx, 'emergency.firstActions')} empty={actions.length === 0}>
        <NumberedList ctx={ctx} items={actions} />
      </Block>
      <Block ctx={ctx} title={t('pdf:heading.activation')} empty={false}>
        <KeyValues ctx={ctx} rows={response} />
      </Block>
      <Block ctx={ctx} title={t('pdf:heading.callTree')} empty={links.length === 0}>
        <Table
          ctx={ctx}
          rows={links}
          columns={[
            {
              header: fieldLabel(ctx, 'callTree.callerId'),
              width: 38,
              value: (link) => ({ text: person(ctx.employeeById.get(link.callerId ?? '')), tone: 'strong' }),
            },
            {
              header: t('pdf:column.calls'),
              width: 62,
              value: (link) => link.calleeIds.map((id) => person(ctx.employeeById.get(id))).join('\n') || '–',
            },
          ]}
        />
      </Block>
      <Note ctx={ctx}>{t('pdf:note.seeAppendices')}</Note>
      <OtherAnswers ctx={ctx} step={6} />
    </>
  );
}
