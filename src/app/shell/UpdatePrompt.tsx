import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { saveAllWork } from '../editor/unsaved-work';

/** "A new version is ready": the app never reloads by itself; when the user accepts, work is saved first. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [updating, setUpdating] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  if (!needRefresh) return null;
  return (
    <div className="update-banner" role="alert">
      <span>{t('update.ready')}</span>
      <button
        type="button"
        className="primary"
        disabled={updating}
        onClick={() => {
          setUpdating(true);
          void saveAllWork().then(() => updateServiceWorker(true));
        }}
      >
        {t('update.reload')}
      </button>
      <button type="button" className="link-button" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
