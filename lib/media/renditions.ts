/** Widths of the WebP renditions made at upload; the reader pages build their srcset from these. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;

const ORIGINAL = /\/original\.(?:jpg|png|webp|avif|gif)$/;

/** Renditions exist beside originals stored as `<prefix>/original.<ext>`, for widths below the original's. */
export function renditionKeys(storageKey: string, width: number) {
  if (!ORIGINAL.test(storageKey)) return [];
  const prefix = storageKey.replace(ORIGINAL, '');
  return RENDITION_WIDTHS.filter((w) => w < width).map((w) => ({ width: w, key: `${prefix}/${w}.webp` }));
}
