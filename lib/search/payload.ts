/**
 * The serialised search index: what the data step writes to .generated/search/search-index.json
 * and the browser fetches from /search-index/search-index.json.
 *
 * It carries the searchable text, compactly, and no postings: the browser builds the inverted
 * index from the text on load (tens of milliseconds), which keeps the download small.
 * - codes are front-coded (each line: one digit = characters shared with the previous code, then the rest);
 * - records are in catalogue order, CPT codes by kind then number (lib/codes/cpt-order.ts), so neighbours share text;
 * - a title that is the first descriptor, or the same as the record before's, is stored as a number;
 * - second and later descriptors keep only the words not already in the title or first descriptor
 *   (the search finds the same records; those strings are for matching, not display);
 * - hrefs are per-kind templates ("/codes/{code}/") plus the exceptions.
 */
import { SearchPayloadError } from './payload-format';
import type { SearchEntry, SearchEntryKind } from './types';
import { compareCpt } from '../codes/cpt-order';
import { analyze } from './normalize';
import { compileThesaurus, type Thesaurus } from './thesaurus';
import { frontCode, KIND_LETTER, SEARCH_PAYLOAD_FORMAT, SEARCH_PAYLOAD_VERSION, type SearchPayload } from './payload-format';

export {
  assertSearchPayload,
  decodeSearchPayload,
  SEARCH_PAYLOAD_FORMAT,
  SEARCH_PAYLOAD_VERSION,
  SearchPayloadError,
  type SearchPayload,
} from './payload-format';

function reduceDescriptor(value: string, known: Set<string>): string {
  const kept: string[] = [];
  for (const word of value.split(/\s+/)) {
    const stems = analyze(word);
    if (stems.length && stems.some((s) => !known.has(s))) {
      kept.push(word);
      for (const s of stems) known.add(s);
    }
  }
  return kept.join(' ');
}

function hrefTemplate(entry: SearchEntry): string | null {
  return entry.href.includes(entry.code) ? entry.href.split(entry.code).join('{code}') : null;
}

/** CPT codes first, by kind then number (a range's codes together); then HCPCS codes and modifiers; then guides. */
const group: Record<SearchEntryKind, number> = { cpt: 0, hcpcs: 1, modifier: 1, guide: 2 };
function catalogueOrder(a: SearchEntry, b: SearchEntry): number {
  if (group[a.kind] !== group[b.kind]) return group[a.kind] - group[b.kind];
  if (a.kind === 'cpt' && b.kind === 'cpt') return compareCpt(a.code, b.code);
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Build time: turns the records into the compact payload. Throws a SearchPayloadError on a duplicate record. */
export function buildSearchPayload(input: readonly SearchEntry[], thesaurus: Thesaurus): SearchPayload {
  const entries = [...input];
  entries.sort(catalogueOrder);
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.kind === 'guide' ? 'guide' : 'code'}:${entry.code}`;
    if (seen.has(key))
      throw new SearchPayloadError(`search entry ${entry.code} (${entry.kind}) appears twice`, 'give each code and guide one record');
    seen.add(key);
  }

  const templateCounts = new Map<SearchEntryKind, Map<string, number>>();
  for (const entry of entries) {
    const template = hrefTemplate(entry);
    if (!template) continue;
    const counts = templateCounts.get(entry.kind) ?? new Map<string, number>();
    counts.set(template, (counts.get(template) ?? 0) + 1);
    templateCounts.set(entry.kind, counts);
  }
  const templates: Partial<Record<SearchEntryKind, string>> = {};
  for (const [kind, counts] of templateCounts) {
    templates[kind] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  const payload: SearchPayload = {
    format: SEARCH_PAYLOAD_FORMAT,
    version: SEARCH_PAYLOAD_VERSION,
    count: entries.length,
    codes: frontCode(entries.map((e) => e.code)),
    kinds: entries.map((e) => KIND_LETTER[e.kind]).join(''),
    inactive: [],
    reporting: [],
    titles: [],
    descriptors: [],
    synonyms: [],
    phrases: [],
    replacedBy: [],
    hrefs: { templates, other: [] },
    thesaurus: compileThesaurus(thesaurus),
  };
  let lastInactive = 0;
  let lastReporting = 0;
  let previousFirst = '';
  let previousTitle = '';
  entries.forEach((entry, i) => {
    if (!entry.active) {
      payload.inactive.push(i - lastInactive);
      lastInactive = i;
    }
    if (entry.reportingOnly) {
      payload.reporting.push(i - lastReporting);
      lastReporting = i;
    }
    const first = entry.descriptors[0] ?? '';
    if (first && entry.title === first) payload.titles.push(0);
    else if (i > 0 && entry.title === previousTitle) payload.titles.push(1);
    else payload.titles.push(entry.title);
    previousTitle = entry.title;

    const known = new Set([...analyze(entry.title), ...analyze(first)]);
    const descriptors: (string | number)[] = first ? [first] : [];
    for (const extra of entry.descriptors.slice(1)) {
      const reduced = reduceDescriptor(extra, known);
      if (reduced) descriptors.push(reduced);
    }
    payload.descriptors.push(first && first === previousFirst ? [1, ...descriptors.slice(1)] : descriptors);
    previousFirst = first;
    if (entry.synonyms.length) payload.synonyms.push([i, ...entry.synonyms]);
    if (entry.phrases.length) payload.phrases.push([i, ...entry.phrases]);
    if (entry.replacedBy?.length) payload.replacedBy.push([i, ...entry.replacedBy]);
    const template = templates[entry.kind];
    if (!template || template.split('{code}').join(entry.code) !== entry.href) payload.hrefs.other.push([i, entry.href]);
  });
  return payload;
}
