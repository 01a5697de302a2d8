import type { User } from '@/db/schema';
import { RefusedSave, saveDraft } from '@/lib/articles/desk';
import { getConflictPair } from '@/lib/articles/revisions';
import { editorSaveSchema } from '@/lib/articles/schema';
import { idParam } from '@/lib/ids';
import { deskRoute, routeError } from '@/lib/routes';

/**
 * Saves the editor's text (autosave every few seconds, on leaving the page, and the Lưu button).
 * A refused save (an old version, or the story moved on meanwhile) answers 409: the text is kept in
 * the history (`kept`), and for an old version the newer text comes along so the editor can show both.
 */
export const PUT = deskRoute('article.editOwn', editorSaveSchema, async (input, { user, params }: { user: User; params: { id: string } }) => {
  const articleId = idParam.safeParse(params.id);
  if (!articleId.success) return routeError(404, 'Không tìm thấy bài viết.');
  const { version, autosave, ...fields } = input;
  try {
    const saved = await saveDraft({ actor: user, articleId: articleId.data, version, input: fields, autosave });
    // Sign-off hook: a live story's save is a pending edit (lib/articles/live-edits.ts); readers see no change.
    return { version: saved.version, slug: saved.slug, status: saved.status, updatedAt: (saved.pendingEdit ? new Date() : saved.updatedAt).toISOString(), pendingEdit: saved.pendingEdit?.status ?? null };
  } catch (err) {
    if (err instanceof RefusedSave) {
      // The refused text was just kept as this person's stale revision: answer with the saved side.
      const pair = err.moved ? null : await getConflictPair({ actor: user, articleId: articleId.data });
      return routeError(409, err.message, { kept: true, theirs: pair?.theirs });
    }
    throw err;
  }
});
