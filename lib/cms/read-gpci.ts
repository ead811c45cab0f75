import { z } from 'zod';
import { CmsFileError } from './cms-file-error';
import { noDataRowsError } from './csv-table';
import { type CsvRow, columnLabel, parseCsvRows, parseDecimal } from './read-csv';
import { readTextFile } from './release-files';

/** One Medicare payment locality and its geographic practice cost indices. */
export const gpciRowSchema = z.strictObject({
  /** Medicare Administrative Contractor number, five digits ("02102"). */
  mac: z.string().regex(/^\d{5}$/),
  state: z.string().regex(/^[A-Z]{2}$/),
  /** Locality number within the MAC, two digits ("01"). */
  locality: z.string().regex(/^\d{2}$/),
  /** As CMS writes it; a trailing * or ** points to CMS footnotes (e.g. "ALASKA*"). */
  localityName: z.string().min(1),
  /** Work GPCI including the 1.0 floor (1.5 in Alaska): the value Medicare pays with. */
  pwGpci: z.number().positive(),
  peGpci: z.number().positive(),
  mpGpci: z.number().positive(),
});

export type GpciRow = z.infer<typeof gpciRowSchema>;

type Key = keyof GpciRow;
const EXPECTED = 'the CMS GPCI file (CSV)';
const FIX = 'use GPCI<year>.csv from the CMS RVU zip (or its one-header-row conversion)';

/**
 * How each column is recognised: the converted CSV's snake_case name, or a pattern for CMS's
 * header (e.g. "Medicare Administrative Contractor (MAC)", "2025 PW GPCI (with 1.0 Floor)").
 */
const COLUMNS: readonly { key: Key; name: string; cms: RegExp }[] = [
  { key: 'mac', name: 'mac', cms: /administrative contractor|^mac$/i },
  { key: 'state', name: 'state', cms: /^state$/i },
  { key: 'locality', name: 'locality', cms: /^locality (?:number|code)$/i },
  { key: 'localityName', name: 'locality_name', cms: /^locality name$/i },
  // CMS also prints the work GPCI "without 1.0 Floor"; payment uses the one with the floor.
  { key: 'pwGpci', name: 'pw_gpci', cms: /pw gpci(?!.*without)/i },
  { key: 'peGpci', name: 'pe_gpci', cms: /pe gpci/i },
  { key: 'mpGpci', name: 'mp_gpci', cms: /mp gpci/i },
];

/**
 * Reads the CMS GPCI file: either the converted CSV (header mac,state,locality,…) or CMS's own
 * GPCI<year>.csv, whose banner rows come before the header and whose footnote rows follow the data.
 */
export async function readGpciFile(file: string): Promise<GpciRow[]> {
  const rows = parseCsvRows(await readTextFile(file, EXPECTED), file, EXPECTED);
  const converted = rows[0]?.cells[0]?.toLowerCase() === 'mac';
  const headerAt = converted ? 0 : rows.findIndex((row) => row.cells.some((cell) => /administrative contractor/i.test(cell)));
  const header = rows[headerAt];
  if (!header) {
    throw new CmsFileError({
      file,
      problem: 'no header row was found',
      expected: 'a header row starting "mac,state,locality" or CMS\'s "Medicare Administrative Contractor (MAC)" header',
      fix: FIX,
    });
  }
  const positions = {} as Record<Key, number>;
  for (const { key, name, cms } of COLUMNS) {
    const index = header.cells.findIndex((cell) => (converted ? cell.toLowerCase() === name : cms.test(cell)));
    if (index < 0) {
      throw new CmsFileError({
        file,
        line: header.line,
        problem: `the header has no ${name} column`,
        expected: `the columns ${COLUMNS.map((c) => c.name).join(', ')}`,
        fix: FIX,
      });
    }
    positions[key] = index;
  }
  const data = rows.slice(headerAt + 1);
  // CMS's file ends with footnote rows: no MAC number and no GPCI values. Anything else must parse.
  const isFootnote = ({ cells }: CsvRow) =>
    !/^\d+$/.test(cells[positions.mac] ?? '') &&
    [positions.pwGpci, positions.peGpci, positions.mpGpci].every((at) => (cells[at] ?? '') === '');
  const body = converted ? data : data.filter((row) => !isFootnote(row));
  if (body.length === 0) throw noDataRowsError(file, header, 'one row per payment locality');
  const seen = new Map<string, number>();
  return body.map((row) => {
    const gpci = toRow(row, positions, converted, file);
    const id = `${gpci.mac}-${gpci.locality}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `MAC ${gpci.mac} locality ${gpci.locality} appears twice, on lines ${earlier} and ${row.line}`,
        expected: 'one row per MAC and locality',
        fix: FIX,
      });
    }
    seen.set(id, row.line);
    return gpci;
  });
}

function toRow({ cells, line }: CsvRow, positions: Record<Key, number>, converted: boolean, file: string): GpciRow {
  const cell = (key: Key) => {
    const value = cells[positions[key]];
    if (value === undefined) {
      throw new CmsFileError({
        file,
        line,
        problem: `the row has ${cells.length} columns and no ${key}`,
        expected: 'every row as wide as the header',
        fix: 're-download the file from CMS; it looks truncated',
      });
    }
    return value;
  };
  const label = (key: Key) => columnLabel(COLUMNS.find((column) => column.key === key)?.name ?? key, positions[key]);
  // Spreadsheet exports of CMS's file can drop leading zeros ("2102" for MAC 02102, "1" for locality 01).
  const pad = (value: string, width: number) => (!converted && /^\d+$/.test(value) ? value.padStart(width, '0') : value);
  const values = {
    mac: pad(cell('mac'), 5),
    state: cell('state'),
    locality: pad(cell('locality'), 2),
    localityName: cell('localityName'),
    pwGpci: parseDecimal(cell('pwGpci'), label('pwGpci'), file, line),
    peGpci: parseDecimal(cell('peGpci'), label('peGpci'), file, line),
    mpGpci: parseDecimal(cell('mpGpci'), label('mpGpci'), file, line),
  };
  const result = gpciRowSchema.safeParse(values);
  if (!result.success) {
    const key = String(result.error.issues[0]?.path[0] ?? '') as Key;
    const name = COLUMNS.find((column) => column.key === key)?.name ?? key;
    throw new CmsFileError({
      file,
      line,
      problem: `${label(key)} is "${String(values[key] ?? '')}"`,
      expected: `a valid ${name} (${result.error.issues[0]?.message ?? 'invalid'})`,
      fix: FIX,
    });
  }
  return result.data;
}
