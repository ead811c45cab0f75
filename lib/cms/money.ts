import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';

/**
 * A dollar amount as CMS prints it in fee files: "$88.050", "1,234.5", "00007.77". "" and "." (CMS's "none") are null.
 * Anything else, a negative amount included, is an error naming the file, line and column.
 */
export function parseMoney(value: string, column: string, file: string, line: number): number | null {
  const text = value.replace(/[$,\s]/g, '');
  if (text === '' || text === '.') return null;
  const negative = /^-|^\(.*\)$/.test(text);
  if (negative || !/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) {
    throw new CmsFileError({
      file,
      line,
      problem: `${column} is "${value}"${negative ? ', a negative amount' : ''}`,
      expected: negative ? 'an amount of 0 or more: CMS publishes no negative payment' : 'a dollar amount such as 88.05, or blank',
      fix: negative ? 're-download the file from CMS; a negative amount means the copy was edited or damaged' : FIX_REDOWNLOAD,
    });
  }
  return Number(text);
}
