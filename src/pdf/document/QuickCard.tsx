/**
 * The emergency quick card: one page to tape to the wall. First actions, assembly point, who activates
 * the plan, leader and deputy phones, the safety check, emergency numbers and the key products to
 * restart first. Lists are capped so that the card stays on one page.
 */
import { Text, View } from '@react-pdf/renderer';
import { bcpDeputy, bcpLeader } from '../../domain';
import { BookmarkedView, filled, Lines, shown } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel } from './answers';
import { emergencyNumbers, firstActionItems } from './plan-facts';

export { emergencyNumbers, firstActionItems };

const MAX_ACTIONS = 10;
const MAX_NUMBERS = 8;
const MAX_PRODUCTS = 5;

export function QuickCard({ ctx }: { ctx: PdfContext }) {
  const { plan, t, styles: s } = ctx;
  const { emergency } = plan;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const actions = firstActionItems(ctx).slice(0, MAX_ACTIONS);
  const numbers = emergencyNumbers(plan.contacts.external, MAX_NUMBERS);
  const products = ctx.productsByRank.slice(0, MAX_PRODUCTS);
  const safetyMethod = emergency.safetyCheck.method;

  return (
    <View>
      <BookmarkedView style={s.quickBand} wrap={false} bookmark={t('pdf:quickCard.title')}>
        <Text style={s.quickTitle}>{t('pdf:quickCard.title')}</Text>
        <Text style={s.quickCompany}>{shown(plan.company.name)}</Text>
        <Text style={s.quickIntro}>{t('pdf:quickCard.intro')}</Text>
      </BookmarkedView>

      <View style={s.quickColumns}>
        <View style={s.quickLeft}>
          <Text style={s.quickHeading}>{fieldLabel(ctx, 'emergency.firstActions')}</Text>
          {actions.length === 0 ? (
            <Text style={s.notYetWritten}>{t('pdf:document.notYetWritten')}</Text>
          ) : (
            actions.map((action, index) => (
              <View key={index} style={s.quickActionRow} wrap={false}>
                <View style={s.quickActionNumber}>
                  <Text style={s.quickActionDigit}>{String(index + 1)}</Text>
                </View>
                <View style={s.listBody}>
                  <Lines text={action.text} style={s.quickActionText} />
                  {action.detail ? <Lines text={action.detail} style={s.quickActionDetail} /> : null}
                </View>
              </View>
            ))
          )}
          {products.length > 0 ? (
            <View style={s.quickProducts} wrap={false}>
              <Text style={s.quickHeading}>{t('pdf:quickCard.keyProducts')}</Text>
              {products.map((product) => (
                <View key={product.id} style={s.listRow}>
                  <Text style={s.listNumber}>{`${ctx.productNumber(product)}.`}</Text>
                  <View style={s.listBody}>
                    <Lines text={shown(product.name)} style={s.bodyStrong} />
                    {product.rto.value !== null ? (
                      <Text style={s.small}>{t('pdf:quickCard.backWithin', { time: ctx.recoveryTime(product.rto) })}</Text>
                    ) : null}
                  </View>
                </View>
              ))}
            </View>
          ) : null}
        </View>

        <View style={s.quickRight}>
          <View style={s.quickBoxAlert} wrap={false}>
            <Text style={s.quickLabel}>{fieldLabel(ctx, 'emergency.evacuation.assemblyPoint')}</Text>
            <Lines text={shown(emergency.evacuation.assemblyPoint)} style={s.quickBig} />
            {emergency.evacuation.routes.trim() ? <Lines text={emergency.evacuation.routes} style={s.small} /> : null}
          </View>
          <View style={s.quickBox} wrap={false}>
            <Text style={s.quickLabel}>{t('pdf:column.whoDecides')}</Text>
            <Lines text={shown(emergency.activation.whoDecides)} style={s.bodyStrong} />
            {emergency.activation.criteria.trim() ? <Lines text={emergency.activation.criteria} style={s.small} /> : null}
          </View>
          <View style={s.quickBox} wrap={false}>
            <Text style={s.quickLabel}>{fieldLabel(ctx, 'team.leader.employeeId')}</Text>
            <Text style={s.bodyStrong}>{shown(leader.name)}</Text>
            <Text style={s.quickPhone}>{shown(leader.phone)}</Text>
            {filled(deputy.name, deputy.phone).length > 0 ? (
              <>
                <Text style={s.quickLabelSpaced}>{fieldLabel(ctx, 'team.deputy.employeeId')}</Text>
                <Text style={s.bodyStrong}>{shown(deputy.name)}</Text>
                <Text style={s.quickPhone}>{shown(deputy.phone)}</Text>
              </>
            ) : null}
          </View>
          {safetyMethod !== null || emergency.safetyCheck.note.trim() ? (
            <View style={s.quickBox} wrap={false}>
              <Text style={s.quickLabel}>{t('pdf:column.safetyCheck')}</Text>
              {safetyMethod !== null ? <Text style={s.bodyStrong}>{t(`options:safetyCheck.${safetyMethod}`)}</Text> : null}
              {emergency.safetyCheck.note.trim() ? <Lines text={emergency.safetyCheck.note} style={s.small} /> : null}
            </View>
          ) : null}
        </View>
      </View>

      {numbers.length > 0 ? (
        <View wrap={false}>
          <Text style={s.quickHeading}>{t('pdf:quickCard.emergencyNumbers')}</Text>
          <View style={s.quickNumbers}>
            {numbers.map((contact) => (
              <View key={contact.id} style={s.quickNumber}>
                <Text style={s.smallStrong}>
                  {contact.organisation.trim() || (contact.category ? t(`options:contactCategory.${contact.category}`) : '')}
                </Text>
                <Text style={s.quickPhone}>{shown(contact.phone)}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}
