import { type Browser, expect, type Page } from '@playwright/test';
import { signIn, type accounts } from '../helpers';

/** What e2e/topology/setup.ts started, as every worker reads it. */
export type TopologyWorld = {
  /** nginx in front of both instances */
  nginx: string;
  /** instance A, where the newsroom acts */
  a: string;
  /** instance B, where readers look */
  b: string;
  databaseUrl: string;
  redisPid: number;
  redisPort: number;
};

export function world(): TopologyWorld {
  const text = process.env.TOPOLOGY_WORLD;
  if (!text) throw new Error('TOPOLOGY_WORLD is not set: run through playwright.topology.config.ts');
  return JSON.parse(text) as TopologyWorld;
}

/** One person signed in on instance A: every act of theirs is A's. */
export async function staffOnA(browser: Browser, who: keyof typeof accounts): Promise<Page> {
  const context = await browser.newContext({ baseURL: world().a });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** How a reader asks: the HTML page, or the RSC payload a client-side navigation fetches. */
export type Ask = { via: 'B' | 'nginx'; kind: 'HTML' | 'RSC' };
export const everyWayOfAsking: Ask[] = [
  { via: 'B', kind: 'HTML' },
  { via: 'B', kind: 'RSC' },
  { via: 'nginx', kind: 'HTML' },
  { via: 'nginx', kind: 'RSC' },
];

export async function ask(path: string, { via, kind }: Ask) {
  const base = via === 'B' ? world().b : world().nginx;
  // Next answers an RSC request without its `_rsc` cache-busting parameter with a redirect to it.
  const url = new URL(path, base);
  if (kind === 'RSC') url.searchParams.set('_rsc', '');
  const res = await fetch(url, { headers: kind === 'RSC' ? { RSC: '1' } : {}, redirect: 'manual' });
  return { status: res.status, body: await res.text(), cache: res.headers.get('x-cache') };
}

/**
 * Milliseconds from now until `path` answers as `shows` says, on B and through nginx, as HTML and as
 * RSC (each asked every 50 ms, side by side). B must show it within a second. nginx keeps a page
 * until the second it was rendered in ends (at most a second, deploy/toasoan.nginx.conf), and the
 * first request after that is still answered from the old copy while the new one renders
 * (`proxy_cache_use_stale updating`): through nginx the bound is a second plus that render, written
 * as two seconds for a loaded CI machine.
 */
export async function timeUntilShown(
  path: string,
  shows: (answer: { status: number; body: string }, how: Ask) => boolean,
  limits: { B: number; nginx: number } = { B: 1_000, nginx: 2_000 },
): Promise<Record<string, number>> {
  const limitMs = Math.max(limits.B, limits.nginx);
  const start = performance.now();
  const times: Record<string, number> = {};
  await Promise.all(
    everyWayOfAsking.map(async (how) => {
      const label = `${how.via} ${how.kind}`;
      let last: { status: number; body: string } | undefined;
      while (performance.now() - start < limitMs + 2_000) {
        last = await ask(path, how);
        if (shows(last, how)) {
          times[label] = Math.round(performance.now() - start);
          return;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${path} (${label}) still not as expected after ${limitMs + 2_000} ms: ${last?.status} ${last?.body.slice(0, 200)}`);
    }),
  );
  console.log(`  ${path}: ${Object.entries(times).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  for (const [label, ms] of Object.entries(times)) expect(ms, `${path} (${label})`).toBeLessThanOrEqual(label.startsWith('B') ? limits.B : limits.nginx);
  return times;
}
