import { ArticleEditor } from '@/components/desk/article-editor';
import { listSections } from '@/lib/articles/public';
import { requireDeskUser } from '@/lib/auth/session';

export default async function NewArticle() {
  const user = await requireDeskUser('article.create', '/desk/bai-viet/moi');
  const sections = await listSections();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Viết bài mới</h1>
      <ArticleEditor
        userId={user.id}
        articleId={null}
        version={null}
        sections={sections}
        cover={null}
        slug=""
        initial={{
          title: '',
          lead: '',
          sectionId: null,
          body: { type: 'doc', content: [] },
          credit: `Tin: ${user.penName ?? user.name}`,
          tags: [],
          slug: '',
          seoTitle: '',
          seoDescription: '',
          coverMediaId: null,
          commentsMode: 'inherit',
        }}
      />
    </>
  );
}
