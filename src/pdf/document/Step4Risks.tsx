/**
 * Step 4: the 5 × 5 risk matrix coloured by score with the hazards placed in their cells, the hazards
 * ranked by score, the disaster scenarios and, per scenario, the expected recovery of every key product
 * against its target (misses flagged).
 */
import { Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import {
  expectedRecovery,
  hazardsByScore,
  riskLevel,
  riskScore,
  type Hazard,
  type ProductRecovery,
  type RiskLevel,
  type Scenario,
} from '../../domain';
import { Block, Paragraph, shown, StepHeading, Table, type Column } from './blocks';
import type { PdfContext } from './context';
import { COLORS, RISK_FILLS } from './styles';
import { fieldLabel, OtherAnswers } from './answers';

const SCALE = [1, 2, 3, 4, 5] as const;
const LEVEL_RANGES: readonly (readonly [RiskLevel, string])[] = [
  ['low', '1–4'],
  ['medium', '5–9'],
  ['high', '10–16'],
  ['extreme', '17–25'],
];
/** Scenarios per recovery table: each gets a column next to the product and its target. */
const SCENARIOS_PER_TABLE = 5;

const onScale = (value: number | null): value is (typeof SCALE)[number] =>
  value !== null && (SCALE as readonly number[]).includes(value);

/** The score of a cell of the matrix, computed by the domain's own rule. */
const cellScore = (likelihood: number, impact: number): number =>
  riskScore({ id: 'cell', code: null, label: '', likelihood, impact }) ?? 0;

function RiskMatrix({ ctx }: { ctx: PdfContext }) {
  const { t, styles: s } = ctx;
  const placed = new Map<string, string[]>();
  for (const hazard of ctx.plan.hazards) {
    if (riskScore(hazard) === null) continue;
    const key = `${hazard.likelihood}|${hazard.impact}`;
    placed.set(key, [...(placed.get(key) ?? []), ctx.hazardName(hazard)]);
  }
  return (
    <View style={s.matrix} wrap={false}>
      <Text style={s.matrixTitle}>{t('pdf:column.likelihood')}</Text>
      {[...SCALE].reverse().map((likelihood) => (
        <View key={likelihood} style={s.matrixRow}>
          <Text style={s.matrixAxis}>{String(likelihood)}</Text>
          {SCALE.map((impact) => {
            const score = cellScore(likelihood, impact);
            return (
              <View key={impact} style={s.matrixCell(RISK_FILLS[riskLevel(score)])}>
                <Text style={s.matrixScore}>{String(score)}</Text>
                {(placed.get(`${likelihood}|${impact}`) ?? []).map((name, index) => (
                  <Text key={index} style={s.matrixHazard}>
                    {name}
                  </Text>
                ))}
              </View>
            );
          })}
        </View>
      ))}
      <View style={s.matrixRow}>
        <View style={s.matrixCorner} />
        {SCALE.map((impact) => (
          <Text key={impact} style={s.matrixAxisBottom}>
            {String(impact)}
          </Text>
        ))}
      </View>
      <Text style={s.matrixImpactTitle}>{t('pdf:column.impact')}</Text>
    </View>
  );
}

function LevelLegend({ ctx }: { ctx: PdfContext }) {
  const { t, styles: s } = ctx;
  return (
    <View style={s.swatchRow} wrap={false}>
      {LEVEL_RANGES.map(([level, range]) => (
        <View key={level} style={s.swatchItem}>
          <View style={[s.swatch, { backgroundColor: RISK_FILLS[level] }]} />
          <Text style={s.swatchText}>{`${t(`pdf:value.${level}`)} ${range}`}</Text>
        </View>
      ))}
    </View>
  );
}

/** The hazard of a scenario by name: the plan's own label for an "other" hazard. */
function scenarioHazard(ctx: PdfContext, scenario: Scenario): string {
  const hazard = ctx.plan.hazards.find((candidate) => candidate.code === scenario.hazardCode);
  return ctx.hazardName(hazard ?? { code: scenario.hazardCode, label: '' });
}

function RecoveryTable({ ctx, scenarios, offset }: { ctx: PdfContext; scenarios: readonly Scenario[]; offset: number }) {
  const { t } = ctx;
  const width = 52 / scenarios.length;
  const recoveries = scenarios.map(
    (scenario) => new Map<string, ProductRecovery>(expectedRecovery(ctx.plan, scenario).map((recovery) => [recovery.keyProductId, recovery])),
  );
  const columns: Column<(typeof ctx.productsByRank)[number]>[] = [
    { header: fieldLabel(ctx, 'keyProducts.name'), width: 34, value: (product) => ({ text: ctx.productLabel(product), tone: 'strong' }) },
    {
      header: fieldLabel(ctx, 'keyProducts.rto.value'),
      width: 14,
      value: (product) => (product.rto.value === null ? { text: t('pdf:value.noTarget'), tone: 'muted' } : ctx.recoveryTime(product.rto)),
    },
    ...scenarios.map((scenario, index): Column<(typeof ctx.productsByRank)[number]> => ({
      header: `${t('pdf:note.scenarioShort', { number: offset + index + 1 })}\n${scenarioHazard(ctx, scenario)}`,
      width,
      align: 'center',
      value: (product) => {
        const recovery = recoveries[index]?.get(product.id);
        if (recovery === undefined || recovery.expectedDays === 0) return { text: '–', tone: 'muted' };
        return recovery.meetsRto === false
          ? { text: ctx.days(recovery.expectedDays), tone: 'alert', fill: COLORS.alertLight }
          : ctx.days(recovery.expectedDays);
      },
    })),
  ];
  return <Table ctx={ctx} rows={ctx.productsByRank} columns={columns} />;
}

export function Step4Risks({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s } = ctx;
  const hazards = hazardsByScore(plan);
  const scenarioGroups: Scenario[][] = [];
  for (let index = 0; index < plan.scenarios.length; index += SCENARIOS_PER_TABLE) {
    scenarioGroups.push(plan.scenarios.slice(index, index + SCENARIOS_PER_TABLE));
  }

  const level = (hazard: Hazard) => {
    const score = riskScore(hazard);
    return score === null ? null : riskLevel(score);
  };

  return (
    <>
      <StepHeading ctx={ctx} step={4} />
      <Block ctx={ctx} title={t('pdf:heading.riskMatrix')} empty={hazards.length === 0}>
        <Text style={s.note}>{t('pdf:note.riskMatrix')}</Text>
        <RiskMatrix ctx={ctx} />
        <LevelLegend ctx={ctx} />
      </Block>

      {hazards.length > 0 ? (
        <Block ctx={ctx} title={t('pdf:heading.hazards')} empty={false}>
          <Table
            ctx={ctx}
            rows={hazards}
            columns={[
              {
                header: t('pdf:column.hazard'),
                width: 22,
                // a hazard chosen from the list may carry the user's own detail ("river behind the workshop")
                value: (hazard) => ({
                  text: ctx.hazardName(hazard),
                  tone: 'strong',
                  sub: hazard.code !== null && hazard.code !== 'other' && hazard.label.trim() ? hazard.label : undefined,
                }),
              },
              {
                header: t('pdf:column.likelihood'),
                width: 29,
                labels: true,
                value: (hazard) => (onScale(hazard.likelihood) ? t(`options:likelihood.${hazard.likelihood}`) : '–'),
              },
              {
                header: t('pdf:column.impact'),
                width: 29,
                labels: true,
                value: (hazard) => (onScale(hazard.impact) ? t(`options:severity.${hazard.impact}`) : '–'),
              },
              {
                header: t('pdf:column.score'),
                width: 9,
                align: 'center',
                value: (hazard) => ({ text: String(riskScore(hazard) ?? '–'), tone: 'strong' }),
              },
              {
                header: t('pdf:column.level'),
                width: 11,
                value: (hazard) => {
                  const found = level(hazard);
                  return found === null ? '–' : { text: t(`pdf:value.${found}`), tone: 'strong', fill: RISK_FILLS[found] };
                },
              },
            ]}
          />
        </Block>
      ) : null}

      <Block ctx={ctx} title={fieldLabel(ctx, 'scenarios')} empty={plan.scenarios.length === 0}>
        {plan.scenarios.map((scenario, index) => (
          <Fragment key={scenario.id}>
            <Text style={s.scenarioTitle} minPresenceAhead={50}>
              {`${t('pdf:note.scenarioShort', { number: index + 1 })} · ${scenarioHazard(ctx, scenario)}`}
            </Text>
            {scenario.description.trim() ? <Paragraph ctx={ctx}>{scenario.description}</Paragraph> : null}
            <Table
              ctx={ctx}
              rows={scenario.effects}
              columns={[
                { header: fieldLabel(ctx, 'scenarios.effects.resourceId'), width: 70, value: (effect) => shown(ctx.resourceById.get(effect.resourceId ?? '')?.name) },
                {
                  header: t('pdf:column.outOfAction'),
                  width: 30,
                  value: (effect) => (effect.unavailableDays === null ? '–' : ctx.days(effect.unavailableDays)),
                },
              ]}
            />
          </Fragment>
        ))}
      </Block>

      {plan.scenarios.length > 0 && ctx.productsByRank.length > 0 ? (
        <Block ctx={ctx} title={t('pdf:heading.recovery')} empty={false}>
          <Text style={s.note}>{`${t('pdf:note.recovery')}   – = ${t('pdf:value.notAffected')}`}</Text>
          {scenarioGroups.map((group, index) => (
            <RecoveryTable key={index} ctx={ctx} scenarios={group} offset={index * SCENARIOS_PER_TABLE} />
          ))}
        </Block>
      ) : null}
      <OtherAnswers ctx={ctx} step={4} />
    </>
  );
}
