import { renditionKeys } from '@/lib/media/renditions';

/** Our renditions as a srcset: width/height set so that nothing shifts while the image loads. */
export function ResponsiveImage({
  storageKey,
  alt,
  width,
  height,
  sizes,
  priority = false,
}: {
  storageKey: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  priority?: boolean;
}) {
  const srcSet = [...renditionKeys(storageKey, width).map((r) => `/media/${r.key} ${r.width}w`), `/media/${storageKey} ${width}w`].join(', ');
  return (
    // eslint-disable-next-line @next/next/no-img-element -- renditions are made at upload; next/image would redo them
    <img
      src={`/media/${storageKey}`}
      srcSet={srcSet}
      sizes={sizes}
      alt={alt}
      width={width}
      height={height}
      // The page's main picture is likely its largest paint: fetched first, never deferred.
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
      className="h-auto w-full bg-panel"
    />
  );
}
