import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pfsYearMismatches, pfsYearOf } from '@/lib/cms/pfs-companions';
import { CMS_SOURCES, cmsFileNames } from '@/lib/cms/sources';
import { EnvironmentError, parseEnv } from '@/lib/env';
import { readCmsInputs } from '@/lib/pipeline/read-cms-inputs';
import { cmsError, tempFolder } from './helpers';

const folder = tempFolder();
/** A folder holding empty files with these names (choosing files reads only their names). */
function download(name: string, files: string[]): string {
  const dir = join(folder, name);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), 'x');
  return dir;
}
const names = (variables: Record<string, string>) => cmsFileNames(parseEnv(variables));
const messageOf = (variables: Record<string, string>) => cmsError(() => names(variables)).message;
const EXPECTED =
  'expected the GPCI, locality–county, anesthesia and OPPS cap files of the same year as the RVU file (CMS ships them in one zip)';
const ALLOW = 'or put them beside the RVU file, or set PFS_ALLOW_MIXED_YEARS=1 to build with these files anyway';

describe('pfsYearOf: the year in a PFS file name', () => {
  it.each([
    ['RVU25A/PPRRVU25_JAN.csv', 2025],
    ['pprrvu_2025_jan.csv.gz', 2025],
    ['PPRRVU2026_Jan_nonQPP.csv', 2026],
    ['GPCI2026.csv', 2026],
    ['gpci_2025.csv', 2025],
    ['26LOCCO.csv', 2026],
    ['ANES2026.csv', 2026],
    ['oppscap_2025_jan.csv.gz', 2025],
    ['OPPSCAP_JAN.csv', null],
    ['rvu.csv', null],
  ])('%s → %s', (file, year) => expect(pfsYearOf(file)).toBe(year));
});

describe('the GPCI, locality, anesthesia and OPPS cap files are of the RVU file’s year', () => {
  it('the committed files agree (2025)', () => {
    expect(names({})).toMatchObject({ rvuFile: CMS_SOURCES.rvu, gpciFile: CMS_SOURCES.gpci, oppsCapFile: CMS_SOURCES.oppsCap });
  });

  it('a newer RVU file brings the files CMS ships beside it, including one whose name gives no year', () => {
    const dir = download('rvu26a', ['PPRRVU26_JAN.csv', 'GPCI2026.csv', '26LOCCO.csv', 'ANES2026.csv', 'OPPSCAP_JAN.csv', 'RVU26A.pdf']);
    expect(names({ RVU_FILE: join(dir, 'PPRRVU26_JAN.csv') })).toMatchObject({
      rvuFile: join(dir, 'PPRRVU26_JAN.csv'),
      gpciFile: join(dir, 'GPCI2026.csv'),
      localityCountiesFile: join(dir, '26LOCCO.csv'),
      anesthesiaCfFile: join(dir, 'ANES2026.csv'),
      oppsCapFile: join(dir, 'OPPSCAP_JAN.csv'),
    });
  });

  it('a newer RVU file alone fails: the committed files are of 2025, each named with its variable', () => {
    const rvu = join(download('rvu-alone', ['PPRRVU26_JAN.csv']), 'PPRRVU26_JAN.csv');
    expect(messageOf({ RVU_FILE: rvu })).toBe(
      `${rvu}: the RVU file is for 2026, but the GPCI file ${CMS_SOURCES.gpci} is for 2025, the locality–county file ${CMS_SOURCES.localityCounties} is for 2025, the anesthesia conversion factor file ${CMS_SOURCES.anesthesiaCf} is for 2025, the OPPS cap file ${CMS_SOURCES.oppsCap} is for 2025; ${EXPECTED}. Fix: set GPCI_FILE, LOCALITY_COUNTIES_FILE, ANESTHESIA_CF_FILE, OPPS_CAP_FILE to the files of 2026, ${ALLOW}`,
    );
  });

  it('a GPCI file named from another year fails, naming both files and years', () => {
    const dir = download('rvu26-gpci25', ['PPRRVU2026_Jan_nonQPP.csv', '26LOCCO.csv', 'ANES2026.csv', 'OPPSCAP_JAN.csv']);
    const rvu = join(dir, 'PPRRVU2026_Jan_nonQPP.csv');
    expect(messageOf({ RVU_FILE: rvu, GPCI_FILE: CMS_SOURCES.gpci })).toBe(
      `${rvu}: the RVU file is for 2026, but the GPCI file ${CMS_SOURCES.gpci} is for 2025; ${EXPECTED}. Fix: set GPCI_FILE to the files of 2026, ${ALLOW}`,
    );
    const gpci26 = join(download('gpci26', ['GPCI2026.csv']), 'GPCI2026.csv');
    expect(messageOf({ GPCI_FILE: gpci26 })).toBe(
      `${CMS_SOURCES.rvu}: the RVU file is for 2025, but the GPCI file ${gpci26} is for 2026; ${EXPECTED}. Fix: set GPCI_FILE to the files of 2025, ${ALLOW}`,
    );
  });

  it('a file whose name gives no year, away from the RVU file, fails: its year cannot be told', () => {
    const cap = join(download('elsewhere', ['OPPSCAP_JAN.csv']), 'OPPSCAP_JAN.csv');
    expect(messageOf({ OPPS_CAP_FILE: cap })).toBe(
      `${CMS_SOURCES.rvu}: the RVU file is for 2025, but the OPPS cap file ${cap} has no year in its name; ${EXPECTED}. Fix: set OPPS_CAP_FILE to the files of 2025, ${ALLOW}`,
    );
  });

  it('PFS_ALLOW_MIXED_YEARS=1 builds anyway, and the mismatch stays visible', () => {
    const gpci26 = join(download('gpci26-allowed', ['GPCI2026.csv']), 'GPCI2026.csv');
    const files = names({ GPCI_FILE: gpci26, PFS_ALLOW_MIXED_YEARS: '1' });
    expect(files.gpciFile).toBe(gpci26);
    expect(pfsYearMismatches(files).map(({ file, year, rvuYear }) => ({ file, year, rvuYear }))).toEqual([
      { file: gpci26, year: 2026, rvuYear: 2025 },
    ]);
    expect(() => parseEnv({ PFS_ALLOW_MIXED_YEARS: 'perhaps' })).toThrow(EnvironmentError);
  });

  it('when allowed, each file is labelled with its own year on the /data/ page', async () => {
    const rvu26 = join(download('labels', []), 'PPRRVU26_JAN.csv.gz');
    copyFileSync(CMS_SOURCES.rvu, rvu26);
    const inputs = await readCmsInputs({ rvuFile: rvu26, gpciFile: CMS_SOURCES.gpci, today: '2026-01-15' });
    expect(inputs.files.map((f) => f.label)).toEqual([
      'CY2026 Physician Fee Schedule national RVUs',
      'CY2025 Physician Fee Schedule GPCIs',
    ]);
  });
});
