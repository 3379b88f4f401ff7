import { useCallback, useEffect, useState } from 'react';

const NOTICE_MS = 10_000;

interface NoticeState {
  message: string;
  undo?: () => void;
}

/** One short-lived message at a time, with an optional undo. */
export function useNotice() {
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

  return { notice, notify, dismiss, runUndo };
}
