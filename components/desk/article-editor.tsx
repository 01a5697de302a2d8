'use client';

import type { Editor } from '@tiptap/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { joinCredit, splitCredit } from '@/lib/articles/credits';
import { countWords, readingMinutes } from '@/lib/articles/rich-text';
import {
  CREDIT_MAX,
  creditPresets,
  LEAD_MAX,
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
  SLUG_MAX,
  TAG_MAX,
  TAGS_MAX,
  TITLE_MAX,
} from '@/lib/articles/schema';
import { formatClockTime } from '@/lib/dates';
import { slugify } from '@/lib/text';
import type { ConflictSide } from '@/lib/articles/diff';
import { ConflictView } from './conflict-view';
import { useRegisterDraftFlush } from './editor/draft-save';
import { backupDiffers, backupKey, readBackup, writeBackup, type Backup } from './editor/backup';
import { MediaPicker } from './editor/media-picker';
import { RichEditor } from './editor/rich-editor';

import type { EditorDraftShape as EditorDraft } from '@/lib/articles/desk';

type SaveState =
  | { kind: 'idle' | 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; theirs: ConflictSide; mine: ConflictSide };

/** Autosave waits this long after the last change, and never saves more often. */
const AUTOSAVE_MS = 3000;

const snapshot = (d: EditorDraft) => JSON.stringify(d);
const time = (iso: string) => formatClockTime(new Date(iso));

/**
 * The desk's article editor. Nothing typed is lost: every change is copied to the browser at once
 * and saved to the server a few seconds later, and when the page is hidden or left; a save based on
 * an older version is refused by the server and both texts are shown side by side.
 */
