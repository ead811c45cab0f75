/** The search index format and its decoder (browser-safe, no zod). Built by payload.ts. */
import type { SearchEntry, SearchEntryKind } from './types';
import type { CompiledThesaurus } from './thesaurus-lookup';
import { formatProblem, ProblemError } from '../errors';
import { SEARCH_INDEX_FILE } from './constants';

export const SEARCH_PAYLOAD_FORMAT = 'codeatlas-search';
export const SEARCH_PAYLOAD_VERSION = 3;

export interface SearchPayload {
  format: typeof SEARCH_PAYLOAD_FORMAT;
  version: typeof SEARCH_PAYLOAD_VERSION;
  /** Number of records. */
  count: number;
  /** Front-coded codes/slugs, one per line. */
  codes: string;
  /** One letter per record: h hcpcs, c cpt, m modifier, g guide. */
  kinds: string;
  /** Indexes of inactive records, delta-encoded. */
  inactive: number[];
  /** Indexes of reporting-only records (quality measures), delta-encoded. */
  reporting: number[];
  /** Title: a string, 0 (= first descriptor) or 1 (= the record before's title: CPT codes of one range share it). */
  titles: (string | number)[];
  /** Descriptors per record (later ones reduced to their new words); a first descriptor of 1 repeats the record before's. */
  descriptors: (string | number)[][];
  /** Sparse: [record index, ...synonyms]. */
  synonyms: (number | string)[][];
  /** Sparse: [record index, ...phrases]. */
  phrases: (number | string)[][];
  /** Sparse: [record index, ...codes] of a terminated code and the codes CMS cross-references it to. */
  replacedBy: (number | string)[][];
  /** Per-kind href template with "{code}", and [record index, href] for the rest. */
  hrefs: { templates: Partial<Record<SearchEntryKind, string>>; other: [number, string][] };
  /** Lay-term thesaurus: [key, ...expansions], stems joined by spaces. */
  thesaurus: CompiledThesaurus;
}

export const KIND_LETTER: Record<SearchEntryKind, string> = { hcpcs: 'h', cpt: 'c', modifier: 'm', guide: 'g' };
const LETTER_KIND: Record<string, SearchEntryKind> = { h: 'hcpcs', c: 'cpt', m: 'modifier', g: 'guide' };

export function frontCode(codes: string[]): string {
  const lines: string[] = [];
  let previous = '';
  for (const code of codes) {
    let shared = 0;
    while (shared < 9 && shared < code.length && shared < previous.length && code[shared] === previous[shared]) shared++;
    lines.push(`${shared}${code.slice(shared)}`);
    previous = code;
  }
  return lines.join('\n');
}

function frontDecode(text: string): string[] {
  const out: string[] = [];
  let previous = '';
  if (!text) return out;
  for (const line of text.split('\n')) {
    const shared = line.charCodeAt(0) - 48;
    previous = previous.slice(0, shared) + line.slice(1);
    out.push(previous);
  }
  return out;
}

/** A search index that cannot be built or read. */
export class SearchPayloadError extends ProblemError {
  constructor(message: string, fix = 'run "npm run build" again') {
    const problem = { file: SEARCH_INDEX_FILE, message, fix };
    super([problem], formatProblem(problem));
  }
}

/** Checks the envelope of a fetched payload; throws a readable error for anything else. */
export function assertSearchPayload(value: unknown): asserts value is SearchPayload {
  const v = value as Partial<SearchPayload> | null;
  if (!v || typeof v !== 'object' || v.format !== SEARCH_PAYLOAD_FORMAT) throw new SearchPayloadError('not a search index (wrong format)');
  if (v.version !== SEARCH_PAYLOAD_VERSION)
    throw new SearchPayloadError(`search index version ${String(v.version)} is not supported (expected ${SEARCH_PAYLOAD_VERSION})`);
  if (typeof v.codes !== 'string' || typeof v.kinds !== 'string' || !Array.isArray(v.titles) || !Array.isArray(v.descriptors)) {
    throw new SearchPayloadError('search index is incomplete');
  }
}

/** Delta-encoded indexes (each the gap from the one before) → the set of indexes. */
function undelta(deltas: number[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const delta of deltas) out.add((at += delta));
  return out;
}

/** Browser/Node: payload → records (descriptors as stored) and the compiled thesaurus. */
export function decodeSearchPayload(payload: SearchPayload): { entries: SearchEntry[]; thesaurus: CompiledThesaurus } {
  assertSearchPayload(payload);
  const codes = frontDecode(payload.codes);
  const inactive = undelta(payload.inactive);
  const reporting = undelta(payload.reporting ?? []);
  const hrefOther = new Map(payload.hrefs.other);
  const synonyms = new Map<number, string[]>();
  for (const [i, ...rest] of payload.synonyms) synonyms.set(i as number, rest as string[]);
  const phrases = new Map<number, string[]>();
  for (const [i, ...rest] of payload.phrases) phrases.set(i as number, rest as string[]);

  const replacedBy = new Map<number, string[]>();
  for (const [i, ...rest] of payload.replacedBy ?? []) replacedBy.set(i as number, rest as string[]);

  let previousFirst = '';
  let previousTitle = '';
  const entries: SearchEntry[] = codes.map((code, i) => {
    const kind = LETTER_KIND[payload.kinds[i] ?? 'h'] ?? 'hcpcs';
    // 1 in place of the first descriptor: the same as the record before (CPT codes of one range share theirs).
    const stored = payload.descriptors[i] ?? [];
    const first = stored[0] === 1 ? previousFirst : String(stored[0] ?? '');
    previousFirst = first;
    const descriptors = stored.length ? [first, ...stored.slice(1).map(String)] : [];
    const t = payload.titles[i] ?? '';
    const title = typeof t === 'string' ? t : t === 0 ? first : previousTitle;
    previousTitle = title;
    const template = payload.hrefs.templates[kind];
    return {
      code,
      kind,
      title,
      descriptors,
      synonyms: synonyms.get(i) ?? [],
      phrases: phrases.get(i) ?? [],
      active: !inactive.has(i),
      ...(reporting.has(i) ? { reportingOnly: true } : {}),
      ...(replacedBy.has(i) ? { replacedBy: replacedBy.get(i) } : {}),
      href: hrefOther.get(i) ?? (template ? template.split('{code}').join(code) : '/'),
    };
  });
  return { entries, thesaurus: payload.thesaurus };
}
