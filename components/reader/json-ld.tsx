import { serializeJsonLd } from '@/lib/seo/structured-data';

/** Structured data for search engines, e.g. `<JsonLd data={[newsArticle, breadcrumb]} />`. */
export function JsonLd({ data }: { data: object | object[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
