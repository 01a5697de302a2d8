import { Listing, listingMetadata } from '@/components/reader/listings';

export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ author: string }[]> => [];

type Props = { params: Promise<{ author: string }> };

export async function generateMetadata({ params }: Props) {
  return listingMetadata('author', (await params).author);
}

export default async function AuthorPage({ params }: Props) {
  return <Listing kind="author" slug={(await params).author} />;
}
