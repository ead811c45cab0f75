import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pfsYearLabel, readRvuFile, type RvuRow } from '@/lib/cms/read-rvu';
import { cmsErrorAsync, readBytes, RVU_CSV, tempFolder } from './helpers';

const folder = tempFolder();
const realLines = readBytes(RVU_CSV).toString('utf8').split('\n');
const HEADER = realLines[0] ?? '';
const pick = (...keys: string[]) => keys.map((key) => realLines.find((line) => line.startsWith(`${key},`)) ?? '');
const SAMPLE = pick('S9986,', '96999,', '71046,,', '71046,26', '71046,TC', 'G0105,53');
const write = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

/** CMS's original layout: banner lines, then a header stacked over five rows, then data and a Ctrl-Z row. */
function cmsOriginal(
  rows: string[],
  lastHeaderRow = 'HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,RVU,INDICATOR,RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT',
): string {
  const blank = ','.repeat(30);
  return [
    `"2025 NATIONAL PHYSICIAN FEE SCHEDULE RELATIVE VALUE FILE JANUARY RELEASE"${blank}`,
    `"CPT codes and descriptions only are copyright 2024 American Medical Association. All Rights Reserved."${blank}`,
    blank,
    ',,,,,,NON-FAC,,FACILITY,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,NON-FACILITY,FACILITY,MP',
    ',,,,NOT USED,,PE,NON-FAC,PE,FACILITY,,NON-FACILITY,FACILITY,,,,,,,,,,,,,SUPERVISION,,IMAGING,PE USED,PE USED,USED',
    ',,,STATUS,FOR MEDICARE,WORK,,NA,,NA,MP,,,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,OF DIAGNOSTIC,CALCULATION,FAMILY,FOR OPPS,FOR OPPS,FOR OPPS',
    lastHeaderRow,
    ...rows.map((row) => row.replace(/,0\.00(?=,)/, ',  0.00')), // CMS pads some numbers
    '\x1a',
  ].join('\r\n');
}

describe('readRvuFile', () => {
  let rows: RvuRow[];
  beforeAll(async () => {
    rows = await readRvuFile(RVU_CSV);
  });

  it('reads the one-header-row CSV: 18865 rows, unique keys, CY2025 conversion factor', () => {
    expect(rows).toHaveLength(18865);
    expect(new Set(rows.map((r) => `${r.code}|${r.modifier}`)).size).toBe(18865);
    expect(new Set(rows.map((r) => r.modifier))).toEqual(new Set(['', '26', 'TC', '53']));
    expect(rows.every((r) => r.conversionFactor === 32.3465)).toBe(true);
    const zeros = { workRvu: 0, nonFacilityPeRvu: 0, facilityPeRvu: 0, mpRvu: 0, nonFacilityTotal: 0, facilityTotal: 0 };
    expect(rows.find((r) => r.code === 'S9986')).toMatchObject({ status: 'I', ...zeros, pctcIndicator: '9', globalDays: 'XXX' });
    expect(rows.find((r) => r.code === '96999')).toMatchObject({
      status: 'C',
      ...zeros,
      pctcIndicator: '0',
      globalDays: 'XXX',
      physicianSupervision: '09',
    });
  });

  it('reads the CMS original (banner, stacked header, Ctrl-Z) to the same rows', async () => {
    const converted = await readRvuFile(write('pprrvu_sample.csv', [HEADER, ...SAMPLE].join('\n')));
    const original = await readRvuFile(write('PPRRVU25_JAN.csv', cmsOriginal(SAMPLE)));
    expect(converted).toHaveLength(6);
    expect(original).toEqual(converted);
    expect(original.find((r) => r.code === '71046' && r.modifier === '26')).toMatchObject<Partial<RvuRow>>({
      status: 'A',
      pctcIndicator: '1',
    });
  });

  it('reads the NA indicators as booleans', () => {
    expect(rows.filter((r) => r.nonFacilityNaIndicator)).toHaveLength(4065);
    expect(rows.filter((r) => r.facilityNaIndicator)).toHaveLength(2510);
  });
});

