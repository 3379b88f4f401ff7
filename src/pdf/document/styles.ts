/**
 * The look of the printed plan: one accent colour, a calm grey scale, 10 pt body text.
 *
 * react-pdf pitfalls (shared/notes/pdf-and-offline.md §3, pdf-rnd.md §3) this file respects:
 * - no `lineHeight` on the Page or on any View: every text style sets `fontSize` and `lineHeight`
 *   together (a unitless lineHeight is multiplied by the fontSize of the same style object);
 * - every text style carries the font stack (the language's, see fontStackFor) (a per-character fallback over all scripts),
 *   and bold is `fontWeight: 'bold'` (the registered Bold face); there is no italic face;
 * - lean tables: one prebuilt style object per column width and tone, numeric borders.
 * Styles are built once per font stack and reused across renders.
 */
import type { Styles } from '@react-pdf/renderer';
import type { RiskLevel } from '../../domain';
import type { PdfFontFamily } from '../fonts';

export type Style = Styles[string];

export const COLORS = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  faint: '#8a94a3',
  rule: '#d3d9e1',
  ruleStrong: '#9aa5b4',
  zebra: '#f5f7fa',
  accent: '#1d4e89',
  accentDark: '#143a67',
  accentLight: '#e7eef7',
  alert: '#b42318',
  alertLight: '#fdecea',
  good: '#1e6b3f',
  goodLight: '#e5f3ea',
  white: '#ffffff',
} as const;

/** Fills of the risk bands on the 5 × 5 matrix (light enough for black text on paper and in grey print). */
export const RISK_FILLS: Readonly<Record<RiskLevel, string>> = {
  low: '#d9efd8',
  medium: '#fff1bf',
  high: '#ffd2a8',
  extreme: '#f6b7b1',
};

/** How a table cell's text is set. */
export type Tone = 'normal' | 'strong' | 'muted' | 'alert' | 'good';

/** Page margins (points): the header and footer sit inside the top and bottom margins. */
export const PAGE_MARGIN = { top: 58, bottom: 54, side: 48, chrome: 24 } as const;

/** Page widths in points. */
const PAGE_WIDTH: Readonly<Record<'A4' | 'LETTER', number>> = { A4: 595.28, LETTER: 612 };

/** The width between the side margins, in points. */
export const contentWidthOf = (paperSize: 'A4' | 'LETTER'): number => PAGE_WIDTH[paperSize] - 2 * PAGE_MARGIN.side;

/** A wallet card (85.6 × 54 mm): its width and side padding in points, and its head's company name, on one
 * line in this share of the card's inner width. */
export const WALLET_CARD = { width: 242.6, padding: 9, companySize: 7, companyShare: 0.62 } as const;

/** The running header: company name on the left, on one line, in this share of the content width. */
export const CHROME = { fontSize: 7.5, companyShare: 0.6 } as const;

