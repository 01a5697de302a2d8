import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleRevisions, articleTags, tags, type Section, type User } from '@/db/schema';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { createDraft, getArticleForDesk, saveDraft } from './desk';
import { editorSaveSchema } from './schema';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let section: Section;
const unique = (s: string) => `${s} ${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  [reporter, editor] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' })]);
  section = await createSection();
});

const doc = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) });
const input = (title: string, extra: Record<string, unknown> = {}) => ({ title, lead: 'Sapo.', sectionId: section.id, body: doc('Đoạn một.'), credit: 'Tin: Minh Anh', ...extra });

async function revisionsOf(articleId: number) {
  const db = await getDb();
  return db.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).orderBy(asc(articleRevisions.id));
}

describe('saving from the rich editor', () => {
  it('stores the cleaned document and renders it through the allow-list', async () => {
    const parsed = editorSaveSchema.parse({
      ...input('Bài có mã độc'),
      body: { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'x' }, content: [{ type: 'text', text: 'Chữ', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }, { type: 'script' }] },
      version: 1,
    });
    const draft = await createDraft({ actor: reporter, input: parsed });
    expect(draft.body).toEqual(doc('Chữ'));
    expect(draft.bodyHtml).toBe('<p>Chữ</p>');
  });

  it('creates tags while typing, one tag per slug whatever the case or diacritics', async () => {
    const name = unique('Lúa thu đông');
    const a = await createDraft({ actor: reporter, input: input(unique('Bài gắn thẻ một'), { tags: [name, name.toUpperCase()] }) });
    const b = await createDraft({ actor: reporter, input: input(unique('Bài gắn thẻ hai'), { tags: [name.normalize('NFD')] }) });
    const db = await getDb();
    const rows = await db.select({ articleId: articleTags.articleId, name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(tags.name, name));
    expect(rows.map((r) => r.articleId).sort()).toEqual([a.id, b.id].sort());
    const found = await getArticleForDesk({ actor: reporter, id: a.id });
    expect(found?.tags.map((t) => t.name)).toEqual([name]);
    await saveDraft({ actor: reporter, articleId: a.id, version: a.version, input: input(a.title, { tags: [] }) });
    expect((await getArticleForDesk({ actor: reporter, id: a.id }))?.tags).toEqual([]);
  });

  it('takes a slug typed by hand when free, refuses one another story has, and follows the title otherwise', async () => {
    const title = unique('Đường về Đắk Lắk');
    const first = await createDraft({ actor: reporter, input: input(title) });
    expect(first.slug).toMatch(/^duong-ve-dak-lak-/);
    const custom = `duong-ve-${first.id}`;
    const second = await createDraft({ actor: reporter, input: input(unique('Bài khác'), { slug: custom }) });
    expect(second.slug).toBe(custom);
    await expect(saveDraft({ actor: reporter, articleId: first.id, version: first.version, input: input(title, { slug: custom }) })).rejects.toThrow(/đã có bài khác dùng/);
    const renamed = await saveDraft({ actor: reporter, articleId: first.id, version: first.version, input: input(`${title} mới`) });
    expect(renamed.slug).toMatch(/-moi$/);
  });

  it('keeps one revision per sitting of autosaves, and a new one for every save by hand', async () => {
    let a = await createDraft({ actor: reporter, input: input(unique('Bài tự lưu')) });
    for (const words of ['một', 'một hai', 'một hai ba']) {
      a = await saveDraft({ actor: reporter, articleId: a.id, version: a.version, input: input(a.title, { body: doc(words) }), autosave: true });
    }
    let revs = await revisionsOf(a.id);
    expect(revs).toHaveLength(2); // the creation + one autosave sitting, holding the latest words
    expect(revs[1].body).toEqual(doc('một hai ba'));
    expect(revs[1].version).toBe(a.version);
    a = await saveDraft({ actor: reporter, articleId: a.id, version: a.version, input: input(a.title, { body: doc('bằng tay') }) });
    // Another person's autosave starts its own revision.
    a = await saveDraft({ actor: editor, articleId: a.id, version: a.version, input: input(a.title, { body: doc('biên tập') }), autosave: true });
    revs = await revisionsOf(a.id);
    expect(revs.map((r) => [r.autosave, r.savedBy])).toEqual([
      [false, reporter.id],
      [true, reporter.id],
      [false, reporter.id],
      [true, editor.id],
    ]);
  });

  it('refuses a cover image that is not in the library', async () => {
    await expect(createDraft({ actor: reporter, input: input(unique('Bài ảnh ma'), { coverMediaId: 99_999_999 }) })).rejects.toThrow(/thư viện ảnh/);
  });

  it('refuses bad editor input with Vietnamese field errors', () => {
    const result = editorSaveSchema.safeParse({ ...input('Ngắn'), sectionId: 'abc', slug: 'Có Dấu', tags: Array(20).fill('x'), version: 1 });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.title?.[0]).toMatch(/ít nhất 5/);
    expect(errors.sectionId?.[0]).toMatch(/chuyên mục/);
    expect(errors.slug?.[0]).toMatch(/chữ thường không dấu/);
    expect(errors.tags?.[0]).toMatch(/Tối đa 15/);
  });
});
