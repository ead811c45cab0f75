import type { NdcTable } from './ndc';

export const SEARCH_ENTRY_KINDS = ['hcpcs', 'cpt', 'modifier', 'guide'] as const;
export type SearchEntryKind = (typeof SEARCH_ENTRY_KINDS)[number];

/** One searchable record, as the data step hands it to `buildSearchPayload` (validated there by lib/pipeline/search-entries.ts). */
export interface SearchEntry {
  /** The code, uppercase ("S9986", "96999", "GA"); for a guide, its slug. */
  code: string;
  /** Which kind of record this is. */
  kind: SearchEntryKind;
  /** The title shown in results. */
  title: string;
  /** Official descriptors (long first); for a guide, its description. Never AMA CPT text. */
  descriptors: string[];
  /** "Also known as" names. */
  synonyms: string[];
  /** Plain-language phrases people use. */
  phrases: string[];
  /** False once the code has a termination date in the past. */
  active: boolean;
  /** True for codes that only report a quality measure (PFS status M, CPT Category II): the service ranks first. */
  reportingOnly?: boolean;
  /** For a terminated code, the codes CMS cross-references it to: they rank just above it ("cologuard" → 81528). */
  replacedBy?: string[];
  /** Page path of the record, e.g. "/codes/S9986/". */
  href: string;
}

/** Fields a match can be reported in. `code` is the exact/prefix code match. */
export type SearchField = 'code' | 'title' | 'descriptors' | 'synonyms' | 'phrases';

/** Where the query matched one value. `indices` are inclusive [start, end] character ranges (fuse.js convention). */
export interface SearchMatch {
  field: SearchField;
  indices: [number, number][];
  value: string;
}

export interface SearchResult {
  code: string;
  kind: SearchEntryKind;
  title: string;
  href: string;
  active: boolean;
  /** Relevance in [0, 1]; results are sorted by it, highest first. Exact code 1, code prefix ≥ 0.9, text < 0.9. */
  score: number;
  matches: SearchMatch[];
}

export interface Searcher {
  /** Ranked results for what a person typed. `limit` defaults to 20 and is capped at 100. */
  search(query: string, limit?: number): SearchResult[];
  /** How many records the searcher holds. */
  readonly size: number;
  /** Adds the NDC table; from then on an NDC typed in any usual form finds the code it bills under. */
  attachNdc(table: NdcTable): void;
}
