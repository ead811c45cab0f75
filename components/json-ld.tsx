import { serializeJsonLd } from '@/lib/links/json-ld';

/** Structured data for search engines; the content is escaped JSON, never markup. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
