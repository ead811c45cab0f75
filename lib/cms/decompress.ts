import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';
import { CMS_FILE_LIMITS, formatBytes, overLimitError } from './file-limits';

const LIMIT = CMS_FILE_LIMITS.decompressed;
/** Compressed bytes fed to the zip inflater at a time: deflate expands at most ~1032×, so one step stays under 17 MiB. */
const ZIP_STEP = 16 * 1024;

/** Gunzips as a stream, counting bytes; stops at CMS_FILE_LIMITS.decompressed instead of filling memory. */
export function gunzipWithinLimit(file: string, bytes: Uint8Array, expected: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip({ chunkSize: 64 * 1024 });
    const chunks: Buffer[] = [];
    let total = 0;
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= LIMIT) return void chunks.push(chunk);
      gunzip.destroy();
      reject(overLimitError(file, `the gzip data unpacks to more than the limit of ${formatBytes(LIMIT)} (reading stopped there)`));
    });
    gunzip.on('error', (error: NodeJS.ErrnoException) => {
      const truncated = error.code === 'Z_BUF_ERROR';
      const problem = truncated
        ? 'the gzip data ends early (unexpected end of file)'
        : `the file is not valid gzip data (${error.message})`;
      const fix = truncated ? 're-download the file from CMS; it looks truncated' : FIX_REDOWNLOAD;
      reject(new CmsFileError({ file, problem, expected: `a complete gzip file holding ${expected}`, fix }, { cause: error }));
    });
    gunzip.on('end', () => resolve(Buffer.concat(chunks, total)));
    gunzip.end(bytes);
  });
}

const damagedZip = (file: string, detail: string, cause?: unknown) =>
  new CmsFileError(
    { file, problem: `the file is not a readable zip archive (${detail})`, expected: 'the CMS release .zip', fix: FIX_REDOWNLOAD },
    { cause },
  );

/**
 * The members of a zip whose base names `wanted` accepts, keyed by full member name, and the names of all members.
 * The central directory is checked first (declared sizes over the cap fail before anything is inflated); the members
 * are then inflated as a stream whose byte count stops at CMS_FILE_LIMITS.decompressed, whatever the sizes declared.
 */
export function unzipWithinLimit(
  file: string,
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): { members: Map<string, Uint8Array>; all: string[] } {
  const all: string[] = [];
  const declared = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (!entry.name.endsWith('/')) all.push(entry.name);
        if (wanted(basename(entry.name))) declared.set(entry.name, entry.originalSize);
        return false; // list only: nothing is inflated here
      },
    });
  } catch (error) {
    throw damagedZip(file, (error as Error).message, error);
  }
  const declaredTotal = [...declared.values()].reduce((sum, size) => sum + size, 0);
  if (declaredTotal > LIMIT) {
    const sizes = [...declared].map(([name, size]) => `${name}: ${formatBytes(size)}`).join(', ');
    throw overLimitError(
      file,
      `its members declare ${formatBytes(declaredTotal)} unpacked (${sizes}), over the limit of ${formatBytes(LIMIT)}`,
    );
  }

  const members = new Map<string, Uint8Array>();
  let total = 0;
  let failure: CmsFileError | undefined;
  const unzip = new Unzip((entry) => {
    if (!declared.has(entry.name)) return; // never started: its data is skipped
    const chunks: Uint8Array[] = [];
    entry.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return void (failure = damagedZip(`${file}!${entry.name}`, error.message, error));
      total += chunk.length;
      if (total > LIMIT) {
        failure = overLimitError(
          `${file}!${entry.name}`,
          `unzipped, it takes the zip past the limit of ${formatBytes(LIMIT)} (reading stopped there)`,
        );
        return entry.terminate();
      }
      chunks.push(chunk);
      if (final) members.set(entry.name, Buffer.concat(chunks));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += ZIP_STEP)
      unzip.push(bytes.subarray(at, at + ZIP_STEP), at + ZIP_STEP >= bytes.length);
  } catch (error) {
    failure ??= damagedZip(file, (error as Error).message, error);
  }
  if (failure) throw failure;
  const missing = [...declared.keys()].find((name) => !members.has(name));
  if (missing !== undefined) throw damagedZip(file, `the member ${missing} could not be read`);
  return { members, all };
}
