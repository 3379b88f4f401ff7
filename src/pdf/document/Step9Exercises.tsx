/** Step 9: training, the exercise log (oldest first) and the follow-up actions from the exercises. */
import type { Exercise } from '../../domain';
import { Block, KeyValues, shown, StepHeading, Table } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel, OtherAnswers } from './answers';

/** Exercises by date, oldest first; undated ones last, in the order they were added. */
const byDate = (exercises: readonly Exercise[]): Exercise[] =>
  exercises
    .map((exercise, index) => ({ exercise, index }))
    .sort((a, b) => (a.exercise.date || '9999').localeCompare(b.exercise.date || '9999') || a.index - b.index)
    .map(({ exercise }) => exercise);

export function Step9Exercises({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  const exercises = byDate(plan.exercises);
  const actions = exercises.flatMap((exercise) => exercise.actions.map((action) => ({ exercise, action })));

  return (
    <>
      <StepHeading ctx={ctx} step={9} />
      <Block ctx={ctx} title={t('pdf:heading.training')} empty={false}>
        <KeyValues
          ctx={ctx}
          rows={[
            [t('pdf:column.frequency'), t(`options:trainingFrequency.${plan.training.frequencyMonths}`)],
            [t('pdf:column.audience'), shown(plan.training.audience)],
          ]}
        />
      </Block>
      <Block ctx={ctx} title={t('pdf:heading.exercises')} empty={exercises.length === 0}>
        <Table
          ctx={ctx}
          rows={exercises}
          columns={[
            { header: t('pdf:column.date'), width: 13, value: (exercise) => ({ text: ctx.date(exercise.date), tone: 'strong' }) },
            {
              header: t('pdf:column.type'),
              width: 19,
              labels: true,
              value: (exercise) => (exercise.type === null ? '–' : t(`options:exerciseType.${exercise.type}`)),
            },
            { header: t('pdf:column.scenario'), width: 22, value: (exercise) => shown(exercise.scenario) },
            { header: fieldLabel(ctx, 'exercises.participants'), width: 18, value: (exercise) => shown(exercise.participants) },
            { header: t('pdf:column.findings'), width: 28, value: (exercise) => shown(exercise.findings) },
          ]}
        />
      </Block>
      {actions.length > 0 ? (
        <Block ctx={ctx} title={t('pdf:heading.exerciseActions')} empty={false}>
          <Table
            ctx={ctx}
            rows={actions}
            columns={[
              { header: t('pdf:column.action'), width: 40, value: ({ action }) => shown(action.action) },
              { header: t('pdf:column.fromExercise'), width: 16, value: ({ exercise }) => ctx.date(exercise.date) },
              { header: t('pdf:column.owner'), width: 16, value: ({ action }) => shown(action.owner) },
              { header: t('pdf:column.due'), width: 14, value: ({ action }) => ctx.date(action.due) },
              {
                header: t('pdf:column.status'),
                width: 14,
                value: ({ action }) =>
                  action.done
                    ? { text: t('common:review.checkPassed'), tone: 'good' }
                    : { text: t('common:review.checkOpen'), tone: 'strong' },
              },
            ]}
          />
        </Block>
      ) : null}
      <OtherAnswers ctx={ctx} step={9} />
    </>
  );
}
