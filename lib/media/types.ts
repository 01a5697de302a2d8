/**
 * What the media routes answer and the article editor reads. No server-only import: the client
 * editor imports this type.
 */
export type MediaItem = {
  id: number;
  /** `/media/<storageKey>`: the re-encoded original, without EXIF/GPS. */
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  mime: string;
  size: number;
  /** ISO 8601. */
  createdAt: string;
};

/** `GET /api/anh?q=&trang=`: 24 a page, newest first. */
export type MediaPage = { items: MediaItem[]; hasMore: boolean };
