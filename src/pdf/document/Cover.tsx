/** The cover: company, title, version and dates, BCP leader, next review, contents and the privacy note. */
import { Text, View } from '@react-pdf/renderer';
import { bcpDeputy, bcpLeader, isoDay, isReviewOverdue, nextReviewDate, STEP_NUMBERS } from '../../domain';
import { BookmarkedView, filled, KeyValues, Lines, Note, shown } from './blocks';
import type { PdfContext } from './context';
import { quickPlanTitles } from './QuickPlan';
import { fieldLabel } from './answers';

/** Contents entries in the left column of a Full plan: the quick card and steps 1 to 7. */
const CONTENTS_SPLIT = 8;

export function Cover({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s } = ctx;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const nextReview = nextReviewDate(plan);
  const overdue = isReviewOverdue(plan, ctx.printedAt);
  const approval = filled(plan.approval.name, plan.approval.position);

  const rows: [string, string | string[]][] = [
    [t('pdf:cover.lastUpdated'), ctx.date(plan.updatedAt.slice(0, 10))],
    [fieldLabel(ctx, 'team.leader.employeeId'), filled(leader.name, leader.position, leader.phone).length > 0 ? filled(leader.name, leader.position, leader.phone) : shown('')],
  ];
  if (filled(deputy.name, deputy.phone).length > 0) {
    rows.push([fieldLabel(ctx, 'team.deputy.employeeId'), filled(deputy.name, deputy.phone)]);
  }
  rows.push([
    t('common:review.nextReview'),
    nextReview === null ? shown('') : overdue ? `${ctx.date(nextReview)} · ${t('pdf:value.overdue')}` : ctx.date(nextReview),
  ]);
  if (approval.length > 0) {
    rows.push([fieldLabel(ctx, 'approval.name'), [...approval, ...filled(plan.approval.date).map(ctx.date)]]);
  }

  const quick = plan.path === 'quick';
  const contents: [string, string][] = quick
    ? [
        ['', t('pdf:quickCard.title')],
        ...Object.values(quickPlanTitles(ctx)).map((title): [string, string] => ['', title]),
        ['', t('pdf:quickPlan.walletCards')],
      ]
    : [
        ['', t('pdf:quickCard.title')],
        ...STEP_NUMBERS.map((step): [string, string] => [t('common:nav.stepNumber', { number: step }), t(`steps:${step}.title`)]),
        ['', t('pdf:appendix.selfCheck')],
        ['', t('pdf:appendix.contacts')],
        ['', t('pdf:appendix.kit')],
        ['', t('pdf:appendix.walletCards')],
      ];
  const split = quick ? Math.ceil(contents.length / 2) : CONTENTS_SPLIT;

  return (
    <View>
      <BookmarkedView style={s.coverBand} bookmark={t('pdf:document.title')}>
        <Text style={s.coverKicker}>{t('pdf:document.title')}</Text>
        <Lines text={shown(plan.company.name)} style={s.coverTitle} />
        {plan.company.address.trim() ? <Lines text={plan.company.address} style={s.coverAddress} /> : null}
        <Text style={s.coverVersion}>
          {`${t('pdf:footer.version', { version: plan.revision })}   ·   ${t('pdf:footer.printed', { date: ctx.date(isoDay(ctx.printedAt)) })}`}
        </Text>
        <View style={s.coverRule} />
      </BookmarkedView>
      <KeyValues ctx={ctx} rows={rows} />
      <View style={s.contents} wrap={false}>
        <Text style={s.subHeading}>{t('pdf:cover.contents')}</Text>
        <View style={s.contentsColumns}>
          {[contents.slice(0, split), contents.slice(split)].map((column, columnIndex) => (
            <View key={columnIndex} style={columnIndex === 0 ? s.contentsColumnLeft : s.contentsColumnRight}>
              {column.map(([number, title], index) => (
                <View key={index} style={s.contentsRow}>
                  {number ? <Text style={s.contentsNumber}>{number}</Text> : <View style={s.contentsSpacer} />}
                  <Text style={s.contentsTitle}>{title}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
        {quick ? <Note ctx={ctx}>{t('pdf:quickPlan.fullPlanAdds')}</Note> : null}
      </View>
      <View style={s.coverFoot} wrap={false}>
        <Text style={s.basedOn}>{t('pdf:document.basedOn')}</Text>
        <View style={s.privacyBox}>
          <Text style={s.privacyText}>{t('pdf:cover.privacy')}</Text>
        </View>
      </View>
    </View>
  );
}

