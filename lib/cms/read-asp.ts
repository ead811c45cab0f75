import { basename } from 'node:path';
import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { calendarDate } from './calendar-date';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';
import { readCsvTable } from './csv-table';
import { parseCsvRows } from './read-csv';
import { readTextFile } from './release-files';

export const aspRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN),
  /** The billing unit, "HCPCS Code Dosage" as CMS prints it: "1 MG", "150 IU", "1 microCurie". */
  dosage: z.string().min(1),
  /** Payment limit per billing unit; null where the file says N/A. */
  limit: z.number().nonnegative().nullable(),
  /** Coinsurance percentage (20 unless inflation-adjusted or waived). */
  coinsurance: z.number().min(0).max(100).nullable(),
  /** CMS's note on the row, verbatim; null when blank. */
  note: z.string().nullable(),
});

export const aspQuarterSchema = z.strictObject({
  /** "2026 Q1". */
  quarter: z.string().regex(/^\d{4} Q[1-4]$/),
  /** ISO dates of the period the limits apply to. */
  from: z.iso.date(),
  to: z.iso.date(),
  rows: z.array(aspRowSchema),
});

export type AspRow = z.infer<typeof aspRowSchema>;
export type AspQuarter = z.infer<typeof aspQuarterSchema>;

const EXPECTED = 'the CMS ASP pricing file (Payment Allowance Limits for Medicare Part B Drugs, CSV)';
const FIX = 'use the "ASP pricing file" CSV from the CMS quarterly ASP files page';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PERIOD = /Effective (\w+) (\d{1,2}), (\d{4}) through (\w+) (\d{1,2}), (\d{4})/i;

function isoDate(month: string, day: string, year: string): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  return m < 0 ? null : calendarDate(Number(year), m + 1, Number(day));
}

/** Reads one quarter's ASP payment limits; the quarter comes from the "Effective … through …" line above the header. */
export async function readAspFile(file: string): Promise<AspQuarter> {
  const text = await readTextFile(file, EXPECTED);
  const banner = parseCsvRows(text, file, EXPECTED).find((row) => PERIOD.test(row.cells[0] ?? ''));
  const match = banner ? PERIOD.exec(banner.cells[0] ?? '') : null;
  if (!banner || !match) {
    throw new CmsFileError({
      file,
      problem: `no "Effective <date> through <date>" line names the quarter of ${basename(file)}`,
      expected: EXPECTED,
      fix: FIX,
    });
  }
  const day = (at: number) => `${match[at]} ${match[at + 1]}, ${match[at + 2]}`;
  const from = isoDate(match[1]!, match[2]!, match[3]!);
  const to = isoDate(match[4]!, match[5]!, match[6]!);
  const wrong = !from
    ? `"${day(1)}" is not a date`
    : !to
      ? `"${day(4)}" is not a date`
      : from > to
        ? 'the period ends before it starts'
        : null;
  if (wrong || !from || !to) {
    throw new CmsFileError({
      file,
      line: banner.line,
      problem: `${wrong ?? 'the period is not valid'} in "${match[0]}"`,
      expected: 'a quarter such as "Effective January 1, 2026 through March 31, 2026"',
      fix: FIX,
    });
  }
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: {
      code: /^hcpcs code$/i,
      dosage: /^hcpcs code dosage$/i,
      limit: /^payment limit$/i,
      coinsurance: /^co-?insurance percentage$/i,
      note: /^notes$/i,
    },
  });
  const rows = table.rows.map((row) => {
    const coinsurance = table.number(row, 'coinsurance', null);
    if (coinsurance !== null && coinsurance > 100) {
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${table.label('coinsurance')} is "${table.cell(row, 'coinsurance')}"`,
        expected: 'a percentage from 0 to 100, such as 20.000',
        fix: FIX_REDOWNLOAD,
      });
    }
    const candidate = {
      code: table.cell(row, 'code'),
      dosage: table.cell(row, 'dosage'),
      // "N/A": CMS sets no limit; a blank limit is an error (table.price)
      limit: /^n\/?a$/i.test(table.cell(row, 'limit')) ? null : table.price(row, 'limit'),
      coinsurance,
      note: table.cell(row, 'note').replace(/\s+/g, ' ') || null,
    };
    const result = aspRowSchema.safeParse(candidate);
    if (!result.success) {
      const key = String(result.error.issues[0]?.path[0] ?? '') as keyof typeof candidate;
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${key === 'code' || key === 'dosage' ? table.label(key) : key} is ${JSON.stringify(candidate[key] ?? '')}`,
        expected: `${EXPECTED}: ${result.error.issues[0]?.message ?? 'a valid row'}`,
        fix: FIX,
      });
    }
    return result.data;
  });
  const month = Number(from.slice(5, 7));
  return aspQuarterSchema.parse({ quarter: `${from.slice(0, 4)} Q${Math.ceil(month / 3)}`, from, to, rows });
}
