import { Listing, listingMetadata } from '@/components/reader/listings';

export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ tag: string }[]> => [];

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props) {
  return listingMetadata('tag', (await params).tag);
}

export default async function TagPage({ params }: Props) {
  return <Listing kind="tag" slug={(await params).tag} />;
}
