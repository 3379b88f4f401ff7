import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, formatNumber, type LanguageCode } from '../../i18n';
import { downloadLanguagePack, hasLanguagePack, isLanguageReadyOffline, languagePackSize } from './language-packs';

type PackState = { status: 'ready' } | { status: 'missing'; size: number | null } | { status: 'downloading'; share: number } | { status: 'failed' };

/** Which languages print offline on this device, and downloads for the ones that come as packs. */
export function OfflineLanguages() {
  const { t, i18n } = useTranslation();
  const [states, setStates] = useState<Partial<Record<LanguageCode, PackState>>>({});

  const setState = useCallback(
    (language: LanguageCode, state: PackState) => setStates((current) => ({ ...current, [language]: state })),
    [],
  );

  useEffect(() => {
    for (const { code } of LANGUAGES) {
      void isLanguageReadyOffline(code).then((ready) =>
        setState(code, ready ? { status: 'ready' } : { status: 'missing', size: languagePackSize(code) }),
      );
    }
  }, [setState]);

  const download = async (language: LanguageCode) => {
    setState(language, { status: 'downloading', share: 0 });
    try {
      await downloadLanguagePack(language, (share) => setState(language, { status: 'downloading', share }));
      setState(language, { status: 'ready' });
    } catch {
      setState(language, { status: 'failed' });
    }
  };

  const missing = LANGUAGES.filter(({ code }) => {
    const state = states[code];
    return state?.status === 'missing' || state?.status === 'failed';
  });
  const megabytes = (bytes: number) => formatNumber(bytes / 1_000_000, i18n.language, 0);

  return (
    <section aria-labelledby="offline-title" className="offline-languages">
      <h2 id="offline-title">{t('offline.title')}</h2>
      <p>{t('offline.intro')}</p>
      <ul>
        {LANGUAGES.map(({ code, nativeName }) => {
          const state = states[code];
          return (
            <li key={code}>
              <span lang={code} className="offline-language">
                {nativeName}
              </span>
              {state?.status === 'ready' ? <span className="check-passed">✓ {t('offline.ready')}</span> : null}
              {state?.status === 'missing' ? (
                <>
                  <span>
                    {state.size === null ? t('offline.notDownloaded') : t('offline.notDownloadedSize', { size: megabytes(state.size) })}
                  </span>
                  {hasLanguagePack(code) ? (
                    <button type="button" onClick={() => void download(code)}>
                      {t('offline.download')}
                      <span className="visually-hidden">: {nativeName}</span>
                    </button>
                  ) : null}
                </>
              ) : null}
              {state?.status === 'downloading' ? (
                <span className="progress-note">
                  <progress value={state.share} max={1} aria-label={t('offline.downloading', { language: nativeName })} />
                  {t('offline.percent', { percent: Math.round(state.share * 100) })}
                </span>
              ) : null}
              {state?.status === 'failed' ? (
                <>
                  <span className="field-error">{t('offline.failed')}</span>
                  <button type="button" onClick={() => void download(code)}>
                    {t('offline.download')}
                    <span className="visually-hidden">: {nativeName}</span>
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {missing.length > 1 ? (
        <button type="button" onClick={() => void Promise.all(missing.map(({ code }) => download(code)))}>
          {t('offline.downloadAll')}
        </button>
      ) : null}
    </section>
  );
}
