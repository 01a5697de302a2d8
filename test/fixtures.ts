import { getDb } from '@/db/client';
import { type Role, sections, users } from '@/db/schema';
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
