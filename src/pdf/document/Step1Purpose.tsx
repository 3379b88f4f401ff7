/** Step 1: the business, what the plan protects, its purpose and scope, and the BCP team. */
import { bcpDeputy, bcpLeader } from '../../domain';
import { Block, KeyValues, NumberedList, Paragraph, shown, StepHeading, SubHeading, Table } from './blocks';
import { labelledValue } from '../../i18n/join';
import type { PdfContext } from './context';
import { answerRows, fieldLabel, OtherAnswers } from './answers';

interface TeamRow {
  role: string;
  name: string;
  position: string;
  phone: string;
  email: string;
}

export function Step1Purpose({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  const { company, purpose, scope, team } = plan;

  const business: [string, string | string[]][] = [
    [t('pdf:column.name'), shown(company.name)],
    [t('pdf:column.address'), shown(company.address)],
  ];
  if (company.industry !== null) business.push([fieldLabel(ctx, 'company.industry'), t(`options:industry.${company.industry}`)]);
  if (company.employeeCount !== null) business.push([t('pdf:column.employees'), ctx.number(company.employeeCount, 0)]);
  if (company.sites.length > 0) {
    business.push([fieldLabel(ctx, 'company.sites'), company.sites.map((site) => labelledValue(t, site.name, site.address))]);
  }

  const teamRows: TeamRow[] = [];
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  if (leader.employee !== null) {
    teamRows.push({ role: fieldLabel(ctx, 'team.leader.employeeId'), name: leader.name, position: leader.position, phone: leader.phone, email: leader.email });
  }
  if (deputy.employee !== null) {
    teamRows.push({ role: fieldLabel(ctx, 'team.deputy.employeeId'), name: deputy.name, position: '', phone: deputy.phone, email: '' });
  }
  for (const member of team.members) {
    teamRows.push({
      role: member.role.trim() || t('pdf:value.teamMember'),
      name: member.name,
      position: member.section,
      phone: member.phone,
      email: '',
    });
  }

  return (
    <>
      <StepHeading ctx={ctx} step={1} />
      <SubHeading ctx={ctx}>{t('pdf:heading.business')}</SubHeading>
      <KeyValues ctx={ctx} rows={business} />

      <Block ctx={ctx} title={t('pdf:heading.priorities')} empty={purpose.priorities.length === 0}>
        <NumberedList ctx={ctx} items={purpose.priorities.map((priority) => ({ text: t(`options:priority.${priority}`) }))} />
      </Block>

      <Block ctx={ctx} title={t('pdf:heading.purpose')} empty={purpose.statement.trim() === ''}>
        <Paragraph ctx={ctx}>{purpose.statement}</Paragraph>
      </Block>

      <Block ctx={ctx} title={t('pdf:heading.scope')} empty={scope.sections.length === 0 && scope.exclusions.trim() === ''}>
        <Table
          ctx={ctx}
          rows={scope.sections}
          columns={[
            { header: t('pdf:column.section'), width: 30, value: (section) => ({ text: shown(section.name), tone: 'strong' }) },
            { header: t('pdf:column.location'), width: 30, value: (section) => shown(section.location) },
            { header: t('pdf:column.whyCritical'), width: 40, value: (section) => shown(section.whyCritical) },
          ]}
        />
        {scope.exclusions.trim() ? <KeyValues ctx={ctx} rows={answerRows(ctx, ['scope.exclusions'])} /> : null}
      </Block>

      <Block ctx={ctx} title={t('pdf:heading.team')} empty={teamRows.length === 0}>
        <Table
          ctx={ctx}
          rows={teamRows}
          columns={[
            { header: t('pdf:column.role'), width: 18, value: (row) => ({ text: row.role, tone: 'strong' }) },
            { header: t('pdf:column.name'), width: 22, value: (row) => shown(row.name) },
            { header: t('pdf:column.position'), width: 24, value: (row) => shown(row.position) },
            {
              header: t('pdf:column.contact'),
              width: 36,
              // emails as the quieter second line: a long address is one word and cannot wrap
              value: (row) => ({ text: shown(row.phone), sub: row.email.trim() || undefined }),
            },
          ]}
        />
        {team.leader.authority.trim() ? <KeyValues ctx={ctx} rows={answerRows(ctx, ['team.leader.authority'])} /> : null}
      </Block>
      <OtherAnswers ctx={ctx} step={1} />
    </>
  );
}
