import { z } from 'zod';
import { RECORD_CODE_PATTERN } from '../codes/patterns';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';
import { UniqueRows } from './row-checks';
import { readCsvTable } from './csv-table';
import { parseMoney } from './money';
import { columnLabel } from './read-csv';

/** One row of the DMEPOS fee schedule: a code with up to two modifiers, and its fee in every state. */
export const dmeposRowSchema = z.strictObject({
  code: z.string().regex(RECORD_CODE_PATTERN),
  /** Pricing modifiers as CMS lists them (NU, RR, UE, KF, …), blanks dropped. */
  modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/)).max(2),
  /** D (DME MAC), L (local A/B MAC) or J (joint). */
  jurisdiction: z.string().length(1),
  /** Payment category: IN, CR, PO, OX, SU, … */
  category: z.string().min(2).max(3),
  /** National ceiling and floor; null where the file gives 0 (none applies). */
  ceiling: z.number().nonnegative().nullable(),
  floor: z.number().nonnegative().nullable(),
  /** State (two letters) → [non-rural fee, rural fee]; a fee the file gives as 0 is null (no such fee). */
  fees: z.record(z.string().regex(/^[A-Z]{2}$/), z.tuple([z.number().positive().nullable(), z.number().positive().nullable()])),
});

export type DmeposRow = z.infer<typeof dmeposRowSchema>;

const EXPECTED = 'the CMS DMEPOS fee schedule (CSV)';
const FIX = 'use DMEPOS<yy>_<month>.csv from the CMS DMEPOS fee schedule zip';
const STATE_FEE = /^([A-Z]{2}) \((NR|R)\)$/;

/** Reads the DMEPOS fee schedule: HCPCS, Mod, Mod2, JURIS, CATG, Ceiling, Floor, then "<ST> (NR)" and "<ST> (R)" per state. */
export async function readDmeposFile(file: string): Promise<DmeposRow[]> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    columns: {
      code: /^hcpcs$/i,
      mod: /^mod$/i,
      mod2: /^mod2$/i,
      juris: /^juris$/i,
      catg: /^catg$/i,
      ceiling: /^ceiling$/i,
      floor: /^floor$/i,
    },
  });
  const states = table.header.cells.flatMap((cell, at) => {
    const match = STATE_FEE.exec(cell);
    return match ? [{ state: match[1]!, rural: match[2] === 'R', at }] : [];
  });
  if (states.length === 0) {
    throw new CmsFileError({
      file,
      line: table.header.line,
      problem: 'the header has no state fee columns',
      expected: 'columns such as "PA (NR)" and "PA (R)"',
      fix: FIX,
    });
  }
  const rows = new UniqueRows(file, 'one row per code and modifiers', FIX);
  return table.rows.map((row) => {
    const money = (value: string | undefined, column: string) => {
      if (value === undefined)
        throw new CmsFileError({
          file,
          line: row.line,
          problem: `the row has no "${column}"`,
          expected: 'every row as wide as the header',
          fix: FIX_REDOWNLOAD,
        });
      const amount = parseMoney(value, column, file, row.line);
      return amount === 0 ? null : amount;
    };
    const fees: DmeposRow['fees'] = {};
    for (const { state, rural, at } of states) {
      const pair = (fees[state] ??= [null, null]);
      pair[rural ? 1 : 0] = money(row.cells[at], columnLabel(table.header.cells[at]!, at));
    }
    const candidate = {
      code: table.cell(row, 'code'),
      modifiers: [table.cell(row, 'mod'), table.cell(row, 'mod2')].filter(Boolean),
      jurisdiction: table.cell(row, 'juris'),
      category: table.cell(row, 'catg'),
      ceiling: money(table.cell(row, 'ceiling'), table.label('ceiling')),
      floor: money(table.cell(row, 'floor'), table.label('floor')),
      fees,
    };
    const result = dmeposRowSchema.safeParse(candidate);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${issue?.path.join('.') ?? 'the row'} is not valid (${issue?.message ?? 'invalid'})`,
        expected: EXPECTED,
        fix: FIX,
      });
    }
    rows.add([result.data.code, ...result.data.modifiers].join('-'), row.line);
    return result.data;
  });
}