function build(fontStack: readonly PdfFontFamily[], paperSize: 'A4' | 'LETTER') {
  const fontFamily = [...fontStack];
  const contentWidth = contentWidthOf(paperSize);
  /** A share of the content width in points: react-pdf parses percent strings on every node, numbers are free. */
  const share = (percent: number): number => Math.floor((contentWidth * percent) / 100 * 100) / 100;
  /** A text style: font stack, size and line height always together. */
  const text = (fontSize: number, lineHeight: number, extra: Style = {}): Style => ({
    fontFamily,
    fontSize,
    lineHeight,
    color: COLORS.ink,
    ...extra,
  });
  const bold = { fontWeight: 'bold' } as const;

  const base = {
    page: {
      fontFamily,
      color: COLORS.ink,
      paddingTop: PAGE_MARGIN.top,
      paddingBottom: PAGE_MARGIN.bottom,
      paddingHorizontal: PAGE_MARGIN.side,
    },
    // page chrome (Page layout template)
    header: {
      position: 'absolute',
      top: PAGE_MARGIN.chrome,
      left: PAGE_MARGIN.side,
      right: PAGE_MARGIN.side,
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'flex-end',
      paddingBottom: 4,
      borderBottomWidth: 0.75,
      borderBottomColor: COLORS.accent,
    },
    footer: {
      position: 'absolute',
      bottom: PAGE_MARGIN.chrome - 4,
      left: PAGE_MARGIN.side,
      right: PAGE_MARGIN.side,
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'flex-start',
      paddingTop: 4,
      borderTopWidth: 0.5,
      borderTopColor: COLORS.rule,
    },
    chromeLeft: text(CHROME.fontSize, 1.3, { ...bold, color: COLORS.accentDark, maxWidth: `${CHROME.companyShare * 100}%` }),
    chromeRight: text(CHROME.fontSize, 1.3, { color: COLORS.muted, textAlign: 'right', maxWidth: `${(1 - CHROME.companyShare) * 100}%` }),
    chromeFooter: text(7.5, 1.3, { color: COLORS.muted, width: '25%' }),
    chromeFooterCenter: text(7.5, 1.3, { ...bold, color: COLORS.muted, width: '50%', textAlign: 'center' }),
    chromeFooterRight: text(7.5, 1.3, { color: COLORS.muted, width: '25%', textAlign: 'right' }),

    // running text
    body: text(10, 1.45),
    bodyStrong: text(10, 1.45, bold),
    small: text(8.5, 1.4, { color: COLORS.muted }),
    smallStrong: text(8.5, 1.4, { ...bold, color: COLORS.ink }),
    note: text(8.5, 1.4, { color: COLORS.muted, marginBottom: 6 }),
    notYetWritten: text(9.5, 1.4, { color: COLORS.faint, marginTop: 2, marginBottom: 10 }),
    paragraphBox: { marginBottom: 8 },
    label: text(8, 1.3, { ...bold, color: COLORS.muted, marginBottom: 1 }),

    // headings
    stepHeading: {
      marginTop: 20,
      marginBottom: 10,
      paddingTop: 8,
      borderTopWidth: 2,
      borderTopColor: COLORS.accent,
    },
    stepHeadingFirst: {
      marginBottom: 10,
      paddingTop: 8,
      borderTopWidth: 2,
      borderTopColor: COLORS.accent,
    },
    stepKicker: text(8.5, 1.3, { ...bold, color: COLORS.accent }),
    stepTitle: text(16, 1.3, { ...bold, color: COLORS.accentDark }),
    subHeading: text(11, 1.35, { ...bold, color: COLORS.ink, marginTop: 8, marginBottom: 5 }),

    // lists
    list: { marginBottom: 8 },
    listRow: { flexDirection: 'row', marginBottom: 3 },
    listBody: { flexGrow: 1, flexShrink: 1, flexBasis: 0 },
    listNumber: text(10, 1.45, { ...bold, color: COLORS.accent, width: 18 }),

    // key-value blocks
    kvRow: {
      flexDirection: 'row',
      borderBottomWidth: 0.5,
      borderBottomColor: COLORS.rule,
      paddingVertical: 3.5,
    },
    kvLabel: text(9, 1.4, { ...bold, color: COLORS.muted, width: share(32), paddingRight: 8 }),
    kvValue: { width: share(68) },
    kvValueText: text(9.5, 1.4),
    kvBlock: { marginBottom: 10, borderTopWidth: 0.5, borderTopColor: COLORS.rule },

    // tables
    table: { marginBottom: 12 },
    /** The space after a plan table: a sibling, not the table's margin, so that a table ending at the foot
     * of a page does not continue on the next page with its repeated header row over nothing. */
    tableSpace: { height: 12 },
    headRow: {
      flexDirection: 'row',
      backgroundColor: COLORS.accentLight,
      borderBottomWidth: 0.75,
      borderBottomColor: COLORS.accent,
    },
    row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
    rowZebra: {
      flexDirection: 'row',
      borderBottomWidth: 0.5,
      borderBottomColor: COLORS.rule,
      backgroundColor: COLORS.zebra,
    },
    totalLine: text(9.5, 1.4, { ...bold, textAlign: 'right', marginTop: -6, marginBottom: 10 }),
    cellSub: text(7.8, 1.35, { color: COLORS.muted }),
    cellSubCenter: text(7.8, 1.35, { color: COLORS.muted, textAlign: 'center' }),
    dot: { width: 5.5, height: 5.5, borderRadius: 2.75, backgroundColor: COLORS.accent },

    // cover
    coverBand: { marginTop: 22, marginBottom: 18 },
    coverKicker: text(12, 1.3, { ...bold, color: COLORS.accent, marginBottom: 10 }),
    coverTitle: text(26, 1.2, { ...bold, color: COLORS.accentDark, marginBottom: 8 }),
    coverAddress: text(10.5, 1.45, { color: COLORS.muted }),
    coverVersion: text(10, 1.4, { ...bold, color: COLORS.ink, marginTop: 12 }),
    coverRule: { width: 64, borderBottomWidth: 3, borderBottomColor: COLORS.accent, marginTop: 18 },
    contents: { marginTop: 6 },
    contentsColumns: { flexDirection: 'row' },
    contentsColumnLeft: { width: '50%', paddingRight: 10 },
    contentsColumnRight: { width: '50%', paddingLeft: 10 },
    contentsRow: { flexDirection: 'row', paddingVertical: 1.5, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
    contentsNumber: text(9, 1.4, { ...bold, color: COLORS.accent, width: 52 }),
    contentsSpacer: { width: 52 },
    contentsTitle: text(9, 1.4, { flexGrow: 1, flexShrink: 1, flexBasis: 0 }),
    coverFoot: { marginTop: 16 },
    basedOn: text(9, 1.45, { color: COLORS.muted, marginBottom: 10 }),
    privacyBox: {
      borderLeftWidth: 3,
      borderLeftColor: COLORS.accent,
      backgroundColor: COLORS.accentLight,
      paddingVertical: 7,
      paddingHorizontal: 10,
    },
    privacyText: text(9, 1.45, { color: COLORS.accentDark }),

    // emergency quick card
    quickBand: {
      backgroundColor: COLORS.alert,
      paddingVertical: 10,
      paddingHorizontal: 14,
      marginBottom: 12,
    },
    quickTitle: text(18, 1.25, { ...bold, color: COLORS.white }),
    quickCompany: text(10, 1.35, { ...bold, color: COLORS.white }),
    quickIntro: text(9, 1.4, { color: COLORS.white, marginTop: 2 }),
    quickColumns: { flexDirection: 'row', marginBottom: 10 },
    quickLeft: { width: '54%', paddingRight: 14 },
    quickRight: { width: '46%' },
    quickProducts: { marginTop: 10 },
    quickBox: {
      borderWidth: 0.75,
      borderColor: COLORS.ruleStrong,
      paddingVertical: 6,
      paddingHorizontal: 9,
      marginBottom: 7,
    },
    quickBoxAlert: {
      borderWidth: 1.5,
      borderColor: COLORS.alert,
      paddingVertical: 6,
      paddingHorizontal: 9,
      marginBottom: 7,
    },
    quickHeading: text(10.5, 1.35, { ...bold, color: COLORS.alert, marginBottom: 4 }),
    quickLabel: text(8, 1.3, { ...bold, color: COLORS.muted }),
    quickLabelSpaced: text(8, 1.3, { ...bold, color: COLORS.muted, marginTop: 5 }),
    quickBig: text(12, 1.35, bold),
    quickPhone: text(12, 1.35, { ...bold, color: COLORS.accentDark }),
    quickActionRow: { flexDirection: 'row', marginBottom: 4.5 },
    quickActionNumber: {
      width: 17,
      height: 17,
      borderRadius: 8.5,
      backgroundColor: COLORS.alert,
      marginRight: 7,
      alignItems: 'center',
      justifyContent: 'center',
    },
    quickActionDigit: text(9, 1.2, { ...bold, color: COLORS.white, textAlign: 'center' }),
    quickActionText: text(10.5, 1.4, bold),
    quickActionDetail: text(8.8, 1.4, { color: COLORS.muted }),
    quickNumbers: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 8 },
    quickNumber: {
      width: '25%',
      paddingVertical: 4,
      paddingRight: 6,
      borderTopWidth: 0.5,
      borderTopColor: COLORS.rule,
    },

    // legends
    legend: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 8 },
    legendItem: text(8.5, 1.4, { width: '50%', paddingRight: 10 }),
    swatchRow: { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', marginBottom: 10 },
    swatchItem: { flexDirection: 'row', alignItems: 'center', marginRight: 14 },
    swatchText: text(8.5, 1.3, { color: COLORS.muted }),
    swatch: { width: 10, height: 10, marginRight: 4 },
    scenarioTitle: text(10, 1.45, { ...bold, marginTop: 4, marginBottom: 2 }),

    // risk matrix
    matrix: { marginBottom: 6 },
    matrixRow: { flexDirection: 'row' },
    matrixAxis: text(8.5, 1.3, { ...bold, color: COLORS.muted, width: '8%', textAlign: 'center', paddingTop: 14 }),
    matrixAxisBottom: text(8.5, 1.3, { ...bold, color: COLORS.muted, width: '18.4%', textAlign: 'center', paddingTop: 3 }),
    matrixCorner: { width: '8%' },
    matrixScore: text(7, 1.2, { color: COLORS.muted }),
    matrixHazard: text(8, 1.3, bold),
    matrixTitle: text(8.5, 1.3, { ...bold, color: COLORS.muted, marginBottom: 3 }),
    matrixImpactTitle: text(8.5, 1.3, { ...bold, color: COLORS.muted, marginLeft: '8%', width: '92%', textAlign: 'center' }),

    // sign-off
    signRow: { flexDirection: 'row', marginTop: 6, marginBottom: 12 },
    signCell: { width: '33.3%', paddingRight: 12 },
    signLine: { height: 34, borderBottomWidth: 0.75, borderBottomColor: COLORS.ink },

    // wallet cards (85.6 × 54 mm)
    cardGrid: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 10 },
    card: {
      width: WALLET_CARD.width,
      minHeight: 153,
      borderWidth: 0.75,
      borderStyle: 'dashed',
      borderColor: COLORS.ruleStrong,
      paddingHorizontal: WALLET_CARD.padding,
      paddingTop: 7,
      paddingBottom: 6,
    },
    cardHead: {
      flexDirection: 'row',
      justifyContent: 'space-between',
      borderBottomWidth: 1,
      borderBottomColor: COLORS.alert,
      paddingBottom: 2,
      marginBottom: 3,
    },
    cardCompany: text(WALLET_CARD.companySize, 1.3, { ...bold, color: COLORS.accentDark, maxWidth: `${WALLET_CARD.companyShare * 100}%` }),
    cardTitle: text(7, 1.3, { ...bold, color: COLORS.alert, textAlign: 'right', maxWidth: '38%' }),
    cardName: text(9.5, 1.3, bold),
    cardLine: text(6.8, 1.3),
    cardLabel: text(6.8, 1.3, { ...bold, color: COLORS.muted }),
    cardSpacer: { height: 2.5 },
  } satisfies Record<string, Style>;

  const toneStyle = (tone: Tone): Style => ({
    ...(tone === 'strong' ? bold : {}),
    ...(tone === 'muted' ? { color: COLORS.faint } : {}),
    ...(tone === 'alert' ? { ...bold, color: COLORS.alert } : {}),
    ...(tone === 'good' ? { ...bold, color: COLORS.good } : {}),
  });
  const memo = <A extends unknown[]>(make: (...args: A) => Style) => {
    const cache = new Map<string, Style>();
    return (...args: A): Style => {
      const key = args.join('|');
      let style = cache.get(key);
      if (style === undefined) {
        style = make(...args);
        cache.set(key, style);
      }
      return style;
    };
  };
  /** A one-line table cell: the Text is the cell. One object per width (percent of the table), tone, fill and alignment. */
  const cell = memo((width: number, tone: Tone = 'normal', fill: string = '', align: 'left' | 'right' | 'center' = 'left') =>
    text(8.8, 1.35, {
      width: share(width),
      paddingVertical: 3,
      paddingHorizontal: 4,
      textAlign: align,
      ...toneStyle(tone),
      ...(fill === '' ? {} : { backgroundColor: fill }),
    }),
  );
  /** A cell of several lines: a View (the box) with one Text per line. */
  const cellBox = memo((width: number, fill: string = '') => ({
    width: share(width),
    paddingVertical: 3,
    paddingHorizontal: 4,
    ...(fill === '' ? {} : { backgroundColor: fill }),
  }));
  const cellText = memo((tone: Tone = 'normal', align: 'left' | 'right' | 'center' = 'left') =>
    text(8.8, 1.35, { textAlign: align, ...toneStyle(tone) }),
  );
  const headCell = memo((width: number, align: 'left' | 'right' | 'center' = 'left') =>
    text(8, 1.3, {
      ...bold,
      color: COLORS.accentDark,
      width: share(width),
      paddingVertical: 4,
      paddingHorizontal: 4,
      textAlign: align,
    }),
  );
  const headBox = memo((width: number) => ({ width: share(width), paddingVertical: 4, paddingHorizontal: 4 }));
  const headText = memo((align: 'left' | 'right' | 'center' = 'left') =>
    text(8, 1.3, { ...bold, color: COLORS.accentDark, textAlign: align }),
  );
  /** A cell that holds shapes rather than text (the dots of the resource matrix), or nothing. */
  const box = memo((width: number, fill: string = '') => ({
    width: share(width),
    paddingTop: 6.5,
    paddingBottom: 3,
    paddingHorizontal: 4,
    alignItems: 'center',
    ...(fill === '' ? {} : { backgroundColor: fill }),
  }));
  const matrixCell = memo((fill: string) => ({
    width: '18.4%',
    minHeight: 40,
    backgroundColor: fill,
    borderWidth: 1,
    borderColor: COLORS.white,
    paddingVertical: 3,
    paddingHorizontal: 4,
  }));
  return { ...base, cell, cellBox, cellText, headCell, headBox, headText, box, matrixCell };
}

export type PdfStyles = ReturnType<typeof build>;

const built = new Map<string, PdfStyles>();

/**
 * The styles of the printed plan for one font stack (a language's, or the part of it a plan needs) and
 * paper size, built once.
 */
export function pdfStyles(fontStack: readonly PdfFontFamily[], paperSize: 'A4' | 'LETTER'): PdfStyles {
  const key = `${fontStack.join(',')}|${paperSize}`;
  let styles = built.get(key);
  if (styles === undefined) {
    styles = build(fontStack, paperSize);
    built.set(key, styles);
  }
  return styles;
}
