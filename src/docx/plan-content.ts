/**
 * The plan as the Word document says it: the same parts, headings, labels and values as the printed
 * plan (src/pdf/document), from the same facts (plan-facts.ts) and the same translations. Cover, table
 * of contents, emergency quick card, steps 1 to 10 and the appendices (self-check, contact lists,
 * emergency kit, wallet cards); a Quick plan gets its short plan (QuickPlan.tsx) instead of the steps.
 *
 * Headings: a step or an appendix is Heading 1, a titled part of it Heading 2 (the PDF's SubHeading), a
 * scenario Heading 3. Wallet cards, which the PDF lays out to cut out, are one table: a person per row.
 */
import {
  bcpDeputy,
  bcpLeader,
  expectedRecovery,
  HAZARD_TARGET_PREFIX,
  HAZARDS,
  hazardsByScore,
  IMPACT_AREAS,
  isoDay,
  isReviewOverdue,
  nextReviewDate,
  reserveMonths,
  riskLevel,
  riskScore,
  selfCheck,
  type Exercise,
  type HazardCode,
  type KeyProduct,
  type Measure,
  type Scenario,
} from '../domain';
import { roundedAsShown } from '../i18n/format';
import { formatList, labelledValue } from '../i18n/join';
import {
  EMPTY,
  emergencyNumbers,
  filled,
  firstActionItems,
  shown,
  walletCardData,
  type PlanFacts,
} from '../pdf/document/plan-facts';
import { COLORS, RISK_FILLS } from '../pdf/document/styles';
import { fieldLabelKey } from '../questionnaire';
import type { DocxBlock, DocxCell, DocxColumn } from './blocks';

type Rows = readonly (readonly [string, string | readonly string[]])[];

interface Column<Row> extends DocxColumn {
  value: (row: Row, index: number) => DocxCell;
}

const heading = (level: 1 | 2 | 3, text: string, newPage = false): DocxBlock => ({ kind: 'heading', level, text, newPage });
const text = (value: string, tone: 'body' | 'note' | 'empty' | 'strong' = 'body'): DocxBlock => ({ kind: 'text', text: value, tone });
const values = (rows: Rows): DocxBlock[] => (rows.length === 0 ? [] : [{ kind: 'values', rows }]);

function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): DocxBlock[] {
  if (rows.length === 0) return [];
  return [
    {
      kind: 'table',
      columns: columns.map(({ header, width, align }) => ({ header, width, align })),
      rows: rows.map((row, index) => columns.map((column) => column.value(row, index))),
    },
  ];
}

/** A titled part: its heading, then its content or "Not yet written". */
function part(facts: PlanFacts, title: string, empty: boolean, content: () => DocxBlock[]): DocxBlock[] {
  return [heading(2, title), ...(empty ? [notYetWritten(facts)] : content())];
}

const notYetWritten = ({ t }: PlanFacts): DocxBlock => text(t('pdf:document.notYetWritten'), 'empty');

const stepHeading = ({ t }: PlanFacts, step: number, newPage = false): DocxBlock =>
  heading(1, t('pdf:value.labelled', { label: t('common:nav.stepNumber', { number: step }), value: t(`steps:${step}.title`) }), newPage);

const overdueDate = (facts: PlanFacts, date: string): string =>
  isReviewOverdue(facts.plan, facts.printedAt) ? `${facts.date(date)} · ${facts.t('pdf:value.overdue')}` : facts.date(date);

/** The titles of the Quick plan's parts, in print order (QuickPlan.tsx quickPlanTitles). */
function quickPlanTitles({ t }: PlanFacts) {
  return {
    business: t('pdf:heading.business'),
    keyProducts: t('steps:2.title'),
    emergency: t('steps:6.title'),
    contacts: t('pdf:quickPlan.contacts'),
    review: t('steps:10.title'),
  };
}

function cover(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const nextReview = nextReviewDate(plan);
  const approval = filled(plan.approval.name, plan.approval.position);
  const rows: [string, string | string[]][] = [
    [t('pdf:cover.lastUpdated'), facts.date(plan.updatedAt.slice(0, 10))],
    [t(fieldLabelKey('team.leader.employeeId')), filled(leader.name, leader.position, leader.phone).length > 0 ? filled(leader.name, leader.position, leader.phone) : EMPTY],
  ];
  if (filled(deputy.name, deputy.phone).length > 0) rows.push([t(fieldLabelKey('team.deputy.employeeId')), filled(deputy.name, deputy.phone)]);
  rows.push([t('common:review.nextReview'), nextReview === null ? EMPTY : overdueDate(facts, nextReview)]);
  if (approval.length > 0) rows.push([t(fieldLabelKey('approval.name')), [...approval, ...filled(plan.approval.date).map(facts.date)]]);
  return [
    {
      kind: 'title',
      kicker: t('pdf:document.title'),
      title: shown(plan.company.name),
      lines: [
        ...filled(plan.company.address),
        `${t('pdf:footer.version', { version: plan.revision })} · ${t('pdf:footer.printed', { date: facts.date(isoDay(facts.printedAt)) })}`,
      ],
    },
    ...values(rows),
    ...(plan.path === 'quick' ? [text(t('pdf:quickPlan.fullPlanAdds'), 'note')] : []),
    text(t('pdf:document.basedOn'), 'note'),
    text(t('pdf:cover.privacy'), 'strong'),
    { kind: 'contents', title: t('pdf:cover.contents') },
  ];
}

const MAX_QUICK_ACTIONS = 10;
const MAX_QUICK_NUMBERS = 8;
const MAX_QUICK_PRODUCTS = 5;

