import { ArticleForm } from '@/components/desk/article-form';
import { listSections } from '@/lib/articles/public';
import { requireDeskUser } from '@/lib/auth/session';
import { createDraftAction } from '../actions';

export default async function NewArticle() {
  const user = await requireDeskUser('article.create', '/desk/bai-viet/moi');
  const sections = await listSections();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Viết bài mới</h1>
      <ArticleForm
        action={createDraftAction}
        sections={sections}
        initial={{ title: '', lead: '', sectionId: '', body: '', credit: `Tin: ${user.penName ?? user.name}` }}
        submitLabel="Lưu bản nháp"
      />
    </>
  );
}