export function ArticleEditor({
  userId,
  articleId: initialId,
  version: initialVersion,
  initial,
  sections,
  cover: initialCover,
  slug: initialSlug,
  savedAt,
  readOnlyReason,
  status: loadedStatus,
}: {
  userId: number;
  articleId: number | null;
  version: number | null;
  initial: EditorDraft;
  sections: { id: number; name: string }[];
  cover: { id: number; src: string } | null;
  /** The address the story has now (shown while the slug box is empty). */
  slug: string;
  /** When the story was last saved (for an existing story). */
  savedAt?: string;
  readOnlyReason?: string;
  /** The story's status when the page loaded: a save that changes it (sent back for review) refreshes the page. */
  status?: string;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<EditorDraft>(initial);
  const [articleId, setArticleId] = useState(initialId);
  const [saveState, setSaveState] = useState<SaveState>(savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [words, setWords] = useState(0);
  const [cover, setCover] = useState(initialCover);
  const [coverPicker, setCoverPicker] = useState(false);
  const [savedSlug, setSavedSlug] = useState(initialSlug);
  const [offer, setOffer] = useState<Backup<EditorDraft> | null>(null);
  const credit = useMemo(() => splitCredit(draft.credit, creditPresets), [draft.credit]);

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

  const key = backupKey(articleId, userId);
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
      // A new story is created once it has what the server needs: a title and a section.
      if (!id && how !== 'manual' && (sending.title.trim().length < 5 || !sending.sectionId)) return false;
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
    setWords(countWords(editorRef.current?.getText() ?? ''));
    lastChange.current = Date.now();
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

  const input = 'mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2';
  const status =
    saveState.kind === 'saving'
      ? 'Đang lưu…'
      : saveState.kind === 'saved'
        ? `Đã lưu lúc ${time(saveState.at)}${dirty ? ' · có thay đổi chưa lưu' : ''}`
        : saveState.kind === 'error' || saveState.kind === 'conflict'
          ? saveState.message
          : dirty
            ? 'Có thay đổi chưa lưu'
            : articleId
              ? 'Chưa có thay đổi'
              : 'Bài mới: sẽ tự lưu khi có tiêu đề và chuyên mục';

  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save('manual');
      }}
    >
      {offer ? (
        <div role="alert" className="rounded border border-amber-500 bg-amber-50 p-3" data-testid="backup-offer">
          <p className="font-semibold">Trình duyệt còn giữ một bản chưa lưu lúc {time(offer.at)}.</p>
          <div className="mt-2 flex gap-3">
            <button type="button" onClick={restoreBackup} className="rounded bg-masthead px-3 py-1.5 font-semibold text-white">
              Khôi phục bản chưa lưu
            </button>
            <button
              type="button"
              onClick={() => {
                window.localStorage.removeItem(key);
                setOffer(null);
              }}
              className="rounded border px-3 py-1.5"
            >
              Bỏ bản này
            </button>
          </div>
        </div>
      ) : null}
      {saveState.kind === 'conflict' ? (
        <div role="alert" className="space-y-3" data-testid="conflict">
          <ConflictView theirs={saveState.theirs} mine={saveState.mine} />
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={() => resolveConflict('theirs')} className="rounded border border-neutral-500 bg-white px-3 py-1.5 font-semibold">
              Tải bản mới nhất (bản của tôi vẫn giữ để khôi phục)
            </button>
            <button type="button" onClick={() => resolveConflict('mine')} className="rounded bg-danger px-3 py-1.5 font-semibold text-white">
              Lưu bản của tôi đè lên
            </button>
          </div>
        </div>
      ) : null}

      <div>
        <label htmlFor="title" className="font-semibold">
          Tiêu đề
        </label>
        <input id="title" value={draft.title} onChange={(e) => update({ title: e.target.value })} maxLength={TITLE_MAX} className={`${input} font-serif text-xl`} aria-describedby="title-error" aria-invalid={!!fieldErrors.title} />
        <FieldError id="title-error" errors={fieldErrors.title} />
      </div>
      <div>
        <label htmlFor="lead" className="font-semibold">
          Sapo
        </label>
        <textarea id="lead" value={draft.lead} onChange={(e) => update({ lead: e.target.value })} rows={3} maxLength={LEAD_MAX} className={input} aria-describedby="lead-error" />
        <FieldError id="lead-error" errors={fieldErrors.lead} />
      </div>

      <div>
        <span id="body-label" className="font-semibold">
          Nội dung
        </span>
        <p id="body-help" className="text-sm text-muted" aria-live="polite" data-testid="word-count">
          {words.toLocaleString('vi-VN')} từ · khoảng {readingMinutes(words)} phút đọc
        </p>
        <RichEditor
          initial={initial.body}
          describedBy="body-help body-error"
          onReady={(e) => {
            editorRef.current = e;
            setWords(countWords(e.getText()));
          }}
          onChange={(body, text) => {
            setWords(countWords(text));
            update({ body });
          }}
        />
        <FieldError id="body-error" errors={fieldErrors.body} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="sectionId" className="font-semibold">
            Chuyên mục
          </label>
          <select id="sectionId" value={draft.sectionId ?? ''} onChange={(e) => update({ sectionId: e.target.value ? Number(e.target.value) : null })} className={input} aria-describedby="sectionId-error">
            <option value="">— Chọn chuyên mục —</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="sectionId-error" errors={fieldErrors.sectionId} />
        </div>
        <fieldset>
          <legend className="font-semibold">Dòng tác giả</legend>
          <div className="mt-1 flex gap-2">
            <label className="sr-only" htmlFor="credit-preset">
              Kiểu ghi
            </label>
            <select id="credit-preset" value={credit.preset} onChange={(e) => update({ credit: joinCredit(e.target.value, credit.names) })} className="rounded border border-neutral-400 bg-white px-2 py-2">
              {creditPresets.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
              <option value="">(tự ghi)</option>
            </select>
            <label className="sr-only" htmlFor="credit-names">
              Tên tác giả
            </label>
            <input
              id="credit-names"
              value={credit.names}
              onChange={(e) => update({ credit: e.target.value.trim() ? `${credit.preset || ''} ${e.target.value}`.trimStart() : '' })}
              maxLength={CREDIT_MAX}
              placeholder="Minh Anh, Lê Hà"
              className="w-full rounded border border-neutral-400 bg-white px-3 py-2"
              aria-describedby="credit-error"
            />
          </div>
          <FieldError id="credit-error" errors={fieldErrors.credit} />
        </fieldset>
      </div>

      <TagInput tags={draft.tags} onChange={(tags) => update({ tags })} errors={fieldErrors.tags} />

      <div>
        <span className="font-semibold">Ảnh đại diện</span>
        <div className="mt-1 flex items-center gap-3">
          {cover ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={cover.src} alt="Ảnh đại diện đã chọn" className="h-20 w-32 rounded object-cover" data-testid="cover-preview" />
          ) : (
            <span className="text-sm text-muted">Chưa chọn (trang báo sẽ dùng ảnh đầu tiên trong bài).</span>
          )}
          <button type="button" onClick={() => setCoverPicker(true)} className="rounded border border-neutral-400 px-3 py-1.5">
            {cover ? 'Đổi ảnh đại diện' : 'Chọn ảnh đại diện'}
          </button>
          {cover ? (
            <button
              type="button"
              onClick={() => {
                setCover(null);
                update({ coverMediaId: null });
              }}
              className="rounded px-3 py-1.5 underline"
            >
              Bỏ ảnh đại diện
            </button>
          ) : null}
        </div>
        <MediaPicker
          open={coverPicker}
          purpose="cover"
          onClose={() => setCoverPicker(false)}
          onPick={(item) => {
            if (item.id) {
              setCover({ id: item.id, src: item.src });
              update({ coverMediaId: item.id });
            }
            setCoverPicker(false);
          }}
        />
      </div>

      <details className="rounded border border-line bg-white p-3" open={!!(fieldErrors.slug || fieldErrors.seoTitle || fieldErrors.seoDescription)}>
        <summary className="cursor-pointer font-semibold">Đường dẫn, SEO và bình luận</summary>
        <div className="mt-3 space-y-4">
          <div>
            <label htmlFor="slug" className="font-semibold">
              Đường dẫn
            </label>
            <input
              id="slug"
              value={draft.slug}
              onChange={(e) => update({ slug: e.target.value })}
              onBlur={() => update({ slug: slugify(draft.slug) })}
              placeholder={savedSlug || slugify(draft.title)}
              maxLength={SLUG_MAX}
              className={`${input} font-mono text-sm`}
              aria-describedby="slug-help slug-error"
            />
            <p id="slug-help" className="text-sm text-muted">
              Để trống: tạo từ tiêu đề (bài đã đăng giữ nguyên đường dẫn). Chỉ chữ thường không dấu, số và dấu gạch ngang.
            </p>
            <FieldError id="slug-error" errors={fieldErrors.slug} />
          </div>
          <div>
            <label htmlFor="seoTitle" className="font-semibold">
              Tiêu đề SEO
            </label>
            <input id="seoTitle" value={draft.seoTitle} onChange={(e) => update({ seoTitle: e.target.value })} maxLength={SEO_TITLE_MAX} className={input} aria-describedby="seoTitle-help seoTitle-error" />
            <p id="seoTitle-help" className="text-sm text-muted">
              {draft.seoTitle.length}/{SEO_TITLE_MAX} ký tự. Để trống thì Google hiện tiêu đề bài.
            </p>
            <FieldError id="seoTitle-error" errors={fieldErrors.seoTitle} />
          </div>
          <div>
            <label htmlFor="seoDescription" className="font-semibold">
              Mô tả SEO
            </label>
            <textarea id="seoDescription" value={draft.seoDescription} onChange={(e) => update({ seoDescription: e.target.value })} rows={2} maxLength={SEO_DESCRIPTION_MAX} className={input} aria-describedby="seoDescription-help seoDescription-error" />
            <p id="seoDescription-help" className="text-sm text-muted">
              {draft.seoDescription.length}/{SEO_DESCRIPTION_MAX} ký tự. Để trống thì dùng phần mở đầu của bài.
            </p>
            <FieldError id="seoDescription-error" errors={fieldErrors.seoDescription} />
          </div>
          <div>
            <label htmlFor="commentsMode" className="font-semibold">
              Bình luận
            </label>
            <select id="commentsMode" value={draft.commentsMode} onChange={(e) => update({ commentsMode: e.target.value as EditorDraft['commentsMode'] })} className={input}>
              <option value="inherit">Theo chuyên mục</option>
              <option value="open">Mở (hiện ngay)</option>
              <option value="premoderated">Duyệt trước khi hiện</option>
              <option value="closed">Đóng</option>
            </select>
          </div>
        </div>
      </details>

      <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-line bg-neutral-50 py-3">
        <button type="submit" disabled={!!readOnlyReason || saveState.kind === 'saving'} className="rounded bg-masthead px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {articleId ? 'Lưu' : 'Lưu bản nháp'}
        </button>
        {articleId ? (
          <Link href={`/xem-truoc/${articleId}`} target="_blank" prefetch={false} className="underline">
            Xem trước (bản đã lưu)
          </Link>
        ) : null}
        <p role="status" aria-live="polite" data-testid="save-status" className={saveState.kind === 'error' || saveState.kind === 'conflict' ? 'font-semibold text-danger' : 'text-muted'}>
          {readOnlyReason ?? status}
        </p>
      </div>
    </form>
  );
}

