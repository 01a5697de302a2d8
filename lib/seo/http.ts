/** Feeds and sitemaps: shared caches may keep them five minutes, which is as fresh as readers need. */
export const MACHINE_CACHE_CONTROL = 'public, max-age=300, s-maxage=300';

export const XML_TYPE = 'application/xml; charset=utf-8';
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';

export function machineResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': MACHINE_CACHE_CONTROL } });
}

export function notFoundResponse(): Response {
  return new Response('Không tìm thấy.', { status: 404, headers: { 'content-type': TEXT_TYPE } });
}