function quickCard(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const { emergency } = plan;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const actions = firstActionItems(facts).slice(0, MAX_QUICK_ACTIONS);
  const numbers = emergencyNumbers(plan.contacts.external, MAX_QUICK_NUMBERS);
  const products = facts.productsByRank.slice(0, MAX_QUICK_PRODUCTS);
  const method = emergency.safetyCheck.method;
  const rows: [string, string[]][] = [
    [t(fieldLabelKey('emergency.evacuation.assemblyPoint')), [shown(emergency.evacuation.assemblyPoint), ...filled(emergency.evacuation.routes)]],
    [t('pdf:column.whoDecides'), [shown(emergency.activation.whoDecides), ...filled(emergency.activation.criteria)]],
    [t(fieldLabelKey('team.leader.employeeId')), [shown(leader.name), shown(leader.phone)]],
  ];
  if (filled(deputy.name, deputy.phone).length > 0) rows.push([t(fieldLabelKey('team.deputy.employeeId')), [shown(deputy.name), shown(deputy.phone)]]);
  if (method !== null || emergency.safetyCheck.note.trim()) {
    rows.push([t('pdf:column.safetyCheck'), filled(method === null ? '' : t(`options:safetyCheck.${method}`), emergency.safetyCheck.note)]);
  }
  return [
    heading(1, t('pdf:quickCard.title'), true),
    text(shown(plan.company.name), 'strong'),
    text(t('pdf:quickCard.intro'), 'note'),
    heading(2, t(fieldLabelKey('emergency.firstActions'))),
    ...(actions.length === 0 ? [notYetWritten(facts)] : [{ kind: 'list', items: actions } as const]),
    { kind: 'values', rows, inline: t('pdf:value.labelled', { label: '', value: '' }) },
    ...(products.length === 0
      ? []
      : [
          heading(2, t('pdf:quickCard.keyProducts')),
          {
            kind: 'list',
            // on one line each, so that the card fits its page
            items: products.map((product) => ({
              text: filled(shown(product.name), product.rto.value === null ? '' : t('pdf:quickCard.backWithin', { time: facts.recoveryTime(product.rto) })).join(' · '),
            })),
          } as const,
        ]),
    ...(numbers.length === 0
      ? []
      : [
          heading(2, t('pdf:quickCard.emergencyNumbers')),
          ...table(
            [
              {
                header: t(fieldLabelKey('contacts.external.organisation')),
                width: 60,
                value: (contact) => ({
                  text: contact.organisation.trim() || (contact.category ? t(`options:contactCategory.${contact.category}`) : EMPTY),
                  strong: true,
                }),
              },
              { header: t('pdf:column.contact'), width: 40, value: (contact) => ({ text: shown(contact.phone), strong: true }) },
            ],
            numbers,
          ),
        ]),
  ];
}

function step1(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const { company, purpose, scope, team } = plan;
  const business: [string, string | string[]][] = [
    [t('pdf:column.name'), shown(company.name)],
    [t('pdf:column.address'), shown(company.address)],
  ];
  if (company.industry !== null) business.push([t(fieldLabelKey('company.industry')), t(`options:industry.${company.industry}`)]);
  if (company.employeeCount !== null) business.push([t('pdf:column.employees'), facts.number(company.employeeCount, 0)]);
  if (company.sites.length > 0) business.push([t(fieldLabelKey('company.sites')), company.sites.map((site) => labelledValue(t, site.name, site.address))]);

  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const teamRows: { role: string; name: string; position: string; phone: string; email: string }[] = [];
  if (leader.employee !== null) {
    teamRows.push({ role: t(fieldLabelKey('team.leader.employeeId')), name: leader.name, position: leader.position, phone: leader.phone, email: leader.email });
  }
  if (deputy.employee !== null) teamRows.push({ role: t(fieldLabelKey('team.deputy.employeeId')), name: deputy.name, position: '', phone: deputy.phone, email: '' });
  for (const member of team.members) {
    teamRows.push({ role: member.role.trim() || t('pdf:value.teamMember'), name: member.name, position: member.section, phone: member.phone, email: '' });
  }

  return [
    stepHeading(facts, 1, true),
    heading(2, t('pdf:heading.business')),
    ...values(business),
    ...part(facts, t('pdf:heading.priorities'), purpose.priorities.length === 0, () => [
      { kind: 'list', items: purpose.priorities.map((priority) => ({ text: t(`options:priority.${priority}`) })) },
    ]),
    ...part(facts, t('pdf:heading.purpose'), purpose.statement.trim() === '', () => [text(purpose.statement)]),
    ...part(facts, t('pdf:heading.scope'), scope.sections.length === 0 && scope.exclusions.trim() === '', () => [
      ...table(
        [
          { header: t('pdf:column.section'), width: 30, value: (section) => ({ text: shown(section.name), strong: true }) },
          { header: t('pdf:column.location'), width: 30, value: (section) => shown(section.location) },
          { header: t('pdf:column.whyCritical'), width: 40, value: (section) => shown(section.whyCritical) },
        ],
        scope.sections,
      ),
      ...(scope.exclusions.trim() ? values([[t(fieldLabelKey('scope.exclusions')), scope.exclusions]]) : []),
    ]),
    ...part(facts, t('pdf:heading.team'), teamRows.length === 0, () => [
      ...table(
        [
          { header: t('pdf:column.role'), width: 18, value: (row) => ({ text: row.role, strong: true }) },
          { header: t('pdf:column.name'), width: 22, value: (row) => shown(row.name) },
          { header: t('pdf:column.position'), width: 24, value: (row) => shown(row.position) },
          { header: t('pdf:column.contact'), width: 36, value: (row) => ({ text: shown(row.phone), sub: row.email.trim() || undefined }) },
        ],
        teamRows,
      ),
      ...(team.leader.authority.trim() ? values([[t(fieldLabelKey('team.leader.authority')), team.leader.authority]]) : []),
    ]),
  ];
}

const IMPACT_HEADERS = {
  financial: 'pdf:column.impactIncome',
  customers: 'pdf:column.impactCustomers',
  reputation: 'pdf:column.impactReputation',
  legal: 'pdf:column.impactLegal',
} as const satisfies Record<(typeof IMPACT_AREAS)[number], string>;

const rankColumn = (facts: PlanFacts, width: number): Column<KeyProduct> => ({
  header: facts.t('pdf:column.rank'),
  width,
  align: 'center',
  value: (product) => ({ text: facts.productNumber(product), strong: true }),
});

