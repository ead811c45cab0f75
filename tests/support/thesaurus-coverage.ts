/** Which thesaurus meanings use words that no catalogue record contains (and so can never match). */
import type { SearchEntry } from '@/lib/search/types';
import type { Thesaurus } from '@/lib/search/thesaurus';
import { expansionKey } from '@/lib/search/thesaurus';
import { analyze } from '@/lib/search/normalize';

export interface DeadMeaning {
  source: string;
  term: string;
  meaning: string;
  missing: string[];
}

export function deadMeanings(entries: readonly SearchEntry[], thesaurus: Thesaurus): DeadMeaning[] {
  const vocab = new Set<string>();
  for (const e of entries)
    for (const text of [e.title, ...e.descriptors, ...e.synonyms, ...e.phrases]) for (const s of analyze(text)) vocab.add(s);
  const out: DeadMeaning[] = [];
  for (const entry of thesaurus.entries) {
    for (const meaning of entry.means) {
      const missing = expansionKey(meaning)
        .split(' ')
        .filter((s) => s && !vocab.has(s));
      if (missing.length) out.push({ source: entry.source, term: entry.terms[0] ?? '', meaning, missing });
    }
  }
  return out;
}
