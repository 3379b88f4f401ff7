import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openPlansDatabase, PlansRepository, type PlanChange } from '../../persistence';
import { planBroadcast } from './plan-changes';
import { requestPersistentStorage } from './storage-persistence';

const RepositoryContext = createContext<PlansRepository | null>(null);

/** How often the app tries again by itself while the browser's storage is unavailable. */
export const STORAGE_RETRY_MS = 3000;

type OpenState =
  | { status: 'opening' }
  | { status: 'blocked' }
  | { status: 'open'; repository: PlansRepository }
  | { status: 'failed'; attempt: number };

/**
 * Opens the device's plan database once for the whole app. When the browser refuses (some
 * private modes) it says so plainly and tries again until storage works; while a tab of an
 * older version holds the database open, it asks for that tab to be closed and then carries on.
 */
export function RepositoryProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let cancelled = false;
    openPlansDatabase(undefined, { blocked: () => !cancelled && setState({ status: 'blocked' }) }).then(
      (db) => {
        if (cancelled) {
          db.close();
          return;
        }
        const announce = (change: PlanChange) => {
          planBroadcast.announce(change);
          requestPersistentStorage();
        };
        setState({ status: 'open', repository: new PlansRepository(db, undefined, announce) });
      },
      () => {
        if (!cancelled) setState({ status: 'failed', attempt });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    if (state.status !== 'failed') return;
    const timer = setTimeout(retry, STORAGE_RETRY_MS);
    return () => clearTimeout(timer);
  }, [state, retry]);

  if (state.status === 'opening') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'open') return <RepositoryContext.Provider value={state.repository}>{children}</RepositoryContext.Provider>;
  return (
    <main className="page" id="main">
      <h1>{t(state.status === 'blocked' ? 'safety:open.blockedTitle' : 'storage.unavailableTitle')}</h1>
      <p role="alert">{t(state.status === 'blocked' ? 'safety:open.blocked' : 'storage.unavailable')}</p>
      <p>{t('safety:open.retrying')}</p>
      {state.status === 'failed' ? (
        <button type="button" onClick={retry}>
          {t('safety:open.retry')}
        </button>
      ) : null}
    </main>
  );
}

export function useRepository(): PlansRepository {
  const repository = useContext(RepositoryContext);
  if (!repository) throw new Error('useRepository outside RepositoryProvider');
  return repository;
}
