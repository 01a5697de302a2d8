'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';

type Flush = () => Promise<boolean>;
type FieldErrors = Record<string, string[] | undefined>;
type Ctx = {
  register: (flush: Flush | null) => void;
  flush: Flush;
  registerFieldErrors: (show: ((errors: FieldErrors) => void) | null) => void;
  showFieldErrors: (errors: FieldErrors) => void;
};
const DraftSaveContext = createContext<Ctx | null>(null);

/**
 * Ties the editor to the workflow buttons beside it: "Gửi duyệt" or "Xuất bản" first saves what
 * is still unsaved in the editor, so a story never moves on without its last words; and a move
 * refused because of a field (no section yet) shows its error under that field in the editor.
 */
export function DraftSaveProvider({ children }: { children: React.ReactNode }) {
  const current = useRef<Flush | null>(null);
  const fields = useRef<((errors: FieldErrors) => void) | null>(null);
  const register = useCallback((flush: Flush | null) => {
    current.current = flush;
  }, []);
  const flush = useCallback(async () => (current.current ? current.current() : true), []);
  const registerFieldErrors = useCallback((show: ((errors: FieldErrors) => void) | null) => {
    fields.current = show;
  }, []);
  const showFieldErrors = useCallback((errors: FieldErrors) => fields.current?.(errors), []);
  const value = useMemo(() => ({ register, flush, registerFieldErrors, showFieldErrors }), [register, flush, registerFieldErrors, showFieldErrors]);
  return <DraftSaveContext.Provider value={value}>{children}</DraftSaveContext.Provider>;
}

export function useRegisterDraftFlush(flush: Flush) {
  const ctx = useContext(DraftSaveContext);
  useEffect(() => {
    ctx?.register(flush);
    return () => ctx?.register(null);
  }, [ctx, flush]);
}

/** The editor shows field errors that come from elsewhere on the page (a refused move). */
export function useRegisterFieldErrors(show: (errors: FieldErrors) => void) {
  const ctx = useContext(DraftSaveContext);
  useEffect(() => {
    ctx?.registerFieldErrors(show);
    return () => ctx?.registerFieldErrors(null);
  }, [ctx, show]);
}

/** Saves the editor's unsaved text, if there is an editor on the page; false when that failed. */
export function useFlushDraft(): Flush {
  const ctx = useContext(DraftSaveContext);
  return ctx?.flush ?? (async () => true);
}

/** Hands a refused move's field errors to the editor on the page, if there is one. */
export function useShowFieldErrors(errors: FieldErrors | undefined) {
  const ctx = useContext(DraftSaveContext);
  useEffect(() => {
    if (errors) ctx?.showFieldErrors(errors);
  }, [ctx, errors]);
}
