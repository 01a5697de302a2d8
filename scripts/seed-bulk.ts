// `tsx --conditions=react-server scripts/seed-bulk.ts <count> [from]`: adds <count> published stories made
// from the demo corpus (for benchmarks), on top of the demo newsroom. Never for production data.
import { sql } from 'drizzle-orm';
import { closeDatabase, getDbHandle } from '@/db/client';
import { articleCredits, articles, type RichNode, sections, users } from '@/db/schema';
import { seedArticles } from '@/db/seed/articles';
import { seedDemo } from '@/db/seed/demo';
import { parseCreditNames } from '@/lib/articles/credits';
import { renderRichText, richTextToPlain } from '@/lib/articles/rich-text';
import { slugify } from '@/lib/text';

async function main() {
  const count = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(count) || count < 1 || count > 200_000) throw new Error('Số bài phải từ 1 đến 200.000.');
  const { db } = await getDbHandle();
  await seedDemo(db);
  const sectionRows = await db.select().from(sections);
  const [author] = await db.select().from(users).where(sql`${users.role} = 'reporter'`).limit(1);
  const paragraphs = seedArticles.flatMap((a) => a.body.flatMap((b) => ('p' in b ? [b.p] : [])));
  // `from`: the number of bulk stories already there, so that a second call adds new ones.
  const from = Number(process.argv[3] ?? 0);
  if (!Number.isInteger(from) || from < 0) throw new Error('Số bài đã có phải là số nguyên không âm.');
  const now = Date.now();
  const batch = 200;
  for (let start = from; start < from + count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(from + count, start + batch); i++) {
      const source = seedArticles[i % seedArticles.length];
      const title = `${source.title} (kỳ ${i + 1})`;
      const content: RichNode[] = Array.from({ length: 8 }, (_, k) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: paragraphs[(i * 7 + k * 13) % paragraphs.length] }],
      }));
      const body = { type: 'doc' as const, content };
      const publishedAt = new Date(now - (i + 300) * 17 * 60_000);
      rows.push({
        slug: `${slugify(title)}`,
        title,
        lead: source.lead,
        body,
        bodyHtml: renderRichText(body),
        bodyText: richTextToPlain(body),
        credit: source.credit,
        sectionId: sectionRows[i % sectionRows.length].id,
        authorId: author.id,
        status: 'published' as const,
        publishAt: publishedAt,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
    }
    const inserted = await db.insert(articles).values(rows).onConflictDoNothing().returning({ id: articles.id, credit: articles.credit });
    const credits = inserted.flatMap((a) => parseCreditNames(a.credit).map((p) => ({ articleId: a.id, ...p })));
    if (credits.length) await db.insert(articleCredits).values(credits).onConflictDoNothing();
  }
  await closeDatabase();
  console.log(`Đã thêm tối đa ${count} bài.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
