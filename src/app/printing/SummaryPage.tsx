import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { summaryContacts, summaryItems, type PartnerSummaryChoices, type Plan, type SummaryItemKind } from '../../domain';
import { isLanguageCode, translatorIn } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';
import { LanguageOptions } from '../../ui';
import { PdfReady } from '../../ui/PdfResult';
import { useEditor } from '../editor/editor-context';
import { PdfJobAction, PdfJobUnprintable } from './PdfJobControls';
import { PdfSettings, usePdfSettings } from './PdfSettings';
import { usePdfPrint } from './use-pdf-job';

const GROUPS: readonly { kind: SummaryItemKind; title: string; parts?: readonly string[] }[] = [
  { kind: 'part', title: 'screen.company', parts: ['address'] },
  { kind: 'keyProduct', title: 'screen.keyProducts' },
  { kind: 'hazard', title: 'screen.hazards' },
  { kind: 'measure', title: 'screen.measures' },
  { kind: 'part', title: 'screen.status', parts: ['lastExercise', 'reviewDates', 'selfCheck'] },
];

/** What a checklist line shows: the user's own words, or the label of a code or part. */
function useItemLabel(plan: Plan): (id: string, kind: SummaryItemKind) => { label: string; detail: string } {
  const { t } = useTranslation(['summary', 'options']);
  return (id, kind) => {
    if (kind === 'keyProduct') {
      return { label: plan.keyProducts.find((product) => product.id === id)?.name ?? id, detail: t('screen.keyProductDetail') };
    }
    if (kind === 'hazard') {
      const hazard = plan.hazards.find((candidate) => candidate.id === id);
      const coded = hazard?.code !== null && hazard?.code !== undefined && hazard.code !== 'other';
      return { label: coded ? t(`options:hazard.${hazard.code}`) : (hazard?.label ?? id), detail: '' };
    }
    if (kind === 'measure') return { label: plan.measures.find((measure) => measure.id === id)?.action ?? id, detail: '' };
    return { label: t(`screen.${id}`), detail: id === 'address' ? plan.company.address : '' };
  };
}

interface SelectWithHintProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  /** The options. */
  children: ReactNode;
  /** Shown under the list (the chosen contact's details). */
  after?: ReactNode;
}

/** A choice from a list, with a line saying what it is for. */
function SelectWithHint({ label, hint, value, onChange, children, after }: SelectWithHintProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={hintId} className="field-help">
        {hint}
      </p>
      <select id={id} aria-describedby={hintId} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
      {after}
    </div>
  );
}

/**
 * The continuity summary for customers and partners: what it will show, as a checklist the owner can
 * untick, whose contact details it gives and in which languages; then a preview, a download and print.
 * The choices save with the plan (plan.partnerSummary) through the editor's autosave.
 */
