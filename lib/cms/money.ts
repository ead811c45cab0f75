import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';

/**
 * A dollar amount as CMS prints it in fee files: "$88.050", "1,234.5", "00007.77". "" and "." (CMS's "none") are null.
 * Anything else, a negative amount included, is an error naming the file, line and column.
 */
export function parseMoney(value: string, column: string, file: string, line: number): number | null {
  const text = value.replace(/[$,\s]/g, '');
  if (text === '' || text === '.') return null;
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) {
    throw new CmsFileError({
      file,
      line,
      problem: `${column} is "${value}"`,
      expected: 'a dollar amount such as 88.05, or blank',
      fix: FIX_REDOWNLOAD,
    });
  }
  return Number(text);
}
