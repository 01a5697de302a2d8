'use client';

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useMemo, useState } from 'react';
import type { RichDoc } from '@/db/schema';
import { safeHref } from '@/lib/articles/rich-text';
import { Figure, type FigureAttrs } from './figure';
import { MediaPicker } from './media-picker';
import { cleanPastedHtml } from './paste';

/**
 * Built once: useEditor compares its options on every render and re-applies them to the editor when
 * they differ, so arrays and objects made during render would reset the view on each keystroke.
 */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      // No `protocols`: linkify knows mailto already, and registering a scheme again on every new
      // editor (after linkify has started) only printed "already initialized" warnings.
      isAllowedUri: (url) => safeHref(url) !== null,
    },
  }),
  Figure,
];

/**
 * The story body: TipTap (ProseMirror) holding the JSON the server stores. Only the structure the
 * public page renders is allowed in, so what the writer sees is what readers get; pasting from
 * Word, Google Docs or a web page keeps paragraphs, headings, lists, quotes, bold, italic, links.
 */
export function RichEditor({
  initial,
  onChange,
  onReady,
  describedBy,
}: {
  initial: RichDoc;
  onChange: (doc: RichDoc, text: string) => void;
  onReady?: (editor: Editor) => void;
  describedBy?: string;
}) {
  const [picker, setPicker] = useState<null | { purpose: 'figure' | 'edit'; initial?: Parameters<typeof MediaPicker>[0]['initial'] }>(null);
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'article-body desk-editor min-h-[24rem] rounded-b border border-neutral-400 bg-white px-4 py-3 font-serif focus:outline-2 focus:outline-brand',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Nội dung bài viết',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        'data-testid': 'body-editor',
        spellcheck: 'true',
        lang: 'vi',
      },
      transformPastedHTML: cleanPastedHtml,
    }),
    [describedBy],
  );
  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: initial,
    editorProps,
    onCreate: ({ editor }) => onReady?.(editor),
    onUpdate: ({ editor }) => onChange(editor.getJSON() as RichDoc, editor.getText()),
  });

  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            link: e.isActive('link'),
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            quote: e.isActive('blockquote'),
            figure: e.isActive('figure'),
          }
        : null,
  });

  function setLink() {
    if (!editor) return;
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const typed = window.prompt('Địa chỉ liên kết (https://…). Để trống để bỏ liên kết.', previous);
    if (typed === null) return;
    if (!typed.trim()) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    const href = safeHref(/^[a-z]+:|^\//i.test(typed.trim()) ? typed.trim() : `https://${typed.trim()}`);
    if (!href) {
      window.alert('Liên kết không hợp lệ: chỉ nhận địa chỉ http(s), mailto hoặc đường dẫn trong trang.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }

  function editFigure() {
    if (!editor) return;
    const a = editor.getAttributes('figure') as FigureAttrs;
    setPicker({ purpose: 'edit', initial: { item: { src: a.src, width: a.width ?? 0, height: a.height ?? 0 }, details: { alt: a.alt, caption: a.caption, credit: a.credit } } });
  }

  const button = (active: boolean | undefined) =>
    `rounded px-2.5 py-1 text-sm ${active ? 'bg-neutral-800 text-white' : 'hover:bg-neutral-200'}`;
  // Until the first transaction the selector has nothing to report: nothing is active yet.
  const state = selected ?? { bold: false, italic: false, link: false, h2: false, h3: false, bullet: false, ordered: false, quote: false, figure: false };
  const tools: { label: string; title: string; active?: boolean; run: () => void; testId?: string }[] = editor
    ? [
        { label: 'Đ', title: 'In đậm (Ctrl+B)', active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
        { label: 'N', title: 'In nghiêng (Ctrl+I)', active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
        { label: 'Liên kết', title: 'Chèn hoặc sửa liên kết', active: state.link, run: setLink },
        { label: 'Tiêu đề phụ', title: 'Tiêu đề phụ cấp 2', active: state.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
        { label: 'Tiêu đề nhỏ', title: 'Tiêu đề phụ cấp 3', active: state.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
        { label: '• Danh sách', title: 'Danh sách gạch đầu dòng', active: state.bullet, run: () => editor.chain().focus().toggleBulletList().run() },
        { label: '1. Danh sách', title: 'Danh sách đánh số', active: state.ordered, run: () => editor.chain().focus().toggleOrderedList().run() },
        { label: '“ Trích dẫn', title: 'Trích dẫn', active: state.quote, run: () => editor.chain().focus().toggleBlockquote().run() },
        { label: '— Ngăn cách', title: 'Đường kẻ ngang', run: () => editor.chain().focus().setHorizontalRule().run() },
        { label: 'Chèn ảnh', title: 'Chèn ảnh từ thư viện hoặc tải lên', run: () => setPicker({ purpose: 'figure' }), testId: 'insert-image' },
        ...(state.figure ? [{ label: 'Sửa ảnh', title: 'Sửa mô tả, chú thích, nguồn ảnh', run: editFigure }] : []),
        { label: '↶', title: 'Hoàn tác (Ctrl+Z)', run: () => editor.chain().focus().undo().run() },
        { label: '↷', title: 'Làm lại (Ctrl+Y)', run: () => editor.chain().focus().redo().run() },
      ]
    : [];

  return (
    <div>
      <div role="toolbar" aria-label="Định dạng nội dung" className="flex flex-wrap gap-1 rounded-t border border-b-0 border-neutral-400 bg-neutral-100 p-1">
        {tools.map((t) => (
          <button
            key={t.title}
            type="button"
            title={t.title}
            aria-label={t.title}
            aria-pressed={t.active === undefined ? undefined : t.active}
            // The writer's caret stays in the text: a button that took the focus would hand it back
            // only on the next frame (TipTap's focus), and words typed in between landed before the
            // caret, so the next Enter split them off into the following block.
            onMouseDown={(e) => e.preventDefault()}
            onClick={t.run}
            className={button(t.active)}
            data-testid={t.testId}
          >
            {t.label}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
      <MediaPicker
        open={picker !== null}
        purpose={picker?.purpose ?? 'figure'}
        initial={picker?.initial}
        onClose={() => setPicker(null)}
        onPick={(item, details) => {
          if (!editor) return;
          if (picker?.purpose === 'edit') editor.chain().focus().updateFigure(details).run();
          else
            editor
              .chain()
              .focus()
              .insertFigure({ src: item.src, mediaId: item.id ?? null, width: item.width || null, height: item.height || null, ...details })
              .run();
          setPicker(null);
        }}
      />
    </div>
  );
}
