import { Listing, listingMetadata } from '@/components/reader/listings';

export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ tag: string; page: string }[]> => [];

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listingMetadata('tag', p.tag, p.page);
}

export default async function TagPageN({ params }: Props) {
  const p = await params;
  return <Listing kind="tag" slug={p.tag} page={p.page} />;
}
