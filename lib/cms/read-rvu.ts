import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { CmsFileError } from './cms-file-error';
import { UniqueRows } from './row-checks';
import { noDataRowsError } from './csv-table';
import { pfsYearOf } from './pfs-companions';
import { type CsvRow, columnLabel, locateColumns, parseCsvRows, parseDecimal } from './read-csv';
import { readTextFile } from './release-files';

/** One row of the PFS national RVU file (PPRRVU). Descriptions are not read: CPT's are AMA copyright. */
export const rvuRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN).describe('a 5-character code'),
  /** '' for the global service, 26 professional component, TC technical component, 53 discontinued. */
  modifier: z.enum(['', '26', 'TC', '53']).describe('blank, 26, TC or 53'),
  /** PFS status code (A, C, I, …). */
  status: z
    .string()
    .regex(/^[A-Z]$/)
    .describe('one capital letter such as A'),
  /** RVUs and their totals are never negative. */
  workRvu: z.number().nonnegative(),
  nonFacilityPeRvu: z.number().nonnegative(),
  /** True when CMS marks "NA": rarely or never done outside a facility. */
  nonFacilityNaIndicator: z.boolean(),
  facilityPeRvu: z.number().nonnegative(),
  facilityNaIndicator: z.boolean(),
  mpRvu: z.number().nonnegative(),
  nonFacilityTotal: z.number().nonnegative(),
  facilityTotal: z.number().nonnegative(),
  pctcIndicator: z.string().regex(/^\d$/).describe('one digit, 0–9'),
  /** 000, 010, 090, MMM, XXX, YYY or ZZZ. */
  globalDays: z
    .string()
    .regex(/^[0-9A-Z]{3}$/)
    .describe('three characters such as 090 or XXX'),
  multipleProcedure: z.string().length(1),
  bilateralSurgery: z.string().length(1),
  assistantSurgery: z.string().length(1),
  coSurgery: z.string().length(1),
  teamSurgery: z.string().length(1),
  conversionFactor: z.number().positive().describe('a conversion factor above 0, such as 32.3465'),
  /** Physician supervision of diagnostic procedures, e.g. "09". */
  physicianSupervision: z.string(),
  /** CMS's "+" in NOT USED FOR MEDICARE PAYMENT: RVUs are shown but Medicare does not pay from them. */
  notUsedForPayment: z.boolean(),
  /** Shares (0–1) of a global surgical package for care before, during and after the operation; 0 where none apply. */
  preOp: z.number().min(0).max(1),
  intraOp: z.number().min(0).max(1),
  postOp: z.number().min(0).max(1),
  /** The endoscopic base code of an endoscopy family; null where none. */
  endoBase: z
    .string()
    .regex(/^[A-Z0-9]{5}$/)
    .nullable(),
  /** Diagnostic imaging family (multiple procedure reduction); "99" where none. */
  imagingFamily: z.string().regex(/^\d{2}$/),
});

export type RvuRow = z.infer<typeof rvuRowSchema>;

type Key = keyof RvuRow;
type Kind = 'text' | 'number' | 'na' | 'plus' | 'optional';

/**
 * The PPRRVU columns in CMS's order (RVU25A documentation, data record), with the one-row header
 * names used in the converted CSV. The CMS original is read by these positions.
 */
const COLUMNS: readonly (readonly [name: string, key?: Key, kind?: Kind])[] = [
  ['hcpcs', 'code'],
  ['modifier', 'modifier'],
  ['description'],
  ['status_code', 'status'],
  ['not_used_for_medicare_payment', 'notUsedForPayment', 'plus'],
  ['work_rvu', 'workRvu', 'number'],
  ['non_facility_pe_rvu', 'nonFacilityPeRvu', 'number'],
  ['non_facility_na_indicator', 'nonFacilityNaIndicator', 'na'],
  ['facility_pe_rvu', 'facilityPeRvu', 'number'],
  ['facility_na_indicator', 'facilityNaIndicator', 'na'],
  ['mp_rvu', 'mpRvu', 'number'],
  ['non_facility_total', 'nonFacilityTotal', 'number'],
  ['facility_total', 'facilityTotal', 'number'],
  ['pctc_indicator', 'pctcIndicator'],
  ['global_days', 'globalDays'],
  ['pre_op', 'preOp', 'number'],
  ['intra_op', 'intraOp', 'number'],
  ['post_op', 'postOp', 'number'],
  ['mult_proc', 'multipleProcedure'],
  ['bilat_surg', 'bilateralSurgery'],
  ['asst_surg', 'assistantSurgery'],
  ['co_surg', 'coSurgery'],
  ['team_surg', 'teamSurgery'],
  ['endo_base', 'endoBase', 'optional'],
  ['conversion_factor', 'conversionFactor', 'number'],
  ['physician_supervision_diagnostic', 'physicianSupervision'],
  ['calculation_flag'],
  ['diagnostic_imaging_family_indicator', 'imagingFamily'],
];
const USED = COLUMNS.flatMap(([name, key, kind], position) => (key ? [{ name, key, kind: kind ?? 'text', position }] : []));
const EXPECTED = 'the CMS PPRRVU file (CSV)';
const FIX = 'use PPRRVU<yy>_<month>.csv from the CMS RVU zip (or its one-header-row conversion)';