function step2(facts: PlanFacts): DocxBlock[] {
  const { t } = facts;
  const products = facts.productsByRank;
  const rated = products.filter((product) => product.reasons.length > 0 || IMPACT_AREAS.some((area) => product.impact[area] !== null));
  return [
    stepHeading(facts, 2),
    ...part(facts, t('pdf:heading.keyProducts'), products.length === 0, () =>
      table(
        [
          rankColumn(facts, 7),
          {
            header: t(fieldLabelKey('keyProducts.name')),
            width: 35,
            value: (product) => ({ text: shown(product.name), strong: true, sub: product.description.trim() || undefined }),
          },
          { header: t(fieldLabelKey('keyProducts.customers')), width: 28, value: (product) => shown(product.customers) },
          { header: t(fieldLabelKey('keyProducts.rto.value')), width: 16, value: (product) => ({ text: facts.recoveryTime(product.rto), strong: true }) },
          {
            header: t('pdf:column.minimumLevel'),
            width: 14,
            align: 'right',
            value: (product) => (product.minimumLevelPct === null ? EMPTY : `${facts.number(product.minimumLevelPct, 0)}%`),
          },
        ],
        products,
      ),
    ),
    ...(rated.length === 0
      ? []
      : part(facts, t('pdf:heading.whyKey'), false, () =>
          table(
            [
              rankColumn(facts, 7),
              {
                header: t('pdf:column.reasons'),
                width: 45,
                value: (product) => product.reasons.map((reason) => t(`options:productReason.${reason}`)).join('\n') || EMPTY,
              },
              ...IMPACT_AREAS.map(
                (area): Column<KeyProduct> => ({
                  header: t(IMPACT_HEADERS[area]),
                  width: 12,
                  value: (product) => {
                    const level = product.impact[area];
                    return level === null ? EMPTY : { text: t(`options:impactLevel.${level}`), strong: level >= 3 };
                  },
                }),
              ),
            ],
            rated,
          ),
        )),
  ];
}

/** Up to this many key products, each gets its own column in the resource matrix (Step3Resources.tsx). */
const MATRIX_PRODUCT_COLUMNS = 12;

function step3(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const products = facts.productsByRank;
  const rows = plan.resources.map((resource, index) => ({ resource, index }));
  type Row = (typeof rows)[number];
  const bottlenecks = rows.filter(({ resource }) => resource.isBottleneck);
  const unprotected = facts.flagged('bottleneck_unprotected', 'resources');
  const asMatrix = products.length > 0 && products.length <= MATRIX_PRODUCT_COLUMNS;
  const resourceColumn = (width: number): Column<Row> => ({
    header: t(fieldLabelKey('resources.name')),
    width,
    value: ({ resource }) => ({
      text: shown(resource.name),
      strong: true,
      sub:
        filled(
          resource.quantity,
          resource.isBottleneck || !resource.substituteNote.trim()
            ? ''
            : t('pdf:value.labelled', { label: t('pdf:column.substitute'), value: resource.substituteNote }),
        ).join('\n') || undefined,
    }),
  });
  const typeColumn = (width: number): Column<Row> => ({
    header: t('pdf:column.type'),
    width,
    value: ({ resource }) => (resource.category === null ? EMPTY : t(`options:resourceCategory.${resource.category}`)),
  });
  const bottleneckColumn: Column<Row> = {
    header: t('pdf:column.bottleneck'),
    width: 13,
    align: 'center',
    value: ({ resource }) => (resource.isBottleneck ? { text: t('pdf:value.yes'), strong: true, fill: COLORS.alertLight } : ''),
  };
  const matrixColumns: Column<Row>[] = asMatrix
    ? [
        resourceColumn(28),
        typeColumn(18),
        ...products.map(
          (product): Column<Row> => ({
            header: facts.productNumber(product),
            width: 41 / products.length,
            align: 'center',
            value: ({ resource }) => (resource.usedBy.includes(product.id) ? '●' : ''),
          }),
        ),
        bottleneckColumn,
      ]
    : [
        resourceColumn(32),
        typeColumn(22),
        {
          header: t('pdf:column.neededFor'),
          width: 33,
          value: ({ resource }) =>
            formatList(
              products.filter((product) => resource.usedBy.includes(product.id)).map((product) => facts.productNumber(product)),
              facts.language,
            ) || EMPTY,
        },
        bottleneckColumn,
      ];
  const measuresFor = (resourceId: string): string[] =>
    plan.measures.filter((measure) => measure.target === resourceId && measure.action.trim()).map((measure) => measure.action);

  return [
    stepHeading(facts, 3),
    ...part(facts, t('pdf:heading.resourceMatrix'), rows.length === 0, () => [
      ...(asMatrix
        ? [text(t('pdf:note.resourceMatrix'), 'note'), ...products.map((product) => text(facts.productLabel(product)))]
        : []),
      ...table(matrixColumns, rows),
    ]),
    ...(bottlenecks.length === 0
      ? []
      : part(facts, t('pdf:heading.bottlenecks'), false, () =>
          table(
            [
              resourceColumn(28),
              {
                header: t('pdf:column.substitute'),
                width: 34,
                value: ({ resource, index }) => ({
                  text: t(resource.substituteAvailable ? 'pdf:value.yes' : 'pdf:value.no'),
                  strong: true,
                  fill: unprotected.has(index) ? COLORS.alertLight : undefined,
                  sub: resource.substituteNote.trim() || undefined,
                }),
              },
              {
                header: t('steps:5.shortTitle'),
                width: 38,
                value: ({ resource, index }) => {
                  const actions = measuresFor(resource.id);
                  if (actions.length === 0) return unprotected.has(index) ? { text: EMPTY, fill: COLORS.alertLight } : EMPTY;
                  return actions.length === 1 ? (actions[0] ?? '') : actions.map((action) => `• ${action}`).join('\n');
                },
              },
            ],
            bottlenecks,
          ),
        )),
    ...(plan.suppliers.length === 0
      ? []
      : part(facts, t(fieldLabelKey('suppliers')), false, () =>
          table(
            [
              { header: t(fieldLabelKey('resources.supplierId')), width: 24, value: (supplier) => ({ text: shown(supplier.name), strong: true }) },
              { header: t('pdf:column.supplies'), width: 22, value: (supplier) => shown(supplier.supplies) },
              {
                header: t('pdf:column.contact'),
                width: 30,
                value: (supplier) => ({ text: filled(supplier.contactName, supplier.phone).join('\n') || EMPTY, sub: supplier.email.trim() || undefined }),
              },
              {
                header: t(fieldLabelKey('suppliers.alternateSupplierId')),
                width: 14,
                value: (supplier) =>
                  supplier.alternateSupplierId === null ? EMPTY : shown(facts.supplierById.get(supplier.alternateSupplierId)?.name),
              },
              {
                header: t('pdf:column.deliveryTime'),
                width: 10,
                value: (supplier) => (supplier.leadTimeDays === null ? EMPTY : facts.days(supplier.leadTimeDays)),
              },
            ],
            plan.suppliers,
          ),
        )),
  ];
}

