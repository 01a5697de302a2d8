'use client';

import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorDraftShape as EditorDraft } from '@/lib/articles/desk';
import type { ConflictSide } from '@/lib/articles/diff';
import { backupDiffers, backupKey, readBackup, writeBackup, type Backup } from './backup';
import { useRegisterDraftFlush, useRegisterFieldErrors } from './draft-save';

export type SaveState =
  | { kind: 'idle' | 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; theirs: ConflictSide; mine: ConflictSide };

type FieldErrors = Record<string, string[] | undefined>;

/** Autosave waits this long after the last change, and never saves more often. */
const AUTOSAVE_MS = 3000;

const snapshot = (d: EditorDraft) => JSON.stringify(d);

/**
 * The editor's save engine. Nothing typed is lost: every change is copied to the browser at once
 * and saved to the server a few seconds later, and when the page is hidden or left; a save based on
 * an older version is refused by the server and both texts are kept for the writer to choose.
 */
export function useDraftSave({
  userId,
  articleId: initialId,
  version: initialVersion,
  initial,
  slug: initialSlug,
  savedAt,
  readOnlyReason,
  status: loadedStatus,
  onRestored,
}: {
  userId: number;
  articleId: number | null;
  version: number | null;
  initial: EditorDraft;
  slug: string;
  savedAt?: string;
  readOnlyReason?: string;
  status?: string;
  /** Called with the body's text after the browser's copy replaced the editor's text. */
  onRestored?: (text: string) => void;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<EditorDraft>(initial);
  const [articleId, setArticleId] = useState(initialId);
  const [saveState, setSaveState] = useState<SaveState>(savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [savedSlug, setSavedSlug] = useState(initialSlug);
  const [offer, setOffer] = useState<Backup<EditorDraft> | null>(null);

  const editorRef = useRef<Editor | null>(null);
  const draftRef = useRef(draft);
  const versionRef = useRef(initialVersion);
  const idRef = useRef(initialId);
  const savedRef = useRef(snapshot(initial));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const refusedRef = useRef('');
  const blocked = useRef(false); // set while a conflict waits for the writer's decision
  const statusRef = useRef(loadedStatus);
  const lastChange = useRef(0);
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshot(initial));
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const dirty = snapshot(draft) !== savedSnapshot;

  // Offer the browser's copy when it holds words the server does not have.
  useEffect(() => {
    const backup = readBackup<EditorDraft>(window.localStorage, backupKey(initialId, userId));
    // The browser's storage is outside React: read once, after the page has loaded.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (backupDiffers(backup, initial)) setOffer(backup);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = useCallback((patch: Partial<EditorDraft>) => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      draftRef.current = next;
      lastChange.current = Date.now();
      writeBackup(window.localStorage, backupKey(idRef.current, userId), { draft: next, version: versionRef.current, at: new Date().toISOString() });
      return next;
    });
  }, [userId]);

  const send = useCallback(
    async (how: 'manual' | 'auto' | 'leave'): Promise<boolean> => {
      if (blocked.current || readOnlyReason) return false;
      const sending = draftRef.current;
      const body = snapshot(sending);
      const id = idRef.current;
      if (id && body === savedRef.current && how !== 'manual') return true;
      // A text the server refused as invalid is not sent again until the writer changes it.
      if (how !== 'manual' && body === refusedRef.current) return false;
      // A new story is created once it has what the server needs: a title (the section can wait
      // until the story is sent for review).
      if (!id && how !== 'manual' && sending.title.trim().length < 5) return false;
      setSaveState({ kind: 'saving' });
      try {
        const res = await fetch(id ? `/api/bai-viet/${id}` : '/api/bai-viet', {
          method: id ? 'PUT' : 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(id ? { ...sending, version: versionRef.current, autosave: how !== 'manual' } : sending),
          keepalive: how === 'leave',
        });
        const answer = await res.json().catch(() => ({ message: 'Máy chủ không trả lời. Bài vẫn được giữ trong trình duyệt.' }));
        if (res.ok) {
          savedRef.current = body;
          setSavedSnapshot(body);
          versionRef.current = answer.version;
          setSavedSlug(answer.slug);
          setFieldErrors({});
          if (!id) {
            idRef.current = answer.id;
            setArticleId(answer.id);
            window.localStorage.removeItem(backupKey(null, userId));
            window.history.replaceState(null, '', `/desk/bai-viet/${answer.id}`);
          }
          if (snapshot(draftRef.current) === body) window.localStorage.removeItem(backupKey(idRef.current, userId));
          setSaveState({ kind: 'saved', at: answer.updatedAt });
          // A save by hand, or one that moved the story (an approved story sent back for review), also
          // brings the page around the editor up to date (status, actions).
          const moved = !!answer.status && !!statusRef.current && answer.status !== statusRef.current;
          statusRef.current = answer.status ?? statusRef.current;
          if (how === 'manual' || moved) router.refresh();
          return true;
        }
        if (res.status === 409 && answer.theirs) {
          blocked.current = true;
          setSaveState({
            kind: 'conflict',
            message: answer.message,
            theirs: answer.theirs,
            mine: {
              title: sending.title,
              lead: sending.lead,
              credit: sending.credit,
              body: editorRef.current?.getText({ blockSeparator: '\n' }) ?? '',
              version: versionRef.current ?? 0,
              savedByName: null,
              savedAt: new Date().toISOString(),
            },
          });
        } else {
          // Refused and kept in the history (the story moved on): sending again would only be refused again.
          if (answer.kept) blocked.current = true;
          if (res.status === 422) refusedRef.current = body;
          setFieldErrors(answer.fieldErrors ?? {});
          setSaveState({ kind: 'error', message: answer.message ?? 'Chưa lưu được. Bài vẫn được giữ trong trình duyệt.' });
        }
        return false;
      } catch {
        setSaveState({ kind: 'error', message: 'Mất kết nối với máy chủ. Bài vẫn được giữ trong trình duyệt và sẽ được lưu khi có mạng.' });
        return false;
      }
    },
    [readOnlyReason, userId, router],
  );

  /** One save at a time; a save asked for during another waits for it, then sends what is newer. */
  const save = useCallback(
    async (how: 'manual' | 'auto' | 'leave'): Promise<boolean> => {
      while (inFlight.current) await inFlight.current;
      const running = send(how);
      inFlight.current = running;
      try {
        return await running;
      } finally {
        inFlight.current = null;
      }
    },
    [send],
  );
  useRegisterDraftFlush(useCallback(() => save('auto'), [save]));
  useRegisterFieldErrors(useCallback((errors: FieldErrors) => setFieldErrors((e) => ({ ...e, ...errors })), []));

  // Autosave: a few seconds after the writer pauses, and at least that often while they type on.
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (Date.now() - lastChange.current >= AUTOSAVE_MS || Date.now() - lastChange.current > 4 * AUTOSAVE_MS) void save('auto');
    }, AUTOSAVE_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void save('leave');
    };
    const onLeave = (e: BeforeUnloadEvent) => {
      if (snapshot(draftRef.current) !== savedRef.current) {
        void save('leave');
        e.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [save]);

  function restoreBackup() {
    if (!offer) return;
    setDraft(offer.draft);
    draftRef.current = offer.draft;
    editorRef.current?.commands.setContent(offer.draft.body);
    onRestored?.(editorRef.current?.getText() ?? '');
    lastChange.current = Date.now();
    setOffer(null);
  }

  function dropBackup() {
    window.localStorage.removeItem(backupKey(articleId, userId));
    setOffer(null);
  }

  function resolveConflict(keep: 'mine' | 'theirs') {
    if (saveState.kind !== 'conflict') return;
    if (keep === 'theirs') {
      // Reload the newer text; what this writer typed stays in the browser copy and in the history.
      window.location.reload();
      return;
    }
    versionRef.current = saveState.theirs.version;
    blocked.current = false;
    setSaveState({ kind: 'idle' });
    void save('manual');
  }

  /** The rich text editor, once it is ready (the conflict view and restores read its text). */
  const attachEditor = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  return { draft, update, articleId, saveState, fieldErrors, dirty, savedSlug, offer, attachEditor, save, restoreBackup, dropBackup, resolveConflict };
}
