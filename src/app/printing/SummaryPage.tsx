import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { summaryContacts, summaryItems, type PartnerSummaryChoices, type Plan, type SummaryItemKind } from '../../domain';
import { isLanguageCode, LANGUAGES, translatorIn, type LanguageCode } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';
import type { PaperSize } from '../../pdf/worker-protocol';
import { useEditor } from '../editor/editor-context';
import { isLanguageReadyOffline, prepareLanguageOffline } from '../offline/language-packs';
import { defaultPaperSize } from '../../pdf/paper-size';
import { warmUpPdfWorker } from './pdf-client';
import { PdfAction, PdfReady, PdfUnprintableNotice, type PdfScreenState } from './PdfResult';
import { saveFile } from '../shell/save-file';
import { renderSummaryInWorker } from './summary-client';

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

/**
 * The continuity summary for customers and partners: what it will show, as a checklist the owner can
 * untick, whose contact details it gives and in which languages; then a preview, a download and print.
 * The choices save with the plan (plan.partnerSummary) through the editor's autosave.
 */
export function SummaryPage() {
  const { t, i18n } = useTranslation(['summary', 'common']);
  const { plan, updatePlan } = useEditor();
  const ids = { contact: useId(), language: useId(), partner: useId(), contactHint: useId(), partnerHint: useId() };
  const [language, setLanguage] = useState<LanguageCode>(isLanguageCode(i18n.language) ? i18n.language : 'en');
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  const paperSize = chosenPaper ?? defaultPaperSize(language);
  useEffect(() => warmUpPdfWorker(language, paperSize), [language, paperSize]);
  const [state, setState] = useState<PdfScreenState>({ status: 'idle' });
  const readyUrl = state.status === 'ready' ? state.url : null;
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

  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const choose = (next: Partial<PartnerSummaryChoices>) => {
    updatePlan({ ...plan, partnerSummary: { ...choices, ...next } });
    setState({ status: 'idle' });
  };

  const toggle = (id: string, shown: boolean) =>
    choose({ hiddenItems: shown ? choices.hiddenItems.filter((hiddenId) => hiddenId !== id) : [...choices.hiddenItems, id] });

  const create = async (allowUnprintable: boolean) => {
    const languages = partnerLanguage === null ? [language] : [language, partnerLanguage];
    for (const needed of languages) {
      if (!navigator.onLine && !(await isLanguageReadyOffline(needed))) {
        setState({ status: 'pack_missing' });
        return;
      }
    }
    setState({ status: 'working', stage: 'start' });
    for (const needed of languages) void prepareLanguageOffline(needed).catch(() => undefined);
    try {
      const outcome = await renderSummaryInWorker({
        plan,
        language,
        partnerLanguage,
        paperSize,
        allowUnprintable,
        onProgress: (stage) => setState({ status: 'working', stage }),
      });
      if (outcome.kind === 'unprintable') {
        setState({ status: 'unprintable', characters: outcome.characters });
        return;
      }
      if (outcome.kind === 'fonts_unavailable') {
        setState({ status: 'fonts_unavailable' });
        return;
      }
      const fileLanguages = partnerLanguage === null ? [language] : [partnerLanguage, language];
      const kind = (await translatorIn(language))('common:print.fileName.summary');
      const fileName = pdfFileName(plan.company.name, kind, fileLanguages, new Date());
      const pdf = new Blob([outcome.bytes], { type: 'application/pdf' });
      saveFile(fileName, pdf);
      setState({ status: 'ready', url: URL.createObjectURL(pdf), fileName });
    } catch {
      setState({ status: 'failed' });
    }
  };

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
        <div className="field">
          <label htmlFor={ids.contact} className="field-label">
            {t('screen.contact')}
          </label>
          <p id={ids.contactHint} className="field-help">
            {t('screen.contactHint')}
          </p>
          <select
            id={ids.contact}
            aria-describedby={ids.contactHint}
            value={contact?.id ?? ''}
            onChange={(event) => choose({ contactId: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">{t('screen.contactNone')}</option>
            {contacts.map((option) => (
              <option key={option.id} value={option.id}>
                {t('screen.contactOption', { name: option.name, role: t(`screen.role.${option.role}`) })}
              </option>
            ))}
          </select>
          {contact ? (
            contact.phone.trim() === '' && contact.email.trim() === '' ? (
              <p className="field-warning">{t('screen.contactMissing', { name: contact.name })}</p>
            ) : (
              <p className="summary-contact">{[contact.phone, contact.email].filter((value) => value.trim() !== '').join(' · ')}</p>
            )
          ) : null}
        </div>
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
        <div className="field">
          <label htmlFor={ids.language} className="field-label">
            {t('screen.language')}
          </label>
          <select
            id={ids.language}
            value={language}
            onChange={(event) => {
              const chosen = event.target.value;
              if (isLanguageCode(chosen)) {
                setLanguage(chosen);
                setState({ status: 'idle' });
              }
            }}
          >
            {LANGUAGES.map((option) => (
              <option key={option.code} value={option.code} lang={option.code}>
                {option.nativeName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.partner} className="field-label">
            {t('screen.partnerLanguage')}
          </label>
          <p id={ids.partnerHint} className="field-help">
            {t('screen.partnerHint')}
          </p>
          <select
            id={ids.partner}
            aria-describedby={ids.partnerHint}
            value={partnerLanguage ?? ''}
            onChange={(event) => choose({ partnerLanguage: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">{t('screen.partnerNone')}</option>
            {LANGUAGES.filter((option) => option.code !== language).map((option) => (
              <option key={option.code} value={option.code} lang={option.code}>
                {option.nativeName}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('common:print.paper')}</legend>
          {(['A4', 'LETTER'] as const).map((size) => (
            <label key={size} className="choice">
              <input
                type="radio"
                name="summary-paper"
                checked={paperSize === size}
                onChange={() => {
                  setChosenPaper(size);
                  setState({ status: 'idle' });
                }}
              />
              {t(size === 'A4' ? 'common:print.a4' : 'common:print.letter')}
            </label>
          ))}
        </fieldset>
        <p className="field-help">{t('screen.saved')}</p>
        <PdfAction
          state={state}
          label={t('common:print.download')}
          readyText={t('common:print.ready')}
          languages={partnerLanguage === null ? [language] : [language, partnerLanguage]}
          onRetry={() => void create(false)}
        />
      </form>

      <PdfUnprintableNotice state={state} onPrintAnyway={() => void create(true)} plan={plan} />
      <PdfReady state={state} />
    </div>
  );
}