export function SummaryPage() {
  const { t } = useTranslation(['summary', 'common']);
  const { plan, updatePlan } = useEditor();
  const job = usePdfPrint();
  const settings = usePdfSettings(job.reset);
  const { language, paperSize } = settings;
  const itemLabel = useItemLabel(plan);

  const choices = plan.partnerSummary;
  const hidden = new Set(choices.hiddenItems);
  const items = summaryItems(plan);
  const contacts = summaryContacts(plan);
  const contact = contacts.find(({ id }) => id === choices.contactId) ?? null;
  const leader = contacts.find(({ role }) => role === 'leader');
  const partnerLanguage =
    choices.partnerLanguage !== null && isLanguageCode(choices.partnerLanguage) && choices.partnerLanguage !== language
      ? choices.partnerLanguage
      : null;

  useEffect(() => {
    document.title = `${t('screen.title')} – ${t('common:app.name')}`;
  }, [t]);

  const choose = (next: Partial<PartnerSummaryChoices>) => {
    updatePlan({ ...plan, partnerSummary: { ...choices, ...next } });
    job.reset();
  };

  const toggle = (id: string, shown: boolean) =>
    choose({ hiddenItems: shown ? choices.hiddenItems.filter((hiddenId) => hiddenId !== id) : [...choices.hiddenItems, id] });

  const create = (allowUnprintable: boolean) =>
    job.print({ kind: 'summary', plan, language, partnerLanguage, paperSize, allowUnprintable }, async () => {
      const fileLanguages = partnerLanguage === null ? [language] : [partnerLanguage, language];
      const kind = (await translatorIn(language))('common:print.fileName.summary');
      return pdfFileName(plan.company.name, kind, fileLanguages, new Date());
    });

  const group = (kind: SummaryItemKind, title: string, parts?: readonly string[]): ReactNode => {
    const members = items.filter((item) => item.kind === kind && (parts === undefined || parts.includes(item.id)));
    return (
      <fieldset key={title} className="form-section summary-group">
        <legend className="field-label">{t(title)}</legend>
        {title === 'screen.company' ? (
          <p className="summary-leader">{leader ? t('screen.leaderAlways', { name: leader.name }) : t('screen.noLeader')}</p>
        ) : null}
        {members.length === 0 ? <p className="field-empty">{t('screen.noneYet')}</p> : null}
        {members.map((item) => {
          const { label, detail } = itemLabel(item.id, item.kind);
          return (
            <label key={item.id} className="choice summary-item">
              <input type="checkbox" checked={!hidden.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
              <span>
                <span className="visually-hidden">{t('screen.showInSummary')}: </span>
                <span className="summary-item-label">{label}</span>
                {detail ? <span className="field-help summary-item-detail">{detail}</span> : null}
              </span>
            </label>
          );
        })}
      </fieldset>
    );
  };

  return (
    <div className="print-page summary-page">
      <h1>{t('screen.title')}</h1>
      <p>{t('screen.intro')}</p>

      <section aria-labelledby="summary-contents-title">
        <h2 id="summary-contents-title">{t('screen.contentsTitle')}</h2>
        {GROUPS.map(({ kind, title, parts }) => group(kind, title, parts))}
      </section>

      <div className="form-section">
        <SelectWithHint
          label={t('screen.contact')}
          hint={t('screen.contactHint')}
          value={contact?.id ?? ''}
          onChange={(value) => choose({ contactId: value === '' ? null : value })}
          after={
            contact ? (
              contact.phone.trim() === '' && contact.email.trim() === '' ? (
                <p className="field-warning">{t('screen.contactMissing', { name: contact.name })}</p>
              ) : (
                <p className="summary-contact">{[contact.phone, contact.email].filter((value) => value.trim() !== '').join(' · ')}</p>
              )
            ) : null
          }
        >
          <option value="">{t('screen.contactNone')}</option>
          {contacts.map((option) => (
            <option key={option.id} value={option.id}>
              {t('screen.contactOption', { name: option.name, role: t(`screen.role.${option.role}`) })}
            </option>
          ))}
        </SelectWithHint>
      </div>

      <form
        className="print-settings"
        aria-labelledby="summary-settings-title"
        onSubmit={(event) => {
          event.preventDefault();
          void create(false);
        }}
      >
        <h2 id="summary-settings-title">{t('screen.settingsTitle')}</h2>
        <PdfSettings settings={settings} languageLabel={t('screen.language')}>
          <SelectWithHint
            label={t('screen.partnerLanguage')}
            hint={t('screen.partnerHint')}
            value={partnerLanguage ?? ''}
            onChange={(value) => choose({ partnerLanguage: value === '' ? null : value })}
          >
            <option value="">{t('screen.partnerNone')}</option>
            <LanguageOptions except={language} />
          </SelectWithHint>
        </PdfSettings>
        <p className="field-help">{t('screen.saved')}</p>
        <PdfJobAction
          state={job.state}
          label={t('common:print.download')}
          readyText={t('common:print.ready')}
          languages={partnerLanguage === null ? [language] : [language, partnerLanguage]}
          onRetry={() => void create(false)}
        />
      </form>

      <PdfJobUnprintable state={job.state} onPrintAnyway={() => void create(true)} plan={plan} />
      <PdfReady state={job.state} />
    </div>
  );
}