const SCALE = [1, 2, 3, 4, 5] as const;
const onScale = (value: number | null): value is (typeof SCALE)[number] => value !== null && (SCALE as readonly number[]).includes(value);
/** Scenarios per recovery table: each gets a column next to the product and its target. */
const SCENARIOS_PER_TABLE = 5;

function scenarioHazard(facts: PlanFacts, scenario: Scenario): string {
  const hazard = facts.plan.hazards.find((candidate) => candidate.code === scenario.hazardCode);
  return facts.hazardName(hazard ?? { code: scenario.hazardCode, label: '' });
}

/** The 5 × 5 risk matrix as a table: likelihood 5 to 1 down, impact 1 to 5 across, each cell its score and hazards. */
function riskMatrix(facts: PlanFacts): DocxBlock[] {
  const { t } = facts;
  const placed = new Map<string, string[]>();
  for (const hazard of facts.plan.hazards) {
    if (riskScore(hazard) === null) continue;
    const key = `${hazard.likelihood}|${hazard.impact}`;
    placed.set(key, [...(placed.get(key) ?? []), facts.hazardName(hazard)]);
  }
  const score = (likelihood: number, impact: number): number => riskScore({ id: 'cell', code: null, label: '', likelihood, impact }) ?? 0;
  return [
    {
      kind: 'table',
      columns: [
        { header: `${t('pdf:column.likelihood')} \\ ${t('pdf:column.impact')}`, width: 15, align: 'center' },
        ...SCALE.map((impact) => ({ header: String(impact), width: 17, align: 'center' as const })),
      ],
      rows: [...SCALE].reverse().map((likelihood) => [
        { text: String(likelihood), strong: true },
        ...SCALE.map((impact) => ({
          text: String(score(likelihood, impact)),
          sub: (placed.get(`${likelihood}|${impact}`) ?? []).join('\n') || undefined,
          fill: RISK_FILLS[riskLevel(score(likelihood, impact))],
        })),
      ]),
    },
    text(
      [['low', '1–4'], ['medium', '5–9'], ['high', '10–16'], ['extreme', '17–25']]
        .map(([level, range]) => `${t(`pdf:value.${level}`)} ${range}`)
        .join(' · '),
      'note',
    ),
  ];
}

function step4(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const hazards = hazardsByScore(plan);
  const groups: Scenario[][] = [];
  for (let index = 0; index < plan.scenarios.length; index += SCENARIOS_PER_TABLE) groups.push(plan.scenarios.slice(index, index + SCENARIOS_PER_TABLE));
  const recoveryTable = (scenarios: readonly Scenario[], offset: number): DocxBlock[] => {
    const recoveries = scenarios.map((scenario) => new Map(expectedRecovery(plan, scenario).map((recovery) => [recovery.keyProductId, recovery])));
    return table<KeyProduct>(
      [
        { header: t(fieldLabelKey('keyProducts.name')), width: 34, value: (product) => ({ text: facts.productLabel(product), strong: true }) },
        {
          header: t(fieldLabelKey('keyProducts.rto.value')),
          width: 14,
          value: (product) => (product.rto.value === null ? t('pdf:value.noTarget') : facts.recoveryTime(product.rto)),
        },
        ...scenarios.map(
          (scenario, index): Column<KeyProduct> => ({
            header: `${t('pdf:note.scenarioShort', { number: offset + index + 1 })}\n${scenarioHazard(facts, scenario)}`,
            width: 52 / scenarios.length,
            align: 'center',
            value: (product) => {
              const recovery = recoveries[index]?.get(product.id);
              if (recovery === undefined || recovery.expectedDays === 0) return EMPTY;
              return recovery.meetsRto === false
                ? { text: facts.days(recovery.expectedDays), strong: true, fill: COLORS.alertLight }
                : facts.days(recovery.expectedDays);
            },
          }),
        ),
      ],
      facts.productsByRank,
    );
  };
  return [
    stepHeading(facts, 4),
    ...part(facts, t('pdf:heading.riskMatrix'), hazards.length === 0, () => [text(t('pdf:note.riskMatrix'), 'note'), ...riskMatrix(facts)]),
    ...(hazards.length === 0
      ? []
      : part(facts, t('pdf:heading.hazards'), false, () =>
          table(
            [
              {
                header: t('pdf:column.hazard'),
                width: 22,
                value: (hazard) => ({
                  text: facts.hazardName(hazard),
                  strong: true,
                  sub: hazard.code !== null && hazard.code !== 'other' && hazard.label.trim() ? hazard.label : undefined,
                }),
              },
              {
                header: t('pdf:column.likelihood'),
                width: 29,
                value: (hazard) => (onScale(hazard.likelihood) ? t(`options:likelihood.${hazard.likelihood}`) : EMPTY),
              },
              { header: t('pdf:column.impact'), width: 29, value: (hazard) => (onScale(hazard.impact) ? t(`options:severity.${hazard.impact}`) : EMPTY) },
              { header: t('pdf:column.score'), width: 9, align: 'center', value: (hazard) => ({ text: String(riskScore(hazard) ?? EMPTY), strong: true }) },
              {
                header: t('pdf:column.level'),
                width: 11,
                value: (hazard) => {
                  const score = riskScore(hazard);
                  if (score === null) return EMPTY;
                  const level = riskLevel(score);
                  return { text: t(`pdf:value.${level}`), strong: true, fill: RISK_FILLS[level] };
                },
              },
            ],
            hazards,
          ),
        )),
    ...part(facts, t(fieldLabelKey('scenarios')), plan.scenarios.length === 0, () =>
      plan.scenarios.flatMap((scenario, index) => [
        heading(3, `${t('pdf:note.scenarioShort', { number: index + 1 })} · ${scenarioHazard(facts, scenario)}`),
        ...(scenario.description.trim() ? [text(scenario.description)] : []),
        ...table(
          [
            { header: t(fieldLabelKey('scenarios.effects.resourceId')), width: 70, value: (effect) => shown(facts.resourceById.get(effect.resourceId ?? '')?.name) },
            {
              header: t('pdf:column.outOfAction'),
              width: 30,
              value: (effect) => (effect.unavailableDays === null ? EMPTY : facts.days(effect.unavailableDays)),
            },
          ],
          scenario.effects,
        ),
      ]),
    ),
    ...(plan.scenarios.length > 0 && facts.productsByRank.length > 0
      ? part(facts, t('pdf:heading.recovery'), false, () => [
          text(`${t('pdf:note.recovery')}   ${EMPTY} = ${t('pdf:value.notAffected')}`, 'note'),
          ...groups.flatMap((group, index) => recoveryTable(group, index * SCENARIOS_PER_TABLE)),
        ])
      : []),
  ];
}

