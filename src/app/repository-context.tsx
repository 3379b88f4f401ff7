import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openPlansDatabase, PlansRepository } from '../persistence';

const RepositoryContext = createContext<PlansRepository | null>(null);

type OpenState = { status: 'opening' } | { status: 'open'; repository: PlansRepository } | { status: 'failed'; reason: string };

/** Opens the device's plan database once for the whole app; says so plainly when the browser refuses. */
export function RepositoryProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<OpenState>({ status: 'opening' });

  useEffect(() => {
    let cancelled = false;
    openPlansDatabase().then(
      (db) => {
        if (!cancelled) setState({ status: 'open', repository: new PlansRepository(db) });
        else db.close();
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', reason: error instanceof Error ? error.name : 'unknown' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.status === 'opening') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <main className="page">
        <h1>{t('storage.unavailableTitle')}</h1>
        <p>{t('storage.unavailable')}</p>
      </main>
    );
  }
  return <RepositoryContext.Provider value={state.repository}>{children}</RepositoryContext.Provider>;
}

export function useRepository(): PlansRepository {
  const repository = useContext(RepositoryContext);
  if (!repository) throw new Error('useRepository outside RepositoryProvider');
  return repository;
}
