/**
 * Blank worksheets for paper-based workshops: a cover (how to use them, the quick-plan mark, the ten
 * steps), then one worksheet per step: why the step matters, what to do, and every question of the
 * questionnaire with its guidance and room to answer by hand (writing lines, boxes to tick, ruled
 * tables for lists). Every page has a "Business" line in its footer, so loose sheets from a room full
 * of businesses find their owner again. The Page `layout` template carries the chrome (and selects
 * react-pdf's fast pagination engine, shared/notes/pdf-rnd.md §3).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import type { ComponentProps, ReactNode } from 'react';
import { joinSentences } from '../../i18n/join';
import type { LanguageCode } from '../../i18n/languages';
import type { PaperSize } from '../document/context';
import { fontStackFor, type PdfFontFamily } from '../fonts';
import { WORKSHEETS, type AnswerField, type WorksheetColumn, type WorksheetItem, type WorksheetStep, type WorksheetTable } from './outline';
import { WRITING_LINE, worksheetStyles, type WorksheetStyles } from './styles';

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>;

export interface WorksheetsDocumentProps {
  /** An i18next `t` in the worksheets' language with the namespaces of WORKSHEETS_NAMESPACES. */
  t: TFunction;
  language: LanguageCode;
  paperSize: PaperSize;
  /** Default: fontStackFor(language); a caller may pass the part of it the strings need. */
  fontStack?: readonly PdfFontFamily[];
}

interface Ctx {
  t: TFunction;
  s: WorksheetStyles;
  language: LanguageCode;
}

/** Lines a textarea question gets. */
const TEXTAREA_LINES = 4;

function pageLayout({ t, s }: Ctx, right: string): PageLayout {
  const title = t('worksheets:pdf.title');
  const business = t('worksheets:pdf.business');
  return ({ children, pageNumber, totalPages }) => (
    <>
      <View style={s.header}>
        <Text style={s.chromeLeft}>{title}</Text>
        <Text style={s.chromeRight}>{right}</Text>
      </View>
      {children}
      <View style={s.footer}>
        <Text style={s.footerLabel}>{business}</Text>
        <View style={s.footerLine} />
        <Text style={s.footerPage}>{t('pdf:footer.page', { page: pageNumber ?? 1, total: totalPages ?? pageNumber ?? 1 })}</Text>
      </View>
    </>
  );
}

function QuickTag({ ctx, legend = false }: { ctx: Ctx; legend?: boolean }) {
  return <Text style={legend ? ctx.s.quickTagLegend : ctx.s.quickTag}>{ctx.t('common:path.quickName')}</Text>;
}

function LabelledLine({ ctx, label }: { ctx: Ctx; label: string }) {
  const { s } = ctx;
  return (
    <View style={s.labelledLine}>
      <Text style={s.labelledLineLabel}>{label}</Text>
      <View style={s.labelledLineRule} />
    </View>
  );
}

/** Business, who filled it in, and when: at the top of the cover and of each worksheet. */
function WhoAndWhen({ ctx }: { ctx: Ctx }) {
  const { t, s } = ctx;
  return (
    <View style={s.coverFields}>
      <LabelledLine ctx={ctx} label={t('worksheets:pdf.business')} />
      <LabelledLine ctx={ctx} label={t('worksheets:pdf.filledInBy')} />
      <LabelledLine ctx={ctx} label={t('pdf:column.date')} />
    </View>
  );
}

const optionLabels = (t: TFunction, field: AnswerField): string[] =>
  field.kind === 'select' || field.kind === 'checkboxes' ? field.codes.map((code) => t(`options:${field.options}.${code}`)) : [];

function Choices({ ctx, labels }: { ctx: Ctx; labels: readonly string[] }) {
  const { s } = ctx;
  return (
    <View style={s.choices}>
      {labels.map((label) => (
        <View key={label} style={s.choice} wrap={false}>
          <View style={s.tickBox} />
          <Text style={s.choiceText}>{label}</Text>
        </View>
      ))}
    </View>
  );
}

function Answer({ ctx, field }: { ctx: Ctx; field: AnswerField }) {
  const { t, s } = ctx;
  switch (field.kind) {
    case 'select':
    case 'checkboxes':
      return (
        <>
          <Text style={s.tickHint}>{t(field.kind === 'select' ? 'worksheets:pdf.tickOne' : 'worksheets:pdf.tickAll')}</Text>
          <Choices ctx={ctx} labels={optionLabels(t, field)} />
        </>
      );
    case 'checkbox':
      return <Choices ctx={ctx} labels={[t('worksheets:pdf.yes')]} />;
    case 'textarea':
      return (
        <View>
          {Array.from({ length: TEXTAREA_LINES }, (_, index) => (
            <View key={index} style={s.writingLine} />
          ))}
        </View>
      );
    case 'number':
    case 'date':
      return <View style={s.writingLineShort} />;
    default:
      return <View style={s.writingLine} />;
  }
}

