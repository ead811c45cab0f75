import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { parseRow, UniqueRows } from './row-checks';
import { readCsvTable } from './csv-table';

/** One row of OPPS Addendum B: how the hospital outpatient prospective payment system treats a code. */
export const oppsRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN),
  /** Status indicator (A, J1, N, Q3, S, T, …). */
  statusIndicator: z.string().regex(/^[A-Z][0-9]?$/),
  /** Ambulatory payment classification, when the code has one. */
  apc: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  relativeWeight: z.number().nonnegative().nullable(),
  paymentRate: z.number().nonnegative().nullable(),
  nationalCopayment: z.number().nonnegative().nullable(),
  minimumCopayment: z.number().nonnegative().nullable(),
});

export type OppsRow = z.infer<typeof oppsRowSchema>;

const EXPECTED = 'CMS OPPS Addendum B (CSV)';
const FIX = 'use the Addendum B CSV from the CMS hospital outpatient PPS addenda page';

export async function readOpps(file: string): Promise<OppsRow[]> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: {
      code: /^hcpcs code$/i,
      si: /^si$/i,
      apc: /^apc$/i,
      weight: /^relative weight$/i,
      rate: /^payment rate$/i,
      national: /^national unadjusted copayment$/i,
      minimum: /^minimum unadjusted copayment$/i,
    },
  });
  const rows = new UniqueRows(file, 'one row per code', FIX);
  return table.rows.map((row) => {
    const candidate = {
      code: table.cell(row, 'code'),
      statusIndicator: table.cell(row, 'si'),
      apc: table.cell(row, 'apc') || null,
      relativeWeight: table.number(row, 'weight', null),
      paymentRate: table.money(row, 'rate'),
      nationalCopayment: table.money(row, 'national'),
      minimumCopayment: table.money(row, 'minimum'),
    };
    const data = parseRow(oppsRowSchema, candidate, { file, line: row.line, expected: EXPECTED, fix: FIX, withReason: true });
    rows.add(data.code, row.line);
    return data;
  });
}
