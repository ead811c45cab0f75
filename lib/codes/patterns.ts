/**
 * The shapes of the codes this site carries, in one place. Browser-safe: no zod, no node: modules.
 * HCPCS Level II codes are one letter A–V then four digits (S9986). CPT codes are five digits (Category I), or four
 * digits then F (Category II), T (Category III), U (proprietary laboratory analyses) or M (multianalyte assays).
 * Modifiers are two letters or digits (GA, 25).
 */
export const CODE_SYSTEMS = ['hcpcs', 'cpt', 'modifier'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** Pattern fragments, for the search module's looser forms ("s 9986", "j-9271"). */
export const HCPCS_LETTERS = 'A-V';
export const CPT_LAST = '0-9FTUM';

export const HCPCS_PATTERN = new RegExp(`^[${HCPCS_LETTERS}]\\d{4}$`);
export const CPT_PATTERN = new RegExp(`^\\d{4}[${CPT_LAST}]$`);
export const MODIFIER_PATTERN = /^[A-Z0-9]{2}$/;
/** Any code this site can carry, uppercase. */
export const ANY_CODE_PATTERN = new RegExp(`^(?:[${HCPCS_LETTERS}]\\d{4}|\\d{4}[${CPT_LAST}]|[A-Z0-9]{2})$`);
/** A HCPCS or CPT code (not a modifier). */
export const FULL_CODE_PATTERN = new RegExp(`^(?:[${HCPCS_LETTERS}]\\d{4}|\\d{4}[${CPT_LAST}])$`);
/** A code column of a CMS file: five letters or digits (it also holds CDT D codes, which this site does not carry). */
export const RECORD_CODE_PATTERN = /^[A-Z0-9]{5}$/;
/** CPT's own modifiers are two digits (25, 59); HCPCS Level II modifiers have a letter (GA, TC). */
export const CPT_MODIFIER_PATTERN = /^\d{2}$/;

/** Which system a code belongs to by its shape, or null. */
export function systemOfCode(code: string): CodeSystem | null {
  if (HCPCS_PATTERN.test(code)) return 'hcpcs';
  if (CPT_PATTERN.test(code)) return 'cpt';
  if (MODIFIER_PATTERN.test(code)) return 'modifier';
  return null;
}
