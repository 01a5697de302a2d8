import { createDraft } from '@/lib/articles/desk';
import { editorDraftSchema } from '@/lib/articles/schema';
import { deskRoute } from '@/lib/routes';

/** The editor's first save of a new story (by hand or by autosave). */
export const POST = deskRoute('article.create', editorDraftSchema, async (input, { user }) => {
  const article = await createDraft({ actor: user, input });
  return { id: article.id, version: article.version, slug: article.slug, updatedAt: article.updatedAt.toISOString() };
});
