import { contentTypeOf, isStorageKey, MEDIA_CACHE_CONTROL, openObject, type StoredObject } from '@/lib/media/storage';
import { noInput, publicRoute } from '@/lib/routes';

const text = { 'content-type': 'text/plain; charset=utf-8' };

/**
 * Serves stored images from whichever store holds them (local disk or S3), streamed (Next sends a
 * route handler's body chunked and drops any Content-Length). A key that is not one of ours, or
 * holds nothing, is 404; a store that does not answer is 503, never cached.
 */
export const GET = publicRoute(noInput, async (_input, { req, params }: { req: Request; params: { key: string[] } }) => {
  const key = params.key.join('/');
  const type = contentTypeOf(key);
  let found: StoredObject | null = null;
  if (type && isStorageKey(key)) {
    try {
      found = await openObject(key);
    } catch (err) {
      console.error(`Kho ảnh không trả lời khi đọc ${key}:`, err);
      return new Response('Kho ảnh tạm thời không trả lời. Vui lòng thử lại sau ít phút.', { status: 503, headers: { ...text, 'cache-control': 'no-store', 'retry-after': '10' } });
    }
  }
  if (!found) return new Response('Không tìm thấy tệp.', { status: 404, headers: text });
  const headers = { 'content-type': type!, 'cache-control': MEDIA_CACHE_CONTROL, 'x-content-type-options': 'nosniff' };
  // Next answers HEAD through this GET and never reads the body: an unread S3 body keeps its
  // connection, and 50 HEADs would leave the client's pool with none for the readers.
  if (req.method === 'HEAD') {
    await found.body.cancel();
    return new Response(null, { headers });
  }
  return new Response(found.body, { headers });
});
