/**
 * The printed plan, in the order a reader needs it (shared/guidebook.md "The printed plan"): cover,
 * emergency quick card, steps 1 to 10, appendices (self-check, contact lists, emergency kit, wallet
 * cards). A Quick plan prints only what its path asks (QuickPlan.tsx) and its wallet cards. Every page carries the running header and footer through the Page `layout` template, which
 * also switches react-pdf 4.9 to its new pagination engine (shared/notes/pdf-rnd.md §3): company,
 * plan version, print date, "Page x of y" and the privacy line.
 *
 * Headings and labels come from `t` in the PDF language; the user's own text is printed as typed.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { PdfReuse } from '@react-pdf/layout';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { isoDay, STEP_NUMBERS, type Plan, type StepNumber } from '../../domain';
import { AppendixContacts } from './AppendixContacts';
import { AppendixKit } from './AppendixKit';
import { AppendixSelfCheck } from './AppendixSelfCheck';
import { createPdfContext, type PdfContext, type PlanDocumentProps } from './context';
import { Cover } from './Cover';
import { QuickCard } from './QuickCard';
import { QuickPlanParts } from './QuickPlan';
import { Step1Purpose } from './Step1Purpose';
import { Step2KeyProducts } from './Step2KeyProducts';
import { Step3Resources } from './Step3Resources';
import { Step4Risks } from './Step4Risks';
import { Step5Measures } from './Step5Measures';
import { Step6Emergency } from './Step6Emergency';
import { Step7Strategies } from './Step7Strategies';
import { Step8Finance } from './Step8Finance';
import { Step9Exercises } from './Step9Exercises';
import { Step10Review } from './Step10Review';
import { stepBeginsPage } from './blocks';
import { CHROME } from './styles';
import { fitToWidth } from './text-width';
import { WalletCards } from './WalletCards';

export type { PaperSize, PlanDocumentProps } from './context';

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>;

/** The patched engine reads `reuse` from the document (docs/pdf-engine.md, "Re-print after an edit"). */
const ReusingDocument = Document as ComponentType<ComponentProps<typeof Document> & { reuse?: PdfReuse }>;

/** Header and footer of every page. Absolutely positioned inside the page margins, so the content
 * region is the same on every page. No lineHeight above the chrome (notes §3.4): only on the Texts. */
function pageLayout(ctx: PdfContext): PageLayout {
  const { plan, t, styles: s } = ctx;
  // one line, however long the name: cut with an ellipsis here, printed whole on the cover
  const company = fitToWidth(plan.company.name.trim(), CHROME.fontSize, ctx.contentWidth * CHROME.companyShare - 1);
  const right = [t('pdf:document.title'), t('pdf:footer.version', { version: plan.revision })].join(' · ');
  const printed = t('pdf:footer.printed', { date: ctx.date(isoDay(ctx.printedAt)) });
  const privacy = t('pdf:footer.privacy');
  return ({ children, pageNumber, totalPages }) => (
    <>
      <View style={s.header}>
        <Text style={s.chromeLeft}>{company}</Text>
        <Text style={s.chromeRight}>{right}</Text>
      </View>
      {children}
      <View style={s.footer}>
        <Text style={s.chromeFooter}>{printed}</Text>
        <Text style={s.chromeFooterCenter}>{privacy}</Text>
        <Text style={s.chromeFooterRight}>
          {t('pdf:footer.page', { page: pageNumber ?? 1, total: totalPages ?? pageNumber ?? 1 })}
        </Text>
      </View>
    </>
  );
}

export function PlanDocument(props: PlanDocumentProps) {
  const ctx = createPdfContext(props);
  const { plan, t } = ctx;
  const layout = pageLayout(ctx);
  const page = { size: props.paperSize, style: ctx.styles.page, layout } as const;
  const company = plan.company.name.trim();

  return (
    <ReusingDocument
      title={company ? t('pdf:value.labelled', { label: t('pdf:document.title'), value: company }) : t('pdf:document.title')}
      author={company}
      subject={t('pdf:document.basedOn')}
      creator="BCP Builder"
      producer="BCP Builder"
      language={props.language}
      creationDate={props.printedAt}
      reuse={props.reuse}
    >
      <Page {...page}>
        <Cover ctx={ctx} />
      </Page>
      <Page {...page}>
        <QuickCard ctx={ctx} />
      </Page>
      {plan.path === 'quick' ? (
        <>
          <Page {...page}>
            <QuickPlanParts ctx={ctx} />
          </Page>
          {plan.contacts.employees.length > 0 ? (
            <Page {...page}>
              <WalletCards ctx={ctx} title={t('pdf:quickPlan.walletCards')} />
            </Page>
          ) : null}
        </>
      ) : (
        <FullPlanPages ctx={ctx} page={page} />
      )}
    </ReusingDocument>
  );
}

/** Steps 1 to 10 of a Full plan, by number. */
const STEP_PARTS: Readonly<Record<StepNumber, (props: { ctx: PdfContext }) => ReactNode>> = {
  1: Step1Purpose,
  2: Step2KeyProducts,
  3: Step3Resources,
  4: Step4Risks,
  5: Step5Measures,
  6: Step6Emergency,
  7: Step7Strategies,
  8: Step8Finance,
  9: Step9Exercises,
  10: Step10Review,
};

/**
 * The steps, in the groups that share a page: every step the user has started begins a page (a step can be
 * found, read and reprinted on its own, and a re-print after an edit lays out again only the pages of what
 * changed: src/pdf/reprint.ts); a step not started yet ("Not yet written") follows the step before it.
 */
function stepPages(plan: Plan): StepNumber[][] {
  const pages: StepNumber[][] = [];
  for (const step of STEP_NUMBERS) {
    const last = pages.at(-1);
    if (last && !stepBeginsPage(plan, step)) last.push(step);
    else pages.push([step]);
  }
  return pages;
}

/** Steps 1 to 10 and the appendices (self-check, contact lists, emergency kit, wallet cards) of a Full plan, each
 * appendix on a page of its own. */
function FullPlanPages({ ctx, page }: { ctx: PdfContext; page: Omit<ComponentProps<typeof Page>, 'children'> }) {
  // cards to cut out start a page; "not yet written" shares the page of the emergency kit
  const hasWalletCards = ctx.plan.contacts.employees.length > 0;
  const walletCardsTitle = ctx.t('pdf:appendix.walletCards');
  return (
    <>
      {stepPages(ctx.plan).map((steps) => (
        <Page key={steps.join('-')} {...page}>
          {steps.map((step) => {
            const Step = STEP_PARTS[step];
            return <Step key={step} ctx={ctx} />;
          })}
        </Page>
      ))}
      <Page {...page}>
        <AppendixSelfCheck ctx={ctx} />
      </Page>
      <Page {...page}>
        <AppendixContacts ctx={ctx} />
      </Page>
      <Page {...page}>
        <AppendixKit ctx={ctx} />
        {hasWalletCards ? null : <WalletCards ctx={ctx} title={walletCardsTitle} first={false} />}
      </Page>
      {hasWalletCards ? (
        <Page {...page}>
          <WalletCards ctx={ctx} title={walletCardsTitle} />
        </Page>
      ) : null}
    </>
  );
}