describe('readRvuFile rejects bad files with a CmsFileError', () => {
  const message = async (name: string, text: string) => {
    const path = write(name, text);
    return { path, message: (await cmsErrorAsync(readRvuFile(path))).message };
  };
  const FIX = 'Fix: use PPRRVU<yy>_<month>.csv from the CMS RVU zip (or its one-header-row conversion)';

  it('a missing column, named', async () => {
    const drop = (line: string) =>
      line
        .split(',')
        .filter((_, i) => i !== 5)
        .join(',');
    const { path, message: text } = await message('no-work.csv', [HEADER, ...SAMPLE].map(drop).join('\n'));
    expect(text).toBe(
      `${path}:1: the header has no "work_rvu" column; expected the columns hcpcs, modifier, status_code, not_used_for_medicare_payment, work_rvu, non_facility_pe_rvu, non_facility_na_indicator, facility_pe_rvu, facility_na_indicator, mp_rvu, non_facility_total, facility_total, pctc_indicator, global_days, pre_op, intra_op, post_op, mult_proc, bilat_surg, asst_surg, co_surg, team_surg, endo_base, conversion_factor, physician_supervision_diagnostic, diagnostic_imaging_family_indicator. ${FIX}`,
    );
  });

  it('a CMS original whose header is too narrow', async () => {
    const { path, message: text } = await message(
      'PPRRVU25_narrow.csv',
      cmsOriginal(SAMPLE, 'HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,RVU,INDICATOR,RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG'),
    );
    expect(text).toBe(
      `${path}:7: the header has no "asst_surg" column (it has 20 columns); expected 28 or more columns in CMS's documented order. ${FIX}`,
    );
  });

  it('a bad number', async () => {
    const bad = (SAMPLE[0] ?? '').replace('I,,0.00', 'I,,abc');
    const { path, message: text } = await message('bad-number.csv', [HEADER, bad].join('\n'));
    expect(text).toBe(
      `${path}:2: work_rvu in column 6 is "abc"; expected a number such as 0.00. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
  });

  it('a short row', async () => {
    const { path, message: text } = await message('short-row.csv', [HEADER, SAMPLE[0], (SAMPLE[1] ?? '').slice(0, 30)].join('\n'));
    expect(text).toBe(
      `${path}:3: the row has 11 columns and no non_facility_total; expected every row as wide as the header. Fix: re-download the file from CMS; it looks truncated`,
    );
  });

  it('an unknown modifier and a duplicate row', async () => {
    const odd = (SAMPLE[0] ?? '').replace('S9986,,', 'S9986,XX,');
    const bad = await message('bad-modifier.csv', [HEADER, odd].join('\n'));
    expect(bad.message).toBe(`${bad.path}:2: modifier in column 2 is "XX"; expected blank, 26, TC or 53. ${FIX}`);
    const twice = await message('twice.csv', [HEADER, SAMPLE[0], SAMPLE[0]].join('\n'));
    expect(twice.message).toBe(`${twice.path}:3: S9986 appears twice (also on line 2); expected one row per code and modifier. ${FIX}`);
  });

  it('an empty file, and a file with no header', async () => {
    const empty = await message('empty.csv', '');
    expect(empty.message).toBe(
      `${empty.path}: the file is empty; expected the CMS PPRRVU file (CSV). Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
    const headless = await message('headless.csv', SAMPLE.join('\n'));
    expect(headless.message).toBe(
      `${headless.path}: no header row was found; expected a header row starting "hcpcs,modifier" or CMS's header ending in a row starting "HCPCS,MOD". ${FIX}`,
    );
  });
});

describe('pfsYearLabel', () => {
  it('takes the year from the PPRRVU file name', () => {
    expect(pfsYearLabel('/data/rvu/pprrvu_2025_jan.csv')).toBe('CY2025 Physician Fee Schedule');
    expect(pfsYearLabel('RVU25A/PPRRVU25_JAN.csv')).toBe('CY2025 Physician Fee Schedule');
    expect(pfsYearLabel('PPRRVU2026_Jan_nonQPP.csv')).toBe('CY2026 Physician Fee Schedule');
    expect(pfsYearLabel('rvu.csv')).toBe('Physician Fee Schedule');
  });
});
