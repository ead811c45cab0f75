import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { CmsFileError } from './cms-file-error';
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
  const seen = new Map<string, number>();
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
    const result = oppsRowSchema.safeParse(candidate);
    if (!result.success) {
      const key = String(result.error.issues[0]?.path[0] ?? '');
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${key || 'the row'} is ${JSON.stringify(candidate[key as keyof typeof candidate] ?? '')}`,
        expected: `${EXPECTED}: ${result.error.issues[0]?.message ?? 'a valid row'}`,
        fix: FIX,
      });
    }
    const earlier = seen.get(result.data.code);
    if (earlier !== undefined)
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${result.data.code} appears twice (also on line ${earlier})`,
        expected: 'one row per code',
        fix: FIX,
      });
    seen.set(result.data.code, row.line);
    return result.data;
  });
}
