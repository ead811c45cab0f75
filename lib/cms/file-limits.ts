import { CmsFileError } from './cms-file-error';

const MiB = 1024 * 1024;

/**
 * The one place for the size caps on CMS release files. The largest real files are far below them (measured on the
 * files committed under content/cms/): on disk, 415 KB (the HCPCS .txt.gz; 5.1 MiB as the plain .txt);
 * decompressed, 5.1 MiB (the HCPCS fixed-width text). A file over a cap is not a CMS release file: a wrong path,
 * another archive or a zip bomb. Raise a cap only when CMS's files really grow.
 */
export const CMS_FILE_LIMITS = {
  /** Bytes of one file on disk (.csv, .txt, .gz or .zip). */
  onDisk: 64 * MiB,
  /** Bytes after gunzip, or of all the members read from one zip together. */
  decompressed: 128 * MiB,
} as const;

/** "64 MiB", "5.1 MiB", "600 KiB", "120 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Number((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** The error for a file over a cap; `problem` says which size and the limit. */
export function overLimitError(file: string, problem: string): CmsFileError {
  return new CmsFileError({
    file,
    problem,
    expected: 'a CMS release file (the largest, the HCPCS text, is 5.1 MiB)',
    fix: 'check that the path names the CMS file and not another archive; if CMS files really grew, raise CMS_FILE_LIMITS in lib/cms/file-limits.ts',
  });
}
