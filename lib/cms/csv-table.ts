import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';
import { type CsvRow, columnLabel, parseCsvRows, parseDecimal } from './read-csv';
import { parseMoney } from './money';
import { readTextFile } from './release-files';

export type TableSpec<K extends string> = {
  /** What the file is, for messages: "the CMS DMEPOS fee schedule (CSV)". */
  expected: string;
  /** What to do when the file is not that. */
  fix: string;
  /** How each needed column's header reads; the header row is the first row that has all of them. */
  columns: Record<K, RegExp>;
};

/** A CMS CSV with its header found (CMS puts title and note rows above it) and the needed columns located. */
export type CsvTable<K extends string> = {
  file: string;
  header: CsvRow;
  /** The rows below the header; never empty. */
  rows: CsvRow[];
  /** A row's cell in a needed column; throws, naming file and line, when the row is too short. */
  cell(row: CsvRow, key: K): string;
  /** A column as messages name it: its header and position ("Payment Limit in column 4"). */
  label(key: K): string;
  /** A row's cell as a number of 0 or more ("", "." and "-1" are errors); `blank` is returned for an empty cell when given. */
  number(row: CsvRow, key: K, blank?: number | null): number | null;
  /** A dollar amount ("$88.050", "1,234.5"); null when blank or "." (CMS's "none"); negative or not a number is an error. */
  money(row: CsvRow, key: K): number | null;
  /** A dollar amount that must be there: as `money`, and blank is an error too. */
  price(row: CsvRow, key: K): number;
};

/** The error for a file whose header is followed by nothing: an empty release file. */
export function noDataRowsError(file: string, header: CsvRow, expected: string): CmsFileError {
  return new CmsFileError({
    file,
    line: header.line,
    problem: 'the header is followed by no data rows',
    expected,
    fix: 're-download the file from CMS; it looks truncated',
  });
}

export async function readCsvTable<K extends string>(file: string, spec: TableSpec<K>): Promise<CsvTable<K>> {
  return csvTable(parseCsvRows(await readTextFile(file, spec.expected), file, spec.expected), file, spec);
}

export function csvTable<K extends string>(all: CsvRow[], file: string, spec: TableSpec<K>): CsvTable<K> {
  const keys = Object.keys(spec.columns) as K[];
  const headerAt = all.findIndex((row) => keys.every((key) => row.cells.some((cell) => spec.columns[key].test(cell))));
  const header = all[headerAt];
  if (!header) {
    const names = keys.map((key) => spec.columns[key].source.replace(/[\^$\\]/g, '')).join(', ');
    throw new CmsFileError({
      file,
      problem: 'no header row was found',
      expected: `${spec.expected} with the columns ${names}`,
      fix: spec.fix,
    });
  }
  const rows = all.slice(headerAt + 1);
  if (rows.length === 0) throw noDataRowsError(file, header, `${spec.expected}: rows below the header`);
  const at = Object.fromEntries(keys.map((key) => [key, header.cells.findIndex((cell) => spec.columns[key].test(cell))])) as Record<
    K,
    number
  >;
  const label = (key: K) => columnLabel(header.cells[at[key]] ?? key, at[key]);
  const cell = (row: CsvRow, key: K): string => {
    const value = row.cells[at[key]];
    if (value === undefined) {
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `the row has ${row.cells.length} columns and no "${header.cells[at[key]] ?? key}"`,
        expected: `every row as wide as the header on line ${header.line}`,
        fix: FIX_REDOWNLOAD,
      });
    }
    return value;
  };
  const money = (row: CsvRow, key: K) => parseMoney(cell(row, key), label(key), file, row.line);
  return {
    file,
    header,
    rows,
    cell,
    label,
    number(row, key, blank) {
      const value = cell(row, key);
      if (value === '' && blank !== undefined) return blank;
      return parseDecimal(value, label(key), file, row.line);
    },
    money,
    price(row, key) {
      const amount = money(row, key);
      if (amount !== null) return amount;
      throw new CmsFileError({
        file,
        line: row.line,
        problem: `${label(key)} is blank`,
        expected: `a dollar amount: ${spec.expected} gives one on every row`,
        fix: FIX_REDOWNLOAD,
      });
    },
  };
}
