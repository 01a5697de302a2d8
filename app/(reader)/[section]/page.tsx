import { Listing, listingMetadata } from '@/components/reader/listings';

// Rendered on first request, then served from the route cache; publishing expires it at once.
// The time bound only refreshes lists that nobody's action touched.
export const revalidate = 120;
export const generateStaticParams = async (): Promise<{ section: string }[]> => [];

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props) {
  return listingMetadata('section', (await params).section);
}

export default async function SectionPage({ params }: Props) {
  return <Listing kind="section" slug={(await params).section} />;
}
