import { getObject } from '@/lib/media/storage';
import { noInput, publicRoute } from '@/lib/routes';

const types: Record<string, string> = { jpg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', png: 'image/png', gif: 'image/gif' };

/** Serves stored images. Keys are content-addressed by upload, so they may be cached forever. */
export const GET = publicRoute(noInput, async (_input, { params }: { params: { key: string[] } }) => {
  const key = params.key.join('/');
  const type = types[key.split('.').pop() ?? ''];
  let bytes: Buffer | null = null;
  if (type) {
    try {
      bytes = await getObject(key);
    } catch {
      bytes = null;
    }
  }
  if (!bytes) return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': type!,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
});
