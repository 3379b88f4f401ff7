import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui';

const NOTICE_MS = 10_000;

interface NoticeState {
  message: string;
  undo?: () => void;
}

/** One short-lived message at a time, with an optional undo. */
export function useNotice() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<NoticeState | null>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const notify = useCallback((message: string, undo?: () => void) => setNotice({ message, undo }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const runUndo = useCallback(() => {
    notice?.undo?.();
    setNotice(null);
  }, [notice]);

  /** The message at the bottom of the screen, with Undo when the action can be undone. */
  const noticeBar = (
    <Notice
      message={notice?.message ?? null}
      actionLabel={notice?.undo ? t('notice.undo') : undefined}
      onAction={runUndo}
      onDismiss={dismiss}
      dismissLabel={t('notice.dismiss')}
    />
  );

  return { notify, noticeBar };
}
