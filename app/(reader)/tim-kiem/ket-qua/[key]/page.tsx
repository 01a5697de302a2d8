import { SearchPage, searchMetadata } from '@/components/search/search-page';
import { decodeSearchKey } from '@/lib/search/key';
import { pageTags, tagThisPage } from '@/lib/cache/invalidation';

// Each search (its words, filters and page) is rendered once, then served from the route cache until
// a story is published, changed or taken down (its tag, lib/cache/change-events.ts) or a minute passes.
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ key: string }[]> => [];

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props) {
  return searchMetadata(decodeSearchKey((await params).key));
}

export default async function SearchResultsPage({ params }: Props) {
  await tagThisPage(pageTags.search);
  return <SearchPage raw={decodeSearchKey((await params).key)} />;
}
