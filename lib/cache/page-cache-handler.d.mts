// Types for page-cache-handler.mjs (plain JavaScript: Next imports it at run time, outside the bundle).
export type StoreOptions = {
  url?: string;
  prefix?: string;
  localMaxBytes?: number;
  entryTtlSeconds?: number;
  log?: (message: string) => void;
  now?: () => number;
};
export type CacheEntry = { lastModified: number; value: unknown; cacheControl?: unknown };
export type PageStore = {
  get(key: string, ctx: unknown): Promise<CacheEntry | null>;
  set(key: string, value: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  close(): Promise<void>;
  localKeys(): string[];
  redisStatus(): string;
};
export function createPageStore(options?: StoreOptions): PageStore;
export function serialiseEntry(entry: unknown): string;
export function deserialiseEntry(text: string): unknown;
export default class PageCacheHandler {
  get(key: string, ctx: unknown): Promise<CacheEntry | null>;
  set(key: string, value: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
