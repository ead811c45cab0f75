/**
 * The lay-term thesaurus: what people type → the words CMS descriptors use.
 * Schema and compilation only (browser-safe); reading files lives in thesaurus-node.ts.
 */
import { z } from 'zod';
import { QUERY_NOISE, STOPWORDS, stem, tokenize } from './normalize';
import { MAX_PHRASE_WORDS, type CompiledThesaurus } from './thesaurus-lookup';

export { MAX_PHRASE_WORDS, thesaurusLookup, type CompiledThesaurus } from './thesaurus-lookup';


const phrase = z
  .string({ error: 'expected a phrase as text' })
  .trim()
  .min(1, { error: 'expected a phrase, found nothing' })
  .max(80, { error: 'expected at most 80 characters' });

export const thesaurusKindSchema = z.enum(['abbreviation', 'lay', 'brand', 'spelling'], {
  error: 'expected one of abbreviation, lay, brand, spelling',
});

export const thesaurusEntrySchema = z.strictObject({
  /** What people type: abbreviations, lay words, brand names, British spellings (at most four words each). */
  terms: z.array(phrase, { error: 'expected a list of phrases' }).min(1, { error: 'expected at least one term' }),
  /** The descriptor words each term stands for; every one is searched as an alternative. */
  means: z.array(phrase, { error: 'expected a list of phrases' }).min(1, { error: 'expected at least one meaning' }),
  /** What sort of mapping this is; defaults to the file's `kind`. */
  kind: thesaurusKindSchema.optional(),
});

export const thesaurusFileSchema = z.strictObject({
  /** What the file covers, e.g. "Durable medical equipment". */
  title: phrase,
  /** Default kind of the entries in this file. */
  kind: thesaurusKindSchema.default('lay'),
  /** The mappings. */
  entries: z.array(thesaurusEntrySchema, { error: 'expected a list of entries' }).min(1, { error: 'expected at least one entry' }),
});

export type ThesaurusKind = z.infer<typeof thesaurusKindSchema>;
export type ThesaurusFile = z.infer<typeof thesaurusFileSchema>;

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

/** Problems in one file's entries beyond what the schema checks, as [path, message]. */
export function checkThesaurusFile(file: ThesaurusFile): [string, string][] {
  const problems: [string, string][] = [];
  const seen = new Map<string, { entry: number; path: string }>();
  file.entries.forEach((entry, i) => {
    entry.terms.forEach((term, j) => {
      const path = `entries[${i}].terms[${j}]`;
      const key = phraseKey(term);
      const earlier = seen.get(key);
      if (!key) problems.push([path, `"${term}" has no searchable words (only stopwords or punctuation)`]);
      else if (key.split(' ').length > MAX_PHRASE_WORDS) problems.push([path, `"${term}" is longer than ${MAX_PHRASE_WORDS} searchable words`]);
      // the same word twice in one entry ("crutch", "crutches") is harmless; in two entries it is a mistake
      else if (earlier && earlier.entry !== i) problems.push([path, `"${term}" is already listed at ${earlier.path}; merge the two entries`]);
      else if (!earlier) seen.set(key, { entry: i, path });
    });
    entry.means.forEach((meaning, j) => {
      if (!expansionKey(meaning)) problems.push([`entries[${i}].means[${j}]`, `"${meaning}" has no searchable words`]);
    });
  });
  return problems;
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

