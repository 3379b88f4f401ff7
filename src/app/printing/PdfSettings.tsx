import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, type LanguageCode } from '../../i18n';
import { defaultPaperSize } from '../../pdf/paper-size';
import type { PaperSize } from '../../pdf/worker-protocol';
import { LanguageOptions } from '../../ui';
import { warmUpPdfWorker } from './pdf-client';

export interface PdfSettingsChoice {
  language: LanguageCode;
  paperSize: PaperSize;
  chooseLanguage: (language: LanguageCode) => void;
  choosePaperSize: (paperSize: PaperSize) => void;
}

/**
 * A print screen's language and paper: the app's language first, and the paper that language is usually
 * printed on until the owner picks one. `onChange` runs after every choice (the file shown no longer matches).
 */
export function usePdfSettings(onChange: () => void): PdfSettingsChoice {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<LanguageCode>(isLanguageCode(i18n.language) ? i18n.language : 'en');
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  return {
    language,
    paperSize: chosenPaper ?? defaultPaperSize(language),
    chooseLanguage: (chosen) => {
      setLanguage(chosen);
      onChange();
    },
    choosePaperSize: (size) => {
      setChosenPaper(size);
      onChange();
    },
  };
}

interface PdfSettingsProps {
  settings: PdfSettingsChoice;
  /** The language field's label, when the screen names it more closely ("Language of the summary"). */
  languageLabel?: string;
  /** Fields that belong between the language and the paper (the summary's partner language). */
  children?: ReactNode;
}

/** The language and paper size of the PDFs. While they are on screen, the PDF engine warms up for the language. */
export function PdfSettings({ settings, languageLabel, children }: PdfSettingsProps) {
  const { t } = useTranslation();
  const { language, paperSize, chooseLanguage, choosePaperSize } = settings;
  useEffect(() => warmUpPdfWorker(language, paperSize), [language, paperSize]);
  const languageId = useId();
  const paperName = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={languageId} className="field-label">
          {languageLabel ?? t('print.language')}
        </label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => {
            const chosen = event.target.value;
            if (isLanguageCode(chosen)) chooseLanguage(chosen);
          }}
        >
          <LanguageOptions />
        </select>
      </div>
      {children}
      <fieldset className="field">
        <legend className="field-label">{t('print.paper')}</legend>
        {(['A4', 'LETTER'] as const).map((size) => (
          <label key={size} className="choice">
            <input type="radio" name={paperName} checked={paperSize === size} onChange={() => choosePaperSize(size)} />
            {t(size === 'A4' ? 'print.a4' : 'print.letter')}
          </label>
        ))}
      </fieldset>
    </>
  );
}
