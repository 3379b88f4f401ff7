/**
 * The incident report: what the emergency screen recorded for one incident or exercise, for the insurer and
 * for the next review. Title and business, what happened, when it started and closed and by whom, the
 * timeline (every tick, safety mark, contact told and log line in time order, with time and name), the first
 * actions with their ticks, each person's last safety status, who was told, the key products against their
 * target recovery times at closing, and the three lessons.
 *
 * Built from the plan PDF's blocks and styles (document/), so it has the same fonts, line breaking and page
 * chrome. Times print in the PDF language with Intl, in the device's time zone; a time on another day than
 * the start also gives its date.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import type { ComponentProps } from 'react';
import {
  currentSafety,
  isoDay,
  isOpen,
  peopleToTell,
  recoveryClocks,
  INCIDENT_LESSONS,
  type Incident,
  type Plan,
} from '../../domain';
import { formatDateTime, formatTime } from '../../i18n/format';
import { Block, filled, KeyValues, Note, shown, SubHeading, Table, type CellValue } from '../document/blocks';
import { createPdfContext, EMPTY, type PdfContext, type PlanDocumentProps } from '../document/context';
import { firstActionItems } from '../document/QuickCard';
import { CHROME, type Tone } from '../document/styles';
import { fitToWidth } from '../document/text-width';

export interface IncidentReportProps extends PlanDocumentProps {
  /** An incident of `plan.incidents`, open or closed. */
  incidentId: string;
}

