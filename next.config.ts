import type { NextConfig } from 'next';
import path from 'node:path';
import { staticHeaderRules } from './lib/security-headers';
import { publicCacheHeaderRules } from './lib/cache/cache-control';

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files next to its own module: it must stay a plain Node require.
  // rate-limiter-flexible loads drizzle-orm by a computed import() that only Node itself resolves.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@node-rs/argon2', 'sharp', 'rate-limiter-flexible', 'ioredis'],
  // Parallel builds (e.g. two test runs on one machine) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The page cache lives in memory and is rebuilt from the database after a restart: a cache kept
  // on disk would outlive a data dir swap (tests, restores) and serve stories that no longer exist.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // With REDIS_URL, every instance shares one page cache (lib/cache/page-cache-handler.mjs: an
  // in-process LRU over Redis, tag expiry checked on every read). Read when the server starts.
  cacheHandler: process.env.REDIS_URL ? path.resolve(process.cwd(), 'lib/cache/page-cache-handler.mjs') : undefined,
  // The stylesheet stays a file (10 KB gzip), not inlineCss. Next 16.4 writes an inlined stylesheet
  // three times into every page: once in <style> and twice in the flight data. The copies sit more
  // than gzip's 32 KB window apart, so gzip does not shrink them. The front page's HTML went from
  // 13 to 41 KB gzip, and bench:lighthouse measured the file as faster. Article LCP: 2.65 s inlined
  // against 2.05 s as a file; performance 96 against 99.
  experimental: { isrFlushToDisk: false },
  typedRoutes: false,
  // Security headers on every response (lib/security-headers.ts says why reader pages keep a static CSP).
  async headers() {
    return [
      ...staticHeaderRules({ siteUrl: process.env.SITE_URL ?? 'http://localhost:3000', dev: process.env.NODE_ENV !== 'production' }),
      ...publicCacheHeaderRules(),
    ];
  },
  async rewrites() {
    // See app/(reader)/trang-chu/[ban]/page.tsx: the front page is cached at run time, never built.
    return { beforeFiles: [{ source: '/', destination: '/trang-chu/moi-nhat' }], afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
