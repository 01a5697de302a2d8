// fixed-date: audit rows written at past instants as data; the day filter is read against them, not against the clock.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sections, type User } from '@/db/schema';
import { unique, withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { auditFilterChoices, listAuditLog } from './audit-log';
import { parseVietnamDay } from './dates';

const { getDb } = withTestDatabase();

let admin: User;
let editor: User;
let subjectId: string;

beforeAll(async () => {
  [admin, editor] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'editor' })]);
  subjectId = unique('s');
  const db = await getDb();
  // Three acts on one subject, on two days in Vietnam: 31/01 23:30 and 01/02 00:30 (+07:00).
  await db.insert(auditLog).values([
    { actorId: editor.id, action: 'article.save', subjectType: 'article', subjectId, at: new Date('2023-01-31T16:30:00Z') },
    { actorId: admin.id, action: 'article.publish', subjectType: 'article', subjectId, at: new Date('2023-01-31T17:30:00Z') },
    { actorId: editor.id, action: 'article.save', subjectType: 'article', subjectId, at: new Date('2023-01-31T17:45:00Z'), after: { title: 'Mới' } },
  ]);
});

describe('the audit log browser', () => {
  it('names each subject as it is called now, or as the entry recorded it once it is gone', async () => {
    const section = await createSection();
    const db = await getDb();
    const gone = unique('g');
    await db.insert(auditLog).values([
      { actorId: admin.id, action: 'section.update', subjectType: 'section', subjectId: String(section.id), at: new Date('2023-02-01T01:00:00Z'), after: { name: 'Tên cũ' } },
      { actorId: admin.id, action: 'section.delete', subjectType: 'section', subjectId: gone, at: new Date('2023-02-01T02:00:00Z'), before: { name: 'Chuyên mục đã xóa' } },
    ]);
    const [current] = (await listAuditLog({ actor: admin, filter: { subjectType: 'section', subjectId: String(section.id) } })).entries;
    const [row] = await db.select().from(sections).where(eq(sections.id, section.id));
    expect(current.subjectName).toBe(row.name);
    const [deleted] = (await listAuditLog({ actor: admin, filter: { subjectType: 'section', subjectId: gone } })).entries;
    expect(deleted.subjectName).toBe('Chuyên mục đã xóa');
  });

  it('lists newest first and filters by subject, actor and act', async () => {
    const all = await listAuditLog({ actor: admin, filter: { subjectType: 'article', subjectId } });
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => e.at.toISOString())).toEqual(['2023-01-31T17:45:00.000Z', '2023-01-31T17:30:00.000Z', '2023-01-31T16:30:00.000Z']);
    expect(all.entries[0]).toMatchObject({ actorName: editor.name, after: { title: 'Mới' } });

    const byEditor = await listAuditLog({ actor: admin, filter: { subjectId, actorId: editor.id } });
    expect(byEditor.entries.map((e) => e.action)).toEqual(['article.save', 'article.save']);
    const publishes = await listAuditLog({ actor: admin, filter: { subjectId, action: 'article.publish' } });
    expect(publishes.entries.map((e) => e.actorId)).toEqual([admin.id]);
  });

  it('filters by days in Vietnam time', async () => {
    const jan31 = parseVietnamDay('31/01/2023')!;
    const feb1 = parseVietnamDay('01/02/2023')!;
    const onJan31 = await listAuditLog({ actor: admin, filter: { subjectId, from: jan31.start, to: jan31.end } });
    expect(onJan31.entries.map((e) => e.action)).toEqual(['article.save']);
    const onFeb1 = await listAuditLog({ actor: admin, filter: { subjectId, from: feb1.start, to: feb1.end } });
    expect(onFeb1.total).toBe(2);
  });

  it('is for those allowed to read it', async () => {
    await expect(listAuditLog({ actor: editor })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(auditFilterChoices({ actor: editor })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('offers known acts and acts found in the log', async () => {
    const db = await getDb();
    const odd = unique('media.upload');
    await db.insert(auditLog).values({ actorId: admin.id, action: odd, subjectType: 'media', subjectId: '1' });
    const { actions, people } = await auditFilterChoices({ actor: admin });
    expect(actions).toContain('user.invite');
    expect(actions).toContain(odd);
    expect(people.map((p) => p.id)).toContain(editor.id);
  });
});
