import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readGpciFile, type GpciRow } from '../cms/read-gpci';
import { readHcpcsRelease } from '../cms/read-release';
import { pfsYearLabel, readRvuFile } from '../cms/read-rvu';
import type { CatalogueInputs } from './code-pages';

export type CmsFiles = { hcpcsFile?: string; rvuFile?: string; gpciFile?: string; today: string };

/** A GPCI file named explicitly, else one beside the RVU file (CMS ships them in the same zip). */
function findGpciFile(files: CmsFiles): string | undefined {
  if (files.gpciFile || !files.rvuFile) return files.gpciFile;
  const folder = dirname(files.rvuFile);
  const match = readdirSync(folder).find((name) => /^gpci.*\.csv$/i.test(name));
  return match ? join(folder, match) : undefined;
}

/** Reads whichever CMS release files were named; any bad file throws a CmsFileError naming it. */
export async function readCmsInputs(files: CmsFiles): Promise<CatalogueInputs & { gpci: GpciRow[] | null }> {
  const gpciFile = findGpciFile(files);
  const [hcpcs, rvuRows, gpci] = await Promise.all([
    files.hcpcsFile ? readHcpcsRelease(files.hcpcsFile, { progress: true }) : null,
    files.rvuFile ? readRvuFile(files.rvuFile) : null,
    gpciFile ? readGpciFile(gpciFile) : null,
  ]);
  return {
    hcpcs,
    rvu: rvuRows && files.rvuFile ? { rows: rvuRows, source: pfsYearLabel(files.rvuFile) } : null,
    gpci,
    today: files.today,
  };
}
