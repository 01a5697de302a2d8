import 'server-only';
import { and, asc, count, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { articles, articleTags, type Tag, tags, type User } from '@/db/schema';
import { seeableOnDesk } from './articles/access';
import { recordAudit } from './audit';
import { can } from './auth/permissions';
import { DomainError } from './errors';
import { normaliseLine, slugify } from './text';

type Actor = Pick<User, 'id' | 'role'>;

export const TAG_NAME_MAX = 60;

function assertManager(actor: Actor) {
  if (!can(actor.role, 'tag.manage')) throw new DomainError('forbidden', 'Bạn không có quyền quản lý từ khóa.');
}

/** `%` and `_` typed by a person are letters, not wildcards. */
function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Matches a tag by its name as typed or by its slug, so "ha noi" finds "Hà Nội". */
function matching(q: string) {
  const slug = slugify(q);
  const byName = ilike(tags.name, `%${likeEscape(normaliseLine(q))}%`);
  return slug ? or(byName, sql`${tags.slug} like ${`%${likeEscape(slug)}%`}`) : byName;
}

export const TAGS_PER_PAGE = 50;

/** The tag list of the desk: name, address and how many stories carry each tag. */
export async function listTagsForDesk({ actor, q = '', id, page = 1 }: { actor: Actor; q?: string; id?: number; page?: number }) {
  assertManager(actor);
  const db = await getDb();
  const where = id ? eq(tags.id, id) : q.trim() ? matching(q) : undefined;
  const usage = sql<number>`(select count(*)::int from ${articleTags} art where art.tag_id = tags.id)`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug, articleCount: usage })
      .from(tags)
      .where(where)
      // By slug: accents and case do not scatter the list ("Cán bộ" sorts with "can", not after "Chạy").
      .orderBy(asc(tags.slug), asc(tags.id))
      .limit(TAGS_PER_PAGE)
      .offset((Math.max(1, page) - 1) * TAGS_PER_PAGE),
    db.select({ total: count() }).from(tags).where(where),
  ]);
  return { tags: rows, total, pages: Math.max(1, Math.ceil(total / TAGS_PER_PAGE)) };
}

/**
 * Tags for a writer's type-ahead: those whose slug starts with what was typed first, then those
 * containing it. Accent- and case-insensitive ("dak lak" finds "Đắk Lắk"). A tag is offered only if
 * a story the writer may know of carries it (a live one, or one they may open): a tag is a word
 * from someone's story, and another reporter's draft is theirs until it is published. Those who
 * manage tags see every tag anyway.
 */
export async function searchTags({ actor, q, limit = 10 }: { actor: Actor; q: string; limit?: number }): Promise<Pick<Tag, 'id' | 'name' | 'slug'>[]> {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', 'Bạn không có quyền gắn từ khóa.');
  const clean = normaliseLine(q);
  if (!clean) return [];
  const seeable = can(actor.role, 'tag.manage') ? undefined : seeableOnDesk(actor);
  const onSeeableStory = seeable
    ? sql`exists (select 1 from ${articleTags} inner join ${articles} on ${articles.id} = ${articleTags.articleId} where ${articleTags.tagId} = ${tags.id} and ${seeable})`
    : undefined;
  const slug = slugify(clean);
  const db = await getDb();
  const prefix = slug ? sql`${tags.slug} like ${`${likeEscape(slug)}%`}` : sql`false`;
  return db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(and(matching(clean), onSeeableStory))
    .orderBy(sql`case when ${prefix} then 0 else 1 end`, asc(sql`length(${tags.slug})`), asc(tags.name))
    .limit(Math.min(Math.max(1, limit), 50));
}

/** The tag a typed name means (same slug), if there is one. */
export async function findTagByName({ name }: { name: string }): Promise<Tag | undefined> {
  const slug = slugify(normaliseLine(name));
  if (!slug) return undefined;
  const db = await getDb();
  const [tag] = await db.select().from(tags).where(eq(tags.slug, slug));
  return tag;
}

/** Cleans the names a person typed: NFC, single spaces, no empties, one per slug (first spelling wins). */
export function cleanTagNames(names: string[]): { name: string; slug: string }[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = normaliseLine(raw).slice(0, TAG_NAME_MAX).trim();
    const slug = slugify(name);
    if (slug && !seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ name, slug }));
}

