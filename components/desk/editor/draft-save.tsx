'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';

type Flush = () => Promise<boolean>;
const DraftSaveContext = createContext<{ register: (flush: Flush | null) => void; flush: Flush } | null>(null);

/**
 * Ties the editor to the workflow buttons beside it: "Gửi duyệt" or "Xuất bản" first saves what
 * is still unsaved in the editor, so a story never moves on without its last words.
 */
export function DraftSaveProvider({ children }: { children: React.ReactNode }) {
  const current = useRef<Flush | null>(null);
  const register = useCallback((flush: Flush | null) => {
    current.current = flush;
  }, []);
  const flush = useCallback(async () => (current.current ? current.current() : true), []);
  const value = useMemo(() => ({ register, flush }), [register, flush]);
  return <DraftSaveContext.Provider value={value}>{children}</DraftSaveContext.Provider>;
}

export function useRegisterDraftFlush(flush: Flush) {
  const ctx = useContext(DraftSaveContext);
  useEffect(() => {
    ctx?.register(flush);
    return () => ctx?.register(null);
  }, [ctx, flush]);
}

/** Saves the editor's unsaved text, if there is an editor on the page; false when that failed. */
export function useFlushDraft(): Flush {
  const ctx = useContext(DraftSaveContext);
  return ctx?.flush ?? (async () => true);
}
