/**
 * The continuity summary for customers and partners: one or two pages a small business can send when a
 * customer asks for its continuity plan. What it holds comes from partnerSummary() in src/domain (the
 * owner's choices applied); it never holds staff contacts, money, insurance or the call tree.
 *
 * One language, or two: with a partner language, every heading and label prints in the partner's
 * language with the summary's own language underneath, each in its own fonts. The user's own text
 * (names, products, measures) prints once, as typed. Page chrome uses the Page `layout` template like
 * the plan PDF (shared/notes/pdf-rnd.md §3).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { TFunction, TOptions } from 'i18next';
import type { ComponentProps, ReactNode } from 'react';
import { isoDay, issuesOnPath, partnerSummary, type HazardCode, type PartnerSummary, type Plan, type RecoveryTime } from '../../domain';
import { formatDate } from '../../i18n/format';
import { pathScope } from '../../questionnaire';
import type { LanguageCode } from '../../i18n/languages';
import { splitLines } from '../document/blocks';
import { EMPTY, type PaperSize } from '../document/context';
import { CHROME, contentWidthOf } from '../document/styles';
import { fitToWidth } from '../document/text-width';
import { fontStackFor, type PdfFontFamily } from '../fonts';
import { summaryStyles, type SummaryStyles } from './summary-styles';

/** One language of the summary: its `t` (namespaces summary, pdf, options, common) and fonts. */
export interface SummaryLanguage {
  t: TFunction;
  language: LanguageCode;
  /** Default fontStackFor(language); the worker passes the part the text needs (selectFonts). */
  fontStack?: readonly PdfFontFamily[];
}

export interface SummaryDocumentProps {
  plan: Plan;
  /** The summary's language: the language the plan is written in. */
  own: SummaryLanguage;
  /** The partner's language: headings and labels print in it first, with `own` underneath. */
  partner?: SummaryLanguage;
  paperSize: PaperSize;
  printedAt: Date;
}

interface Voice {
  t: TFunction;
  language: LanguageCode;
  s: SummaryStyles;
}

interface SummaryContext {
  plan: Plan;
  summary: PartnerSummary;
  printedAt: Date;
  /** The language headings and labels print in first: the partner's, or the summary's own. */
  first: Voice;
  /** The summary's own language under the partner's; null for a summary in one language. */
  second: Voice | null;
  /** The summary's own language: the user's text is set in its fonts. */
  own: Voice;
}

type StyleName = {
  [K in keyof SummaryStyles]: SummaryStyles[K] extends (...args: never[]) => unknown ? never : K;
}[keyof SummaryStyles];

/** One translated text in each language of the summary: [first, second]; second is null when there is none or it reads the same. */
function both(ctx: SummaryContext, key: string, options?: TOptions): [string, string | null] {
  const first = ctx.first.t(key, options);
  const second = ctx.second?.t(key, options) ?? null;
  return [first, second === first ? null : second];
}

/** A translated text: the first language in `style`, the second underneath in `secondStyle`. */
function Both({ ctx, k, options, style, secondStyle, box }: {
  ctx: SummaryContext;
  k: string;
  options?: TOptions;
  style: StyleName;
  secondStyle: StyleName;
  box?: ComponentProps<typeof View>['style'];
}) {
  const [first, second] = both(ctx, k, options);
  if (second === null && box === undefined) return <Text style={ctx.first.s[style]}>{first}</Text>;
  return (
    <View style={box}>
      <Text style={ctx.first.s[style]}>{first}</Text>
      {second === null || ctx.second === null ? null : <Text style={ctx.second.s[secondStyle]}>{second}</Text>}
    </View>
  );
}

/** The user's own text, as typed, one Text per line. */
function Typed({ ctx, text, style }: { ctx: SummaryContext; text: string; style: StyleName }) {
  const lines = splitLines(text.trim() === '' ? EMPTY : text);
  return (
    <>
      {lines.map((line, index) => (
        <Text key={index} style={ctx.own.s[style]}>
          {line}
        </Text>
      ))}
    </>
  );
}

