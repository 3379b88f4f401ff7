import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Chromium's install prompt event (not yet in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
}

function isInstallPrompt(event: Event): event is BeforeInstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function';
}

/** Offers to install the app where the browser supports it (and only then). */
export function InstallHint() {
  const { t } = useTranslation();
  const [installPrompt, setInstallPrompt] = useState<BeforeInstallPromptEvent | null>(null);

  useEffect(() => {
    const offer = (event: Event) => {
      if (!isInstallPrompt(event)) return;
      event.preventDefault();
      setInstallPrompt(event);
    };
    const installed = () => setInstallPrompt(null);
    window.addEventListener('beforeinstallprompt', offer);
    window.addEventListener('appinstalled', installed);
    return () => {
      window.removeEventListener('beforeinstallprompt', offer);
      window.removeEventListener('appinstalled', installed);
    };
  }, []);

  if (!installPrompt) return null;
  return (
    <p className="install-hint">
      {t('install.hint')}{' '}
      <button type="button" onClick={() => void installPrompt.prompt().then(() => setInstallPrompt(null))}>
        {t('install.button')}
      </button>
    </p>
  );
}
