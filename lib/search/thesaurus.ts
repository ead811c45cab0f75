/**
 * The lay-term thesaurus compiled for the searcher (browser-safe). Its records are content: the schema is in
 * lib/content-schema.ts and lib/content/load-thesaurus.ts reads and checks the files.
 */
import { QUERY_NOISE, STOPWORDS, stem, tokenize } from './normalize';
import type { CompiledThesaurus } from './thesaurus-lookup';

export { MAX_PHRASE_WORDS, thesaurusLookup, type CompiledThesaurus } from './thesaurus-lookup';

/** What sort of mapping an entry is. */
export const THESAURUS_KINDS = ['abbreviation', 'lay', 'brand', 'spelling'] as const;
export type ThesaurusKind = (typeof THESAURUS_KINDS)[number];

export interface ThesaurusEntry {
  terms: string[];
  means: string[];
  kind: ThesaurusKind;
  /** File the entry came from, for messages. */
  source: string;
}

export interface Thesaurus {
  entries: ThesaurusEntry[];
}

/** The stems a phrase is looked up by: the same analysis a query gets. */
export function phraseKey(text: string): string {
  const out: string[] = [];
  for (const word of tokenize(text)) if (!STOPWORDS.has(word) && !QUERY_NOISE.has(word)) out.push(stem(word));
  return out.join(' ');
}

/** Stems of an expansion (descriptor words; query noise words are kept, stopwords dropped). */
export function expansionKey(text: string): string {
  const out: string[] = [];
  for (const word of tokenize(text)) if (!STOPWORDS.has(word)) out.push(stem(word));
  return out.join(' ');
}

/** Entries → compact rows (see CompiledThesaurus); duplicate keys inside an entry are dropped. */
export function compileThesaurus(thesaurus: Thesaurus): CompiledThesaurus {
  const rows: CompiledThesaurus = [];
  for (const entry of thesaurus.entries) {
    const terms = [...new Set(entry.terms.map(phraseKey).filter(Boolean))];
    const means = [...new Set(entry.means.map(expansionKey).filter(Boolean))].filter((m) => !terms.includes(m));
    if (terms.length && (means.length || terms.length > 1)) rows.push([terms.length, ...terms, ...means]);
  }
  return rows;
}
