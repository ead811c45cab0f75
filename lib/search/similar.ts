/**
 * "Similar codes": for one record, the records that share most of the rare words of its title and first descriptor,
 * scored over the same inverted index the searcher uses. The data step runs it once per code at build time.
 */
import { analyze } from './normalize';
import type { TextIndex } from './text-index';
import type { SearchEntry } from './types';

/** Words in more than this share of records say too little to make two codes similar ("each", "supply"). */
const COMMON = 0.05;

export function similarRecords(
  entries: readonly SearchEntry[],
  index: TextIndex,
  doc: number,
  limit: number,
  accept: (other: number) => boolean,
): number[] {
  const entry = entries[doc];
  if (!entry) return [];
  const words = new Set(analyze(`${entry.title} ${entry.descriptors[0] ?? ''}`));
  const scores = new Map<number, number>();
  const maxDf = Math.max(2, Math.floor(index.docCount * COMMON));
  let total = 0;
  for (const word of words) {
    const id = index.termIds.get(word);
    if (id === undefined) continue;
    const docs = index.postingDocs[id]!;
    if (docs.length > maxDf) continue;
    const idf = index.idf[id]!;
    total += idf;
    const weights = index.postingWeights[id]!;
    for (let k = 0; k < docs.length; k++) {
      const other = docs[k]!;
      if (other !== doc) scores.set(other, (scores.get(other) ?? 0) + idf * weights[k]!);
    }
  }
  if (total === 0) return [];
  return (
    [...scores]
      .filter(([other, score]) => score >= total * 0.35 && accept(other))
      // shorter records that share the same words are closer matches than long ones that mention them in passing
      .map(([other, score]): [number, number] => [other, score / Math.sqrt(Math.max(4, index.docLength[other] ?? 4))])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([other]) => other)
  );
}
