import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

// Next's server puts AsyncLocalStorage on globalThis before it loads anything; its request stores are
// made when next/headers is first loaded, so a test file imports this module before any route.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

const require = createRequire(import.meta.url);

/**
 * Runs `fn` inside Next's own request scope for `req`, as Next's route module does in the server, so
 * that `cookies()` and `headers()` read this request. Only the scope is set up here; the cookie
 * and header readers, and everything behind them, are the real ones.
 */
export function inRequestScope<T>(req: Request, fn: () => Promise<T>): Promise<T> {
  const { workAsyncStorage } = require('next/dist/server/app-render/work-async-storage.external');
  const { workUnitAsyncStorage } = require('next/dist/server/app-render/work-unit-async-storage.external');
  const { createRequestStoreForAPI } = require('next/dist/server/async-storage/request-store');
  const url = new URL(req.url);
  const store = createRequestStoreForAPI({ headers: Object.fromEntries(req.headers) }, { pathname: url.pathname, search: url.search }, { tags: [], expirationsByCacheKind: new Map() }, undefined, undefined, undefined);
  const work = { route: url.pathname, page: url.pathname, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  return workAsyncStorage.run(work, () => workUnitAsyncStorage.run(store, fn));
}
