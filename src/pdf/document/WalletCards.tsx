/**
 * Appendix D: a cut-out wallet card (85.6 × 54 mm, the size of a bank card) for every employee, two per
 * row with dashed cut lines (the Japan SME Agency's form 04 idea): the person's own name and mobile,
 * the assembly point, leader and deputy, emergency numbers, the safety check and their part of the call
 * tree.
 */
import { Text, View } from '@react-pdf/renderer';
import { bcpDeputy, bcpLeader } from '../../domain';
import { formatList } from '../../i18n/join';
import { filled, NotYetWritten, Note, PartHeading, shown, splitLines } from './blocks';
import { fieldLabel } from './answers';
import type { PdfContext } from './context';
import { walletCardData, type CardData, type CardShared } from './plan-facts';
import { WALLET_CARD } from './styles';
import { fitToWidth } from './text-width';

export { walletCardData, type CardData, type CardShared };

const CARDS_PER_ROW = 2;
/** The company name heads every card on one line, cut with an ellipsis when it is long. */
const CARD_COMPANY_WIDTH = (WALLET_CARD.width - 2 * WALLET_CARD.padding) * WALLET_CARD.companyShare - 1;

const nameAndPhone = (name: string, phone: string): string => filled(name, phone).join(' · ');

function CardLine({ ctx, label, value }: { ctx: PdfContext; label: string; value: string }) {
  const { styles: s } = ctx;
  if (value.trim() === '') return null;
  const [first, ...more] = splitLines(value);
  const line = (
    <Text style={s.cardLine}>
      <Text style={s.cardLabel}>{label}</Text>
      {`  ${first ?? ''}`}
    </Text>
  );
  if (more.length === 0) return line;
  return (
    <View>
      {line}
      {more.map((text, index) => (
        <Text key={index} style={s.cardLine}>
          {text}
        </Text>
      ))}
    </View>
  );
}

export function WalletCard({ ctx, data, shared }: { ctx: PdfContext; data: CardData; shared: CardShared }) {
  const { plan, t, styles: s } = ctx;
  const { employee, calls, calledBy } = data;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  return (
    <View style={s.card} wrap={false}>
      <View style={s.cardHead}>
        <Text style={s.cardCompany}>{shown(fitToWidth(plan.company.name.trim(), WALLET_CARD.companySize, CARD_COMPANY_WIDTH))}</Text>
        <Text style={s.cardTitle}>{t('pdf:walletCard.title')}</Text>
      </View>
      <Text style={s.cardName}>{shown(employee.name)}</Text>
      <Text style={s.cardLine}>{filled(employee.role, employee.mobile).join(' · ')}</Text>
      <View style={s.cardSpacer} />
      <CardLine ctx={ctx} label={fieldLabel(ctx, 'emergency.evacuation.assemblyPoint')} value={plan.emergency.evacuation.assemblyPoint} />
      <CardLine ctx={ctx} label={fieldLabel(ctx, 'team.leader.employeeId')} value={nameAndPhone(leader.name, leader.phone)} />
      <CardLine ctx={ctx} label={fieldLabel(ctx, 'team.deputy.employeeId')} value={nameAndPhone(deputy.name, deputy.phone)} />
      <CardLine ctx={ctx} label={t('pdf:quickCard.emergencyNumbers')} value={shared.numbers} />
      <CardLine ctx={ctx} label={t('pdf:column.safetyCheck')} value={shared.safety} />
      <CardLine ctx={ctx} label={t('pdf:walletCard.callsYou')} value={calledBy ? nameAndPhone(calledBy.name, calledBy.mobile) : ''} />
      <CardLine
        ctx={ctx}
        label={t('pdf:walletCard.youCall')}
        value={formatList(
          calls.map((callee) => nameAndPhone(callee.name, callee.mobile)),
          ctx.language,
        )}
      />
    </View>
  );
}

/** Appendix D (or the Quick plan's cards, under `title`): on a page of its own (`first`) when it has cards to
 * cut out; without cards, a short block that follows the other appendices on their page. */
export function WalletCards({ ctx, title, first = true }: { ctx: PdfContext; title: string; first?: boolean }) {
  const { t, styles: s } = ctx;
  const { cards, shared } = walletCardData(ctx);
  const rows: CardData[][] = [];
  for (let index = 0; index < cards.length; index += CARDS_PER_ROW) rows.push(cards.slice(index, index + CARDS_PER_ROW));
  if (rows.length === 0) {
    return (
      <View wrap={false}>
        <PartHeading ctx={ctx} title={title} first={first} />
        <NotYetWritten ctx={ctx} />
      </View>
    );
  }

  return (
    <>
      <PartHeading ctx={ctx} title={title} first={first} />
      <Note ctx={ctx}>{t('pdf:note.cutOut')}</Note>
      {rows.map((row, index) => (
        <View key={index} style={s.cardGrid} wrap={false}>
          {row.map((data) => (
            <WalletCard key={data.employee.id} ctx={ctx} data={data} shared={shared} />
          ))}
        </View>
      ))}
    </>
  );
}
