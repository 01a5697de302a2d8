import { ActionButton, SectionCreateForm, SectionEditForm } from '@/components/desk/admin-forms';
import { CommentsModeForm } from '@/components/desk/settings-forms';
import { requireDeskUser } from '@/lib/auth/session';
import { listSectionsForDesk } from '@/lib/sections';
import { setCommentsModeAction } from '../cai-dat/actions';
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction } from './actions';

export default async function SectionsPage() {
  const me = await requireDeskUser('section.manage', '/desk/chuyen-muc');
  const sections = await listSectionsForDesk({ actor: me });
  return (
    <>
      <h1 className="text-2xl font-bold">Chuyên mục</h1>
      <p className="mt-1 text-muted">Thứ tự ở đây là thứ tự trên thanh điều hướng của trang báo.</p>
      <section aria-labelledby="them-chuyen-muc" className="mt-4">
        <h2 id="them-chuyen-muc" className="mb-2 text-lg font-bold">
          Thêm chuyên mục
        </h2>
        <SectionCreateForm action={createSectionAction} />
      </section>
      <ol className="mt-6 space-y-3">
        {sections.map((s, i) => (
          <li key={s.id} id={`chuyen-muc-${s.id}`} className="rounded border border-line bg-white p-4" data-testid="section-row">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold">
                {i + 1}. {s.name} <span className="text-sm font-normal text-muted">/{s.slug}</span>
              </h3>
              <p className="text-sm text-muted">{s.articleCount} bài viết</p>
            </div>
            <div className="mt-2 flex flex-wrap items-start gap-4">
              <SectionEditForm action={updateSectionAction} id={s.id} name={s.name} slug={s.slug} />
              <div className="flex gap-2">
                {i > 0 ? <ActionButton action={moveSectionAction} fields={{ id: s.id, direction: 'up' }} label="Lên" /> : null}
                {i < sections.length - 1 ? <ActionButton action={moveSectionAction} fields={{ id: s.id, direction: 'down' }} label="Xuống" /> : null}
                <ActionButton action={deleteSectionAction} fields={{ id: s.id }} label="Xóa" confirm={`Xóa chuyên mục “${s.name}”?`} />
              </div>
            </div>
            <div className="mt-2">
              <CommentsModeForm action={setCommentsModeAction} target="section" id={s.id} mode={s.commentsMode} inheritLabel="Theo mặc định của trang" label="Bình luận:" />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
