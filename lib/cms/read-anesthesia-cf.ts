import { z } from 'zod';
import { CmsFileError } from './cms-file-error';
import { noDataRowsError, readCsvTable } from './csv-table';

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
  const national = /national anes cf of ([\d.]+)/i.exec(table.header.cells.find((cell) => /national anes cf/i.test(cell)) ?? '');
  if (!national)
    throw new CmsFileError({
      file,
      line: table.header.line,
      problem: 'the header does not give the national conversion factor',
      expected: 'a column named like "National Anes CF of 20.3178"',
      fix: FIX,
    });
  const byLocality: Record<string, number> = {};
  for (const row of table.rows) {
    const mac = table.cell(row, 'mac');
    if (mac === '') continue;
    const key = `${mac.padStart(5, '0')}-${table.cell(row, 'locality').padStart(2, '0')}`;
    if (Object.hasOwn(byLocality, key))
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `locality ${key} appears twice`,
        expected: 'one row per locality',
        fix: FIX,
      });
    byLocality[key] = table.number(row, 'cf')!;
  }
  if (Object.keys(byLocality).length === 0) throw noDataRowsError(file, table.header, 'one row per locality');
  return anesthesiaCfSchema.parse({ national: Number(national[1]), byLocality });
}
