/**
 * The emergency wallet cards of one plan as their own print: every employee's card (the same card as
 * appendix D of the plan, document/WalletCards.tsx), eight to a sheet in a 2 × 4 grid of bank-card size
 * (85.6 × 54 mm) with cut marks in the margins, so a guillotine or scissors cut along the grid lines.
 * The grid is placed absolutely and centred on the sheet, on A4 and Letter alike.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { createPdfContext, type PlanDocumentProps } from '../document/context';
import { CHROME, COLORS } from '../document/styles';
import { fitToWidth } from '../document/text-width';
import { WalletCard, walletCardData, type CardData } from '../document/WalletCards';

export type WalletCardsDocumentProps = PlanDocumentProps;

const MM = 72 / 25.4;
export const CARD_WIDTH = 85.6 * MM;
export const CARD_HEIGHT = 54 * MM;
export const CARDS_ACROSS = 2;
export const CARDS_DOWN = 4;
export const CARDS_PER_SHEET = CARDS_ACROSS * CARDS_DOWN;

const SHEET: Readonly<Record<'A4' | 'LETTER', { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};
/** Cut marks: this long, this far from the grid. */
const MARK = 14;
const MARK_GAP = 4;

const markStyle = { position: 'absolute', borderColor: COLORS.ink } as const;

/** Short lines in the margins that continue every grid line of the cards. */
function CutMarks({ left, top }: { left: number; top: number }) {
  const width = CARDS_ACROSS * CARD_WIDTH;
  const height = CARDS_DOWN * CARD_HEIGHT;
  const columns = Array.from({ length: CARDS_ACROSS + 1 }, (_, index) => left + index * CARD_WIDTH);
  const rows = Array.from({ length: CARDS_DOWN + 1 }, (_, index) => top + index * CARD_HEIGHT);
  return (
    <>
      {columns.flatMap((x) => [
        <View key={`t${x}`} style={{ ...markStyle, left: x, top: top - MARK_GAP - MARK, height: MARK, borderLeftWidth: 0.5 }} />,
        <View key={`b${x}`} style={{ ...markStyle, left: x, top: top + height + MARK_GAP, height: MARK, borderLeftWidth: 0.5 }} />,
      ])}
      {rows.flatMap((y) => [
        <View key={`l${y}`} style={{ ...markStyle, top: y, left: left - MARK_GAP - MARK, width: MARK, borderTopWidth: 0.5 }} />,
        <View key={`r${y}`} style={{ ...markStyle, top: y, left: left + width + MARK_GAP, width: MARK, borderTopWidth: 0.5 }} />,
      ])}
    </>
  );
}

export function WalletCardsDocument(props: WalletCardsDocumentProps) {
  const ctx = createPdfContext(props);
  const { plan, t, styles: s } = ctx;
  const { cards, shared } = walletCardData(ctx);
  const sheet = SHEET[props.paperSize];
  const left = (sheet.width - CARDS_ACROSS * CARD_WIDTH) / 2;
  const top = (sheet.height - CARDS_DOWN * CARD_HEIGHT) / 2;
  const sheets: CardData[][] = [];
  for (let index = 0; index < cards.length; index += CARDS_PER_SHEET) sheets.push(cards.slice(index, index + CARDS_PER_SHEET));
  const company = plan.company.name.trim();
  const title = company
    ? t('pdf:value.labelled', { label: t('worksheets:walletCards.title'), value: company })
    : t('worksheets:walletCards.title');
  const textBox = { position: 'absolute', left, width: CARDS_ACROSS * CARD_WIDTH } as const;

  return (
    <Document title={title} author={company} creator="BCP Builder" producer="BCP Builder" language={props.language} creationDate={props.printedAt}>
      {sheets.map((onSheet, page) => (
        <Page key={page} size={props.paperSize} style={{ fontFamily: s.page.fontFamily, color: COLORS.ink }}>
          <View style={{ ...textBox, top: top - 3 * MARK - 26 }}>
            <Text style={s.chromeLeft}>{fitToWidth(title, CHROME.fontSize, CARDS_ACROSS * CARD_WIDTH * CHROME.companyShare - 1)}</Text>
            <Text style={s.small}>{t('pdf:note.cutOut')}</Text>
          </View>
          {onSheet.map((data, index) => (
            <View
              key={data.employee.id}
              style={{
                position: 'absolute',
                left: left + (index % CARDS_ACROSS) * CARD_WIDTH,
                top: top + Math.floor(index / CARDS_ACROSS) * CARD_HEIGHT,
                width: CARD_WIDTH,
                height: CARD_HEIGHT,
                overflow: 'hidden',
              }}
            >
              <WalletCard ctx={ctx} data={data} shared={shared} />
            </View>
          ))}
          <CutMarks left={left} top={top} />
          <Text style={{ ...s.chromeFooterRight, ...textBox, width: CARDS_ACROSS * CARD_WIDTH, top: top + CARDS_DOWN * CARD_HEIGHT + 2 * MARK + 8 }}>
            {t('pdf:footer.page', { page: page + 1, total: sheets.length })}
          </Text>
        </Page>
      ))}
    </Document>
  );
}