/** Tags as chips; suggestions from the newsroom's tags while typing; Enter or comma adds a new one. */
function TagInput({ tags, onChange, errors }: { tags: string[]; onChange: (tags: string[]) => void; errors?: string[] }) {
  const [typed, setTyped] = useState('');
  const [suggestions, setSuggestions] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    const q = typed.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const res = await fetch(`/api/the?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (res.ok) setSuggestions((await res.json()).tags);
      } catch {
        /* typing on: an aborted lookup is fine */
      }
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [typed]);

  function add(name: string) {
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, TAG_MAX);
    setTyped('');
    setSuggestions([]);
    if (!clean || tags.length >= TAGS_MAX || tags.some((t) => slugify(t) === slugify(clean))) return;
    onChange([...tags, clean]);
  }

  return (
    <div>
      <label htmlFor="tag-input" className="font-semibold">
        Từ khóa
      </label>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label="Từ khóa đã gắn">
        {tags.map((t) => (
          <li key={t} className="flex items-center gap-1 rounded bg-neutral-200 px-2 py-0.5 text-sm" data-testid="tag-chip">
            {t}
            <button type="button" aria-label={`Bỏ từ khóa ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))} className="px-1">
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="tag-input"
        value={typed}
        onChange={(e) => {
          const v = e.target.value;
          if (v.endsWith(',')) add(v.slice(0, -1));
          else setTyped(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            add(typed);
          }
        }}
        list="tag-suggestions"
        maxLength={TAG_MAX}
        placeholder="Gõ từ khóa rồi Enter (hoặc dấu phẩy)"
        className="mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2"
        aria-describedby="tags-error"
      />
      <datalist id="tag-suggestions">
        {(typed.trim() ? suggestions : []).map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <FieldError id="tags-error" errors={errors} />
    </div>
  );
}
