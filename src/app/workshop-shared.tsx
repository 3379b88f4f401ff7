/**
 * Pieces the workshop kit's screens share: the page frame (header with the way back to the plans), the
 * links from the plans list, and the PDF language and paper size choice.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../i18n';
import type { PaperSize } from '../pdf/worker-protocol';
import { LanguagePicker } from '../ui';

/** On the plans list: where a trainer finds the workshop prints. */
export function WorkshopLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="workshop-links-title" className="workshop-links">
      <h2 id="workshop-links-title">{t('worksheets:ui.links.title')}</h2>
      <ul>
        <li>
          <Link to="/worksheets">{t('worksheets:ui.links.worksheets')}</Link>
        </li>
        <li>
          <Link to="/print-plans">{t('worksheets:ui.links.batch')}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function WorkshopPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">
          <img src="/icon.svg" alt="" width="28" height="28" /> {t('app.name')}
        </p>
        <LanguagePicker />
      </header>
      <main className="page print-page" id="main" tabIndex={-1}>
        <p>
          <Link to="/">← {t('nav.allPlans')}</Link>
        </p>
        {children}
      </main>
    </>
  );
}

interface PdfSettingsProps {
  language: LanguageCode;
  paperSize: PaperSize;
  onLanguage: (language: LanguageCode) => void;
  onPaperSize: (paperSize: PaperSize) => void;
}

/** The language and paper size of the PDFs. */
export function PdfSettings({ language, paperSize, onLanguage, onPaperSize }: PdfSettingsProps) {
  const { t } = useTranslation();
  const languageId = useId();
  const paperName = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={languageId} className="field-label">
          {t('print.language')}
        </label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => {
            const chosen = event.target.value;
            if (isLanguageCode(chosen)) onLanguage(chosen);
          }}
        >
          {LANGUAGES.map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>
              {option.nativeName}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend className="field-label">{t('print.paper')}</legend>
        {(['A4', 'LETTER'] as const).map((size) => (
          <label key={size} className="choice">
            <input type="radio" name={paperName} checked={paperSize === size} onChange={() => onPaperSize(size)} />
            {t(size === 'A4' ? 'print.a4' : 'print.letter')}
          </label>
        ))}
      </fieldset>
    </>
  );
}