const isHazardCode = (value: string): value is HazardCode => (HAZARDS as readonly string[]).includes(value);

function measureTarget(facts: PlanFacts, measure: Measure): string {
  const { target } = measure;
  if (target === null) return EMPTY;
  if (target.startsWith(HAZARD_TARGET_PREFIX)) {
    const code = target.slice(HAZARD_TARGET_PREFIX.length);
    if (!isHazardCode(code)) return EMPTY;
    const hazard = facts.plan.hazards.find((candidate) => candidate.code === code);
    return facts.hazardName(hazard ?? { code, label: '' });
  }
  return shown(facts.resourceById.get(target)?.name);
}

function step5(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const costs = plan.measures.map((measure) => measure.costEstimate).filter((cost): cost is number => cost !== null);
  return [
    stepHeading(facts, 5),
    ...part(facts, t('pdf:heading.measures'), plan.measures.length === 0, () => [
      ...table(
        [
          {
            header: t('pdf:column.action'),
            width: 31,
            value: (measure) => ({ text: shown(measure.action), sub: measure.type === null ? undefined : t(`options:measureType.${measure.type}`) }),
          },
          { header: t('pdf:column.protects'), width: 17, value: (measure) => measureTarget(facts, measure) },
          { header: t('pdf:column.owner'), width: 13, value: (measure) => shown(measure.owner) },
          { header: t('pdf:column.due'), width: 11, value: (measure) => facts.date(measure.dueDate) },
          { header: t('pdf:column.cost'), width: 16, align: 'right', value: (measure) => facts.money(measure.costEstimate) },
          { header: t('pdf:column.status'), width: 12, value: (measure) => t(`options:measureStatus.${measure.status}`) },
        ],
        plan.measures,
      ),
      ...(costs.length > 0 ? [text(t('pdf:note.totalCost', { amount: facts.money(costs.reduce((sum, cost) => sum + cost, 0)) }), 'strong')] : []),
    ]),
  ];
}

/** A person of the staff list as the call tree shows them: name and mobile. */
const person = (facts: PlanFacts, id: string | null): string => {
  const employee = facts.employeeById.get(id ?? '');
  return employee === undefined ? EMPTY : filled(employee.name, employee.mobile).join(' · ') || EMPTY;
};

function callTreeTable(facts: PlanFacts, links: PlanFacts['plan']['callTree']): DocxBlock[] {
  const { t } = facts;
  return table(
    [
      { header: t(fieldLabelKey('callTree.callerId')), width: 38, value: (link) => ({ text: person(facts, link.callerId), strong: true }) },
      { header: t('pdf:column.calls'), width: 62, value: (link) => link.calleeIds.map((id) => person(facts, id)).join('\n') || EMPTY },
    ],
    links,
  );
}

function step6(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const { emergency } = plan;
  const actions = firstActionItems(facts);
  const method = emergency.safetyCheck.method;
  const links = plan.callTree.filter((link) => link.callerId !== null || link.calleeIds.length > 0);
  return [
    stepHeading(facts, 6),
    ...part(facts, t(fieldLabelKey('emergency.firstActions')), actions.length === 0, () => [{ kind: 'list', items: actions }]),
    ...part(facts, t('pdf:heading.activation'), false, () =>
      values([
        [t('pdf:column.whoDecides'), shown(emergency.activation.whoDecides)],
        [t('pdf:column.criteria'), shown(emergency.activation.criteria)],
        [t(fieldLabelKey('emergency.evacuation.assemblyPoint')), shown(emergency.evacuation.assemblyPoint)],
        [t(fieldLabelKey('emergency.evacuation.routes')), shown(emergency.evacuation.routes)],
        [t('pdf:column.safetyCheck'), filled(method === null ? '' : t(`options:safetyCheck.${method}`), emergency.safetyCheck.note).join('\n') || EMPTY],
      ]),
    ),
    ...part(facts, t('pdf:heading.callTree'), links.length === 0, () => callTreeTable(facts, links)),
    text(t('pdf:note.seeAppendices'), 'note'),
  ];
}

