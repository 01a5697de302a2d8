import { getDb } from '@/db/client';
import { articles, type Role, type Section, sections, type User, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/passwords';
import { unique } from './database';

export async function createUser({ role, password = 'mat-khau-dung' }: { role: Role; password?: string }) {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email: `${unique(role)}@toasoan.test`, name: `Người thử ${role}`, role, passwordHash: await hashPassword(password) })
    .returning();
  return user;
}

export async function createSection() {
  const db = await getDb();
  const slug = unique('chuyen-muc');
  const [section] = await db.insert(sections).values({ slug, name: `Chuyên mục ${slug}` }).returning();
  return section;
}

/** A story of `author` in `section` in any state, straight into the table: for tests of reads, not of the workflow. */
export async function insertStory(author: Pick<User, 'id'>, section: Pick<Section, 'id'>, extra: Partial<typeof articles.$inferInsert> = {}) {
  const db = await getDb();
  const slug = unique('bai');
  const [row] = await db
    .insert(articles)
    .values({ slug, title: `Bài ${slug}`, body: { type: 'doc', content: [] }, sectionId: section.id, authorId: author.id, ...extra })
    .returning();
  return row;
}

/** The session token next-auth puts in the cookie at sign-in, for this user as they are now (a real server-side session). */
export async function sessionToken(user: { id: number; sessionVersion: number; role: Role }) {
  const { encode } = await import('next-auth/jwt');
  const { startSession } = await import('@/lib/auth/sessions');
  const { SESSION_MAX_AGE_S } = await import('@/lib/auth/options');
  const { authSecret } = await import('@/lib/auth/secret');
  const sid = await startSession(user.id, SESSION_MAX_AGE_S);
  return encode({ token: { uid: user.id, sv: user.sessionVersion, role: user.role, sid }, secret: authSecret() });
}
