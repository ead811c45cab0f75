import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from './data';

/**
 * A static JSON file the data step wrote under .generated/public/, as a force-static route handler response.
 * `fallback` is served when this build has no such file (e.g. no GPCI file was named).
 */
export function generatedJsonResponse(relative: string, fallback: string): Response {
  let body = fallback;
  try {
    body = readFileSync(join(GENERATED_DIR, 'public', relative), 'utf8');
  } catch {
    // not produced by this build
  }
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