function step7(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const withoutStrategy = facts.flagged('key_product_without_strategy', 'keyProducts');
  const slower = facts.flagged('strategy_slower_than_rto', 'strategies');
  const indexed = plan.strategies.map((strategy, index) => ({ strategy, index }));
  type Row = { product: KeyProduct | undefined; first: boolean; strategy: (typeof plan.strategies)[number] | undefined; index: number };
  const rows: Row[] = facts.productsByRank.flatMap((product): Row[] => {
    const own = indexed.filter(({ strategy }) => strategy.keyProductId === product.id);
    if (own.length === 0) {
      return withoutStrategy.has(plan.keyProducts.indexOf(product)) ? [{ product, first: true, strategy: undefined, index: -1 }] : [];
    }
    return own.map(({ strategy, index }, position) => ({ product, first: position === 0, strategy, index }));
  });
  rows.push(
    ...indexed
      .filter(({ strategy }) => strategy.keyProductId === null || !facts.productById.has(strategy.keyProductId))
      .map(({ strategy, index }) => ({ product: undefined, first: true, strategy, index })),
  );
  return [
    stepHeading(facts, 7),
    ...part(facts, t('pdf:heading.strategies'), rows.length === 0, () =>
      table<Row>(
        [
          {
            header: t(fieldLabelKey('keyProducts.name')),
            width: 24,
            value: ({ product, first }) =>
              !first
                ? ''
                : product === undefined
                  ? EMPTY
                  : {
                      text: facts.productLabel(product),
                      strong: true,
                      sub:
                        product.rto.value === null
                          ? undefined
                          : t('pdf:value.labelled', { label: t(fieldLabelKey('keyProducts.rto.value')), value: facts.recoveryTime(product.rto) }),
                    },
          },
          {
            header: t('pdf:column.strategy'),
            width: 20,
            value: ({ strategy }) =>
              strategy === undefined
                ? { text: t('pdf:value.noStrategy'), strong: true, fill: COLORS.alertLight }
                : strategy.type === null
                  ? EMPTY
                  : t(`options:strategyType.${strategy.type}`),
          },
          {
            header: t('pdf:column.howItWorks'),
            width: 30,
            value: ({ strategy }) =>
              strategy === undefined
                ? ''
                : {
                    text: shown(strategy.description),
                    sub: strategy.resourcesNeeded.trim()
                      ? t('pdf:value.labelled', { label: t('pdf:column.needs'), value: strategy.resourcesNeeded })
                      : undefined,
                  },
          },
          { header: t('pdf:column.owner'), width: 12, value: ({ strategy }) => (strategy === undefined ? '' : shown(strategy.owner)) },
          {
            header: t('pdf:column.readyIn'),
            width: 14,
            value: ({ strategy, index }) => {
              if (strategy === undefined) return '';
              if (strategy.achievableDays === null) return EMPTY;
              const days = facts.days(strategy.achievableDays);
              return slower.has(index) ? { text: days, strong: true, fill: COLORS.alertLight, sub: t('pdf:value.slower') } : days;
            },
          },
        ],
        rows,
      ),
    ),
  ];
}

function step8(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const { finance } = plan;
  const months = reserveMonths(finance);
  const hasFigures = [finance.monthlyFixedCosts, finance.cashOnHand, finance.estimatedRecoveryCost].some((value) => value !== null);
  const empty = !hasFigures && finance.insurance.length === 0 && finance.credit.length === 0;
  if (empty) return [stepHeading(facts, 8), ...part(facts, t('pdf:heading.costs'), true, () => [])];
  return [
    stepHeading(facts, 8),
    ...(hasFigures
      ? part(facts, t('pdf:heading.costs'), false, () =>
          values([
            [t(fieldLabelKey('finance.monthlyFixedCosts')), facts.money(finance.monthlyFixedCosts)],
            [t(fieldLabelKey('finance.cashOnHand')), facts.money(finance.cashOnHand)],
            [
              t('pdf:column.reserve'),
              months === null
                ? EMPTY
                : t('common:review.reserveMonths', { count: roundedAsShown(months, 1), months: facts.number(months, 1), cash: facts.money(finance.cashOnHand) }),
            ],
            [t(fieldLabelKey('finance.estimatedRecoveryCost')), facts.money(finance.estimatedRecoveryCost)],
          ]),
        )
      : []),
    ...part(facts, t('pdf:heading.insurance'), finance.insurance.length === 0, () =>
      table(
        [
          {
            header: t('pdf:column.type'),
            width: 28,
            value: (policy) => ({
              text: shown(policy.type),
              strong: true,
              sub: policy.policyNo.trim() ? t('pdf:value.labelled', { label: t('pdf:column.policyNo'), value: policy.policyNo }) : undefined,
            }),
          },
          { header: t('pdf:column.insurer'), width: 22, value: (policy) => shown(policy.insurer) },
          { header: t(fieldLabelKey('finance.insurance.coverage')), width: 32, value: (policy) => shown(policy.coverage) },
          { header: t('pdf:column.claimsPhone'), width: 18, value: (policy) => shown(policy.phone) },
        ],
        finance.insurance,
      ),
    ),
    ...(finance.credit.length === 0
      ? []
      : part(facts, t(fieldLabelKey('finance.credit')), false, () =>
          table(
            [
              { header: t(fieldLabelKey('finance.credit.lender')), width: 40, value: (line) => ({ text: shown(line.lender), strong: true }) },
              { header: t('pdf:column.type'), width: 35, value: (line) => shown(line.type) },
              { header: t(fieldLabelKey('finance.credit.amount')), width: 25, align: 'right', value: (line) => facts.money(line.amount) },
            ],
            finance.credit,
          ),
        )),
  ];
}

/** Exercises by date, oldest first; undated ones last, in the order they were added (Step9Exercises.tsx). */
const byDate = (exercises: readonly Exercise[]): Exercise[] =>
  exercises
    .map((exercise, index) => ({ exercise, index }))
    .sort((a, b) => (a.exercise.date || '9999').localeCompare(b.exercise.date || '9999') || a.index - b.index)
    .map(({ exercise }) => exercise);

function step9(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const exercises = byDate(plan.exercises);
  const actions = exercises.flatMap((exercise) => exercise.actions.map((action) => ({ exercise, action })));
  return [
    stepHeading(facts, 9),
    ...part(facts, t('pdf:heading.training'), false, () =>
      values([
        [t('pdf:column.frequency'), t(`options:trainingFrequency.${plan.training.frequencyMonths}`)],
        [t('pdf:column.audience'), shown(plan.training.audience)],
      ]),
    ),
    ...part(facts, t('pdf:heading.exercises'), exercises.length === 0, () =>
      table(
        [
          { header: t('pdf:column.date'), width: 13, value: (exercise) => ({ text: facts.date(exercise.date), strong: true }) },
          { header: t('pdf:column.type'), width: 19, value: (exercise) => (exercise.type === null ? EMPTY : t(`options:exerciseType.${exercise.type}`)) },
          { header: t('pdf:column.scenario'), width: 22, value: (exercise) => shown(exercise.scenario) },
          { header: t(fieldLabelKey('exercises.participants')), width: 18, value: (exercise) => shown(exercise.participants) },
          { header: t('pdf:column.findings'), width: 28, value: (exercise) => shown(exercise.findings) },
        ],
        exercises,
      ),
    ),
    ...(actions.length === 0
      ? []
      : part(facts, t('pdf:heading.exerciseActions'), false, () =>
          table(
            [
              { header: t('pdf:column.action'), width: 40, value: ({ action }) => shown(action.action) },
              { header: t('pdf:column.fromExercise'), width: 16, value: ({ exercise }) => facts.date(exercise.date) },
              { header: t('pdf:column.owner'), width: 16, value: ({ action }) => shown(action.owner) },
              { header: t('pdf:column.due'), width: 14, value: ({ action }) => facts.date(action.due) },
              {
                header: t('pdf:column.status'),
                width: 14,
                value: ({ action }) => (action.done ? t('common:review.checkPassed') : { text: t('common:review.checkOpen'), strong: true }),
              },
            ],
            actions,
          ),
        )),
  ];
}

