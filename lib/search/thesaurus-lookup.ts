/** The compiled thesaurus as the searcher uses it (browser-safe, no zod). */

/** Longest phrase, in words, that the searcher looks up. */
export const MAX_PHRASE_WORDS = 4;

/**
 * Compiled form carried in the payload: one row per entry, [number of terms, ...term keys, ...meaning keys],
 * each key a space-joined list of stems. A typed term expands to its entry's meanings and its other terms.
 */
export type CompiledThesaurus = (number | string)[][];

/** Payload rows → lookup: typed key → the stem lists it may stand for. */
export function thesaurusLookup(rows: CompiledThesaurus): Map<string, string[][]> {
  const sets = new Map<string, Set<string>>();
  for (const row of rows) {
    const count = typeof row[0] === 'number' ? row[0] : 0;
    const keys = row.slice(1, 1 + count).map(String);
    const means = row.slice(1 + count).map(String);
    for (const key of keys) {
      let set = sets.get(key);
      if (!set) sets.set(key, (set = new Set()));
      for (const m of means) set.add(m);
      for (const other of keys) if (other !== key) set.add(other);
    }
  }
  const out = new Map<string, string[][]>();
  for (const [key, set] of sets)
    if (set.size)
      out.set(
        key,
        [...set].map((m) => m.split(' ')),
      );
  return out;
}
