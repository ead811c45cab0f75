import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, type Env } from '../env';
import { CmsFileError } from './cms-file-error';
import { checkPfsYears, companionBeside, PFS_COMPANIONS, type PfsCompanion } from './pfs-companions';

/**
 * The CMS release files the data step reads: committed under content/cms/ (each folder's SOURCES.md says where CMS
 * publishes it), each replaceable by the environment variable named in lib/env.ts.
 */
export const CMS_SOURCES = {
  hcpcs: 'content/cms/hcpcs-2026-jan/HCPC2026_JAN_ANWEB_01122026.txt.gz',
  rvu: 'content/cms/pfs-2025/pprrvu_2025_jan.csv.gz',
  gpci: 'content/cms/pfs-2025/gpci_2025.csv',
  localityCounties: 'content/cms/pfs-2025/locality_counties_2025.csv',
  anesthesiaCf: 'content/cms/pfs-2025/anesthesia_cf_2025.csv',
  oppsCap: 'content/cms/pfs-2025/oppscap_2025_jan.csv.gz',
  dmepos: 'content/cms/dmepos-2026-jan/dmepos_2026_jan.csv.gz',
  /** A folder of quarterly ASP pricing files (asp_payment_limits_<year>_q<n>.csv). */
  aspDir: 'content/cms/asp',
  ndc: 'content/cms/asp/asp_ndc_hcpcs_crosswalk_2026_q1.csv.gz',
  opps: 'content/cms/opps-2025-oct/opps_addendum_b_2025_oct.csv.gz',
  clfs: 'content/cms/clfs-2025-q2/clfs_2025_q2.csv',
} as const;

export type CmsFileNames = {
  hcpcsFile?: string;
  rvuFile?: string;
  gpciFile?: string;
  localityCountiesFile?: string;
  anesthesiaCfFile?: string;
  oppsCapFile?: string;
  dmeposFile?: string;
  /** The quarterly ASP pricing files, oldest first. */
  aspFiles?: string[];
  ndcFile?: string;
  oppsFile?: string;
  clfsFile?: string;
};

/** The ASP pricing files in a folder, in name order (asp_payment_limits_2024_q1.csv … sorts by quarter); none is an error. */
export function aspFilesIn(dir: string): string[] {
  const expected = 'a folder of quarterly ASP pricing CSVs named like asp_payment_limits_2026_q1.csv or "… ASP Pricing File ….csv"';
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const problem = code === 'ENOENT' ? 'the folder does not exist' : `the folder cannot be read (${code})`;
    throw new CmsFileError({ file: dir, problem, expected, fix: 'check the ASP_DIR you gave' }, { cause: error });
  }
  const files = names.filter((name) => /payment[_ ]limits.*\.csv(?:\.gz)?$|asp.*pricing.*\.csv(?:\.gz)?$/i.test(name)).sort();
  if (files.length === 0) {
    throw new CmsFileError({
      file: dir,
      problem: `the folder holds no ASP pricing file (it holds: ${names.join(', ') || 'nothing'})`,
      expected,
      fix: 'put the ASP pricing CSVs from the CMS quarterly ASP files page in it, or unset ASP_DIR',
    });
  }
  return files.map((name) => join(dir, name));
}

/**
 * The files to build from: an environment override, else the committed file. A newer RVU_FILE brings the GPCI,
 * locality–county, anesthesia and OPPS cap files found beside it (CMS ships them in one zip); every one of them must be
 * of the RVU file's year unless PFS_ALLOW_MIXED_YEARS is set (lib/cms/pfs-companions.ts).
 */
export function cmsFileNames(source: Env = env): CmsFileNames {
  const rvuFile = source.RVU_FILE ?? CMS_SOURCES.rvu;
  const companion = (spec: PfsCompanion, committed: string) =>
    source[spec.variable] ?? (source.RVU_FILE ? companionBeside(source.RVU_FILE, spec) : undefined) ?? committed;
  const [gpci, localityCounties, anesthesiaCf, oppsCap] = PFS_COMPANIONS;
  const files: CmsFileNames = {
    hcpcsFile: source.HCPCS_FILE ?? CMS_SOURCES.hcpcs,
    rvuFile,
    gpciFile: companion(gpci, CMS_SOURCES.gpci),
    localityCountiesFile: companion(localityCounties, CMS_SOURCES.localityCounties),
    anesthesiaCfFile: companion(anesthesiaCf, CMS_SOURCES.anesthesiaCf),
    oppsCapFile: companion(oppsCap, CMS_SOURCES.oppsCap),
    dmeposFile: source.DMEPOS_FILE ?? CMS_SOURCES.dmepos,
    aspFiles: aspFilesIn(source.ASP_DIR ?? CMS_SOURCES.aspDir),
    ndcFile: source.NDC_FILE ?? CMS_SOURCES.ndc,
    oppsFile: source.OPPS_FILE ?? CMS_SOURCES.opps,
    clfsFile: source.CLFS_FILE ?? CMS_SOURCES.clfs,
  };
  checkPfsYears(files, source.PFS_ALLOW_MIXED_YEARS ?? false);
  return files;
}
