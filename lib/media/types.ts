/** An image of the library as the desk's editor sees it (GET/POST /api/anh). */
export type MediaItem = {
  id: number;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  mime: string;
  size: number;
  createdAt: string;
};
