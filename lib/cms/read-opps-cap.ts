import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { parseRow, UniqueRows } from './row-checks';
import { readCsvTable } from './csv-table';

/** The OPPS cap on one PFS imaging service in one locality: Medicare pays the lesser of the PFS amount and this cap. */
export const oppsCapRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN),
  /** '' for the global service, TC for the technical component. */
  modifier: z.enum(['', 'TC', '26']),
  /** "<MAC>-<locality>", as in the GPCI file. */
  locality: z.string().regex(/^\d{5}-\d{2}$/),
  facility: z.number().nonnegative(),
  nonFacility: z.number().nonnegative(),
});

export type OppsCapRow = z.infer<typeof oppsCapRowSchema>;

const EXPECTED = 'the CMS OPPS cap file (OPPSCAP_<month>.csv)';
const FIX = 'use OPPSCAP_<month>.csv from the CMS RVU zip';

export async function readOppsCap(file: string): Promise<OppsCapRow[]> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: {
      code: /^hcpcs$/i,
      modifier: /^mod$/i,
      mac: /^carrier$/i,
      locality: /^locality$/i,
      facility: /^facility price$/i,
      nonFacility: /^non-?facil?i?ty price$/i,
    },
  });
  const rows = new UniqueRows(file, 'one row per code, modifier and locality', FIX);
  return table.rows.map((row) => {
    const candidate = {
      code: table.cell(row, 'code'),
      modifier: table.cell(row, 'modifier'),
      locality: `${table.cell(row, 'mac').padStart(5, '0')}-${table.cell(row, 'locality').padStart(2, '0')}`,
      facility: table.price(row, 'facility'),
      nonFacility: table.price(row, 'nonFacility'),
    };
    const data = parseRow(oppsCapRowSchema, candidate, { file, line: row.line, expected: EXPECTED, fix: FIX });
    rows.add(`${data.code}-${data.modifier}-${data.locality}`, row.line);
    return data;
  });
}
