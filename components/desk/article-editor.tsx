'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { joinCredit, splitCredit } from '@/lib/articles/credits';
import type { EditorDraftShape as EditorDraft } from '@/lib/articles/desk';
import { countWords, readingMinutes } from '@/lib/articles/rich-text';
import { CREDIT_MAX, creditPresets, LEAD_MAX, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, SLUG_MAX, TITLE_MAX } from '@/lib/articles/schema';
import { formatClockTime } from '@/lib/dates';
import { slugify } from '@/lib/text';
import { ConflictView } from './conflict-view';
import { MediaPicker } from './editor/media-picker';
import { RichEditor } from './editor/rich-editor';
import { TagInput } from './editor/tag-input';
import { useDraftSave } from './editor/use-draft-save';

const time = (iso: string) => formatClockTime(new Date(iso));

/**
 * The desk's article editor: the story's fields around the rich text body. Saving (to the browser
 * at once, to the server a few seconds later, conflicts) is the save engine's (useDraftSave).
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
  const [words, setWords] = useState(0);
  const [cover, setCover] = useState(initialCover);
  const [coverPicker, setCoverPicker] = useState(false);
  const { draft, update, articleId, saveState, fieldErrors, dirty, savedSlug, offer, attachEditor, save, restoreBackup, dropBackup, resolveConflict } = useDraftSave({
    userId,
    articleId: initialId,
    version: initialVersion,
    initial,
    slug: initialSlug,
    savedAt,
    readOnlyReason,
    status: loadedStatus,
    onRestored: (text) => setWords(countWords(text)),
  });
  const credit = useMemo(() => splitCredit(draft.credit, creditPresets), [draft.credit]);

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
              : 'Bài mới: sẽ tự lưu khi có tiêu đề';

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
              onClick={dropBackup}
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

      <div className="grid gap-4 sm:grid-cols-[1fr_16rem]">
        <div>
          <label htmlFor="title" className="font-semibold">
            Tiêu đề
          </label>
          <input id="title" value={draft.title} onChange={(e) => update({ title: e.target.value })} maxLength={TITLE_MAX} className={`${input} font-serif text-xl`} aria-describedby="title-error" aria-invalid={!!fieldErrors.title} />
          <FieldError id="title-error" errors={fieldErrors.title} />
        </div>
        <div>
          <label htmlFor="sectionId" className="font-semibold">
            Chuyên mục
          </label>
          <select
            id="sectionId"
            value={draft.sectionId ?? ''}
            onChange={(e) => update({ sectionId: e.target.value ? Number(e.target.value) : null })}
            className={`${input} py-[0.6rem] text-lg`}
            aria-describedby="sectionId-help sectionId-error"
            aria-invalid={!!fieldErrors.sectionId}
          >
            <option value="">— Chọn chuyên mục —</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {draft.sectionId || fieldErrors.sectionId ? null : (
            <p id="sectionId-help" className="mt-1 text-sm text-muted">
              Bài nháp lưu được khi chưa có chuyên mục; cần chọn trước khi gửi duyệt.
            </p>
          )}
          <FieldError id="sectionId-error" errors={fieldErrors.sectionId} />
        </div>
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
            attachEditor(e);
            setWords(countWords(e.getText()));
          }}
          onChange={(body, text) => {
            setWords(countWords(text));
            update({ body });
          }}
        />
        <FieldError id="body-error" errors={fieldErrors.body} />
      </div>

      <div>
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
            <span className="text-sm text-muted">Chưa chọn: trên trang nhất và các trang danh sách, bài hiện không có ảnh.</span>
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
