import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { unzipSync } from 'fflate';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';

const gunzipAsync = promisify(gunzip);

/** Reads a file's bytes; a missing or unreadable file becomes a CmsFileError. */
export async function readBytes(file: string, expected: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const problem = code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code})`;
    throw new CmsFileError({ file, problem, expected, fix: 'check the path you gave' }, { cause: error });
  }
  if (bytes.length === 0) throw new CmsFileError({ file, problem: 'the file is empty', expected, fix: FIX_REDOWNLOAD });
  return bytes;
}

/** Reads a .txt or .txt.gz file as text. CMS files are ASCII; latin1 keeps one byte per column. */
export async function readTextFile(file: string, expected: string): Promise<string> {
  const bytes = await readBytes(file, expected);
  if (!/\.gz$/i.test(file)) return Buffer.from(bytes).toString('latin1');
  try {
    return (await gunzipAsync(bytes)).toString('latin1');
  } catch (error) {
    const truncated = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR';
    throw new CmsFileError(
      {
        file,
        problem: truncated
          ? 'the gzip data ends early (unexpected end of file)'
          : `the file is not valid gzip data (${(error as Error).message})`,
        expected: `a complete gzip file holding ${expected}`,
        fix: truncated ? 're-download the file from CMS; it looks truncated' : FIX_REDOWNLOAD,
      },
      { cause: error },
    );
  }
}

/** The members of a zip whose base names match, as text, keyed by their full member name. */
export function unzipMembers(
  file: string,
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): { texts: Map<string, string>; all: string[] } {
  const all: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!entry.name.endsWith('/')) all.push(entry.name);
        return wanted(basename(entry.name));
      },
    });
  } catch (error) {
    throw new CmsFileError(
      {
        file,
        problem: `the file is not a readable zip archive (${(error as Error).message})`,
        expected: 'the CMS release .zip',
        fix: FIX_REDOWNLOAD,
      },
      { cause: error },
    );
  }
  const texts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) texts.set(name, Buffer.from(data).toString('latin1'));
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
