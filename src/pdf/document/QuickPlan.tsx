/**
 * The Quick plan's own pages, after its cover and emergency quick card: what the Quick path asks and
 * nothing more. The business and its BCP team, the key products with their target recovery times, the
 * emergency response, the contact lists (and the call tree when there is one) and the review date. A
 * part the Quick path does not ask is left out, not printed as "Not yet written".
 */
import { bcpDeputy, bcpLeader, isReviewOverdue, nextReviewDate } from '../../domain';
import { Block, filled, KeyValues, NumberedList, Paragraph, PartHeading, shown, SubHeading, Table } from './blocks';
import { ContactLists } from './AppendixContacts';
import type { PdfContext } from './context';
import { firstActionItems } from './QuickCard';
import { stepsForPath } from '../../questionnaire';
import { fieldLabel, OtherAnswers } from './answers';

/** The titles of the Quick plan's parts, in print order (also its cover's contents). */
export function quickPlanTitles({ t }: PdfContext) {
  return {
    business: t('pdf:heading.business'),
    keyProducts: t('steps:2.title'),
    emergency: t('steps:6.title'),
    contacts: t('pdf:quickPlan.contacts'),
    review: t('steps:10.title'),
  };
}

function Business({ ctx, title }: { ctx: PdfContext; title: string }) {
  const { plan, t } = ctx;
  const { company, purpose } = plan;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const business: [string, string][] = [[t('pdf:column.name'), shown(company.name)]];
  if (company.address.trim()) business.push([t('pdf:column.address'), company.address]);
  if (company.industry !== null) business.push([fieldLabel(ctx, 'company.industry'), t(`options:industry.${company.industry}`)]);
  if (company.employeeCount !== null) business.push([t('pdf:column.employees'), ctx.number(company.employeeCount, 0)]);
  const people: [string, string[]][] = [
    [fieldLabel(ctx, 'team.leader.employeeId'), filled(leader.name, leader.position, leader.phone, leader.email)],
    [fieldLabel(ctx, 'team.deputy.employeeId'), filled(deputy.name, deputy.phone)],
  ];
  const teamRows = people.filter(([, value]) => value.length > 0);

  return (
    <>
      <PartHeading ctx={ctx} title={title} first />
      <KeyValues ctx={ctx} rows={business} />
      {purpose.priorities.length > 0 ? (
        <>
          <SubHeading ctx={ctx}>{t('pdf:heading.priorities')}</SubHeading>
          <NumberedList ctx={ctx} items={purpose.priorities.map((priority) => ({ text: t(`options:priority.${priority}`) }))} />
        </>
      ) : null}
      {purpose.statement.trim() ? (
        <>
          <SubHeading ctx={ctx}>{t('pdf:heading.purpose')}</SubHeading>
          <Paragraph ctx={ctx}>{purpose.statement}</Paragraph>
        </>
      ) : null}
      {teamRows.length > 0 ? (
        <>
          <SubHeading ctx={ctx}>{t('pdf:heading.team')}</SubHeading>
          <KeyValues ctx={ctx} rows={teamRows} />
        </>
      ) : null}
    </>
  );
}

function KeyProducts({ ctx, title }: { ctx: PdfContext; title: string }) {
  const { t } = ctx;
  return (
    <>
      <PartHeading ctx={ctx} title={title} />
      <Block ctx={ctx} title={t('pdf:heading.keyProducts')} empty={ctx.productsByRank.length === 0}>
        <Table
          ctx={ctx}
          rows={ctx.productsByRank}
          columns={[
            { header: t('pdf:column.rank'), width: 10, align: 'center', value: (product) => ({ text: ctx.productNumber(product), tone: 'strong' }) },
            { header: fieldLabel(ctx, 'keyProducts.name'), width: 60, value: (product) => ({ text: shown(product.name), tone: 'strong' }) },
            { header: fieldLabel(ctx, 'keyProducts.rto.value'), width: 30, value: (product) => ({ text: ctx.recoveryTime(product.rto), tone: 'strong' }) },
          ]}
        />
      </Block>
    </>
  );
}

function Emergency({ ctx, title }: { ctx: PdfContext; title: string }) {
  const { plan, t } = ctx;
  const { activation, evacuation } = plan.emergency;
  const actions = firstActionItems(ctx);
  const response: [string, string][] = [[t('pdf:column.whoDecides'), shown(activation.whoDecides)]];
  if (activation.criteria.trim()) response.push([t('pdf:column.criteria'), activation.criteria]);
  response.push([fieldLabel(ctx, 'emergency.evacuation.assemblyPoint'), shown(evacuation.assemblyPoint)]);

  return (
    <>
      <PartHeading ctx={ctx} title={title} />
      <Block ctx={ctx} title={fieldLabel(ctx, 'emergency.firstActions')} empty={actions.length === 0}>
        <NumberedList ctx={ctx} items={actions} />
      </Block>
      <SubHeading ctx={ctx}>{t('pdf:heading.activation')}</SubHeading>
      <KeyValues ctx={ctx} rows={response} />
    </>
  );
}

function Contacts({ ctx, title }: { ctx: PdfContext; title: string }) {
  const { plan, t } = ctx;
  const person = (id: string | null): string => {
    const employee = ctx.employeeById.get(id ?? '');
    return employee === undefined ? '–' : filled(employee.name, employee.mobile).join(' · ') || '–';
  };
  const links = plan.callTree.filter((link) => link.callerId !== null && link.calleeIds.length > 0);

  return (
    <>
      <PartHeading ctx={ctx} title={title} />
      <ContactLists ctx={ctx} />
      {links.length > 0 ? (
        <>
          <SubHeading ctx={ctx}>{t('pdf:heading.callTree')}</SubHeading>
          <Table
            ctx={ctx}
            rows={links}
            columns={[
              { header: fieldLabel(ctx, 'callTree.callerId'), width: 38, value: (link) => ({ text: person(link.callerId), tone: 'strong' }) },
              { header: t('pdf:column.calls'), width: 62, value: (link) => link.calleeIds.map(person).join('\n') },
            ]}
          />
        </>
      ) : null}
    </>
  );
}

function Review({ ctx, title }: { ctx: PdfContext; title: string }) {
  const { plan, t } = ctx;
  const next = nextReviewDate(plan);
  const rows: [string, string][] = [[t('pdf:column.frequency'), t(`options:reviewFrequency.${plan.review.frequencyMonths}`)]];
  if (plan.review.lastReviewed.trim()) rows.push([t('pdf:column.lastReviewed'), ctx.date(plan.review.lastReviewed)]);
  if (next !== null) {
    rows.push([t('common:review.nextReview'), isReviewOverdue(plan, ctx.printedAt) ? `${ctx.date(next)} · ${t('pdf:value.overdue')}` : ctx.date(next)]);
  }
  return (
    <>
      <PartHeading ctx={ctx} title={title} />
      <KeyValues ctx={ctx} rows={rows} />
    </>
  );
}

export function QuickPlanParts({ ctx }: { ctx: PdfContext }) {
  const titles = quickPlanTitles(ctx);
  return (
    <>
      <Business ctx={ctx} title={titles.business} />
      <KeyProducts ctx={ctx} title={titles.keyProducts} />
      <Emergency ctx={ctx} title={titles.emergency} />
      <Contacts ctx={ctx} title={titles.contacts} />
      <Review ctx={ctx} title={titles.review} />
      {stepsForPath('quick').map((step) => (
        <OtherAnswers key={step} ctx={ctx} step={step} />
      ))}
    </>
  );
}
