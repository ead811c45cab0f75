import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { CmsFileError } from './cms-file-error';
import { parseRow } from './row-checks';
import { readCsvTable } from './csv-table';
import { calendarDate } from './calendar-date';

/** One row of the Clinical Laboratory Fee Schedule. */
export const clfsRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN),
  /** QW (CLIA-waived) and the like; null for the test itself. */
  modifier: z
    .string()
    .regex(/^[A-Z0-9]{2}$/)
    .nullable(),
  /** YYYY-MM-DD. */
  effectiveDate: z.iso.date(),
  /** N: national limitation amount; L: priced locally by the contractor. */
  indicator: z.string().length(1),
  /** The national rate; null where the file gives 0 (no national rate). */
  rate: z.number().positive().nullable(),
});

export type ClfsRow = z.infer<typeof clfsRowSchema>;

const EXPECTED = 'the CMS Clinical Laboratory Fee Schedule (CSV)';
const FIX = 'use CLFS<year>Q<n>.csv from the CMS clinical laboratory fee schedule files page';

export async function readClfsFile(file: string): Promise<{ year: string; rows: ClfsRow[] }> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: { year: /^year$/i, code: /^hcpcs$/i, modifier: /^mod$/i, date: /^eff_date$/i, indicator: /^indicator$/i, rate: /^rate$/i },
  });
  const years = new Set<string>();
  const rows = table.rows.map((row) => {
    const parts = /^(\d{4})(\d{2})(\d{2})$/.exec(table.cell(row, 'date'));
    const effectiveDate = parts ? calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
    if (!effectiveDate)
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${table.label('date')} is "${table.cell(row, 'date')}"${parts ? ', not a real date' : ''}`,
        expected: 'a date as YYYYMMDD, such as 20250101',
        fix: FIX,
      });
    const rate = table.price(row, 'rate');
    years.add(table.cell(row, 'year'));
    const candidate = {
      code: table.cell(row, 'code'),
      modifier: table.cell(row, 'modifier') || null,
      effectiveDate,
      indicator: table.cell(row, 'indicator'),
      rate: rate === 0 ? null : rate,
    };
    const data = parseRow(clfsRowSchema, candidate, { file, line: row.line, expected: EXPECTED, fix: FIX, withReason: true });
    return data;
  });
  if (years.size !== 1)
    throw new CmsFileError({
      file,
      problem: `rows name ${years.size} years (${[...years].join(', ')})`,
      expected: 'one fee schedule year per file',
      fix: FIX,
    });
  return { year: [...years][0]!, rows };
}
