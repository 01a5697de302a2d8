/**
 * What an uploaded file really is, read from its bytes: the name and the type the browser claims
 * are never asked. Pure (no sharp, no I/O) so that it is tested byte by byte.
 */

export const imageTypes = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
export type ImageType = (typeof imageTypes)[number];

export const imageMimes: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export type Refusal = 'empty' | 'svg' | 'markup' | 'unknown';

export type Sniffed = { ok: true; type: ImageType; mime: string } | { ok: false; refusal: Refusal };

export const refusalMessages: Record<Refusal, string> = {
  empty: 'Tệp trống, không có dữ liệu ảnh.',
  svg: 'Không nhận ảnh SVG (có thể chứa mã chạy trên trình duyệt). Vui lòng gửi ảnh JPEG, PNG, WebP, AVIF hoặc GIF.',
  markup: 'Tệp có chứa mã HTML/script lẫn trong ảnh nên bị từ chối. Vui lòng xuất lại ảnh từ phần mềm chỉnh ảnh rồi tải lên.',
  unknown: 'Tệp không phải ảnh JPEG, PNG, WebP, AVIF hoặc GIF.',
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

function magicType(b: Uint8Array): ImageType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 16 && ascii(b, 4, 8) === 'ftyp') {
    // ISO-BMFF: the `ftyp` box names a major brand and a list of compatible ones; AVIF is `avif`
    // (still) or `avis` (sequence). HEIC and MP4 carry other brands and are not accepted.
    const boxSize = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0);
    const end = Math.min(boxSize, b.length, 256);
    const brands = [ascii(b, 8, 12)];
    for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(b, i, i + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return null;
}

/**
 * Markup that a browser would run if the file were ever served or opened as HTML/SVG: a complete
 * opening tag of a dangerous element written in printable ASCII (`<script>`, `<svg onload=…>`,
 * `<img src=x onerror=…>`, `<!DOCTYPE html>`…) or a PHP opening tag.
 *
 * The whole file is scanned, because polyglots hide their payload anywhere: in a JPEG comment or
 * EXIF field, in a PNG text chunk, right after a GIF header, after the end-of-image marker. Real
 * photos do not carry these (camera XMP uses `<x:xmpmeta>`, `<rdf:…>`, `<?xpacket`, none listed).
 * Compressed image data is close to random bytes, so a false alarm needs a tag name, a delimiter
 * and then only printable ASCII up to a `>`: about 3×10⁻¹³ per byte for the shortest names
 * (`svg`, `img`), i.e. a few in a million for a 10 MB photo (see sniff.test.ts, which also scans
 * 64 MB of random bytes).
 *
 * The stored file is re-encoded by sharp from decoded pixels anyway, so no payload survives an
 * upload; refusing is defence in depth and tells the uploader something is wrong with the file.
 */
const MARKUP =
  /<(?:script|html|head|body|iframe|frame|object|embed|svg|math|img|style|meta|link|form|base|!doctype)(?:>|[\t\n\f\r /][\t\n\r\x20-\x7e]{0,200}?>)|<\?php[\t\n\r ]/i;

export function containsMarkup(bytes: Uint8Array): boolean {
  // latin1 maps each byte to one char, so the regex sees the bytes as they are. Chunked (with an
  // overlap longer than any match) to keep the string small for a large upload.
  const CHUNK = 1 << 20;
  const OVERLAP = 256;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let start = 0; start < buffer.length; start += CHUNK) {
    const text = buffer.toString('latin1', Math.max(0, start - OVERLAP), Math.min(buffer.length, start + CHUNK));
    if (MARKUP.test(text)) return true;
  }
  return false;
}

/** Text that starts like XML or HTML (after an optional BOM and white space). */
function looksLikeText(b: Uint8Array): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < b.length && i < 1024 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x3c; // '<'
}

/** Accepts JPEG, PNG, WebP, AVIF and GIF by their magic bytes, with no markup anywhere inside. */
export function sniffImage(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, refusal: 'empty' };
  const type = magicType(bytes);
  if (!type) {
    if (looksLikeText(bytes)) {
      const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
      return { ok: false, refusal: /<svg[\s>]/i.test(head) ? 'svg' : 'markup' };
    }
    return { ok: false, refusal: 'unknown' };
  }
  if (containsMarkup(bytes)) return { ok: false, refusal: 'markup' };
  return { ok: true, type, mime: imageMimes[type] };
}
