import { SearchPage, searchMetadata } from '@/components/search/search-page';

// The empty form, and searches too long to cache (the page refuses them with a message). Every other
// search is rewritten by proxy.ts to ket-qua/[key], which is cached.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  return searchMetadata(await searchParams);
}

export default async function SearchFormPage({ searchParams }: Props) {
  return <SearchPage raw={await searchParams} />;
}
