/**
 * The data step's output contract: every file it writes into .generated/, with the zod schema it is validated against
 * when written. The data step writes through `GENERATED_FILES`; pages, post-export, the search CLI and the benchmarks
 * read through `readGenerated`. Files under `public/` are copied into out/ as they are, by scripts/post-export.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { codeIndexSchema, codeTwinSchema } from './api-schema';
import { env } from './env';
import { ProblemError } from './errors';
import {
  browseSchema,
  codePageSchema,
  loadedFileSchema,
  codeSummarySchema,
  guidePageSchema,
  localitySchema,
  siteMetaSchema,
} from './page-schema';
import { CODE_PATHS_HREF } from './links/code-paths';
import { NDC_INDEX_URL, SEARCH_INDEX_URL } from './search/constants';
import { CODE_API_DIR, CODE_INDEX_HREF, LOCALITIES_HREF } from './urls';
import { assertSearchPayload, type SearchPayload } from './search/payload-format';

/** The data step's output folder; pages read only from here, never from content/ or the CMS files. */
export const GENERATED_DIR = join(process.cwd(), env.GENERATED_DIR ?? '.generated');
/** The exported site: `next build` writes it, scripts/post-export.ts finishes it. */
export const EXPORT_DIR = env.EXPORT_DIR ?? 'out';
/** The part of .generated/ that is published as it is: its paths are site paths. */
export const PUBLIC_DIR = 'public';

const jsonSchema = z.record(z.string(), z.unknown());

export const GENERATED_FILES = {
  meta: { path: 'meta.json', schema: siteMetaSchema },
  codeList: { path: 'code-list.json', schema: z.array(codeSummarySchema) },
  /** One file rather than one per code: each build worker parses it once. Keyed by code. */
  codePages: { path: 'code-pages.json', schema: z.record(z.string(), codePageSchema) },
  guides: { path: 'guides.json', schema: z.array(guidePageSchema) },
  browse: { path: 'browse.json', schema: browseSchema },
  /** The CMS files behind the build, for the /data/ page. */
  dataFiles: { path: 'data-files.json', schema: z.array(loadedFileSchema) },
  /** The locality table for fee estimates, fetched by the browser only when a reader asks for a locality. */
  localities: { path: `${PUBLIC_DIR}${LOCALITIES_HREF}`, schema: z.array(localitySchema) },
  /** Every code → its canonical page path; the 404 page looks codes up here. */
  codePaths: { path: `${PUBLIC_DIR}${CODE_PATHS_HREF}`, schema: z.record(z.string(), z.string()) },
  searchIndex: { path: `${PUBLIC_DIR}${SEARCH_INDEX_URL}`, schema: z.custom<SearchPayload>((value) => (assertSearchPayload(value), true)) },
  /** NDC → the code it bills under, for search (lib/search/ndc.ts). */
  ndcIndex: {
    path: `${PUBLIC_DIR}${NDC_INDEX_URL}`,
    schema: z.strictObject({ drugs: z.array(z.string()), rows: z.array(z.tuple([z.string(), z.string(), z.number().int(), z.number()])) }),
  },
  codeIndex: { path: `${PUBLIC_DIR}${CODE_INDEX_HREF}`, schema: codeIndexSchema },
  /** Published JSON Schemas of the twin and index formats, indented for people to read. */
  codeTwinJsonSchema: { path: `${PUBLIC_DIR}${CODE_API_DIR}/code.schema.json`, schema: jsonSchema, indent: 2 },
  codeIndexJsonSchema: { path: `${PUBLIC_DIR}${CODE_API_DIR}/index.schema.json`, schema: jsonSchema, indent: 2 },
} as const;

/** One JSON twin per code page, at public/api/codes/<CODE>.json (lib/urls.ts codeApiHref). */
export const CODE_TWINS = { dir: `${PUBLIC_DIR}${CODE_API_DIR}`, schema: codeTwinSchema } as const;

export type GeneratedKey = keyof typeof GENERATED_FILES;
export type Generated = { [K in GeneratedKey]: z.infer<(typeof GENERATED_FILES)[K]['schema']> };

/** A file the data step should have written is missing or unreadable. */
export class GeneratedFileError extends ProblemError {
  constructor(file: string, reason: string) {
    const problem = { file, message: `cannot be read (${reason})`, fix: 'run "npm run data" (or "npm run build") first' };
    super([problem], `${file}: ${problem.message}. Fix: ${problem.fix}`);
  }
}

const cache = new Map<string, unknown>();

/** One file of the last data step's output, parsed once per process. It was validated when it was written. */
export function readGenerated<K extends GeneratedKey>(key: K, dir: string = GENERATED_DIR): Generated[K] {
  const path = join(dir, GENERATED_FILES[key].path);
  if (!cache.has(path)) {
    try {
      cache.set(path, JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new GeneratedFileError(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }
  return cache.get(path) as Generated[K];
}