function Heading({ ctx, k }: { ctx: SummaryContext; k: string }) {
  return (
    <View style={ctx.first.s.heading} minPresenceAhead={50} wrap={false}>
      <Both ctx={ctx} k={k} style="headingText" secondStyle="headingSecond" />
    </View>
  );
}

const recoveryKey = (rto: RecoveryTime): [string, TOptions] | null =>
  rto.value === null ? null : [`common:units.${rto.unit}`, { count: rto.value }];

const hazardKey = (code: HazardCode | null): string | null => (code === null || code === 'other' ? null : `options:hazard.${code}`);

/** The BCP leader, always, and the contact the owner chose, with the phone and e-mail to use. */
function ContactCard({ ctx }: { ctx: SummaryContext }) {
  const { summary, own, first } = ctx;
  const { contact } = summary;
  const line = (label: string, value: string) =>
    value.trim() === '' ? null : (
      <View style={first.s.contactLine}>
        <Text style={first.s.contactKey}>{first.t(label)}</Text>
        <Text style={own.s.contactValue}>{value}</Text>
      </View>
    );
  return (
    <View style={first.s.contactCard}>
      <Both ctx={ctx} k="fields:team_leader_employeeId.label" style="figureLabel" secondStyle="figureLabelSecond" />
      <Typed ctx={ctx} text={summary.leaderName} style="contactName" />
      {summary.leaderPosition.trim() === '' ? null : <Typed ctx={ctx} text={summary.leaderPosition} style="contactPosition" />}
      {contact === null ? null : (
        <View style={first.s.contactSpacer}>
          <Both ctx={ctx} k="summary:pdf.contact" style="figureLabel" secondStyle="figureLabelSecond" />
          {contact.role === 'leader' ? null : <Typed ctx={ctx} text={contact.name} style="contactName" />}
          {line('summary:pdf.phone', contact.phone)}
          {line('summary:pdf.email', contact.email)}
        </View>
      )}
    </View>
  );
}

function TitleBlock({ ctx }: { ctx: SummaryContext }) {
  const { summary, first } = ctx;
  return (
    <View style={first.s.titleRow} wrap={false}>
      <View style={first.s.titleBand}>
        <Both ctx={ctx} k="summary:pdf.title" style="kicker" secondStyle="kickerSecond" />
        <Typed ctx={ctx} text={summary.companyName} style="company" />
        {summary.address === null ? null : <Typed ctx={ctx} text={summary.address} style="address" />}
        <Text style={first.s.issued}>
          {`${first.t('summary:pdf.issued', { date: formatDate(isoDay(ctx.printedAt), first.language) })}   ·   ${first.t('pdf:footer.version', { version: ctx.plan.revision })}`}
        </Text>
      </View>
      <ContactCard ctx={ctx} />
    </View>
  );
}

/** The key figures: self-check score, last exercise, last and next review. */
function Figures({ ctx }: { ctx: SummaryContext }) {
  const { summary, first } = ctx;
  const date = (value: string): string => formatDate(value, first.language);
  const figures: { label: string; value: ReactNode }[] = [];
  if (summary.selfCheck !== null) {
    figures.push({
      label: 'summary:pdf.selfCheck',
      value: (
        <>
          <Text style={first.s.figureValue}>{`${summary.selfCheck.passed} / ${summary.selfCheck.total}`}</Text>
          <Both ctx={ctx} k="summary:pdf.checksMet" style="figureNote" secondStyle="figureValueSecond" />
        </>
      ),
    });
  }
  const dateOr = (value: string | undefined, fallback: string): ReactNode =>
    value === undefined || value.trim() === '' ? (
      <Both ctx={ctx} k={fallback} style="figureValue" secondStyle="figureValueSecond" />
    ) : (
      <Text style={first.s.figureValue}>{date(value)}</Text>
    );
  if (summary.lastExercise !== null) {
    figures.push({ label: 'summary:pdf.lastExercise', value: dateOr(summary.lastExercise, 'summary:pdf.notYet') });
  }
  if (summary.review !== null) {
    figures.push({ label: 'summary:pdf.lastReview', value: dateOr(summary.review.last, 'summary:pdf.notYet') });
    figures.push({ label: 'summary:pdf.nextReview', value: dateOr(summary.review.next, 'summary:pdf.notRecorded') });
  }
  if (figures.length === 0) return null;
  return (
    <View style={first.s.figures} wrap={false}>
      {figures.map((figure, index) => (
        <View key={figure.label} style={index === figures.length - 1 ? first.s.figureLast : first.s.figure}>
          <Both ctx={ctx} k={figure.label} style="figureLabel" secondStyle="figureLabelSecond" />
          {figure.value}
        </View>
      ))}
    </View>
  );
}