function step10(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const { review, approval } = plan;
  const next = nextReviewDate(plan);
  return [
    stepHeading(facts, 10),
    ...part(facts, t('pdf:heading.review'), false, () =>
      values([
        [t('pdf:column.frequency'), t(`options:reviewFrequency.${review.frequencyMonths}`)],
        [t('pdf:column.lastReviewed'), facts.date(review.lastReviewed)],
        [t('common:review.nextReview'), next === null ? EMPTY : overdueDate(facts, next)],
        [t(fieldLabelKey('review.triggers')), review.triggers.length === 0 ? EMPTY : review.triggers.map((trigger) => t(`options:reviewTrigger.${trigger}`))],
      ]),
    ),
    ...part(facts, t(fieldLabelKey('changeLog')), plan.changeLog.length === 0, () =>
      table(
        [
          { header: t('pdf:column.date'), width: 16, value: (entry) => ({ text: facts.date(entry.date), strong: true }) },
          { header: t('pdf:column.summary'), width: 60, value: (entry) => shown(entry.summary) },
          { header: t('pdf:column.by'), width: 24, value: (entry) => shown(entry.by) },
        ],
        plan.changeLog,
      ),
    ),
    heading(2, t('pdf:heading.signOff')),
    ...values([
      [t(fieldLabelKey('approval.name')), [shown(approval.name), ...filled(approval.position)]],
      [t('pdf:column.date'), facts.date(approval.date)],
      [t('pdf:column.signature'), ' '],
    ]),
  ];
}

function appendixSelfCheck(facts: PlanFacts): DocxBlock[] {
  const { plan, t, issues } = facts;
  const results = selfCheck(plan, issues, facts.printedAt);
  const passed = results.filter((result) => result.passed).length;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const counts = [
    ...(errors > 0 ? [t('common:issues.errorCount', { count: errors })] : []),
    ...(warnings > 0 ? [t('common:issues.warningCount', { count: warnings })] : []),
  ];
  return [
    heading(1, t('pdf:appendix.selfCheck'), true),
    heading(2, t('common:review.selfCheckTitle', { passed, total: results.length })),
    ...table(
      [
        {
          header: t('pdf:column.result'),
          width: 16,
          value: (result) =>
            result.passed
              ? { text: t('common:review.checkPassed'), fill: COLORS.goodLight }
              : { text: t('common:review.checkOpen'), strong: true, fill: COLORS.alertLight },
        },
        {
          header: t('pdf:column.check'),
          width: 84,
          value: (result) => ({ text: t(`common:selfCheck.${result.item}`), sub: result.kind === 'manual' ? t('pdf:note.manualCheck') : undefined }),
        },
      ],
      results,
    ),
    ...(counts.length > 0 ? [text(t('pdf:value.labelled', { label: t('pdf:note.openPoints'), value: formatList(counts, facts.language) }))] : []),
  ];
}

/** The staff contact list and the outside contacts (Appendix B, and the Quick plan's contacts). */
function contactLists(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const { employees, external } = plan.contacts;
  return [
    ...part(facts, t('pdf:heading.staff'), employees.length === 0, () =>
      table(
        [
          { header: t('pdf:column.name'), width: 24, value: (employee) => ({ text: shown(employee.name), strong: true }) },
          { header: t('pdf:column.job'), width: 22, value: (employee) => shown(employee.role) },
          { header: t('pdf:column.mobile'), width: 17, value: (employee) => shown(employee.mobile) },
          { header: t(fieldLabelKey('contacts.employees.altPhone')), width: 15, value: (employee) => shown(employee.altPhone) },
          { header: t(fieldLabelKey('contacts.employees.emergencyContact')), width: 22, value: (employee) => shown(employee.emergencyContact) },
        ],
        employees,
      ),
    ),
    ...part(facts, t(fieldLabelKey('contacts.external')), external.length === 0, () =>
      table(
        [
          { header: t('pdf:column.type'), width: 20, value: (contact) => (contact.category === null ? EMPTY : t(`options:contactCategory.${contact.category}`)) },
          { header: t(fieldLabelKey('contacts.external.organisation')), width: 30, value: (contact) => ({ text: shown(contact.organisation), strong: true }) },
          { header: t(fieldLabelKey('contacts.external.person')), width: 18, value: (contact) => shown(contact.person) },
          {
            header: t('pdf:column.contact'),
            width: 32,
            value: (contact) => ({ text: shown(contact.phone), strong: true, sub: filled(contact.email).join('') || undefined }),
          },
        ],
        external,
      ),
    ),
  ];
}

function appendixKit(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  return [
    heading(1, t('pdf:appendix.kit')),
    ...(plan.kit.length === 0
      ? [notYetWritten(facts)]
      : table(
          [
            { header: t(fieldLabelKey('kit.item')), width: 34, value: (item) => ({ text: shown(item.item), strong: true }) },
            { header: t(fieldLabelKey('kit.quantity')), width: 16, value: (item) => shown(item.quantity) },
            { header: t('pdf:column.keptAt'), width: 32, value: (item) => shown(item.location) },
            { header: t(fieldLabelKey('kit.lastChecked')), width: 18, value: (item) => facts.date(item.lastChecked) },
          ],
          plan.kit,
        )),
  ];
}

