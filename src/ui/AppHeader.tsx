import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './LanguagePicker';

/** The top of the screens outside a plan: the skip link to the content, the app's name and the language picker. */
export function AppHeader() {
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
    </>
  );
}
