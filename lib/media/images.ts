import 'server-only';
import crypto from 'node:crypto';
import sharp from 'sharp';
import type { Database } from '@/db/client';
import { type Media, type MediaRendition, media } from '@/db/schema';
import { normaliseLine } from '@/lib/text';
import { RENDITION_WIDTHS } from './renditions';
import { putObject } from './storage';


/**
 * Stores an image: the original re-encoded without metadata (EXIF and GPS gone), plus WebP
 * renditions at the widths the reader pages ask for.
 */
export async function storeImage(
  db: Database,
  bytes: Buffer,
  meta: { alt: string; caption: string; credit: string; uploadedBy?: number },
): Promise<Media> {
  const image = sharp(bytes, { failOn: 'error' }).rotate();
  const info = await image.metadata();
  if (!info.width || !info.height || !['jpeg', 'png', 'webp', 'avif', 'gif'].includes(info.format ?? '')) {
    throw new Error('Tệp không phải ảnh được hỗ trợ.');
  }
  const id = crypto.randomBytes(8).toString('hex');
  const prefix = `${new Date().toISOString().slice(0, 7)}/${id}`;
  const original = await image.clone().jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  const originalKey = `${prefix}/original.jpg`;
  await putObject(originalKey, original.data);
  const renditions: MediaRendition[] = [];
  for (const width of RENDITION_WIDTHS.filter((w) => w < original.info.width)) {
    const out = await image.clone().resize({ width }).webp({ quality: 78 }).toBuffer({ resolveWithObject: true });
    const key = `${prefix}/${width}.webp`;
    await putObject(key, out.data);
    renditions.push({ key, width: out.info.width, height: out.info.height, format: 'webp' });
  }
  const [row] = await db
    .insert(media)
    .values({
      storageKey: originalKey,
      mime: 'image/jpeg',
      size: original.data.length,
      width: original.info.width,
      height: original.info.height,
      alt: normaliseLine(meta.alt),
      caption: normaliseLine(meta.caption),
      credit: normaliseLine(meta.credit),
      renditions,
      uploadedBy: meta.uploadedBy,
    })
    .returning();
  return row;
}
