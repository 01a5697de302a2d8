import 'server-only';
import { asc, count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, sections, type User } from '@/db/schema';
import { recordAudit } from './audit';
import { can } from './auth/permissions';
import { DomainError } from './errors';
import { normaliseLine, slugify } from './text';

type Actor = Pick<User, 'id' | 'role'>;

/**
 * Every top-level address the app itself answers (the folders of app/, route groups flattened).
 * A section lives at /<slug>, so a section named like one of them would never be reached, or would
 * shadow it. sections.test.ts reads app/ and fails when a new top-level route is missing here.
 */
export const TOP_LEVEL_ADDRESSES = [
  'api',
  'bai-da-go',
  'chu-de',
  'dang-nhap',
  'dat-mat-khau',
  'gioi-thieu',
  'desk',
  'media',
  'news-sitemap.xml',
  'robots.txt',
  'rss.xml',
  'sitemap.xml',
  'sitemaps',
  'tac-gia',
  'tim-kiem',
  'trang-chu',
  'xem-truoc',
] as const;

/**
 * The slugs a section may not take: the top-level addresses as a slug spells them ("rss.xml" →
 * "rss-xml", which would read as the feed), and "trang", the pager's word in /<section>/trang/<n>.
 */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([...TOP_LEVEL_ADDRESSES.map((a) => slugify(a)), 'trang']);

/** What is wrong with a section address, in the newsroom's words, or null when it may be used. */
export function sectionSlugProblem(slug: string): string | null {
  if (!slug) return 'Đường dẫn chuyên mục không được để trống.';
  if (RESERVED_SECTION_SLUGS.has(slug)) return `Đường dẫn “/${slug}” đã được trang báo dùng cho việc khác. Vui lòng chọn đường dẫn khác.`;
  return null;
}

function assertManager(actor: Actor) {
  if (!can(actor.role, 'section.manage')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý chuyên mục.');
}

/** The slug a section will get: the one typed (cleaned) or one made from the name. */
export function sectionSlug(name: string, typed?: string): string {
  return slugify(typed?.trim() ? typed : name, 60);
}

function checkSlug(slug: string) {
  const problem = sectionSlugProblem(slug);
  if (problem) throw new DomainError('invalid_input', problem);
}

function checkName(name: string) {
  if (name.length < 2) throw new DomainError('invalid_input', 'Tên chuyên mục cần ít nhất 2 ký tự.');
  if (name.length > 60) throw new DomainError('invalid_input', 'Tên chuyên mục dài quá 60 ký tự.');
}

const slugTaken = (slug: string) => new DomainError('conflict', `Đường dẫn “${slug}” đã có chuyên mục khác dùng.`);

/** Sections in reading order with how many stories (any status) each holds. */
export async function listSectionsForDesk({ actor }: { actor: Actor }) {
  assertManager(actor);
  const db = await getDb();
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      position: sections.position,
      commentsMode: sections.commentsMode,
      articleCount: sql<number>`(select count(*)::int from ${articles} a where a.section_id = sections.id)`,
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));
}

export async function createSection({ actor, name, slug }: { actor: Actor; name: string; slug?: string }) {
  assertManager(actor);
  const cleanName = normaliseLine(name);
  checkName(cleanName);
  const cleanSlug = sectionSlug(cleanName, slug);
  checkSlug(cleanSlug);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, cleanSlug));
    if (taken) throw slugTaken(cleanSlug);
    const [last] = await tx.select({ position: sections.position }).from(sections).orderBy(desc(sections.position)).limit(1);
    const [section] = await tx
      .insert(sections)
      .values({ name: cleanName, slug: cleanSlug, position: (last?.position ?? -1) + 1 })
      .returning();
    await recordAudit(tx, { actorId: actor.id, action: 'section.create', subjectType: 'section', subjectId: section.id, after: { name: section.name, slug: section.slug } });
    return section;
  });
}

/** Renames a section and/or changes its address (old links to its stories lead to the new one). */
export async function updateSection({ actor, id, name, slug }: { actor: Actor; id: number; name: string; slug: string }) {
  assertManager(actor);
  const cleanName = normaliseLine(name);
  checkName(cleanName);
  const cleanSlug = sectionSlug(cleanName, slug);
  checkSlug(cleanSlug);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sections).where(eq(sections.id, id)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy chuyên mục.');
    if (cleanSlug !== before.slug) {
      const [taken] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, cleanSlug));
      if (taken) throw slugTaken(cleanSlug);
    }
    const [after] = await tx.update(sections).set({ name: cleanName, slug: cleanSlug }).where(eq(sections.id, id)).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'section.update',
      subjectType: 'section',
      subjectId: id,
      before: { name: before.name, slug: before.slug },
      after: { name: after.name, slug: after.slug },
    });
    return after;
  });
}

/** Moves a section one place up or down the navigation by swapping it with its neighbour. */
export async function moveSection({ actor, id, direction }: { actor: Actor; id: number; direction: 'up' | 'down' }) {
  assertManager(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Lock the whole list: positions are read and rewritten together.
    const all = await tx.select().from(sections).orderBy(asc(sections.position), asc(sections.id)).for('update');
    const index = all.findIndex((s) => s.id === id);
    if (index < 0) throw new DomainError('not_found', 'Không tìm thấy chuyên mục.');
    const other = direction === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= all.length) return;
    const order = all.map((s) => s.id);
    [order[index], order[other]] = [order[other], order[index]];
    // Renumber 0..n-1: equal or gapped positions from older data end up tidy.
    for (const [position, sectionId] of order.entries()) {
      const current = all.find((s) => s.id === sectionId)!;
      if (current.position !== position) await tx.update(sections).set({ position }).where(eq(sections.id, sectionId));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'section.move',
      subjectType: 'section',
      subjectId: id,
      before: { position: index + 1 },
      after: { position: other + 1 },
    });
  });
}

/** Deletes a section that holds no story at all (trashed ones included: they can be restored). */
export async function deleteSection({ actor, id }: { actor: Actor; id: number }) {
  assertManager(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(sections).where(eq(sections.id, id)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy chuyên mục.');
    const [{ n }] = await tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, id));
    if (n > 0) {
      throw new DomainError(
        'conflict',
        `Không thể xóa chuyên mục “${before.name}” vì còn ${n} bài viết thuộc chuyên mục này (kể cả bài nháp và bài trong thùng rác). Hãy chuyển các bài sang chuyên mục khác trước.`,
      );
    }
    await tx.delete(sections).where(eq(sections.id, id));
    await recordAudit(tx, { actorId: actor.id, action: 'section.delete', subjectType: 'section', subjectId: id, before: { name: before.name, slug: before.slug } });
  });
}
