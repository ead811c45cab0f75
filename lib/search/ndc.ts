/** NDC search: a package's National Drug Code, typed in any of its usual forms, finds the HCPCS code it bills under. */

/** What the data step publishes: drug names once, and one row per NDC in its 11-digit 5-4-2 form. */
export type NdcTable = { drugs: string[]; rows: [ndc: string, code: string, drug: number, unitsPerPackage: number][] };

export type NdcHit = { ndc: string; code: string; drug: string; unitsPerPackage: number };

const pad = (text: string, width: number) => text.padStart(width, '0');

/**
 * The 11-digit 5-4-2 forms an NDC as typed may stand for, or null when the query is not NDC-shaped. With dashes the
 * segments say which digit is missing (4-4-2, 5-3-2, 5-4-1); ten bare digits may be any of the three.
 */
export function ndcForms(query: string): string[] | null {
  const text = query.trim();
  if (!/^\d[\d -]{8,14}\d$/.test(text)) return null;
  const parts = text.split(/[ -]+/);
  if (parts.length === 3) {
    const [a = '', b = '', c = ''] = parts;
    if (a.length > 5 || b.length > 4 || c.length > 2 || a.length + b.length + c.length < 10) return null;
    return [`${pad(a, 5)}-${pad(b, 4)}-${pad(c, 2)}`];
  }
  const d = text.replace(/\D/g, '');
  if (parts.length !== 1) return null;
  if (d.length === 11) return [`${d.slice(0, 5)}-${d.slice(5, 9)}-${d.slice(9)}`];
  if (d.length === 10)
    return [
      `0${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`,
      `${d.slice(0, 5)}-0${d.slice(5, 8)}-${d.slice(8)}`,
      `${d.slice(0, 5)}-${d.slice(5, 9)}-0${d.slice(9)}`,
    ];
  return null;
}

/** The NDC rows a query names, looked up in the table. */
export function findNdc(query: string, lookup: ReadonlyMap<string, NdcHit>): NdcHit[] {
  return (ndcForms(query) ?? []).flatMap((form) => lookup.get(form) ?? []);
}

export function ndcLookup(table: NdcTable): Map<string, NdcHit> {
  return new Map(
    table.rows.map(([ndc, code, drug, unitsPerPackage]) => [ndc, { ndc, code, drug: table.drugs[drug] ?? '', unitsPerPackage }]),
  );
}
