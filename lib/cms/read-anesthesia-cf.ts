import { z } from 'zod';
import { CmsFileError } from './cms-file-error';
import { noDataRowsError, readCsvTable } from './csv-table';
import { type CsvRow, parseDecimal } from './read-csv';

export const anesthesiaCfSchema = z.strictObject({
  /** National anesthesia conversion factor, from the file's header ("National Anes CF of 20.3178"). */
  national: z.number().positive(),
  /** "<MAC>-<locality>" → the locality's anesthesia conversion factor. */
  byLocality: z.record(z.string().regex(/^\d{5}-\d{2}$/), z.number().positive()),
});

export type AnesthesiaCf = z.infer<typeof anesthesiaCfSchema>;

const EXPECTED = 'the CMS anesthesia conversion factor file (ANES<year>.csv)';
const FIX = 'use ANES<year>.csv from the CMS RVU zip';

export async function readAnesthesiaCf(file: string): Promise<AnesthesiaCf> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: { mac: /^contractor$/i, locality: /^locality$/i, cf: /national anes cf/i },
  });
  const header = table.header.cells.find((cell) => /national anes cf/i.test(cell)) ?? '';
  const national = /national anes cf of (\S+)/i.exec(header)?.[1];
  if (national === undefined)
    throw new CmsFileError({
      file,
      line: table.header.line,
      problem: 'the header does not give the national conversion factor',
      expected: 'a column named like "National Anes CF of 20.3178"',
      fix: FIX,
    });
  const aboveZero = (text: string, column: string, line: number) => {
    const value = parseDecimal(text, column, file, line);
    if (value > 0) return value;
    throw new CmsFileError({
      file,
      line,
      problem: `${column} is "${text}"`,
      expected: 'a conversion factor above 0, such as 20.3178',
      fix: FIX,
    });
  };
  const digits = (row: CsvRow, key: 'mac' | 'locality', width: number) => {
    const value = table.cell(row, key);
    if (value.length <= width && /^\d+$/.test(value)) return value.padStart(width, '0');
    throw new CmsFileError({
      file,
      line: row.line,
      problem: `${table.label(key)} is "${value}"`,
      expected: `a number of up to ${width} digits`,
      fix: FIX,
    });
  };
  const nationalCf = aboveZero(national, `the national conversion factor in "${header}"`, table.header.line);
  const byLocality: Record<string, number> = {};
  for (const row of table.rows) {
    if (table.cell(row, 'mac') === '') continue;
    const key = `${digits(row, 'mac', 5)}-${digits(row, 'locality', 2)}`;
    if (Object.hasOwn(byLocality, key))
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `locality ${key} appears twice`,
        expected: 'one row per locality',
        fix: FIX,
      });
    byLocality[key] = aboveZero(table.cell(row, 'cf'), table.label('cf'), row.line);
  }
  if (Object.keys(byLocality).length === 0) throw noDataRowsError(file, table.header, 'one row per locality');
  return anesthesiaCfSchema.parse({ national: nationalCf, byLocality });
}
