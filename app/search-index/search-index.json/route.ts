import { generatedJsonResponse } from '@/lib/generated-file';

export const dynamic = 'force-static';

/** The search index; the search box fetches it on first focus or keystroke, never on a page that is only read. */
export function GET() {
  return generatedJsonResponse('search-index/search-index.json', 'null');
}