function QuestionHead({ ctx, label, quick }: { ctx: Ctx; label: string; quick: boolean }) {
  const { s } = ctx;
  return (
    <View style={s.questionHead}>
      <Text style={s.questionLabel}>{label}</Text>
      {quick ? <QuickTag ctx={ctx} /> : null}
    </View>
  );
}

/** One question, its guidance and the room to answer, kept together on one page. */
function Question({ ctx, item, lead }: { ctx: Ctx; item: Extract<WorksheetItem, { kind: 'question' }>; lead: ReactNode }) {
  const { t, s } = ctx;
  return (
    <View style={s.question} wrap={false}>
      {lead}
      <QuestionHead ctx={ctx} label={t(`fields:${item.key}.label`)} quick={item.quick} />
      <Text style={s.help}>{t(`fields:${item.key}.help`)}</Text>
      <Answer ctx={ctx} field={item.field} />
    </View>
  );
}

/** What to write in each column: the item field's question, its guidance, for a choice the choices, and the quick-plan mark. */
function ColumnGuide({ ctx, columns }: { ctx: Ctx; columns: readonly WorksheetColumn[] }) {
  const { t, s, language } = ctx;
  return (
    <View style={s.guide}>
      {columns.map((column) => {
        const choices = optionLabels(t, column.field);
        const help = t(`fields:${column.key}.help`);
        const detail = choices.length ? joinSentences([help, t('worksheets:pdf.choices', { choices: choices.join(' · ') })], language) : help;
        return (
          <View key={column.key} style={s.guideRow} wrap={false}>
            <Text style={s.guideText}>
              <Text style={s.guideLabel}>{t(`fields:${column.key}.label`)}</Text>
              {`  ${detail}`}
            </Text>
            {column.field.quick ? <QuickTag ctx={ctx} /> : null}
          </View>
        );
      })}
    </View>
  );
}

/** Width of the row numbers in front of the columns. */
const ROW_NUMBER_WIDTH = 14;
/** No column narrower than this, so that a long word of its heading ("pengiriman") still fits. */
const MIN_COLUMN_WIDTH = 52;

/** Widths in points in proportion to the weights, none below MIN_COLUMN_WIDTH (the others give way). */
function columnWidths(weights: readonly number[], available: number): number[] {
  const narrow = new Set<number>();
  for (;;) {
    const free = available - narrow.size * MIN_COLUMN_WIDTH;
    const total = weights.reduce((sum, weight, index) => (narrow.has(index) ? sum : sum + weight), 0);
    const widths = weights.map((weight, index) => (narrow.has(index) ? MIN_COLUMN_WIDTH : (free * weight) / total));
    const tooNarrow = widths.findIndex((width, index) => !narrow.has(index) && width < MIN_COLUMN_WIDTH);
    if (tooNarrow === -1) return widths.map((width) => Math.floor(width * 100) / 100);
    narrow.add(tooNarrow);
  }
}

/**
 * A ruled table, kept whole on one page (at most 12 rows, so it always fits): a trainer hands out sheets,
 * and a table split over two sheets gets lost. Column widths follow the columns' weights.
 */
