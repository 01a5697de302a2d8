import { SearchPage, searchMetadata } from '@/components/search/search-page';

// The empty search form. With parameters, proxy.ts sends the request to ket-qua/[key], which is cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return searchMetadata({});
}

export default async function EmptySearchPage() {
  return <SearchPage raw={{}} />;
}
