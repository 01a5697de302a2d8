import { Listing, listingMetadata } from '@/components/reader/listings';

export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ section: string; page: string }[]> => [];

type Props = { params: Promise<{ section: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const p = await params;
  return listingMetadata('section', p.section, p.page);
}

export default async function SectionPageN({ params }: Props) {
  const p = await params;
  return <Listing kind="section" slug={p.section} page={p.page} />;
}
