/** Step 10: the review schedule with the next review date, the change log and the sign-off. */
import { Text, View } from '@react-pdf/renderer';
import { isReviewOverdue, nextReviewDate } from '../../domain';
import { Block, KeyValues, Lines, shown, StepHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel, OtherAnswers } from './answers';

export function Step10Review({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s } = ctx;
  const { review, approval } = plan;
  const next = nextReviewDate(plan);
  const overdue = isReviewOverdue(plan, ctx.printedAt);

  return (
    <>
      <StepHeading ctx={ctx} step={10} />
      <Block ctx={ctx} title={t('pdf:heading.review')} empty={false}>
        <KeyValues
          ctx={ctx}
          rows={[
            [t('pdf:column.frequency'), t(`options:reviewFrequency.${review.frequencyMonths}`)],
            [t('pdf:column.lastReviewed'), ctx.date(review.lastReviewed)],
            [
              t('common:review.nextReview'),
              next === null ? '–' : overdue ? `${ctx.date(next)} · ${t('pdf:value.overdue')}` : ctx.date(next),
            ],
            [
              fieldLabel(ctx, 'review.triggers'),
              review.triggers.length === 0 ? '–' : review.triggers.map((trigger) => t(`options:reviewTrigger.${trigger}`)),
            ],
          ]}
        />
      </Block>
      <Block ctx={ctx} title={fieldLabel(ctx, 'changeLog')} empty={plan.changeLog.length === 0}>
        <Table
          ctx={ctx}
          rows={plan.changeLog}
          columns={[
            { header: t('pdf:column.date'), width: 16, value: (entry) => ({ text: ctx.date(entry.date), tone: 'strong' }) },
            {
              header: t('pdf:column.summary'),
              width: 60,
              // a lesson of a closed incident: the owner's answer, under it the question it answers
              value: (entry) => (entry.lesson === null ? shown(entry.summary) : { text: shown(entry.summary), sub: t(`pdf:lesson.${entry.lesson}`) }),
            },
            { header: t('pdf:column.by'), width: 24, value: (entry) => shown(entry.by) },
          ]}
        />
      </Block>
      <View wrap={false}>
        <Text style={s.subHeading}>{t('pdf:heading.signOff')}</Text>
        <View style={s.signRow}>
          <View style={s.signCell}>
            <Text style={s.label}>{fieldLabel(ctx, 'approval.name')}</Text>
            <Text style={s.bodyStrong}>{shown(approval.name)}</Text>
            {approval.position.trim() ? <Lines text={approval.position} style={s.small} /> : null}
          </View>
          <View style={s.signCell}>
            <Text style={s.label}>{t('pdf:column.date')}</Text>
            <Text style={s.body}>{ctx.date(approval.date)}</Text>
          </View>
          <View style={s.signCell}>
            <Text style={s.label}>{t('pdf:column.signature')}</Text>
            <View style={s.signLine} />
          </View>
        </View>
      </View>
      <OtherAnswers ctx={ctx} step={10} />
    </>
  );
}
