import 'server-only';

/**
 * Request bodies, read no further than a limit: a route never holds more than `maxBytes` of what a
 * stranger sends, whether the length is announced (refused before reading) or not (a chunked body is
 * cut the moment it passes the limit, and the rest is never read).
 */
export type BodyResult<T> = { ok: true; value: T } | { ok: false; reason: 'too_large' | 'invalid' };

function announcedTooLarge(req: Request, maxBytes: number): boolean {
  const declared = Number(req.headers.get('content-length'));
  return Number.isFinite(declared) && declared > maxBytes;
}

/**
 * The body as a stream that errors as soon as more than `maxBytes` went through it, cancelling the
 * source so that nothing more is pulled from the socket. `overLimit()` tells a parser's failure
 * caused by the cut from a malformed body.
 */
export function limitStream(source: ReadableStream<Uint8Array>, maxBytes: number) {
  const reader = source.getReader();
  let size = 0;
  let cut = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        size += value.byteLength;
        if (size > maxBytes) {
          cut = true;
          await reader.cancel('too_large').catch(() => {});
          return controller.error(new Error('too_large'));
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, overLimit: () => cut };
}

/** The raw bytes, at most `maxBytes`. */
export async function readBytes(req: Request, maxBytes: number): Promise<BodyResult<Uint8Array>> {
  if (announcedTooLarge(req, maxBytes)) return { ok: false, reason: 'too_large' };
  if (!req.body) return { ok: true, value: new Uint8Array() };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel('too_large').catch(() => {});
      return { ok: false, reason: 'too_large' };
    }
    chunks.push(value);
  }
  return { ok: true, value: Buffer.concat(chunks) };
}

/** A JSON body of at most `maxBytes`: `invalid` when it is empty or not JSON. */
export async function readJsonBody(req: Request, maxBytes: number): Promise<BodyResult<unknown>> {
  const bytes = await readBytes(req, maxBytes);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: JSON.parse(Buffer.from(bytes.value).toString('utf8')) };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

/**
 * A multipart (or urlencoded) form of at most `maxBytes`. The body goes through the counting limiter
 * before the form parser sees it: the parser buffers what it reads, so it must never read past the limit.
 */
export async function readFormBody(req: Request, maxBytes: number): Promise<BodyResult<FormData>> {
  if (announcedTooLarge(req, maxBytes)) return { ok: false, reason: 'too_large' };
  if (!req.body) return { ok: false, reason: 'invalid' };
  const { stream, overLimit } = limitStream(req.body, maxBytes);
  const limited = new Request(req.url, {
    method: 'POST',
    headers: { 'content-type': req.headers.get('content-type') ?? '' },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  try {
    return { ok: true, value: await limited.formData() };
  } catch {
    return { ok: false, reason: overLimit() ? 'too_large' : 'invalid' };
  }
}