const COLUMNS = [
  { key: 'fields:keyProducts_name.label', width: 33 },
  { key: 'summary:pdf.target', width: 17 },
  { key: 'summary:pdf.strategy', width: 32 },
  { key: 'summary:pdf.readyIn', width: 18 },
] as const;

function KeyProducts({ ctx }: { ctx: SummaryContext }) {
  const { summary, first, own } = ctx;
  if (summary.products.length === 0) return null;
  const cell = (width: number) => first.s.cellBox(width);
  const translated = (key: [string, TOptions] | null) =>
    key === null ? <Text style={first.s.cellText('muted')}>{EMPTY}</Text> : <Both ctx={ctx} k={key[0]} options={key[1]} style="tableText" secondStyle="tableSecond" />;
  return (
    <>
      <Heading ctx={ctx} k="fields:keyProducts.label" />
      <View style={first.s.table}>
        <View style={first.s.headRow} fixed>
          {COLUMNS.map((column) => (
            <View key={column.key} style={first.s.headBox(column.width)}>
              <Text style={first.s.headText()}>{first.t(column.key)}</Text>
              {ctx.second === null ? null : <Text style={ctx.second.s.tableSecond}>{ctx.second.t(column.key)}</Text>}
            </View>
          ))}
        </View>
        {summary.products.map((product, index) => (
          <View key={product.id} style={index % 2 === 1 ? first.s.rowZebra : first.s.row} wrap={false}>
            <View style={cell(COLUMNS[0].width)}>
              <Typed ctx={ctx} text={product.name} style="bodyStrong" />
            </View>
            <View style={cell(COLUMNS[1].width)}>{translated(recoveryKey(product.rto))}</View>
            <View style={cell(COLUMNS[2].width)}>
              {product.strategyTypes.length === 0 ? (
                <Text style={own.s.cellText('muted')}>{EMPTY}</Text>
              ) : (
                product.strategyTypes.map((type) => (
                  <View key={type}>
                    <Text style={first.s.tableText}>{first.t(`options:strategyType.${type}`)}</Text>
                    {ctx.second === null ? null : <Text style={ctx.second.s.tableSecond}>{ctx.second.t(`options:strategyType.${type}`)}</Text>}
                  </View>
                ))
              )}
            </View>
            <View style={cell(COLUMNS[3].width)}>
              {translated(product.readyInDays === null ? null : ['common:units.days', { count: product.readyInDays }])}
            </View>
          </View>
        ))}
      </View>
    </>
  );
}

/** The hazards, highest risk first, two to a row. */
function Hazards({ ctx }: { ctx: SummaryContext }) {
  const { summary, first } = ctx;
  return (
    <>
      <Heading ctx={ctx} k="summary:pdf.hazards" />
      <View style={first.s.grid}>
        {summary.hazards.map((hazard) => {
          const key = hazardKey(hazard.code);
          return (
            <View key={hazard.id} style={first.s.gridItem} wrap={false}>
              <View style={first.s.bullet} />
              <View style={first.s.bulletBody}>
                {key === null ? (
                  <Typed ctx={ctx} text={hazard.label} style="item" />
                ) : (
                  <>
                    <Both ctx={ctx} k={key} style="item" secondStyle="itemSecond" />
                    {/* the user's own detail of a hazard chosen from the list */}
                    {hazard.label.trim() === '' ? null : <Typed ctx={ctx} text={hazard.label} style="tableText" />}
                  </>
                )}
              </View>
            </View>
          );
        })}
      </View>
    </>
  );
}