/**
 * The tags a story should carry, given names typed in the editor: an existing tag is reused when its
 * slug matches (so "Hà Nội", "hà nội" and "Ha Noi" are one tag), a new one is created otherwise.
 * Returned in the order typed. Safe when two people create the same tag at once. Pass `tx` to run
 * inside the caller's transaction (saving a story).
 */
export async function findOrCreateTags({ actor, names, tx }: { actor: Actor; names: string[]; tx?: Tx }): Promise<Tag[]> {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', 'Bạn không có quyền gắn từ khóa.');
  const wanted = cleanTagNames(names);
  if (wanted.length === 0) return [];
  const run = async (t: Tx) => {
    const created = await t.insert(tags).values(wanted).onConflictDoNothing({ target: tags.slug }).returning();
    for (const tag of created) {
      await recordAudit(t, { actorId: actor.id, action: 'tag.create', subjectType: 'tag', subjectId: tag.id, after: { name: tag.name, slug: tag.slug } });
    }
    const rows = await t.select().from(tags).where(inArray(tags.slug, wanted.map((w) => w.slug)));
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    return wanted.map((w) => bySlug.get(w.slug)).filter((tag): tag is Tag => Boolean(tag));
  };
  if (tx) return run(tx);
  const db = await getDb();
  return db.transaction(run);
}

/** Renames a tag; its address follows the new name. A name another tag already has calls for a merge. */
export async function renameTag({ actor, id, name }: { actor: Actor; id: number; name: string }) {
  assertManager(actor);
  const cleanName = normaliseLine(name);
  const slug = slugify(cleanName);
  if (!slug) throw new DomainError('invalid_input', 'Tên từ khóa cần có chữ hoặc số.');
  if (cleanName.length > TAG_NAME_MAX) throw new DomainError('invalid_input', `Tên từ khóa dài quá ${TAG_NAME_MAX} ký tự.`);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(tags).where(eq(tags.id, id)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy từ khóa.');
    const [other] = await tx.select().from(tags).where(and(eq(tags.slug, slug), ne(tags.id, id)));
    if (other) throw new DomainError('conflict', `Đã có từ khóa “${other.name}” trùng tên. Hãy gộp hai từ khóa thay vì đổi tên.`);
    const [after] = await tx.update(tags).set({ name: cleanName, slug }).where(eq(tags.id, id)).returning();
    await recordAudit(tx, { actorId: actor.id, action: 'tag.rename', subjectType: 'tag', subjectId: id, before: { name: before.name, slug: before.slug }, after: { name: after.name, slug: after.slug } });
    return after;
  });
}

/** Every story tagged `fromId` gets `intoId` instead; then `fromId` is gone. */
export async function mergeTags({ actor, fromId, intoId }: { actor: Actor; fromId: number; intoId: number }) {
  assertManager(actor);
  if (fromId === intoId) throw new DomainError('invalid_input', 'Hãy chọn hai từ khóa khác nhau để gộp.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const pair = await tx.select().from(tags).where(inArray(tags.id, [fromId, intoId])).orderBy(asc(tags.id)).for('update');
    const from = pair.find((t) => t.id === fromId);
    const into = pair.find((t) => t.id === intoId);
    if (!from || !into) throw new DomainError('not_found', 'Không tìm thấy từ khóa cần gộp.');
    const moved = await tx.execute(sql`
      insert into ${articleTags} (article_id, tag_id)
      select article_id, ${intoId} from ${articleTags} where tag_id = ${fromId}
      on conflict do nothing
      returning article_id`);
    await tx.delete(tags).where(eq(tags.id, fromId));
    const movedCount = (moved as unknown as { rows: unknown[] }).rows.length;
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.merge',
      subjectType: 'tag',
      subjectId: intoId,
      before: { name: from.name, slug: from.slug },
      after: { name: into.name, slug: into.slug, articles: movedCount },
    });
    return into;
  });
}

/** Deletes a tag; the stories that carried it simply lose it. */
export async function deleteTag({ actor, id }: { actor: Actor; id: number }) {
  assertManager(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(tags).where(eq(tags.id, id)).for('update');
    if (!before) throw new DomainError('not_found', 'Không tìm thấy từ khóa.');
    const [{ n }] = await tx.select({ n: count() }).from(articleTags).where(eq(articleTags.tagId, id));
    await tx.delete(tags).where(eq(tags.id, id));
    await recordAudit(tx, { actorId: actor.id, action: 'tag.delete', subjectType: 'tag', subjectId: id, before: { name: before.name, slug: before.slug, articles: n } });
  });
}
