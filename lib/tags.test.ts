import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleTags, auditLog, type User } from '@/db/schema';
import { createDraft } from '@/lib/articles/desk';
import { unique, withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { cleanTagNames, deleteTag, findOrCreateTags, listTagsForDesk, mergeTags, renameTag, searchTags } from './tags';

const { getDb } = withTestDatabase();

let admin: User;
let reporter: User;
let moderator: User;

beforeAll(async () => {
  [admin, reporter, moderator] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'reporter' }), createUser({ role: 'moderator' })]);
});

async function storyTagged(tagIds: number[]) {
  const section = await createSection();
  const article = await createDraft({ actor: reporter, input: { title: unique('Bài'), lead: 'Sapo.', sectionId: section.id, body: 'Nội dung.', credit: '' } });
  const db = await getDb();
  if (tagIds.length) await db.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: article.id, tagId })));
  return article;
}

async function tagIdsOf(articleId: number) {
  const db = await getDb();
  return (await db.select().from(articleTags).where(eq(articleTags.articleId, articleId))).map((r) => r.tagId).sort();
}

describe('tags', () => {
  it('cleans typed names: NFC, spaces, one per slug', () => {
    expect(cleanTagNames(['  Hà   Nội ', 'hà nội'.normalize('NFD'), 'HA NOI', '', '!!!', 'Đà Nẵng'])).toEqual([
      { name: 'Hà Nội', slug: 'ha-noi' },
      { name: 'Đà Nẵng', slug: 'da-nang' },
    ]);
  });

  it('reuses a tag whatever the case or accents, and creates the missing ones', async () => {
    const word = unique('Lũ lụt');
    const [created] = await findOrCreateTags({ actor: reporter, names: [word] });
    expect(created.name).toBe(word);
    const again = await findOrCreateTags({ actor: reporter, names: [word.toUpperCase().normalize('NFD'), `${word} mới`] });
    expect(again[0].id).toBe(created.id);
    expect(again[1].name).toBe(`${word} mới`);
    await expect(findOrCreateTags({ actor: moderator, names: ['x'] })).rejects.toMatchObject({ code: 'forbidden' });
    const db = await getDb();
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'tag'), eq(auditLog.subjectId, String(created.id))));
    expect(audits.map((a) => a.action)).toEqual(['tag.create']);
  });

  it('two editors typing the same new tag at once get the same tag', async () => {
    const word = unique('Bão số');
    const [a, b] = await Promise.all([findOrCreateTags({ actor: reporter, names: [word] }), findOrCreateTags({ actor: admin, names: [word] })]);
    expect(a[0].id).toBe(b[0].id);
  });

  it('finds tags for type-ahead without accents, prefix matches first', async () => {
    const stem = unique('dak');
    const [inner, prefix] = await findOrCreateTags({ actor: reporter, names: [`Cà phê ${stem} Lắk`, `${stem} Lắk`] });
    const found = await searchTags({ actor: admin, q: `${stem} lak`, limit: 5 });
    expect(found.map((t) => t.id)).toEqual([prefix.id, inner.id]);
    expect(await searchTags({ actor: admin, q: '   ' })).toEqual([]);
    expect(await searchTags({ actor: admin, q: '%' })).toEqual([]);
  });

  it('lists tags with how many stories carry them, and renames one', async () => {
    const [tag] = await findOrCreateTags({ actor: reporter, names: [unique('Giao thông')] });
    await storyTagged([tag.id]);
    await storyTagged([tag.id]);
    const listed = await listTagsForDesk({ actor: admin, q: tag.name });
    expect(listed.tags).toEqual([expect.objectContaining({ id: tag.id, articleCount: 2 })]);

    const renamed = await renameTag({ actor: admin, id: tag.id, name: `${tag.name} đô thị` });
    expect(renamed.slug).toBe(`${tag.slug}-do-thi`);
    const [other] = await findOrCreateTags({ actor: reporter, names: [unique('Khác')] });
    await expect(renameTag({ actor: admin, id: other.id, name: renamed.name })).rejects.toMatchObject({ code: 'conflict' });
    await expect(renameTag({ actor: reporter, id: other.id, name: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listTagsForDesk({ actor: reporter })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('merges one tag into another: the stories move, nothing is doubled, the old tag is gone', async () => {
    const [from, into] = await findOrCreateTags({ actor: reporter, names: [unique('COVID'), unique('Covid-19')] });
    const onlyFrom = await storyTagged([from.id]);
    const both = await storyTagged([from.id, into.id]);
    await mergeTags({ actor: admin, fromId: from.id, intoId: into.id });
    expect(await tagIdsOf(onlyFrom.id)).toEqual([into.id]);
    expect(await tagIdsOf(both.id)).toEqual([into.id]);
    expect((await listTagsForDesk({ actor: admin, q: from.name })).tags).toEqual([]);
    const db = await getDb();
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'tag.merge'), eq(auditLog.subjectId, String(into.id))));
    expect(audit).toMatchObject({ actorId: admin.id, before: { name: from.name }, after: { name: into.name, articles: 1 } });
    await expect(mergeTags({ actor: admin, fromId: into.id, intoId: into.id })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('deletes a tag and takes it off its stories', async () => {
    const [tag, keep] = await findOrCreateTags({ actor: reporter, names: [unique('Xóa'), unique('Giữ')] });
    const story = await storyTagged([tag.id, keep.id]);
    await deleteTag({ actor: admin, id: tag.id });
    expect(await tagIdsOf(story.id)).toEqual([keep.id]);
  });
});
