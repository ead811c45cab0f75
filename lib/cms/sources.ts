import { env } from '../env';

/**
 * The CMS release files the data step reads: committed under content/cms/ (each folder's SOURCES.md says where CMS
 * publishes it), each replaceable by the environment variable named in lib/env.ts.
 */
export const CMS_SOURCES = {
  hcpcs: 'content/cms/hcpcs-2026-jan/HCPC2026_JAN_ANWEB_01122026.txt.gz',
  rvu: 'content/cms/pfs-2025/pprrvu_2025_jan.csv.gz',
  gpci: 'content/cms/pfs-2025/gpci_2025.csv',
} as const;

export type CmsFileNames = { hcpcsFile: string; rvuFile: string; gpciFile?: string };

/** The files to build from: an environment override, else the committed file. */
export function cmsFileNames(): CmsFileNames {
  return {
    hcpcsFile: env.HCPCS_FILE ?? CMS_SOURCES.hcpcs,
    rvuFile: env.RVU_FILE ?? CMS_SOURCES.rvu,
    // A newer RVU file without a GPCI file: read-cms-inputs looks for the GPCI file that CMS ships beside it.
    gpciFile: env.GPCI_FILE ?? (env.RVU_FILE ? undefined : CMS_SOURCES.gpci),
  };
}