/**
 * Reads the Physician Fee Schedule national RVU file. Accepts the CMS original (banner lines and a
 * stacked header whose last row starts "HCPCS,MOD"; columns are read by their documented
 * position) or a conversion with one snake_case header row (columns found by name).
 */
export async function readRvuFile(file: string): Promise<RvuRow[]> {
  const rows = parseCsvRows(await readTextFile(file, EXPECTED), file, EXPECTED);
  const first = rows[0];
  let positions: Partial<Record<Key, number>>;
  let header: CsvRow;
  let data: CsvRow[];
  if (first && first.cells[0]?.toLowerCase() === 'hcpcs' && first.cells[1]?.toLowerCase() === 'modifier') {
    positions = locateColumns(
      first,
      USED.map(({ name, key }) => ({ key, header: name })),
      file,
      FIX,
    );
    header = first;
    data = rows.slice(1);
  } else {
    const headerAt = rows.findIndex((row) => row.cells[0]?.toUpperCase() === 'HCPCS' && row.cells[1]?.toUpperCase() === 'MOD');
    const found = rows[headerAt];
    if (!found) {
      throw new CmsFileError({
        file,
        problem: 'no header row was found',
        expected: 'a header row starting "hcpcs,modifier" or CMS\'s header ending in a row starting "HCPCS,MOD"',
        fix: FIX,
      });
    }
    header = found;
    const missing = USED.find(({ position }) => position >= found.cells.length);
    if (missing) {
      throw new CmsFileError({
        file,
        line: header.line,
        problem: `the header has no "${missing.name}" column (it has ${header.cells.length} columns)`,
        expected: `${COLUMNS.length} or more columns in CMS's documented order`,
        fix: FIX,
      });
    }
    positions = Object.fromEntries(USED.map(({ key, position }) => [key, position]));
    data = rows.slice(headerAt + 1);
  }
  if (data.length === 0) throw noDataRowsError(file, header, 'one row per code and modifier');
  return toRows(data, positions, file);
}

function toRows(data: CsvRow[], positions: Partial<Record<Key, number>>, file: string): RvuRow[] {
  const rows = new UniqueRows(file, 'one row per code and modifier', FIX);
  const label = (key: Key, name: string) => columnLabel(name, positions[key] ?? -1);
  return data.map(({ cells, line }) => {
    const values: Record<string, unknown> = {};
    for (const { name, key, kind } of USED) {
      const cell = cells[positions[key] ?? -1];
      if (cell === undefined) {
        throw new CmsFileError({
          file,
          line,
          problem: `the row has ${cells.length} columns and no ${name}`,
          expected: 'every row as wide as the header',
          fix: 're-download the file from CMS; it looks truncated',
        });
      }
      values[key] =
        kind === 'number'
          ? parseDecimal(cell, label(key, name), file, line)
          : kind === 'na'
            ? cell === 'NA'
            : kind === 'plus'
              ? cell === '+'
              : kind === 'optional'
                ? cell || null
                : cell;
    }
    const result = rvuRowSchema.safeParse(values);
    if (!result.success) {
      const issue = result.error.issues[0];
      const key = String(issue?.path[0] ?? '') as Key;
      const name = USED.find((column) => column.key === key)?.name ?? key;
      const expected = rvuRowSchema.shape[key]?.description ?? `a valid ${name} (${issue?.message ?? 'invalid'})`;
      throw new CmsFileError({ file, line, problem: `${label(key, name)} is ${JSON.stringify(values[key] ?? '')}`, expected, fix: FIX });
    }
    rows.add(`${result.data.code}${result.data.modifier ? `-${result.data.modifier}` : ''}`, line);
    return result.data;
  });
}

/**
 * "CY2025 Physician Fee Schedule" from the file name: PPRRVU25_JAN.csv (two-digit year), pprrvu_2025_jan.csv,
 * PPRRVU2026_Jan_nonQPP.csv or gpci_2025.csv (four digits). Other names give "Physician Fee Schedule". The year is
 * the calendar year the RVUs apply to.
 */
export function pfsYearLabel(file: string): string {
  const year = pfsYearOf(file);
  return year === null ? 'Physician Fee Schedule' : `CY${year} Physician Fee Schedule`;
}
