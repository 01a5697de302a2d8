import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sections, type User } from '@/db/schema';
import { createDraft } from '@/lib/articles/desk';
import { listSections } from '@/lib/articles/public';
import { forgetMemos } from '@/lib/cache/memo';
import { unique, withTestDatabase } from '@/test/database';
import { createUser } from '@/test/fixtures';
import { createSection, deleteSection, listSectionsForDesk, moveSection, RESERVED_SECTION_SLUGS, sectionSlug, sectionSlugProblem, TOP_LEVEL_ADDRESSES, updateSection } from './sections';
import { slugify } from './text';

const { getDb } = withTestDatabase();

let admin: User;
let editor: User;

beforeAll(async () => {
  [admin, editor] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'editor' })]);
});

/** The first segment of every address app/ answers: folders, with route groups "(…)" flattened and dynamic "[…]" ones left out. */
function topLevelAddresses(dir = path.join(process.cwd(), 'app')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name.startsWith('[') || entry.name.startsWith('_')) return [];
    if (entry.name.startsWith('(')) return topLevelAddresses(path.join(dir, entry.name));
    return [entry.name];
  });
}

describe('addresses the site already uses', () => {
  it('are all reserved: a new top-level route without a reservation fails here', () => {
    const used = [...new Set(topLevelAddresses())].sort();
    expect(used).toContain('xem-truoc');
    expect(used).toContain('desk');
    expect([...TOP_LEVEL_ADDRESSES].sort()).toEqual(used);
    for (const address of used) expect(RESERVED_SECTION_SLUGS.has(slugify(address))).toBe(true);
  });

  it('cannot be taken by a section, created or renamed, typed or made from the name', async () => {
    const section = await createSection({ actor: admin, name: unique('Đổi tên') });
    for (const address of [...TOP_LEVEL_ADDRESSES, 'trang']) {
      const slug = slugify(address);
      const message = `Đường dẫn “/${slug}” đã được trang báo dùng cho việc khác. Vui lòng chọn đường dẫn khác.`;
      expect(sectionSlugProblem(slug)).toBe(message);
      await expect(createSection({ actor: admin, name: 'Chuyên mục thử', slug: address })).rejects.toMatchObject({ code: 'invalid_input', message });
      await expect(updateSection({ actor: admin, id: section.id, name: section.name, slug: address })).rejects.toMatchObject({ code: 'invalid_input', message });
    }
    // Made from the name: "Xem trước" would become /xem-truoc, the staff preview.
    await expect(createSection({ actor: admin, name: 'Xem trước' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(sectionSlugProblem('xem-truoc-moi')).toBeNull();
  });
});

describe('sections', () => {
  it('makes the address from the name unless one is typed', () => {
    expect(sectionSlug('Đời sống – Sức khỏe')).toBe('doi-song-suc-khoe');
    expect(sectionSlug('Đời sống', ' Suc Khoe ')).toBe('suc-khoe');
  });

  it('creates a section at the end of the navigation, with a unique address', async () => {
    const name = `Đắk Lắk ${unique('x')}`;
    const section = await createSection({ actor: admin, name });
    expect(section.slug).toBe(sectionSlug(name));
    const all = await listSectionsForDesk({ actor: admin });
    expect(all.at(-1)?.id).toBe(section.id);
    await expect(createSection({ actor: admin, name: `${name.toUpperCase()}` })).rejects.toMatchObject({ code: 'conflict' });
    await expect(createSection({ actor: admin, name: 'Tìm kiếm', slug: 'tim-kiem' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(createSection({ actor: editor, name: `Không được ${unique('x')}` })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listSectionsForDesk({ actor: editor })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('renames, and moves a section up the navigation', async () => {
    const first = await createSection({ actor: admin, name: unique('Một') });
    const second = await createSection({ actor: admin, name: unique('Hai') });
    const renamed = await updateSection({ actor: admin, id: second.id, name: 'Thể thao  mới', slug: unique('the-thao') });
    expect(renamed.name).toBe('Thể thao mới');
    await moveSection({ actor: admin, id: second.id, direction: 'up' });
    const order = (await listSectionsForDesk({ actor: admin })).map((s) => s.id);
    expect(order.indexOf(second.id)).toBe(order.indexOf(first.id) - 1);
    await expect(updateSection({ actor: admin, id: first.id, name: 'X trùng', slug: renamed.slug })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses to delete a section a story uses, and deletes an empty one', async () => {
    const used = await createSection({ actor: admin, name: unique('Có bài') });
    await createDraft({ actor: editor, input: { title: 'Bài trong chuyên mục', lead: 'Sapo.', sectionId: used.id, body: 'Nội dung.', credit: '' } });
    await expect(deleteSection({ actor: admin, id: used.id })).rejects.toThrow(/vì còn 1 bài viết/);
    expect((await listSectionsForDesk({ actor: admin })).find((s) => s.id === used.id)?.articleCount).toBe(1);

    const empty = await createSection({ actor: admin, name: unique('Trống') });
    await deleteSection({ actor: admin, id: empty.id });
    const db = await getDb();
    expect(await db.select().from(sections).where(eq(sections.id, empty.id))).toHaveLength(0);
  });

  it('shows in the public navigation at once', async () => {
    await listSections();
    const section = await createSection({ actor: admin, name: unique('Mới toanh') });
    // The desk action expires a section.changed event, which forgets this memo among other things.
    forgetMemos();
    expect((await listSections()).map((s) => s.id)).toContain(section.id);
  });
});