/** How long something has run: minutes under an hour, then hours and minutes, then days and hours. */
export function elapsedText(t: TFunction, elapsedMs: number): string {
  const minutes = Math.floor(Math.max(0, elapsedMs) / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const minutesText = (count: number) => t('incident-report:duration.minutes', { count });
  const hoursText = (count: number) => t('common:units.hours', { count });
  const pair = (larger: string, smaller: string | null) =>
    smaller === null ? larger : t('incident-report:duration.twoUnits', { larger, smaller });
  if (hours === 0) return minutesText(minutes);
  if (days === 0) return pair(hoursText(hours), minutes % 60 === 0 ? null : minutesText(minutes % 60));
  return pair(t('common:units.days', { count: days }), hours % 24 === 0 ? null : hoursText(hours % 24));
}

/** The incident's hazard as the plan names it, or null for "something else". */
function hazardText(ctx: PdfContext, incident: Incident): string | null {
  const hazard = incident.hazardId === null ? undefined : ctx.plan.hazards.find((candidate) => candidate.id === incident.hazardId);
  return hazard === undefined ? null : ctx.hazardName(hazard);
}

interface Times {
  /**
   * A moment of the incident as a table cell: its time, and under it the date when it is not the day the
   * incident started, and who recorded it (`by`, when given).
   */
  when: (at: string, by?: string, tone?: Tone) => CellValue;
  /** A moment with its date and time, and who recorded it. */
  stamp: (at: string, by: string) => string;
}

function timesFor(ctx: PdfContext, incident: Incident): Times {
  const startDay = isoDay(new Date(incident.startedAt));
  return {
    when: (at, by = '', tone = 'normal') => {
      const day = isoDay(new Date(at));
      const sub = filled(day === startDay ? null : ctx.date(day), by).join(' · ');
      return { text: formatTime(at, ctx.language), tone, ...(sub === '' ? {} : { sub }) };
    },
    stamp: (at, by) => {
      const time = formatDateTime(at, ctx.language);
      return by.trim() === '' ? time : ctx.t('incident-report:facts.stamp', { time, name: by.trim() });
    },
  };
}

function TitleBlock({ ctx, incident, times }: { ctx: PdfContext; incident: Incident; times: Times }) {
  const { t, styles: s, plan } = ctx;
  const hazard = hazardText(ctx, incident);
  const end = isOpen(incident) ? ctx.printedAt : new Date(incident.closedAt);
  const rows: [string, string | string[]][] = [
    [t('incident-report:facts.whatHappened'), [hazard, incident.description].filter((part): part is string => part !== null && part.trim() !== '')],
  ];
  if (incident.kind === 'exercise' && incident.exerciseType !== null) {
    rows.push([t('incident-report:facts.exerciseType'), t(`options:exerciseType.${incident.exerciseType}`)]);
  }
  rows.push(
    [t('incident-report:facts.started'), times.stamp(incident.startedAt, incident.startedBy)],
    [t('incident-report:facts.closed'), isOpen(incident) ? t('incident-report:facts.stillOpen') : times.stamp(incident.closedAt, incident.closedBy)],
    [t('incident-report:facts.duration'), elapsedText(t, end.getTime() - Date.parse(incident.startedAt))],
  );
  return (
    <>
      <View style={s.stepHeadingFirst} wrap={false}>
        <Text style={s.stepKicker}>{shown(plan.company.name)}</Text>
        <Text style={s.stepTitle}>{t(`incident-report:title.${incident.kind}`)}</Text>
      </View>
      <KeyValues ctx={ctx} rows={rows.map(([label, value]) => [label, value.length === 0 ? EMPTY : value] as const)} />
    </>
  );
}

interface TimelineRow {
  at: string;
  what: string;
  by: string;
}

function Timeline({ ctx, incident, times }: { ctx: PdfContext; incident: Incident; times: Times }) {
  const { t, plan } = ctx;
  const exercise = incident.kind === 'exercise';
  const actions = firstActionItems(ctx);
  const actionName = new Map(plan.emergency.firstActions.map((action, index) => [action.id, actions[index]?.text ?? EMPTY]));
  const contactName = new Map(peopleToTell(plan).map((person) => [person.contactId, person.name]));
  const rows: TimelineRow[] = [
    { at: incident.startedAt, what: t(exercise ? 'incident-report:timeline.startedExercise' : 'incident-report:timeline.started'), by: incident.startedBy },
    ...incident.firstActionsDone.map(({ at, by, firstActionId }) => ({
      at,
      by,
      what: t('incident-report:timeline.actionDone', { action: actionName.get(firstActionId) ?? EMPTY }),
    })),
    ...incident.safety.map(({ at, by, employeeId, status }) => ({
      at,
      by,
      what: t('incident-report:timeline.safety', {
        name: shown(ctx.employeeById.get(employeeId)?.name),
        status: t(`incident-report:safety.statuses.${status}`),
      }),
    })),
    ...incident.notified.map(({ at, by, contactId }) => ({ at, by, what: t('incident-report:timeline.told', { name: shown(contactName.get(contactId)) }) })),
    ...incident.log.map(({ at, by, note }) => ({ at, by, what: note })),
    ...(isOpen(incident)
      ? []
      : [{ at: incident.closedAt, by: incident.closedBy, what: t(exercise ? 'incident-report:timeline.closedExercise' : 'incident-report:timeline.closed') }]),
  ];
  const ordered = rows.map((row, index) => ({ row, index })).sort((a, b) => Date.parse(a.row.at) - Date.parse(b.row.at) || a.index - b.index);
  return (
    <>
      <SubHeading ctx={ctx}>{t('incident-report:timeline.title')}</SubHeading>
      <Note ctx={ctx}>{t('incident-report:timeline.intro')}</Note>
      <Table
        ctx={ctx}
        rows={ordered.map(({ row }) => row)}
        columns={[
          { header: t('incident-report:timeline.time'), width: 17, value: (row) => times.when(row.at, '', 'strong') },
          { header: t('incident-report:timeline.what'), width: 61, value: (row) => row.what },
          { header: t('incident-report:timeline.by'), width: 22, value: (row) => shown(row.by) },
        ]}
      />
    </>
  );
}

function FirstActions({ ctx, incident, times }: { ctx: PdfContext; incident: Incident; times: Times }) {
  const { t, plan } = ctx;
  const items = firstActionItems(ctx);
  const done = new Map(incident.firstActionsDone.map((tick) => [tick.firstActionId, tick]));
  const rows = plan.emergency.firstActions.map((action, index) => ({ item: items[index], tick: done.get(action.id) }));
  return (
    <Block ctx={ctx} title={t('incident-report:firstActions.title')} empty={rows.length === 0}>
      <Table
        ctx={ctx}
        rows={rows}
        columns={[
          { header: '#', width: 6, value: (_row, index) => ({ text: String(index + 1), tone: 'strong' }) },
          { header: t('incident-report:firstActions.action'), width: 60, value: ({ item }) => ({ text: item?.text ?? EMPTY, sub: item?.detail }) },
          {
            header: t('incident-report:firstActions.done'),
            width: 34,
            value: ({ tick }): CellValue =>
              tick === undefined
                ? { text: t('incident-report:firstActions.notDone'), tone: 'muted' }
                : times.when(tick.at, tick.by, 'good'),
          },
        ]}
      />
    </Block>
  );
}

function SafetyCheck({ ctx, incident, times }: { ctx: PdfContext; incident: Incident; times: Times }) {
  const { t, plan } = ctx;
  const current = currentSafety(incident);
  const staff = plan.contacts.employees;
  const safe = staff.filter((employee) => current.get(employee.id)?.status === 'safe').length;
  return (
    <Block ctx={ctx} title={t('incident-report:safety.title')} empty={staff.length === 0}>
      <Note ctx={ctx}>{t('incident-report:safety.count', { safe, total: staff.length })}</Note>
      <Table
        ctx={ctx}
        rows={staff}
        columns={[
          { header: t('incident-report:safety.person'), width: 44, value: (employee) => ({ text: shown(employee.name), sub: employee.role.trim() || undefined }) },
          {
            header: t('incident-report:safety.status'),
            width: 26,
            labels: true,
            value: (employee): CellValue => {
              const mark = current.get(employee.id);
              if (mark === undefined) return { text: t('incident-report:safety.notChecked'), tone: 'muted' };
              return { text: t(`incident-report:safety.statuses.${mark.status}`), tone: mark.status === 'safe' ? 'good' : 'alert' };
            },
          },
          {
            header: t('incident-report:safety.marked'),
            width: 30,
            value: (employee): CellValue => {
              const mark = current.get(employee.id);
              return mark === undefined ? EMPTY : times.when(mark.at, mark.by);
            },
          },
        ]}
      />
    </Block>
  );
}

function WhoWasTold({ ctx, incident, times }: { ctx: PdfContext; incident: Incident; times: Times }) {
  const { t, plan } = ctx;
  const people = new Map(peopleToTell(plan).map((person) => [person.contactId, person]));
  const rows = incident.notified.map((notified) => ({ notified, person: people.get(notified.contactId) }));
  return (
    <>
      <SubHeading ctx={ctx}>{t('incident-report:told.title')}</SubHeading>
      {rows.length === 0 ? <Note ctx={ctx}>{t('incident-report:told.nobody')}</Note> : null}
      <Table
        ctx={ctx}
        rows={rows}
        columns={[
          {
            header: t('incident-report:told.contact'),
            width: 44,
            value: ({ person }) => ({ text: shown(person?.name), sub: [person?.detail, person?.phone].filter(Boolean).join(' · ') || undefined }),
          },
          { header: t('incident-report:told.kind'), width: 24, labels: true, value: ({ person }) => (person ? t(`incident-report:told.kinds.${person.kind}`) : EMPTY) },
          { header: t('incident-report:told.toldAt'), width: 32, value: ({ notified }) => times.when(notified.at, notified.by) },
        ]}
      />
    </>
  );
}

function RecoveryClocks({ ctx, incident }: { ctx: PdfContext; incident: Incident }) {
  const { t, plan } = ctx;
  const clocks = recoveryClocks(plan, incident, ctx.printedAt);
  const title = t(isOpen(incident) ? 'incident-report:clocks.titleOpen' : 'incident-report:clocks.titleClosed');
  return (
    <Block ctx={ctx} title={title} empty={clocks.length === 0}>
      <Table
        ctx={ctx}
        rows={clocks}
        columns={[
          { header: t('incident-report:clocks.product'), width: 40, value: (clock) => ({ text: shown(clock.name), tone: 'strong' }) },
          { header: t('incident-report:clocks.target'), width: 20, value: (clock) => (clock.rto === null ? EMPTY : ctx.recoveryTime(clock.rto)) },
          { header: t('incident-report:clocks.elapsed'), width: 20, value: (clock) => elapsedText(t, clock.elapsedMs) },
          {
            header: t('incident-report:clocks.state'),
            width: 20,
            labels: true,
            value: (clock): CellValue =>
              clock.targetMs === null
                ? { text: t('pdf:value.noTarget'), tone: 'muted' }
                : clock.overdue
                  ? { text: t('incident-report:clocks.overdue'), tone: 'alert' }
                  : { text: t('incident-report:clocks.within'), tone: 'good' },
          },
        ]}
      />
    </Block>
  );
}

/** Lessons up to this many characters in all are kept on one page with their heading. */
const SHORT_LESSONS = 600;

function Lessons({ ctx, incident }: { ctx: PdfContext; incident: Incident }) {
  const { t } = ctx;
  if (isOpen(incident)) {
    return (
      <View wrap={false}>
        <SubHeading ctx={ctx} keep={false}>
          {t('incident-report:lessons.title')}
        </SubHeading>
        <Note ctx={ctx}>{t('incident-report:lessons.notClosed')}</Note>
      </View>
    );
  }
  const rows = INCIDENT_LESSONS.map((lesson) => {
    const answer = incident.lessons[lesson];
    return [t(`pdf:lesson.${lesson}`), answer.trim() === '' ? t('incident-report:lessons.noAnswer') : answer] as const;
  });
  // short answers stay on one page with their heading; long ones may run on, a question at a time
  const short = rows.reduce((length, [, answer]) => length + answer.length, 0) <= SHORT_LESSONS;
  return (
    <View wrap={!short}>
      <SubHeading ctx={ctx}>{t('incident-report:lessons.title')}</SubHeading>
      <Note ctx={ctx}>{t(incident.kind === 'exercise' ? 'incident-report:lessons.introExercise' : 'incident-report:lessons.intro')}</Note>
      <KeyValues ctx={ctx} rows={rows} />
    </View>
  );
}

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>;

function pageLayout(ctx: PdfContext, title: string): PageLayout {
  const { plan, t, styles: s } = ctx;
  const company = fitToWidth(plan.company.name.trim(), CHROME.fontSize, ctx.contentWidth * CHROME.companyShare - 1);
  const printed = t('pdf:footer.printed', { date: ctx.date(isoDay(ctx.printedAt)) });
  const privacy = t('pdf:footer.privacy');
  return ({ children, pageNumber, totalPages }) => (
    <>
      <View style={s.header}>
        <Text style={s.chromeLeft}>{company}</Text>
        <Text style={s.chromeRight}>{title}</Text>
      </View>
      {children}
      <View style={s.footer}>
        <Text style={s.chromeFooter}>{printed}</Text>
        <Text style={s.chromeFooterCenter}>{privacy}</Text>
        <Text style={s.chromeFooterRight}>{t('pdf:footer.page', { page: pageNumber ?? 1, total: totalPages ?? pageNumber ?? 1 })}</Text>
      </View>
    </>
  );
}

/** The incident of the plan, or an error naming the id: a report of nothing is never printed. */
export function incidentOf(plan: Plan, incidentId: string): Incident {
  const incident = plan.incidents.find((candidate) => candidate.id === incidentId);
  if (incident === undefined) throw new Error(`The plan has no incident ${incidentId}`);
  return incident;
}

export function IncidentReportDocument(props: IncidentReportProps) {
  const ctx = createPdfContext(props);
  const { plan, t } = ctx;
  const incident = incidentOf(plan, props.incidentId);
  const times = timesFor(ctx, incident);
  const title = t(`incident-report:title.${incident.kind}`);
  const company = plan.company.name.trim();
  return (
    <Document
      title={company ? t('pdf:value.labelled', { label: title, value: company }) : title}
      author={company}
      subject={title}
      creator="BCP Builder"
      producer="BCP Builder"
      language={props.language}
      creationDate={props.printedAt}
    >
      <Page size={props.paperSize} style={ctx.styles.page} layout={pageLayout(ctx, title)}>
        <TitleBlock ctx={ctx} incident={incident} times={times} />
        <Timeline ctx={ctx} incident={incident} times={times} />
        <FirstActions ctx={ctx} incident={incident} times={times} />
        <SafetyCheck ctx={ctx} incident={incident} times={times} />
        <WhoWasTold ctx={ctx} incident={incident} times={times} />
        <RecoveryClocks ctx={ctx} incident={incident} />
        <Lessons ctx={ctx} incident={incident} />
      </Page>
    </Document>
  );
}
