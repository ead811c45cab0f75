import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { parseRow } from './row-checks';
import { readCsvTable } from './csv-table';

/** One NDC (a drug package) and the HCPCS code it bills under, from the ASP NDC–HCPCS crosswalk. */
export const ndcRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN),
  /**
   * 11 digits in the 5-4-2 form CMS prints ("00006-3026-02"). A few devices billed as drugs carry another product
   * number here instead (SynoJoynt: a 12-digit UPC), which is kept as CMS prints it.
   */
  ndc: z.string().regex(/^\d{5}-\d{4}-\d{2}$|^\d{10,14}$/),
  labeler: z.string().min(1),
  /** The drug (brand) name as CMS prints it. */
  drugName: z.string().min(1),
  /** The code's billing unit ("1 MG"). */
  dosage: z.string().min(1),
  /** Package size and number of packages, as CMS gives them ("4" ml, "1"). */
  packageSize: z.number().nonnegative(),
  packageQuantity: z.number().nonnegative(),
  /** Billing units of the code in one package. */
  billingUnitsPerPackage: z.number().nonnegative(),
});

export type NdcRow = z.infer<typeof ndcRowSchema>;

const EXPECTED = 'the CMS ASP NDC–HCPCS crosswalk (CSV)';
const FIX = 'use the "NDC-HCPCS crosswalk" CSV from the CMS quarterly ASP files page';

export async function readNdcCrosswalk(file: string): Promise<NdcRow[]> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: {
      code: /^_?\d{4}_code$|^hcpcs(?: code)?$/i,
      labeler: /^labeler name$/i,
      ndc: /^ndc2?$/i,
      drugName: /^drug name$/i,
      dosage: /^hcpcs dosage$/i,
      packageSize: /^pkg size$/i,
      packageQuantity: /^pkg qty$/i,
      billingUnitsPerPackage: /^billunitspkg$/i,
    },
  });
  return table.rows.map((row) => {
    const candidate = {
      code: table.cell(row, 'code'),
      ndc: table.cell(row, 'ndc'),
      labeler: table.cell(row, 'labeler'),
      drugName: table.cell(row, 'drugName'),
      dosage: table.cell(row, 'dosage'),
      packageSize: table.number(row, 'packageSize'),
      packageQuantity: table.number(row, 'packageQuantity'),
      billingUnitsPerPackage: table.number(row, 'billingUnitsPerPackage'),
    };
    const data = parseRow(ndcRowSchema, candidate, { file, line: row.line, expected: EXPECTED, fix: FIX, withReason: true });
    return data;
  });
}
