/**
 * CPT codes come in five kinds that never mix in one range: five digits (Category I), and four digits followed by
 * F (Category II), T (Category III), U (proprietary laboratory analyses) or M (multianalyte assays).
 */
export type CptKind = 'digits' | 'F' | 'T' | 'U' | 'M';

export function cptKind(code: string): CptKind {
  const last = code.charAt(4);
  return last === 'F' || last === 'T' || last === 'U' || last === 'M' ? last : 'digits';
}

/** True when `code` lies in from–to (inclusive), all of one kind; compared as numbers so "0633T" sorts after "0099T". */
export function inCptRange(code: string, from: string, to: string): boolean {
  const kind = cptKind(code);
  if (kind !== cptKind(from) || kind !== cptKind(to)) return false;
  const n = Number.parseInt(code, 10);
  return n >= Number.parseInt(from, 10) && n <= Number.parseInt(to, 10);
}

/** Sort order for CPT codes: by kind (digits, F, T, U, M), then by number. */
export function compareCpt(a: string, b: string): number {
  const order: CptKind[] = ['digits', 'F', 'T', 'U', 'M'];
  const byKind = order.indexOf(cptKind(a)) - order.indexOf(cptKind(b));
  return byKind !== 0 ? byKind : Number.parseInt(a, 10) - Number.parseInt(b, 10);
}
