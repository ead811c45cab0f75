/**
 * Every environment variable the project reads, declared, documented and validated here (the create-t3-app way).
 * Nothing else reads process.env. A bad value stops the build with the variable named. Server and build code only:
 * client components never import this module.
 */
import { z } from 'zod';
import { listProblems, ProblemError } from './errors';

/** Unset and empty mean the same: the default. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  /** A newer CMS HCPCS Level II file (.zip as downloaded, the fixed-width .txt, or .txt.gz) instead of the committed one. */
  HCPCS_FILE: optional(z.string()),
  /** A newer PFS national RVU file (PPRRVU*.csv, CMS original or one-header conversion; .gz accepted). */
  RVU_FILE: optional(z.string()),
  /** A GPCI file for RVU_FILE; default: a GPCI*.csv beside RVU_FILE when that is set, else the committed one. Same year as RVU_FILE. */
  GPCI_FILE: optional(z.string()),
  /** The PFS locality–county file (<yy>LOCCO.csv) for the place picker; default: beside RVU_FILE, as for GPCI_FILE. */
  LOCALITY_COUNTIES_FILE: optional(z.string()),
  /** The anesthesia conversion factors by locality (ANES<year>.csv); default: beside RVU_FILE, as for GPCI_FILE. */
  ANESTHESIA_CF_FILE: optional(z.string()),
  /** The OPPS cap on PFS imaging payments by locality (OPPSCAP_<month>.csv); default: beside RVU_FILE, as for GPCI_FILE. */
  OPPS_CAP_FILE: optional(z.string()),
  /** Set to 1 to build with GPCI, locality, anesthesia or OPPS cap files of another year than the RVU file (an error otherwise). */
  PFS_ALLOW_MIXED_YEARS: optional(z.stringbool({ error: 'expected 1 (allow) or 0' })),
  /** A newer DMEPOS fee schedule (DMEPOS<yy>_<month>.csv; .gz accepted). */
  DMEPOS_FILE: optional(z.string()),
  /** A folder of quarterly ASP pricing files (the newest quarter last by name); the chart shows every quarter in it. */
  ASP_DIR: optional(z.string()),
  /** A newer ASP NDC–HCPCS crosswalk. */
  NDC_FILE: optional(z.string()),
  /** A newer OPPS Addendum B. */
  OPPS_FILE: optional(z.string()),
  /** A newer Clinical Laboratory Fee Schedule. */
  CLFS_FILE: optional(z.string()),
  /** Where readers report an error: an issue form (https://…/issues/new) or a mailto: address. Unset: the site says it has none. */
  REPORT_ERROR_URL: optional(
    z.url({ protocol: /^(https|mailto)$/, error: 'expected an https:// address (an issue form) or a mailto: address' }),
  ),
  /** Absolute origin for canonical links, the sitemap and previews, e.g. https://codes.example.org. */
  SITE_URL: optional(z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) address such as https://codes.example.org' })),
  /** The date (YYYY-MM-DD) that decides which codes are active; default: the day of the build. Set it to reproduce a build. */
  BUILD_DATE: optional(z.iso.date({ error: 'expected a date as YYYY-MM-DD' })),
  /** Set by CI services: no progress bars, one summary line per step. */
  CI: optional(z.string()),
  /** Port for `npm start`. */
  PORT: optional(z.coerce.number({ error: 'expected a port number' }).int().min(1).max(65535)),
  /** Chromium for the browser tests and Lighthouse (the name chrome-launcher also reads); default /usr/bin/chromium. */
  CHROME_PATH: optional(z.string()),
  /** How many alternating rounds `npm run bench:build` runs. */
  BENCH_ROUNDS: optional(z.coerce.number({ error: 'expected a whole number' }).int().min(1).max(20)),
  /** Set by `npm run build` (scripts/build.ts) for its steps: where the data step writes and pages read; default .generated. */
  GENERATED_DIR: optional(z.string()),
  /** Set by `npm run build` for its steps: where next build exports and post-export finishes the site; default out. */
  EXPORT_DIR: optional(z.string()),
  /** The public search query set; default ../shared/search-eval/queries.json, else the copy in tests/fixtures. */
  SEARCH_EVAL_FILE: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

export class EnvironmentError extends ProblemError {}

/** Validates a set of variables (process.env by default); throws an EnvironmentError naming each bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    file: 'environment',
    field: String(issue.path[0] ?? ''),
    message: `${issue.message}, found "${String(source[String(issue.path[0])] ?? '')}"`,
    fix: 'correct or unset the variable',
  }));
  throw new EnvironmentError(problems, listProblems('Invalid environment variables', problems));
}

export const env: Env = parseEnv(process.env);

/** Absolute origin of the site, no trailing slash. */
export const SITE_URL = (env.SITE_URL ?? 'https://codeatlas.example').replace(/\/$/, '');
/** True in CI: no interactive progress. */
export const IN_CI = env.CI !== undefined && env.CI !== 'false' && env.CI !== '0';
