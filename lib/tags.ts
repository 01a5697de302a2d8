import 'server-only';
import { asc, inArray, like, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { tags, type User } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { normaliseLine, slugify } from '@/lib/text';

type Actor = Pick<User, 'id' | 'role'>;

/** Tags whose name or slug starts with (or contains) what the writer typed, for the editor's suggestions. */
export async function searchTags({ q, limit = 10 }: { q: string; limit?: number }) {
  const slug = slugify(q);
  if (!slug) return [];
  const db = await getDb();
  return db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(or(like(tags.slug, `${slug}%`), like(tags.slug, `%-${slug}%`)))
    .orderBy(sql`${tags.slug} like ${`${slug}%`} desc`, asc(tags.name))
    .limit(limit);
}

/**
 * The tags named, found by their slug ("Hà Nội", "ha noi" and "HÀ NỘI" are one tag) or created
 * with the name as first typed. Writers create tags while they type; the admin tidies them later.
 */
export async function findOrCreateTags({ actor, names, tx }: { actor: Actor; names: string[]; tx?: Tx }) {
  if (!can(actor.role, 'article.create')) throw new DomainError('forbidden', 'Bạn không có quyền gắn từ khóa.');
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = normaliseLine(raw);
    const slug = slugify(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name);
  }
  if (!wanted.size) return [];
  const run = async (t: Tx) => {
    await t
      .insert(tags)
      .values([...wanted].map(([slug, name]) => ({ slug, name })))
      .onConflictDoNothing({ target: tags.slug });
    const rows = await t.select().from(tags).where(inArray(tags.slug, [...wanted.keys()]));
    const order = [...wanted.keys()];
    return rows.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
  };
  if (tx) return run(tx);
  const db = await getDb();
  return db.transaction(run);
}
