import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from '@/lib/data';

export const dynamic = 'force-static';

/** The locality table for the fee estimate; fetched only when a reader asks for a locality. */
export function GET() {
  let body = '[]';
  try {
    body = readFileSync(join(GENERATED_DIR, 'public/data/gpci.json'), 'utf8');
  } catch {
    // Built without a GPCI file: the picker then says the table could not be loaded.
  }
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