/** The wallet cards: what every card shows once, then a row per person with their own part of it. */
function walletCards(facts: PlanFacts, title: string): DocxBlock[] {
  const { plan, t } = facts;
  const { cards, shared } = walletCardData(facts);
  if (cards.length === 0) return [heading(1, title), notYetWritten(facts)];
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const nameAndPhone = (name: string, phone: string): string => filled(name, phone).join(' · ');
  return [
    heading(1, title, true),
    text(t('pdf:walletCard.title'), 'strong'),
    ...values(
      (
        [
          [t(fieldLabelKey('emergency.evacuation.assemblyPoint')), plan.emergency.evacuation.assemblyPoint],
          [t(fieldLabelKey('team.leader.employeeId')), nameAndPhone(leader.name, leader.phone)],
          [t(fieldLabelKey('team.deputy.employeeId')), nameAndPhone(deputy.name, deputy.phone)],
          [t('pdf:quickCard.emergencyNumbers'), shared.numbers],
          [t('pdf:column.safetyCheck'), shared.safety],
        ] as const
      ).filter(([, value]) => value.trim() !== ''),
    ),
    ...table(
      [
        {
          header: t('pdf:column.name'),
          width: 30,
          value: ({ employee }) => ({ text: shown(employee.name), strong: true, sub: filled(employee.role, employee.mobile).join(' · ') || undefined }),
        },
        { header: t('pdf:walletCard.callsYou'), width: 30, value: ({ calledBy }) => (calledBy ? nameAndPhone(calledBy.name, calledBy.mobile) : EMPTY) },
        {
          header: t('pdf:walletCard.youCall'),
          width: 40,
          value: ({ calls }) => calls.map((callee) => nameAndPhone(callee.name, callee.mobile)).join('\n') || EMPTY,
        },
      ],
      cards,
    ),
  ];
}

function quickPlan(facts: PlanFacts): DocxBlock[] {
  const { plan, t } = facts;
  const titles = quickPlanTitles(facts);
  const { company, purpose } = plan;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const business: [string, string][] = [[t('pdf:column.name'), shown(company.name)]];
  if (company.address.trim()) business.push([t('pdf:column.address'), company.address]);
  if (company.industry !== null) business.push([t(fieldLabelKey('company.industry')), t(`options:industry.${company.industry}`)]);
  if (company.employeeCount !== null) business.push([t('pdf:column.employees'), facts.number(company.employeeCount, 0)]);
  const teamRows = (
    [
      [t(fieldLabelKey('team.leader.employeeId')), filled(leader.name, leader.position, leader.phone, leader.email)],
      [t(fieldLabelKey('team.deputy.employeeId')), filled(deputy.name, deputy.phone)],
    ] as const
  ).filter(([, value]) => value.length > 0);
  const actions = firstActionItems(facts);
  const { activation, evacuation } = plan.emergency;
  const response: [string, string][] = [[t('pdf:column.whoDecides'), shown(activation.whoDecides)]];
  if (activation.criteria.trim()) response.push([t('pdf:column.criteria'), activation.criteria]);
  response.push([t(fieldLabelKey('emergency.evacuation.assemblyPoint')), shown(evacuation.assemblyPoint)]);
  const links = plan.callTree.filter((link) => link.callerId !== null && link.calleeIds.length > 0);
  const next = nextReviewDate(plan);
  const review: [string, string][] = [[t('pdf:column.frequency'), t(`options:reviewFrequency.${plan.review.frequencyMonths}`)]];
  if (plan.review.lastReviewed.trim()) review.push([t('pdf:column.lastReviewed'), facts.date(plan.review.lastReviewed)]);
  if (next !== null) review.push([t('common:review.nextReview'), overdueDate(facts, next)]);

  return [
    heading(1, titles.business, true),
    ...values(business),
    ...(purpose.priorities.length > 0
      ? [heading(2, t('pdf:heading.priorities')), { kind: 'list', items: purpose.priorities.map((priority) => ({ text: t(`options:priority.${priority}`) })) } as const]
      : []),
    ...(purpose.statement.trim() ? [heading(2, t('pdf:heading.purpose')), text(purpose.statement)] : []),
    ...(teamRows.length > 0 ? [heading(2, t('pdf:heading.team')), ...values(teamRows)] : []),
    heading(1, titles.keyProducts),
    ...part(facts, t('pdf:heading.keyProducts'), facts.productsByRank.length === 0, () =>
      table(
        [
          rankColumn(facts, 10),
          { header: t(fieldLabelKey('keyProducts.name')), width: 60, value: (product) => ({ text: shown(product.name), strong: true }) },
          { header: t(fieldLabelKey('keyProducts.rto.value')), width: 30, value: (product) => ({ text: facts.recoveryTime(product.rto), strong: true }) },
        ],
        facts.productsByRank,
      ),
    ),
    heading(1, titles.emergency),
    ...part(facts, t(fieldLabelKey('emergency.firstActions')), actions.length === 0, () => [{ kind: 'list', items: actions }]),
    heading(2, t('pdf:heading.activation')),
    ...values(response),
    heading(1, titles.contacts),
    ...contactLists(facts),
    ...(links.length > 0 ? [heading(2, t('pdf:heading.callTree')), ...callTreeTable(facts, links)] : []),
    heading(1, titles.review),
    ...values(review),
    ...(plan.contacts.employees.length > 0 ? walletCards(facts, t('pdf:quickPlan.walletCards')) : []),
  ];
}

/** The whole document, in print order. */
export function planContent(facts: PlanFacts): DocxBlock[] {
  const { t } = facts;
  const body =
    facts.plan.path === 'quick'
      ? quickPlan(facts)
      : [
          ...step1(facts),
          ...step2(facts),
          ...step3(facts),
          ...step4(facts),
          ...step5(facts),
          ...step6(facts),
          ...step7(facts),
          ...step8(facts),
          ...step9(facts),
          ...step10(facts),
          ...appendixSelfCheck(facts),
          heading(1, t('pdf:appendix.contacts')),
          ...contactLists(facts),
          ...appendixKit(facts),
          ...walletCards(facts, t('pdf:appendix.walletCards')),
        ];
  return [...cover(facts), ...quickCard(facts), ...body];
}