function Measures({ ctx }: { ctx: SummaryContext }) {
  const { summary, first } = ctx;
  return (
    <>
      <Heading ctx={ctx} k="summary:pdf.measures" />
      {summary.measures.map((measure) => (
        <View key={measure.id} style={first.s.bulletRow} wrap={false}>
          <View style={first.s.bullet} />
          <View style={first.s.bulletBody}>
            <Typed ctx={ctx} text={measure.action} style="item" />
          </View>
        </View>
      ))}
    </>
  );
}

/** Hazards and measures side by side; one of them alone takes the whole width. */
function HazardsAndMeasures({ ctx }: { ctx: SummaryContext }) {
  const { summary, first } = ctx;
  const hazards = summary.hazards.length > 0;
  const measures = summary.measures.length > 0;
  if (!hazards || !measures) {
    return hazards ? <Hazards ctx={ctx} /> : measures ? <Measures ctx={ctx} /> : null;
  }
  return (
    <View style={first.s.columns}>
      <View style={first.s.columnLeft}>
        <Hazards ctx={ctx} />
      </View>
      <View style={first.s.columnRight}>
        <Measures ctx={ctx} />
      </View>
    </View>
  );
}

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>;

function pageLayout(ctx: SummaryContext, paperSize: PaperSize): PageLayout {
  const { first, own, summary } = ctx;
  const s = first.s;
  // one line, however long the name: cut with an ellipsis here, printed whole above the summary
  const company = fitToWidth(summary.companyName.trim(), CHROME.fontSize, contentWidthOf(paperSize) * CHROME.companyShare - 1);
  const issued = first.t('summary:pdf.issued', { date: formatDate(isoDay(ctx.printedAt), first.language) });
  return ({ children, pageNumber, totalPages }) => (
    <>
      <View style={s.header}>
        <Text style={own.s.chromeLeft}>{company}</Text>
        <Text style={s.chromeRight}>{first.t('summary:pdf.title')}</Text>
      </View>
      {children}
      <View style={s.footer}>
        <Text style={s.chromeFooter}>{issued}</Text>
        <Text style={s.chromeFooterCenter}>{first.t('summary:pdf.forPartners')}</Text>
        <Text style={s.chromeFooterRight}>
          {first.t('pdf:footer.page', { page: pageNumber ?? 1, total: totalPages ?? pageNumber ?? 1 })}
        </Text>
      </View>
    </>
  );
}

export function SummaryDocument({ plan, own, partner, paperSize, printedAt }: SummaryDocumentProps) {
  const voice = (language: SummaryLanguage): Voice => ({
    t: language.t,
    language: language.language,
    s: summaryStyles(language.fontStack ?? fontStackFor(language.language), paperSize),
  });
  const ownVoice = voice(own);
  const bilingual = partner !== undefined && partner.language !== own.language;
  const ctx: SummaryContext = {
    plan,
    summary: partnerSummary(plan, issuesOnPath(plan, printedAt, pathScope(plan.path)), printedAt, pathScope(plan.path)),
    printedAt,
    first: bilingual ? voice(partner) : ownVoice,
    second: bilingual ? ownVoice : null,
    own: ownVoice,
  };
  const { first } = ctx;
  const company = plan.company.name.trim();
  const title = first.t('summary:pdf.title');

  return (
    <Document
      title={company ? first.t('pdf:value.labelled', { label: title, value: company }) : title}
      author={company}
      subject={first.t('summary:pdf.forPartners')}
      creator="BCP Builder"
      producer="BCP Builder"
      language={first.language}
      creationDate={printedAt}
    >
      <Page size={paperSize} style={first.s.summaryPage} layout={pageLayout(ctx, paperSize)}>
        <TitleBlock ctx={ctx} />
        <Figures ctx={ctx} />
        <KeyProducts ctx={ctx} />
        <HazardsAndMeasures ctx={ctx} />
        <View style={first.s.extract} wrap={false}>
          <Both ctx={ctx} k="summary:pdf.extract" style="extractText" secondStyle="extractSecond" />
          <Both ctx={ctx} k="pdf:document.basedOn" style="basedOn" secondStyle="basedOn" />
        </View>
      </Page>
    </Document>
  );
}
