import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguageCode, LANGUAGES } from '../i18n';

/** The app's languages, each in its own name; the choice is remembered on this device. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        <span className="language-label">{t('language.label')}</span>
      </label>
      <select
        id={id}
        value={isLanguageCode(i18n.language) ? i18n.language : ''}
        onChange={(event) => {
          if (isLanguageCode(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {isLanguageCode(i18n.language) ? null : <option value="">{i18n.language}</option>}
        <LanguageOptions />
      </select>
    </div>
  );
}

/** The app's languages as the options of a list, each in its own name (and marked as that language). */
export function LanguageOptions({ except }: { except?: string }) {
  return LANGUAGES.filter((language) => language.code !== except).map((language) => (
    <option key={language.code} value={language.code} lang={language.code}>
      {language.nativeName}
    </option>
  ));
}
