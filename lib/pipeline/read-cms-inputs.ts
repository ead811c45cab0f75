import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pfsYearOf } from '../cms/pfs-companions';
import type { Publisher } from '../cms/publishers';
import { readAnesthesiaCf, type AnesthesiaCf } from '../cms/read-anesthesia-cf';
import { readAspFile, type AspQuarter } from '../cms/read-asp';
import { readClfsFile, type ClfsRow } from '../cms/read-clfs';
import { readDmeposFile, type DmeposRow } from '../cms/read-dmepos';
import { readGpciFile, type GpciRow } from '../cms/read-gpci';
import { readLocalityCounties, type LocalityCounties } from '../cms/read-locality-counties';
import { readNdcCrosswalk, type NdcRow } from '../cms/read-ndc-crosswalk';
import { readOpps, type OppsRow } from '../cms/read-opps';
import { readOppsCap, type OppsCapRow } from '../cms/read-opps-cap';
import { readHcpcsRelease, type HcpcsRelease } from '../cms/read-release';
import { pfsYearLabel, readRvuFile, type RvuRow } from '../cms/read-rvu';
import { monthYear, releaseLabel, yearQuarter } from '../cms/release-labels';
import type { CmsFileNames } from '../cms/sources';

/** One CMS file the build read, for the /data/ page. */
export type LoadedFile = { label: string; file: string; rows: number; sha256: string; publisher: Publisher };

type Release<T> = { rows: T; source: string } | null;

/** Everything read from the CMS release files; a part is null when its file was not named. */
export type CmsInputs = {
  /** ISO date that decides whether a terminated code is still active. */
  today: string;
  hcpcs: HcpcsRelease | null;
  rvu: Release<RvuRow[]>;
  gpci: GpciRow[] | null;
  localityCounties: LocalityCounties[] | null;
  anesthesiaCf: Release<AnesthesiaCf>;
  oppsCap: Release<OppsCapRow[]>;
  dmepos: Release<DmeposRow[]>;
  /** Every quarter loaded, oldest first; `source` names the latest. */
  asp: Release<AspQuarter[]>;
  ndc: Release<NdcRow[]>;
  opps: Release<OppsRow[]>;
  clfs: Release<ClfsRow[]>;
  files: LoadedFile[];
};

export type ReadOptions = CmsFileNames & { today: string };

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const optional = <T>(file: string | undefined, read: (file: string) => Promise<T>): Promise<T | null> =>
  file ? read(file) : Promise.resolve(null);

/** Reads whichever CMS release files were named, in parallel; any bad file throws a CmsFileError naming it. */
export async function readCmsInputs(options: ReadOptions): Promise<CmsInputs> {
  const [hcpcs, rvu, gpci, localityCounties, anesthesiaCf, oppsCap, dmepos, asp, ndc, opps, clfs] = await Promise.all([
    optional(options.hcpcsFile, (file) => readHcpcsRelease(file, { progress: true })),
    optional(options.rvuFile, readRvuFile),
    optional(options.gpciFile, readGpciFile),
    optional(options.localityCountiesFile, readLocalityCounties),
    optional(options.anesthesiaCfFile, readAnesthesiaCf),
    optional(options.oppsCapFile, readOppsCap),
    optional(options.dmeposFile, readDmeposFile),
    options.aspFiles?.length ? Promise.all(options.aspFiles.map(readAspFile)) : Promise.resolve(null),
    optional(options.ndcFile, readNdcCrosswalk),
    optional(options.oppsFile, readOpps),
    optional(options.clfsFile, readClfsFile),
  ]);
  const pfs = options.rvuFile ? pfsYearLabel(options.rvuFile) : 'Physician Fee Schedule';
  // A companion file is labelled with its own year: with PFS_ALLOW_MIXED_YEARS it can differ from the RVU file's.
  const pfsOf = (file: string | undefined) => (file !== undefined && pfsYearOf(file) !== null ? pfsYearLabel(file) : pfs);
  const latestAsp = asp?.at(-1);
  const sources = {
    rvu: pfs,
    anesthesiaCf: `${pfsOf(options.anesthesiaCfFile)} anesthesia conversion factors`,
    oppsCap: `${pfsOf(options.oppsCapFile)} OPPS cap on imaging`,
    dmepos: releaseLabel('DMEPOS fee schedule', options.dmeposFile ? monthYear(options.dmeposFile) : null),
    asp: latestAsp ? `ASP payment limits, ${latestAsp.quarter}` : 'ASP payment limits',
    ndc: releaseLabel('ASP NDC–HCPCS crosswalk', options.ndcFile ? yearQuarter(options.ndcFile) : null),
    opps: releaseLabel('OPPS Addendum B', options.oppsFile ? monthYear(options.oppsFile) : null),
    clfs: `Clinical Laboratory Fee Schedule, ${clfs ? (yearQuarter(options.clfsFile ?? '') ?? clfs.year) : ''}`,
  };
  const files: LoadedFile[] = [];
  const loaded = (file: string | undefined, label: string, rows: number | undefined, publisher: Publisher) => {
    if (file && rows !== undefined) files.push({ label, file, rows, sha256: sha256(file), publisher });
  };
  loaded(options.hcpcsFile, hcpcs?.releaseLabel ?? 'HCPCS', hcpcs ? hcpcs.procedures.length + hcpcs.modifiers.length : undefined, 'hcpcs');
  loaded(options.rvuFile, `${pfs} national RVUs`, rvu?.length, 'pfs');
  loaded(options.gpciFile, `${pfsOf(options.gpciFile)} GPCIs`, gpci?.length, 'pfs');
  loaded(options.localityCountiesFile, `${pfsOf(options.localityCountiesFile)} locality counties`, localityCounties?.length, 'pfs');
  loaded(options.anesthesiaCfFile, sources.anesthesiaCf, anesthesiaCf ? Object.keys(anesthesiaCf.byLocality).length : undefined, 'pfs');
  loaded(options.oppsCapFile, sources.oppsCap, oppsCap?.length, 'pfs');
  loaded(options.dmeposFile, sources.dmepos, dmepos?.length, 'dmepos');
  asp?.forEach((quarter, i) => loaded(options.aspFiles?.[i], `ASP payment limits, ${quarter.quarter}`, quarter.rows.length, 'asp'));
  loaded(options.ndcFile, sources.ndc, ndc?.length, 'asp');
  loaded(options.oppsFile, sources.opps, opps?.length, 'opps');
  loaded(options.clfsFile, sources.clfs, clfs?.rows.length, 'clfs');

  const release = <T>(rows: T | null, source: string): Release<T> => (rows === null ? null : { rows, source });
  return {
    today: options.today,
    hcpcs,
    rvu: release(rvu, sources.rvu),
    gpci,
    localityCounties,
    anesthesiaCf: release(anesthesiaCf, sources.anesthesiaCf),
    oppsCap: release(oppsCap, sources.oppsCap),
    dmepos: release(dmepos, sources.dmepos),
    asp: release(asp, sources.asp),
    ndc: release(ndc, sources.ndc),
    opps: release(opps, sources.opps),
    clfs: release(clfs?.rows ?? null, sources.clfs),
    files: files.map((f) => ({ ...f, file: basename(f.file) })),
  };
}
