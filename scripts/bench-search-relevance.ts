// `npm run bench:search-relevance`: the search relevance set (test/search-relevance.ts) loaded into
// a fresh in-memory PGlite, or into the PostgreSQL of TEST_DATABASE_URL; prints precision at 5 for
// each query (relevant stories among the first five; among the first two when only two are relevant) and
// the mean. lib/search/relevance.test.ts asserts the same numbers.
import { closeDatabase, installDatabase } from '@/db/client';
import { openDatabase } from '@/db/open';
import { measureRelevance, relevanceQueries } from '@/test/search-relevance';

async function main() {
  const url = process.env.TEST_DATABASE_URL;
  installDatabase(await openDatabase(url ? { url } : { dataDir: null }));
  try {
    const started = performance.now();
    const { results, mean } = await measureRelevance();
    const width = Math.max(...relevanceQueries.map((q) => q.q.length));
    console.log(`Độ liên quan của tìm kiếm (${url ? 'PostgreSQL' : 'PGlite trong bộ nhớ'}): P@5 theo từng truy vấn`);
    for (const r of results) {
      const order = r.inOrder ? '' : '  (sai thứ tự)';
      console.log(`${r.q.padEnd(width)}  ${r.precision.toFixed(2)}  ${r.found.slice(0, 5).join(', ')}${order}`);
    }
    console.log(`${'trung bình'.padEnd(width)}  ${mean.toFixed(3)}  (${results.length} truy vấn, ${Math.round(performance.now() - started)} ms)`);
  } finally {
    await closeDatabase();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
