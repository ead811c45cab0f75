import { parse } from 'csv-parse/sync';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';

/** One CSV record with its 1-based line number in the file. */
export type CsvRow = { cells: string[]; line: number };

/**
 * A cell without surrounding space. CMS's spreadsheet exports leave stray bytes at cell ends: non-breaking spaces,
 * and in OPPS Addendum B (October 2025) a 0xFF after "A4341". Read as latin1, 0xFF is "ÿ"; no code or value ends in it.
 */
function trimCell(cell: string): string {
  return cell.replace(/[\s\u00ff]+$/, '').trim();
}

/** All records of a CSV text, cells trimmed. Blank rows and CMS's trailing Ctrl-Z row are dropped; none left is an error. */
export function parseCsvRows(text: string, file: string, expected: string): CsvRow[] {
  const empty = () => new CmsFileError({ file, problem: 'the file is empty', expected, fix: FIX_REDOWNLOAD });
  if (text.trim() === '') throw empty();
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } objects; its typings do not model that.
    records = parse(text, { bom: true, relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CmsFileError(
      { file, line, problem: `the CSV cannot be read (${(error as Error).message})`, expected, fix: FIX_REDOWNLOAD },
      { cause: error },
    );
  }
  const rows = records
    .map(({ record, info }) => ({ cells: record.map(trimCell), line: info.lines }))
    .filter(({ cells }) => cells.some((cell) => cell !== '' && cell !== '\x1a'));
  if (rows.length === 0) throw empty();
  return rows;
}

/** A column a reader needs: its key in the result and how the file names it. */
export type Column<K extends string> = { key: K; header: string };

/** Positions of the needed columns in a header row; a missing one is named in the error. */
export function locateColumns<K extends string>(
  header: CsvRow,
  columns: readonly Column<K>[],
  file: string,
  fix: string,
): Record<K, number> {
  const found = {} as Record<K, number>;
  for (const { key, header: name } of columns) {
    const index = header.cells.findIndex((cell) => cell.toLowerCase() === name.toLowerCase());
    if (index < 0) {
      throw new CmsFileError({
        file,
        line: header.line,
        problem: `the header has no "${name}" column`,
        expected: `the columns ${columns.map((c) => c.header).join(', ')}`,
        fix,
      });
    }
    found[key] = index;
  }
  return found;
}

/** How messages name a column: as its header names it, and its 1-based position ("work_rvu in column 6"). */
export function columnLabel(name: string, index: number): string {
  return `${name} in column ${index + 1}`;
}

const UNSIGNED_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A decimal such as "0.00", "32.3465" or ".5"; anything else throws with the column named. CMS fee files hold no
 * negative number (RVUs, indices, weights, counts, conversion factors), so a minus sign is an error too.
 */
export function parseDecimal(value: string, column: string, file: string, line: number): number {
  if (value.startsWith('-') && UNSIGNED_DECIMAL.test(value.slice(1))) {
    throw new CmsFileError({
      file,
      line,
      problem: `${column} is "${value}", a negative number`,
      expected: 'a number of 0 or more: CMS publishes no negative value in this column',
      fix: 're-download the file from CMS; a negative value means the copy was edited or damaged',
    });
  }
  if (!UNSIGNED_DECIMAL.test(value)) {
    throw new CmsFileError({
      file,
      line,
      problem: `${column} is ${value === '' ? 'blank' : `"${value}"`}`,
      expected: 'a number such as 0.00',
      fix: FIX_REDOWNLOAD,
    });
  }
  return Number(value);
}
