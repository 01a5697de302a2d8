import 'server-only';
import { and, desc, eq, gt, gte, inArray, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, type Role, sections, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { startOfIsoDay } from '@/lib/dates';
import { DomainError } from '@/lib/errors';
import { listSignoffChains } from './chain';
import type { DeskList, DeskFilterParams } from './my-desk-filters';
import { levelsOf, type SignoffChain } from './signoff';

type Actor = { id: number; role: Role };

export type MyDeskRow = {
  id: number;
  title: string;
  status: (typeof articles.$inferSelect)['status'];
  reviewLevel: number;
  pendingEdit: (typeof articles.$inferSelect)['pendingEdit'];
  sectionId: number | null;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Null for a draft whose section is not chosen yet. */
  sectionName: string | null;
  authorName: string;
};

/** A level expression (the story's, or its pending edit's) clamped into a chain, as effectiveLevel does. */
const clamped = (level: SQL, chain: SignoffChain) => sql`greatest(1, least(${level}, ${chain.levels.length}))`;

/** "The story waits at a level I act at", section by section (a section may have its own chain). */
async function atMyLevel(actor: Actor, level: SQL): Promise<SQL> {
  const { shared, bySection } = await listSignoffChains();
  const parts: SQL[] = [];
  for (const [sectionId, chain] of bySection) {
    const mine = levelsOf(chain, actor);
    if (mine.length) parts.push(sql`(${articles.sectionId} = ${sectionId} and ${clamped(level, chain)} in (${sql.join(mine.map((l) => sql`${l}`), sql`, `)}))`);
  }
  const mine = levelsOf(shared, actor);
  if (mine.length) {
    const own = [...bySection.keys()];
    parts.push(
      and(own.length ? notInArray(articles.sectionId, own) : undefined, sql`${clamped(level, shared)} in (${sql.join(mine.map((l) => sql`${l}`), sql`, `)})`)!,
    );
  }
  return parts.length ? or(...parts)! : sql`false`;
}

const editLevel = sql`coalesce((${articles.pendingEdit}->>'level')::int, 1)`;
const editStatus = sql`${articles.pendingEdit}->>'status'`;

async function listCondition(list: DeskList, actor: Actor): Promise<SQL | undefined> {
  const mine = eq(articles.authorId, actor.id);
  const reviewer = can(actor.role, 'article.review');
  switch (list) {
    case 'cua-toi':
      return mine;
    case 'nhap':
      return and(mine, eq(articles.status, 'draft'));
    case 'tra-lai':
      return or(
        and(mine, eq(articles.status, 'returned')),
        and(eq(articles.status, 'published'), sql`${editStatus} = 'returned'`, sql`(${articles.pendingEdit}->>'savedBy')::int = ${actor.id}`),
      );
    case 'cho-toi': {
      if (!reviewer) return sql`false`;
      const publisher = can(actor.role, 'article.publish');
      return or(
        and(eq(articles.status, 'in_review'), await atMyLevel(actor, sql`${articles.reviewLevel}`)),
        and(eq(articles.status, 'published'), sql`${editStatus} = 'in_review'`, await atMyLevel(actor, editLevel)),
        publisher ? eq(articles.status, 'approved') : undefined,
        publisher ? and(eq(articles.status, 'published'), sql`${editStatus} = 'approved'`) : undefined,
      );
    }
    case 'hen-gio':
      return and(reviewer ? undefined : mine, eq(articles.status, 'published'), gt(articles.publishedAt, now()));
    case 'da-dang':
      return and(reviewer ? undefined : mine, eq(articles.status, 'published'), lte(articles.publishedAt, now()));
  }
}

/** One list of the desk, searched (title, with or without diacritics) and filtered. */
export async function listMyDesk({ actor, list, filters, limit = 100 }: { actor: Actor; list: DeskList; filters: DeskFilterParams; limit?: number }): Promise<MyDeskRow[]> {
  const db = await getDb();
  const from = filters.tu ? startOfIsoDay(filters.tu) : undefined;
  const to = filters.den ? new Date(startOfIsoDay(filters.den).getTime() + 24 * 3600_000) : undefined;
  const when = sql`coalesce(${articles.publishedAt}, ${articles.updatedAt})`;
  const where = and(
    await listCondition(list, actor),
    filters.q ? sql`f_unaccent(lower(${articles.title})) like '%' || f_unaccent(lower(${filters.q})) || '%'` : undefined,
    filters['chuyen-muc'] ? eq(articles.sectionId, filters['chuyen-muc']) : undefined,
    filters['trang-thai'] ? eq(articles.status, filters['trang-thai']) : undefined,
    filters['tac-gia'] ? eq(articles.authorId, filters['tac-gia']) : undefined,
    from ? gte(when, from) : undefined,
    to ? lt(when, to) : undefined,
  );
  return db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      reviewLevel: articles.reviewLevel,
      pendingEdit: articles.pendingEdit,
      sectionId: articles.sectionId,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
      sectionName: sections.name,
      authorName: users.name,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(where)
    .orderBy(list === 'hen-gio' ? articles.publishedAt : list === 'da-dang' ? desc(articles.publishedAt) : desc(articles.updatedAt))
    .limit(limit);
}

/** People who may write stories, for the author filter of my desk. */
export async function listDeskAuthors({ actor }: { actor: Actor }) {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', 'Bạn không có quyền xem danh sách bài viết.');
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.role, ['admin', 'editor', 'reporter']))
    .orderBy(users.name);
}
