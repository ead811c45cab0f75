import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll } from 'vitest';
import { SHARED_DATA } from '../../support/shared-data';
import { CmsFileError } from '@/lib/cms/cms-file-error';
import { HCPCS_FIELDS, type HcpcsFieldName, RECORD_LENGTH } from '@/lib/cms/hcpcs-layout';

export const DATA = SHARED_DATA;
export const HCPCS_GZ = `${DATA}/hcpcs/raw/HCPC2026_JAN_ANWEB_01122026.txt.gz`;
export const NOTES_TXT = `${DATA}/hcpcs/raw/proc_notes_JAN2026.txt`;
export const RVU_CSV = `${DATA}/rvu/pprrvu_2025_jan.csv`;
export const GPCI_CSV = `${DATA}/rvu/gpci_2025.csv`;

/** Rows of one of the reference CSVs, as objects keyed by header. */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true }) as Record<string, string>[];
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
