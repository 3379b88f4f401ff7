import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../i18n';
import type { PaperSize } from '../../pdf/worker-protocol';
import { warmUpPdfWorker } from './pdf-client';

interface PdfSettingsProps {
  language: LanguageCode;
  paperSize: PaperSize;
  onLanguage: (language: LanguageCode) => void;
  onPaperSize: (paperSize: PaperSize) => void;
}

/** The language and paper size of the PDFs. While they are on screen, the PDF engine warms up for the language. */
export function PdfSettings({ language, paperSize, onLanguage, onPaperSize }: PdfSettingsProps) {
  const { t } = useTranslation();
  useEffect(() => warmUpPdfWorker(language, paperSize), [language, paperSize]);
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
