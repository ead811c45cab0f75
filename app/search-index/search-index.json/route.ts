import { generatedJsonResponse } from '@/lib/generated-file';
import { SEARCH_INDEX_FILE } from '@/lib/search/constants';

export const dynamic = 'force-static';

/** The search index; the search box fetches it on first focus or keystroke, never on a page that is only read. */
export function GET() {
  return generatedJsonResponse(`search-index/${SEARCH_INDEX_FILE}`, 'null');
}
