import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { env } from '../env';

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

/** The ASP pricing files in a folder, in name order (asp_payment_limits_2024_q1.csv … sorts by quarter). */
export function aspFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /payment[_ ]limits.*\.csv(?:\.gz)?$|asp.*pricing.*\.csv(?:\.gz)?$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** The files to build from: an environment override, else the committed file. */
export function cmsFileNames(): CmsFileNames {
  return {
    hcpcsFile: env.HCPCS_FILE ?? CMS_SOURCES.hcpcs,
    rvuFile: env.RVU_FILE ?? CMS_SOURCES.rvu,
    // A newer RVU file without a GPCI file: read-cms-inputs looks for the GPCI file that CMS ships beside it.
    gpciFile: env.GPCI_FILE ?? (env.RVU_FILE ? undefined : CMS_SOURCES.gpci),
    localityCountiesFile: env.LOCALITY_COUNTIES_FILE ?? CMS_SOURCES.localityCounties,
    anesthesiaCfFile: env.ANESTHESIA_CF_FILE ?? CMS_SOURCES.anesthesiaCf,
    oppsCapFile: env.OPPS_CAP_FILE ?? CMS_SOURCES.oppsCap,
    dmeposFile: env.DMEPOS_FILE ?? CMS_SOURCES.dmepos,
    aspFiles: aspFilesIn(env.ASP_DIR ?? CMS_SOURCES.aspDir),
    ndcFile: env.NDC_FILE ?? CMS_SOURCES.ndc,
    oppsFile: env.OPPS_FILE ?? CMS_SOURCES.opps,
    clfsFile: env.CLFS_FILE ?? CMS_SOURCES.clfs,
  };
}
