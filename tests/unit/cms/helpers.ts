import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll } from 'vitest';
import { CmsFileError } from '@/lib/cms/cms-file-error';
import { CMS_SOURCES } from '@/lib/cms/sources';
import { HCPCS_FIELDS, type HcpcsFieldName, RECORD_LENGTH } from '@/lib/cms/hcpcs-layout';

export const HCPCS_GZ = CMS_SOURCES.hcpcs;
export const NOTES_TXT = 'content/cms/hcpcs-2026-jan/proc_notes_JAN2026.txt';
export const LAYOUT_TXT = 'content/cms/hcpcs-2026-jan/HCPC2026_recordlayout.txt';
export const RVU_CSV = CMS_SOURCES.rvu;
export const RVU_DOCS = 'content/cms/pfs-2025/RVU25A_documentation.txt';
export const GPCI_CSV = CMS_SOURCES.gpci;
/** Independent CSV conversions of the HCPCS file, for cross-checks (tests/fixtures/cms-reference/README.md). */
export const REFERENCE = {
  procedures: 'tests/fixtures/cms-reference/hcpcs_level2_2026_jan.csv.gz',
  modifiers: 'tests/fixtures/cms-reference/hcpcs_modifiers_2026_jan.csv.gz',
  notes: 'tests/fixtures/cms-reference/hcpcs_processing_notes_2026_jan.csv.gz',
} as const;

/** A file's bytes, gunzipped when its name ends in .gz. */
export function readBytes(path: string): Buffer {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** Rows of a CSV with one header row (a reference conversion or the committed RVU file), as objects keyed by header. */
export function readCsv(path: string): Record<string, string>[] {
  return parse<Record<string, string>>(readBytes(path), { columns: true });
}

/** One 320-character HCPCS line built from field values (blank elsewhere). */
export function hcpcsLine(type: '3' | '4' | '7' | '8', fields: Partial<Record<HcpcsFieldName, string>>): string {
  const chars = Array.from({ length: RECORD_LENGTH }, () => ' ');
  chars[HCPCS_FIELDS.recordType.from - 1] = type;
  for (const [name, value] of Object.entries(fields) as [HcpcsFieldName, string][]) {
    const { from, to } = HCPCS_FIELDS[name];
    if (value.length > to - from + 1) throw new Error(`${name} "${value}" is too wide`);
    [...value].forEach((char, i) => (chars[from - 1 + i] = char));
  }
  return chars.join('');
}

/** A minimal valid procedure start line. */
export const procedure = (code: string, long: string, extra: Partial<Record<HcpcsFieldName, string>> = {}) =>
  hcpcsLine('3', { code, longDescription: long, shortDescription: long.slice(0, 28), addedDate: '20260101', actionCode: 'A', ...extra });

/** A temporary folder, removed after the test file. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cms-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The CmsFileError `run` throws; fails the test if it throws nothing or something else. */
export function cmsError(run: () => unknown): CmsFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof CmsFileError) return error;
    throw error;
  }
  throw new Error('expected a CmsFileError, but nothing was thrown');
}

/** The CmsFileError a promise rejects with. */
export async function cmsErrorAsync(promise: Promise<unknown>): Promise<CmsFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CmsFileError) return error;
    throw error;
  }
  throw new Error('expected a CmsFileError, but the promise resolved');
}
