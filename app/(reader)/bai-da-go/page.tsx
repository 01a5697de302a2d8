import type { Metadata } from 'next';
import { Gone } from '@/components/reader/gone';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Bài viết đã được gỡ', robots: { index: false } };

/** Where the proxy sends (with status 410) a story that was taken down. */
export default function TakenDownPage() {
  return <Gone />;
}
