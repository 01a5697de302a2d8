/** Widths of the WebP renditions made at upload; the reader pages build their srcset from these. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;

export function renditionKeys(storageKey: string, width: number) {
  const prefix = storageKey.replace(/\/original\.jpg$/, '');
  return RENDITION_WIDTHS.filter((w) => w < width).map((w) => ({ width: w, key: `${prefix}/${w}.webp` }));
}
