import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, type Section, type User } from '@/db/schema';
import { now } from '@/lib/clock';
import { withTestDatabase } from '@/test/database';
import { createSection, createUser } from '@/test/fixtures';
import { approveArticle, createDraft, moveArticle, publishArticle, submitForReview } from './desk';
import { claimStoriesGoingLive } from './going-live';

const { getDb } = withTestDatabase();

let reporter: User;
let editor: User;
let section: Section;

beforeAll(async () => {
  [reporter, editor] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' })]);
  section = await createSection();
});

async function scheduled(title: string, at: Date) {
  const draft = await createDraft({ actor: reporter, input: { title, lead: 'Tin hẹn giờ.', sectionId: section.id, body: 'Đoạn một.', credit: 'Tin: Minh Anh' } });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  return publishArticle({ actor: editor, articleId: draft.id, publishAt: at });
}

async function wentLiveRows(id: number) {
  const db = await getDb();
  return db.select().from(auditLog).where(and(eq(auditLog.action, 'article.wentLive'), eq(auditLog.subjectId, String(id))));
}

describe('scheduled stories going live', () => {
  it('are claimed exactly once by several tickers at the same moment, one audit row each', async () => {
    const inAnHour = new Date(now().getTime() + 3600_000);
    const stories = await Promise.all([1, 2, 3, 4, 5].map((n) => scheduled(`Bài hẹn giờ số ${n}`, inAnHour)));
    // Not yet: nothing is claimed before the time.
    const early = await claimStoriesGoingLive({ now: now() });
    expect(early.map((s) => s.id)).not.toEqual(expect.arrayContaining([stories[0].id]));

    const later = new Date(inAnHour.getTime() + 1000);
    // Six tickers at once (on PostgreSQL each on its own pooled connection), small batches so they overlap.
    // Rounds go on until one claims nothing (the shared PostgreSQL may hold other files' due stories).
    const claimed: number[] = [];
    for (let round = 0; round < 50; round++) {
      const claims = (await Promise.all(Array.from({ length: 6 }, () => claimStoriesGoingLive({ now: later, limit: 2 })))).flat();
      if (!claims.length) break;
      claimed.push(...claims.map((s) => s.id));
    }
    const ours = stories.map((s) => s.id);
    for (const id of ours) {
      expect(claimed.filter((c) => c === id)).toHaveLength(1);
      expect(await wentLiveRows(id)).toHaveLength(1);
    }
    // A later tick finds nothing left of ours.
    const last = await claimStoriesGoingLive({ now: new Date(later.getTime() + 60_000) });
    expect(last.map((s) => s.id).filter((id) => ours.includes(id))).toEqual([]);
  });

  it('never claims an immediate publish, and a rescheduled story waits for its new time', async () => {
    const draft = await createDraft({ actor: reporter, input: { title: 'Bài đăng ngay', lead: 'Tin.', sectionId: section.id, body: 'Đoạn.', credit: 'Tin: Minh Anh' } });
    await submitForReview({ actor: reporter, articleId: draft.id });
    await approveArticle({ actor: editor, articleId: draft.id });
    const live = await publishArticle({ actor: editor, articleId: draft.id });
    expect(live.goLivePending).toBe(false);

    const first = new Date(now().getTime() + 2 * 3600_000);
    const second = new Date(now().getTime() + 5 * 3600_000);
    const story = await scheduled('Bài dời giờ', first);
    await moveArticle({ actor: editor, articleId: story.id, move: 'reschedule', publishAt: second });
    const atFirst = await claimStoriesGoingLive({ now: new Date(first.getTime() + 1000), limit: 1000 });
    expect(atFirst.map((s) => s.id)).not.toContain(live.id);
    expect(atFirst.map((s) => s.id)).not.toContain(story.id);
    const atSecond = await claimStoriesGoingLive({ now: new Date(second.getTime() + 1000), limit: 1000 });
    expect(atSecond.map((s) => s.id)).toContain(story.id);
    const db = await getDb();
    const [row] = await db.select({ pending: articles.goLivePending }).from(articles).where(eq(articles.id, story.id));
    expect(row.pending).toBe(false);
  });
});