function RuledTable({ ctx, columns, rows, rowHeight }: { ctx: Ctx; columns: readonly WorksheetColumn[]; rows: number; rowHeight: number }) {
  const { t, s } = ctx;
  const widths = columnWidths(
    columns.map((column) => column.weight),
    s.contentWidth - ROW_NUMBER_WIDTH,
  );
  const lefts = widths.map((_, index) => ROW_NUMBER_WIDTH + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const rowStyle = { ...s.tableRow, height: rowHeight };
  // The body is rows with a bottom rule plus one vertical line per column over all of them: a few dozen
  // shapes per table instead of one box per empty cell, which keeps the layout fast.
  return (
    <View style={s.table} wrap={false}>
      <View style={s.tableHead}>
        <View style={{ width: ROW_NUMBER_WIDTH }} />
        {columns.map((column, index) => (
          <View key={column.key} style={{ width: widths[index] ?? 0, paddingHorizontal: 3, paddingVertical: 3 }}>
            <Text style={s.tableHeadText}>{t(`fields:${column.key}.label`)}</Text>
          </View>
        ))}
      </View>
      <View>
        {Array.from({ length: rows }, (_, row) => (
          <View key={row} style={rowStyle}>
            <Text style={s.rowNumber}>{String(row + 1)}</Text>
          </View>
        ))}
        {lefts.map((left, index) => (
          <View key={index} style={{ ...s.columnRule, left, height: rows * rowHeight }} />
        ))}
      </View>
    </View>
  );
}

/**
 * A list: its question, guidance and column guide, then its tables, each whole on one page (when a table
 * does not fit below the guide it starts the next page, rather than leaving a page almost empty).
 */
function Table({ ctx, table, lead }: { ctx: Ctx; table: WorksheetTable; lead: ReactNode }) {
  const { t, s } = ctx;
  const rowHeight = table.tallRows ? WRITING_LINE * 1.4 : WRITING_LINE;
  return (
    <>
      <View wrap={false}>
        {lead}
        <QuestionHead ctx={ctx} label={t(`fields:${table.key}.label`)} quick={table.quick} />
        <Text style={s.help}>{t(`fields:${table.key}.help`)}</Text>
        <ColumnGuide ctx={ctx} columns={table.explained} />
      </View>
      {table.parts.map((columns, index) => (
        <View key={index} style={s.question} wrap={false}>
          {table.parts.length > 1 ? (
            <Text style={s.partTitle}>{t('worksheets:pdf.tablePart', { part: index + 1, parts: table.parts.length })}</Text>
          ) : null}
          <RuledTable ctx={ctx} columns={columns} rows={table.rows} rowHeight={rowHeight} />
        </View>
      ))}
    </>
  );
}

function Worksheet({ ctx, worksheet }: { ctx: Ctx; worksheet: WorksheetStep }) {
  const { t, s } = ctx;
  const { step } = worksheet;
  return (
    <>
      <View style={s.stepHeadingFirst} wrap={false}>
        <Text style={s.stepKicker}>{t('common:nav.stepNumber', { number: step })}</Text>
        <Text style={s.stepTitle}>{t(`steps:${step}.title`)}</Text>
      </View>
      <View style={s.whyBox} wrap={false}>
        <Text style={s.whyLabel}>{t('worksheets:pdf.why')}</Text>
        <Text style={s.whyText}>{t(`steps:${step}.why`)}</Text>
      </View>
      <Text style={s.stepIntro}>{t(`steps:${step}.intro`)}</Text>
      {worksheet.sections.map((section) => {
        // The section heading is printed inside its first question, so that the two stay on one page.
        const heading = (
          <>
            <Text style={s.sectionHeading}>{t(`sections:${section.id}.title`)}</Text>
            <Text style={s.sectionIntro}>{t(`sections:${section.id}.intro`)}</Text>
          </>
        );
        return (
          <View key={section.id}>
            {section.items.map((item, index) => {
              const lead = index === 0 ? heading : null;
              return item.kind === 'question' ? (
                <Question key={item.key} ctx={ctx} item={item} lead={lead} />
              ) : (
                <Table key={item.key} ctx={ctx} table={item} lead={lead} />
              );
            })}
          </View>
        );
      })}
    </>
  );
}

function Cover({ ctx }: { ctx: Ctx }) {
  const { t, s } = ctx;
  return (
    <>
      <Text style={s.coverTitle}>{t('worksheets:pdf.title')}</Text>
      <Text style={s.coverSubtitle}>{t('pdf:document.basedOn')}</Text>
      <WhoAndWhen ctx={ctx} />
      <Text style={s.howTo}>{t('worksheets:pdf.howTo')}</Text>
      <View style={s.legendRow}>
        <QuickTag ctx={ctx} legend />
        <Text style={s.legendText}>{t('worksheets:pdf.quickLegend')}</Text>
      </View>
      <Text style={s.sectionHeading}>{t('pdf:cover.contents')}</Text>
      {WORKSHEETS.map(({ step }) => (
        <View key={step} style={s.contentsRow} wrap={false}>
          <Text style={s.contentsNumber}>{t('common:nav.stepNumber', { number: step })}</Text>
          <Text style={s.contentsTitle}>{t(`steps:${step}.title`)}</Text>
        </View>
      ))}
    </>
  );
}

export function WorksheetsDocument({ t, language, paperSize, fontStack }: WorksheetsDocumentProps) {
  const ctx: Ctx = { t, s: worksheetStyles(fontStack ?? fontStackFor(language), paperSize), language };
  const page = { size: paperSize, style: ctx.s.page } as const;
  return (
    <Document
      title={t('worksheets:pdf.title')}
      subject={t('pdf:document.basedOn')}
      creator="BCP Builder"
      producer="BCP Builder"
      language={language}
    >
      <Page {...page} layout={pageLayout(ctx, t('pdf:document.title'))}>
        <Cover ctx={ctx} />
      </Page>
      {WORKSHEETS.map((worksheet) => (
        <Page
          key={worksheet.step}
          {...page}
          layout={pageLayout(ctx, `${t('common:nav.stepNumber', { number: worksheet.step })} · ${t(`steps:${worksheet.step}.shortTitle`)}`)}
        >
          <Worksheet ctx={ctx} worksheet={worksheet} />
        </Page>
      ))}
    </Document>
  );
}
