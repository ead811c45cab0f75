import { HCPCS_PATTERN } from './patterns';

/** HCPCS Level II series by first letter, named as CMS groups them. */
export const SERIES_NAMES: Readonly<Record<string, string>> = {
  A: 'Transportation, medical and surgical supplies, miscellaneous',
  B: 'Enteral and parenteral therapy',
  C: 'Outpatient prospective payment system (temporary)',
  D: 'Dental procedures',
  E: 'Durable medical equipment',
  G: 'Procedures and professional services (temporary)',
  H: 'Behavioral health and substance use treatment (Medicaid)',
  J: 'Drugs administered other than by mouth',
  K: 'Durable medical equipment (temporary)',
  L: 'Orthotics and prosthetics',
  M: 'Medical services and quality measures',
  P: 'Pathology and laboratory',
  Q: 'Temporary codes',
  R: 'Diagnostic radiology',
  S: 'Temporary national codes (non-Medicare)',
  T: 'State Medicaid agency codes',
  U: 'Coronavirus diagnostic laboratory tests',
  V: 'Vision and hearing services',
};

/** The series a code belongs to, or null for a letter that is not a HCPCS series (or a CPT code). */
export function seriesOf(code: string): { letter: string; name: string } | null {
  const letter = HCPCS_PATTERN.test(code) ? code.charAt(0) : '';
  const name = SERIES_NAMES[letter];
  return name === undefined ? null : { letter, name };
}

export type CodeRange = {
  /** Lowercase, e.g. "e0100-e0199"; the same codes always give the same slugs. */
  slug: string;
  /** e.g. "E0100–E0199" (en dash): the span of code space the group covers. */
  label: string;
  codes: string[];
};

type Unit = { from: string; to: string; codes: string[] };

/**
 * Splits the codes of one series into contiguous ranges for browse pages. Codes are bucketed by
 * their first two characters (E0 = E0000–E0999); a bucket larger than `maxPerGroup` is split by
 * the first three (E01 = E0100–E0199). Neighbouring buckets are then merged, in order, while the
 * merged group stays within `maxPerGroup`. A three-character bucket larger than the max is kept
 * whole (it cannot be split by this rule). Throws on codes that are not one series.
 */
export function groupIntoRanges(codes: string[], maxPerGroup = 200): CodeRange[] {
  const sorted = [...new Set(codes)].sort();
  const letter = sorted[0]?.charAt(0);
  for (const code of sorted) {
    const problem = !HCPCS_PATTERN.test(code)
      ? 'is not a HCPCS Level II code'
      : code.charAt(0) !== letter
        ? `is not in series ${letter ?? ''}`
        : '';
    if (problem) throw new Error(`groupIntoRanges: "${code}" ${problem}; pass the codes of one HCPCS series`);
  }

  const units: Unit[] = [];
  for (const bucket of bucketBy(sorted, 2)) {
    const parts = bucket.length > maxPerGroup ? bucketBy(bucket, 3) : [bucket];
    for (const part of parts) {
      const prefix = (part[0] ?? '').slice(0, bucket.length > maxPerGroup ? 3 : 2);
      units.push({ from: prefix.padEnd(5, '0'), to: prefix.padEnd(5, '9'), codes: part });
    }
  }

  const groups: Unit[] = [];
  for (const unit of units) {
    const last = groups.at(-1);
    if (last && last.codes.length + unit.codes.length <= maxPerGroup) {
      groups[groups.length - 1] = { from: last.from, to: unit.to, codes: [...last.codes, ...unit.codes] };
    } else {
      groups.push(unit);
    }
  }
  return groups.map(({ from, to, codes: inGroup }) => ({
    slug: `${from}-${to}`.toLowerCase(),
    label: `${from}–${to}`,
    codes: inGroup,
  }));
}

/** Consecutive runs of sorted codes sharing their first `length` characters. */
function bucketBy(sorted: string[], length: number): string[][] {
  const buckets: string[][] = [];
  for (const code of sorted) {
    const current = buckets.at(-1);
    if (current && current[0]?.slice(0, length) === code.slice(0, length)) current.push(code);
    else buckets.push([code]);
  }
  return buckets;
}
