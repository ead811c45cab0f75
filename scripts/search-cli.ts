/**
 * Searches the index from the last build, exactly as the site does.
 *   npm run search -- "portable oxygen"          readable list
 *   npm run search -- --json "S9986-GA"          JSON array of {code, title, kind, active, href, score}
 *   npm run search -- --limit 5 "walker"
 */
import { GENERATED_DIR, GeneratedFileError, readGenerated } from '@/lib/data-contract';
import { reportError } from '@/lib/errors';
import { createSearcher, DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/search/searcher';

const USAGE = 'usage: npm run search -- [--json] [--limit N] [--dir <data-step output folder, default .generated>] "<query>"';

function main(argv: string[]): number {
  let json = false;
  let limit = DEFAULT_LIMIT;
  let dir = GENERATED_DIR;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--dir') dir = argv[++i] ?? dir;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else words.push(arg);
  }
  const query = words.join(' ');
  if (!query.trim()) {
    console.error(USAGE);
    return 2;
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    console.error(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
    return 2;
  }
  let payload;
  try {
    payload = readGenerated('searchIndex', dir);
  } catch (error) {
    console.error(reportError(error));
    return 1;
  }
  const searcher = createSearcher(payload);
  try {
    searcher.attachNdc(readGenerated('ndcIndex', dir));
  } catch (error) {
    if (!(error instanceof GeneratedFileError)) throw error; // an index built without NDCs: codes and words still work
  }
  const results = searcher.search(query, limit);
  if (json) {
    const rows = results.map(({ code, title, kind, active, href, score }) => ({
      code,
      title,
      kind,
      active,
      href,
      score: Math.round(score * 1000) / 1000,
    }));
    console.log(JSON.stringify(rows, null, 2));
  } else if (results.length === 0) {
    console.log(`No results for "${query}".`);
  } else {
    for (const [i, r] of results.entries()) {
      console.log(
        `${String(i + 1).padStart(2)}. ${r.code.padEnd(8)} ${r.active ? '        ' : '[ended] '}${r.title}  (${r.kind}, ${r.score.toFixed(3)}) ${r.href}`,
      );
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
