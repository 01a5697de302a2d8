import { Listing, listingMetadata } from '@/components/reader/listings';

export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ author: string; page: string }[]> => [];

type Props = { params: Promise<{ author: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listingMetadata('author', p.author, p.page);
}

export default async function AuthorPageN({ params }: Props) {
  const p = await params;
  return <Listing kind="author" slug={p.author} page={p.page} />;
}
