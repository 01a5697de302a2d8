// Data side of `npm run bench:comments` (run with tsx --conditions=react-server, server stopped):
//   prepare <hotCount>  seeds the demo, raises the per-story flood guard for the bench, and gives the
//                       first story <hotCount> approved comments; prints {"hot": id, "quiet": id} as JSON
//   count <marker>      prints how many stored comments contain <marker>
import { asc, eq, like, sql } from 'drizzle-orm';
import { closeDatabase, getDbHandle } from '@/db/client';
import { articles, comments, settings } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';

async function main() {
  const [command, arg] = process.argv.slice(2);
  const { db } = await getDbHandle();
  if (command === 'prepare') {
    await seedDemo(db);
    await db
      .insert(settings)
      .values({ key: 'commentBurstPerMinute', value: 1_000_000 })
      .onConflictDoUpdate({ target: settings.key, set: { value: 1_000_000 } });
    const live = await db.select({ id: articles.id }).from(articles).where(eq(articles.status, 'published')).orderBy(asc(articles.id)).limit(2);
    const [hot, quiet] = live.map((a) => a.id);
    const count = Number(arg ?? 20000);
    const start = Date.now() - count * 1000;
    for (let i = 0; i < count; i += 1000) {
      await db.insert(comments).values(
        Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
          articleId: hot,
          authorName: `Bạn đọc ${i + k + 1}`,
          body: `Ý kiến số ${i + k + 1} về câu chuyện nóng hôm nay.`,
          status: 'approved' as const,
          createdAt: new Date(start + (i + k) * 1000),
        })),
      );
    }
    console.log(JSON.stringify({ hot, quiet }));
  } else if (command === 'count') {
    const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(comments).where(like(comments.body, `%${arg}%`));
    console.log(JSON.stringify({ stored: row.n }));
  } else {
    throw new Error('Dùng: prepare <số bình luận> | count <dấu>');
  }
  await closeDatabase();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
