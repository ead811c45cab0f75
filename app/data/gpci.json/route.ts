import { generatedJsonResponse } from '@/lib/generated-file';

export const dynamic = 'force-static';

/** The locality table for the fee estimate; fetched only when a reader asks for a locality. */
export function GET() {
  return generatedJsonResponse('data/gpci.json', '[]');
}
