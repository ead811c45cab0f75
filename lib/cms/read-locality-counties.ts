import { z } from 'zod';
import { CmsFileError } from './cms-file-error';
import { parseRow } from './row-checks';
import { noDataRowsError, readCsvTable } from './csv-table';

/** Which counties make up one PFS payment locality (25LOCCO). */
export const localityCountiesSchema = z.strictObject({
  /** Five-digit MAC number and two-digit locality, as in the GPCI file. */
  mac: z.string().regex(/^\d{5}$/),
  locality: z.string().regex(/^\d{2}$/),
  /** The state's name as CMS prints it ("CALIFORNIA"). */
  stateName: z.string().min(1),
  /** CMS's name of the fee schedule area. */
  area: z.string().min(1),
  /** The counties, as CMS lists them ("ALL COUNTIES", "SAN BERNARDINO, RIVERSIDE"). */
  counties: z.string().min(1),
});

export type LocalityCounties = z.infer<typeof localityCountiesSchema>;

const EXPECTED = 'the CMS locality–county file (<yy>LOCCO.csv)';
const FIX = 'use <yy>LOCCO.csv from the CMS RVU zip';

/** Reads the locality–county table. CMS names the state once and leaves it blank on the state's further rows. */
export async function readLocalityCounties(file: string): Promise<LocalityCounties[]> {
  const table = await readCsvTable(file, {
    expected: EXPECTED,
    fix: FIX,
    // "Medicare Adminstrative Contractor": CMS's spelling
    columns: {
      mac: /contractor|^mac$/i,
      locality: /^locality number$/i,
      state: /^state$/i,
      area: /^fee schedule area$/i,
      counties: /^counties$/i,
    },
  });
  let state = '';
  const seen = new Map<string, LocalityCounties & { line: number }>();
  const localities = table.rows.flatMap((row) => {
    const mac = table.cell(row, 'mac');
    // footnote rows ("*  Payment locality is serviced by two carriers.") carry no MAC number
    if (!/^\d+$/.test(mac)) return [];
    state = table.cell(row, 'state') || state;
    const candidate = {
      mac: mac.padStart(5, '0'),
      locality: table.cell(row, 'locality').padStart(2, '0'),
      stateName: state,
      area: table.cell(row, 'area').replace(/\*+$/, '').trim(),
      counties: table.cell(row, 'counties').replace(/\s*\/\s*/g, '/'),
    };
    const data = parseRow(localityCountiesSchema, candidate, { file, line: row.line, expected: EXPECTED, fix: FIX });
    // A locality served by two MACs' offices is printed twice (25LOCCO: Missouri's rest of state); the same row twice is one.
    const id = `${data.mac}-${data.locality}`;
    const earlier = seen.get(id);
    if (earlier) {
      if (earlier.area === data.area && earlier.counties === data.counties) return [];
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `locality ${id} appears twice with different counties (also on line ${earlier.line})`,
        expected: 'one row per locality',
        fix: FIX,
      });
    }
    seen.set(id, { ...data, line: row.line });
    return [data];
  });
  if (localities.length === 0) throw noDataRowsError(file, table.header, 'one row per locality');
  return localities;
}
