import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';
import { gunzipWithinLimit, unzipWithinLimit } from './decompress';
import { CMS_FILE_LIMITS, formatBytes, overLimitError } from './file-limits';
import { decodeCmsText } from './text-encoding';

/** Reads a file's bytes; a missing, unreadable, empty or oversized file becomes a CmsFileError. */
export async function readBytes(file: string, expected: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > CMS_FILE_LIMITS.onDisk) {
      throw overLimitError(file, `the file is ${formatBytes(size)} on disk, over the limit of ${formatBytes(CMS_FILE_LIMITS.onDisk)}`);
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CmsFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const problem = code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code})`;
    throw new CmsFileError({ file, problem, expected, fix: 'check the path you gave' }, { cause: error });
  }
  if (bytes.length === 0) throw new CmsFileError({ file, problem: 'the file is empty', expected, fix: FIX_REDOWNLOAD });
  return bytes;
}

/** Reads a .txt or .csv file, or the same gzipped (.gz), as text (see decodeCmsText for the encodings accepted). */
export async function readTextFile(file: string, expected: string): Promise<string> {
  const bytes = await readBytes(file, expected);
  return decodeCmsText(/\.gz$/i.test(file) ? await gunzipWithinLimit(file, bytes, expected) : bytes, file);
}

/** The members of a zip whose base names match, as text, keyed by their full member name. */
export function unzipMembers(
  file: string,
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): { texts: Map<string, string>; all: string[] } {
  const { members, all } = unzipWithinLimit(file, bytes, wanted);
  const texts = new Map<string, string>();
  for (const [name, data] of members) texts.set(name, decodeCmsText(data, `${file}!${name}`));
  return { texts, all };
}

const MONTHS: Record<string, string> = {
  JAN: 'January',
  FEB: 'February',
  MAR: 'March',
  APR: 'April',
  MAY: 'May',
  JUN: 'June',
  JUL: 'July',
  AUG: 'August',
  SEP: 'September',
  OCT: 'October',
  NOV: 'November',
  DEC: 'December',
};

/** "HCPCS 2026 January" from a name like HCPC2026_JAN_ANWEB_01122026.txt; "HCPCS release" otherwise. */
export function releaseLabelFromName(name: string): string {
  const match = /HCPC(\d{4})_([A-Z]{3})/i.exec(basename(name));
  const month = match?.[2] ? MONTHS[match[2].toUpperCase()] : undefined;
  return match && month ? `HCPCS ${match[1]} ${month}` : 'HCPCS release';
}
