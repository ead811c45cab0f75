import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CmsFileError } from './cms-file-error';
import type { CmsFileNames } from './sources';

/** The files CMS ships in each year's RVU zip beside the RVU file: the build takes them from the RVU file's year. */
export const PFS_COMPANIONS = [
  { key: 'gpciFile', what: 'GPCI file', variable: 'GPCI_FILE', name: /^gpci.*\.csv(?:\.gz)?$/i },
  { key: 'localityCountiesFile', what: 'locality–county file', variable: 'LOCALITY_COUNTIES_FILE', name: /locco.*\.csv(?:\.gz)?$/i },
  { key: 'anesthesiaCfFile', what: 'anesthesia conversion factor file', variable: 'ANESTHESIA_CF_FILE', name: /^anes.*\.csv(?:\.gz)?$/i },
  { key: 'oppsCapFile', what: 'OPPS cap file', variable: 'OPPS_CAP_FILE', name: /^oppscap.*\.csv(?:\.gz)?$/i },
] as const;

export type PfsCompanion = (typeof PFS_COMPANIONS)[number];

/**
 * The calendar year a PFS file is for, from its name: a four-digit year (pprrvu_2025_jan.csv, GPCI2025.csv,
 * ANES2025.csv) or CMS's two-digit forms (PPRRVU25_JAN.csv, 25LOCCO.csv); null when the name does not say
 * (CMS's OPPSCAP_JAN.csv).
 */
export function pfsYearOf(file: string): number | null {
  const name = basename(file);
  const year = /(?<!\d)(20\d{2})(?!\d)/.exec(name)?.[1];
  if (year) return Number(year);
  const short = /PPRRVU_?(\d{2})(?!\d)/i.exec(name)?.[1] ?? /(?<!\d)(\d{2})LOCCO/i.exec(name)?.[1];
  return short ? 2000 + Number(short) : null;
}

/** The companion file in the RVU file's folder (the one named for the RVU file's year when there are several). */
export function companionBeside(rvuFile: string, companion: PfsCompanion): string | undefined {
  const folder = dirname(rvuFile);
  const names = (() => {
    try {
      return readdirSync(folder)
        .filter((name) => companion.name.test(name))
        .sort();
    } catch {
      return [];
    }
  })();
  const pick = names.find((name) => pfsYearOf(name) === pfsYearOf(rvuFile)) ?? (names.length === 1 ? names[0] : undefined);
  return pick === undefined ? undefined : join(folder, pick);
}

/** A companion file that is not from the RVU file's year, or whose year cannot be told. */
export type PfsYearMismatch = { companion: PfsCompanion; file: string; year: number | null; rvuFile: string; rvuYear: number | null };

/**
 * Companion files whose year differs from the RVU file's. A file whose name gives no year counts as the RVU file's
 * year when it sits beside it (the same download); elsewhere its year cannot be told, which is a mismatch too.
 */
export function pfsYearMismatches(files: CmsFileNames): PfsYearMismatch[] {
  const rvuFile = files.rvuFile;
  if (rvuFile === undefined) return [];
  const rvuYear = pfsYearOf(rvuFile);
  return PFS_COMPANIONS.flatMap((companion) => {
    const file = files[companion.key];
    if (file === undefined) return [];
    const year = pfsYearOf(file);
    const beside = resolve(dirname(file)) === resolve(dirname(rvuFile));
    const same = year !== null && rvuYear !== null ? year === rvuYear : beside;
    return same ? [] : [{ companion, file, year, rvuFile, rvuYear }];
  });
}

const forYear = (year: number | null) => (year === null ? 'has no year in its name' : `is for ${year}`);

/** "the RVU file is for 2026, but the GPCI file content/cms/pfs-2025/gpci_2025.csv is for 2025, …" */
export function describeMismatches(mismatches: PfsYearMismatch[]): string {
  const files = mismatches.map(({ companion, file, year }) => `the ${companion.what} ${file} ${forYear(year)}`);
  return `the RVU file ${forYear(mismatches[0]?.rvuYear ?? null)}, but ${files.join(', ')}`;
}

/**
 * Fails when a GPCI, locality–county, anesthesia or OPPS cap file is not from the RVU file's year, naming every file
 * and year, unless `allowMixed` (PFS_ALLOW_MIXED_YEARS); then returns the mismatches so that the build can say so.
 */
export function checkPfsYears(files: CmsFileNames, allowMixed: boolean): PfsYearMismatch[] {
  const mismatches = pfsYearMismatches(files);
  const first = mismatches[0];
  if (first === undefined || allowMixed) return mismatches;
  const year = first.rvuYear ?? "the RVU file's year";
  throw new CmsFileError({
    file: first.rvuFile,
    problem: describeMismatches(mismatches),
    expected: 'the GPCI, locality–county, anesthesia and OPPS cap files of the same year as the RVU file (CMS ships them in one zip)',
    fix: `set ${mismatches.map((m) => m.companion.variable).join(', ')} to the files of ${year}, or put them beside the RVU file, or set PFS_ALLOW_MIXED_YEARS=1 to build with these files anyway`,
  });
}
