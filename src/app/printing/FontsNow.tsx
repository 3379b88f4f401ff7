import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../i18n';
import { downloadLanguagePack, hasLanguagePack, isLanguageReadyOffline } from '../offline/language-packs';

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the device says it is online, updated as the connection comes and goes. */
function useOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
}

type Download = { status: 'idle' } | { status: 'downloading'; share: number } | { status: 'failed' };

/**
 * After a PDF failed for want of a language pack: once the device is online again, one button downloads the
 * missing fonts and then makes the PDF (`onReady`), right where the failure was shown.
 */
export function FontsNow({ languages, onReady }: { languages: readonly LanguageCode[]; onReady: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  const [missing, setMissing] = useState<readonly LanguageCode[]>([]);
  const [download, setDownload] = useState<Download>({ status: 'idle' });
  const wanted = languages.join(' ');

  useEffect(() => {
    let current = true;
    const withPack = wanted.split(' ').filter(isLanguageCode).filter(hasLanguagePack);
    void Promise.all(withPack.map(async (code) => ((await isLanguageReadyOffline(code)) ? null : code))).then((codes) => {
      if (current) setMissing(codes.filter((code) => code !== null));
    });
    return () => {
      current = false;
    };
  }, [wanted, online]);

  if (!online || missing.length === 0) return null;

  const start = async () => {
    setDownload({ status: 'downloading', share: 0 });
    try {
      for (const [index, language] of missing.entries()) {
        await downloadLanguagePack(language, (share) => setDownload({ status: 'downloading', share: (index + share) / missing.length }));
      }
      setDownload({ status: 'idle' });
      onReady();
    } catch {
      setDownload({ status: 'failed' });
    }
  };

  const names = missing.map((code) => LANGUAGES.find((option) => option.code === code)?.nativeName ?? code).join(', ');
  return (
    <div className="fonts-now">
      {download.status === 'downloading' ? (
        <p className="progress-note" role="status">
          <progress value={download.share} max={1} aria-label={t('offline.downloading', { language: names })} />
          {t('offline.percent', { percent: Math.round(download.share * 100) })}
        </p>
      ) : (
        <button type="button" onClick={() => void start()}>
          {t('print.fontsNow')}
          <span className="visually-hidden">: {names}</span>
        </button>
      )}
      {download.status === 'failed' ? <p className="field-error">{t('print.fontsNowFailed')}</p> : null}
    </div>
  );
}
