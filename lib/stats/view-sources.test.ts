import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as viewBeacon } from '@/app/api/luot-doc/route';
import { articles, articleViews, type User } from '@/db/schema';
import { approveArticle, createDraft, publishArticle, submitForReview } from '@/lib/articles/desk';
import { listMostRead } from '@/lib/articles/public';
import { createSection, createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';

const { getDb } = withTestDatabase();
const noParams = { params: Promise.resolve({}) };

let reporter: User;
let editor: User;
beforeAll(async () => {
  [reporter, editor] = await Promise.all([createUser({ role: 'reporter' }), createUser({ role: 'editor' })]);
});

async function liveStory() {
  const section = await createSection();
  const draft = await createDraft({ actor: reporter, input: { title: unique('Bài nguồn'), lead: 'Sapo', sectionId: section.id, body: 'Nội dung', credit: 'Bài: A' } });
  await submitForReview({ actor: reporter, articleId: draft.id });
  await approveArticle({ actor: editor, articleId: draft.id });
  return publishArticle({ actor: editor, articleId: draft.id });
}

let readers = 0;
/** A reader's beacon, each from its own address and browser (no cookie: the browser id is made up per request). */
function read(articleId: number, referrer: string | undefined, userAgent = 'Mozilla/5.0 Chrome/120') {
  return viewBeacon(
    new Request('http://toasoan.test/api/luot-doc', {
      method: 'POST',
      body: JSON.stringify(referrer === undefined ? { articleId } : { articleId, referrer }),
      headers: { host: 'toasoan.test', 'content-type': 'application/json', 'user-agent': userAgent, 'x-forwarded-for': `10.${process.pid % 250}.${Math.floor(++readers / 250) % 250}.${readers % 250}` },
    }),
    noParams,
  );
}

describe('where reads came from', () => {
  it('counts each read under its source, and the totals keep their meaning', async () => {
    const story = await liveStory();
    const referrers = ['https://zalo.me/g/x', 'https://chat.zalo.me/', 'https://coccoc.com/search?query=a', 'https://www.google.com.vn/', 'https://m.facebook.com/', '', undefined, 'https://vnexpress.net/'];
    for (const r of referrers) expect((await read(story.id, r)).status).toBe(204);
    expect((await read(story.id, '', 'Mozilla/5.0 Zalo android/12100733 ZaloTheme/light')).status).toBe(204);

    const db = await getDb();
    const rows = await db
      .select({ source: articleViews.source, views: sql<number>`sum(${articleViews.views})::int` })
      .from(articleViews)
      .where(eq(articleViews.articleId, story.id))
      .groupBy(articleViews.source);
    expect(Object.fromEntries(rows.map((r) => [r.source, Number(r.views)]))).toEqual({ zalo: 3, search: 2, social: 1, direct: 2, other: 1 });

    const [{ viewCount }] = await db.select({ viewCount: articles.viewCount }).from(articles).where(and(eq(articles.id, story.id)));
    expect(viewCount).toBe(9);
    const top = await listMostRead({ limit: 50, hours: 24 });
    expect(top.map((t) => t.id)).toContain(story.id);
  });

  it('stores nothing of the referrer but its kind', async () => {
    const story = await liveStory();
    await read(story.id, 'https://www.facebook.com/nguoi-doc-rieng?fbclid=abc');
    const db = await getDb();
    const columns = Object.keys((await db.select().from(articleViews).where(eq(articleViews.articleId, story.id)))[0]);
    expect(columns.sort()).toEqual(['articleId', 'hour', 'source', 'views']);
  });
});
