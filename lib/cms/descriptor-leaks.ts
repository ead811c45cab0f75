import { CPT_PATTERN } from '../codes/patterns';
import type { CsvRow } from './read-csv';

/** CDT (dental) codes: D and four digits. Their descriptors are ADA copyright. */
const CDT_PATTERN = /^D\d{4}$/;
const CODE_HEADER = /^(?:hcpcs(?: code)?|_?\d{4}_code|cpt\/hcpcs)$/i;
const DESCRIPTOR_HEADER = /desc/i;

/**
 * Rows of a CMS CSV whose code is CPT- or CDT-shaped but whose descriptor columns are not blank: AMA or ADA text that
 * must never be committed. Returns null when the file has no code column with descriptor columns beside it.
 */
export function descriptorLeaks(rows: CsvRow[]): string[] | null {
  const headerAt = rows.findIndex((row) => row.cells.some((cell) => CODE_HEADER.test(cell)));
  const header = rows[headerAt];
  if (!header) return null;
  const codeAt = header.cells.findIndex((cell) => CODE_HEADER.test(cell));
  const descriptors = header.cells.flatMap((cell, i) => (DESCRIPTOR_HEADER.test(cell) ? [i] : []));
  if (descriptors.length === 0) return [];
  return rows.slice(headerAt + 1).flatMap(({ cells, line }) => {
    const code = cells[codeAt] ?? '';
    if (!CPT_PATTERN.test(code) && !CDT_PATTERN.test(code)) return [];
    return descriptors.filter((i) => (cells[i] ?? '') !== '').map((i) => `line ${line}: ${code} has text in "${header.cells[i]}"`);
  });
}
