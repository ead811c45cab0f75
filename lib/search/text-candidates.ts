/**
 * Text candidates for a query: every record that shares a word (or a thesaurus meaning) with it, scored by how much of
 * the query it covers (weighted by word rarity), with bonuses for the record's head (the thing itself, not what it is
 * used with), its head noun, and query words found side by side. The searcher (searcher.ts) re-ranks the best of them.
 */
import type { SearchEntry } from './types';
import {
  EXPANSION_FACTOR,
  SPECIFIC_MEANING_BONUS,
  MIN_COVERAGE,
  PHRASE_CHECKED,
  ADJACENT_BONUS,
  WHOLE_FIELD_BONUS,
  LONG_RECORD,
  LONG_RECORD_FACTOR,
  HEAD_BONUS,
  HEAD_NOUN_BONUS,
} from './ranking-weights';
import { analyze, type NormalizedQuery } from './normalize';
import type { TermAlternative, TextIndex } from './text-index';
import { planQuery, type LayWords, type PhraseMatch } from './query-plan';

export interface TextCandidate {
  doc: number;
  score: number;
}

export class TextCandidates {
  /** Per record, its row in `pool` while a query is scored (-1: not touched). */
  private readonly rowOf: Int32Array;
  /** The best match per (record, query slot), one row per record touched; grown as needed and reused. */
  private pool = new Float32Array(0);
  private readonly stemCache = new Map<number, string[][]>();

  constructor(
    private readonly entries: SearchEntry[],
    private readonly index: TextIndex,
    private readonly thesaurus: Map<string, string[][]>,
    private readonly layWords: LayWords,
  ) {
    this.rowOf = new Int32Array(entries.length).fill(-1);
  }

  /** Stems of each field of a record, cached. */
  private fieldStems(doc: number): string[][] {
    let cached = this.stemCache.get(doc);
    if (!cached) {
      const entry = this.entries[doc] as SearchEntry;
      cached = [entry.title, ...entry.descriptors, ...entry.synonyms, ...entry.phrases].map(analyze);
      if (this.stemCache.size > 5000) this.stemCache.clear();
      this.stemCache.set(doc, cached);
    }
    return cached;
  }

  /** Rewards query words side by side in one field, and a field that is exactly the query. */
  private phraseBonus(doc: number, accepted: Set<string>[]): number {
    let adjacent = 0;
    let whole = false;
    const pairs = accepted.length - 1;
    const found = new Uint8Array(Math.max(pairs, 0));
    for (const stems of this.fieldStems(doc)) {
      if (stems.length === accepted.length && stems.every((s, i) => accepted[i]?.has(s))) whole = true;
      for (let i = 0; i + 1 < stems.length; i++) {
        for (let p = 0; p < pairs; p++) {
          if (!found[p] && accepted[p]?.has(stems[i] as string) && accepted[p + 1]?.has(stems[i + 1] as string)) {
            found[p] = 1;
            adjacent++;
          }
        }
      }
    }
    return (pairs > 0 ? (ADJACENT_BONUS * adjacent) / pairs : 0) + (whole ? WHOLE_FIELD_BONUS : 0);
  }

  /**
   * The share of the query (by word weight) found in the record's head: the thing itself rather than what it is used
   * with, so "walker" puts walkers before a walker's handgrip. A thesaurus meaning counts when all its words are there.
   */
  private headShare(
    doc: number,
    base: number,
    slots: TermAlternative[][],
    phrases: PhraseMatch[],
    weights: number[],
    total: number,
  ): number {
    const head = this.index.heads[doc];
    if (!head || head.length === 0) return 0;
    const inHead = (slot: number) => (this.pool[base + slot] as number) > 0 && (slots[slot] ?? []).some((alt) => head.includes(alt.id));
    const found = weights.map((_, p) => inHead(p));
    for (const phrase of phrases) {
      if (phrase.expansions.some((e) => e.slots.every(inHead))) for (let p = phrase.start; p <= phrase.end; p++) found[p] = true;
    }
    let share = 0;
    found.forEach((yes, p) => (share += yes ? (weights[p] as number) : 0));
    return total ? share / total : 0;
  }

  /** Scores every record that shares a word (or a meaning) with the query; returns the best `count`. */
  find(q: NormalizedQuery, count: number, exclude: Set<number>): { candidates: TextCandidate[]; fuseTerms: string[] } {
    const { index } = this;
    const positions = q.terms.length;
    const { slotAlternatives, positionWeights, totalWeight, phrases, fuseTerms } = planQuery(q, index, this.thesaurus, this.layWords);
    if (totalWeight === 0) return { candidates: [], fuseTerms: [] };

    // accumulate the best match per (record, slot) in a pool of rows, one row per record touched
    const slots = slotAlternatives.length;
    const touched: number[] = [];
    const { rowOf } = this;
    let pool = this.pool;
    slotAlternatives.forEach((alternatives, slot) => {
      for (const alt of alternatives) {
        const docs = index.postingDocs[alt.id] as Int32Array;
        const weights = index.postingWeights[alt.id] as Float32Array;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] as number;
          let row = rowOf[doc] as number;
          if (row < 0) {
            row = touched.length;
            rowOf[doc] = row;
            touched.push(doc);
            if ((row + 1) * slots > pool.length) {
              const grown = new Float32Array(Math.max(1024, pool.length * 2, (row + 1) * slots * 2));
              grown.set(pool.subarray(0, row * slots));
              pool = grown;
            }
            pool.fill(0, row * slots, (row + 1) * slots);
          }
          const value = alt.weight * (weights[k] as number);
          const at = row * slots + slot;
          if ((pool[at] as number) < value) pool[at] = value;
        }
      }
    });
    this.pool = pool;

    // the query's head noun is its last word: the word itself, its typo and plural forms, and its thesaurus meanings' last words
    const lastHeads = positions ? (slotAlternatives[positions - 1] ?? []).filter((alt) => alt.weight >= 0.6).map((alt) => alt.id) : [];
    for (const phrase of phrases)
      if (phrase.end === positions - 1)
        for (const e of phrase.expansions)
          if (e.slots.length) lastHeads.push(...(slotAlternatives[e.slots.at(-1)!] ?? []).map((a) => a.id));
    const scored: TextCandidate[] = [];
    const sat = new Float64Array(positions);
    const avg = index.avgDocLength || 1;
    for (let row = 0; row < touched.length; row++) {
      const doc = touched[row] as number;
      rowOf[doc] = -1;
      if (exclude.has(doc)) continue;
      const base = row * slots;
      for (let p = 0; p < positions; p++) sat[p] = pool[base + p] as number;
      let specific = 0;
      for (const phrase of phrases) {
        let best = 0;
        for (const expansion of phrase.expansions) {
          let got = 0;
          for (let k = 0; k < expansion.slots.length; k++)
            got += (expansion.weights[k] as number) * (pool[base + (expansion.slots[k] as number)] as number);
          const value = expansion.total ? got / expansion.total : 0;
          if (value > best) best = value;
          // a longer meaning matched in full is more specific evidence ("influenza virus vaccine" over "influenza")
          if (value >= 0.99 && expansion.slots.length > specific) specific = expansion.slots.length;
        }
        best *= EXPANSION_FACTOR;
        for (let p = phrase.start; p <= phrase.end; p++) if ((sat[p] as number) < best) sat[p] = best;
      }
      let covered = 0;
      for (let p = 0; p < positions; p++) covered += (positionWeights[p] as number) * (sat[p] as number);
      const coverage = covered / totalWeight;
      if (coverage < MIN_COVERAGE) continue;
      const lengthFactor = (index.docLength[doc] ?? 0) > LONG_RECORD * avg ? LONG_RECORD_FACTOR : 1;
      const specificity = 1 + SPECIFIC_MEANING_BONUS * Math.min(3, Math.max(0, specific - 1));
      const head = 1 + HEAD_BONUS * this.headShare(doc, base, slotAlternatives, phrases, positionWeights, totalWeight);
      const headNoun = lastHeads.length && index.headNouns[doc]?.some((id) => lastHeads.includes(id)) ? 1 + HEAD_NOUN_BONUS : 1;
      scored.push({ doc, score: coverage * coverage * lengthFactor * specificity * head * headNoun });
    }
    scored.sort(byScoreThenCode);
    if (positions > 1 || phrases.length) {
      const accepted = slotAlternatives
        .slice(0, positions)
        .map((alts) => new Set(alts.filter((a) => a.weight >= 0.6).map((a) => index.terms[a.id] ?? '')));
      for (const candidate of scored.slice(0, PHRASE_CHECKED)) candidate.score *= 1 + this.phraseBonus(candidate.doc, accepted);
      scored.sort(byScoreThenCode);
    }
    return { candidates: scored.slice(0, count), fuseTerms };
  }
}

const byScoreThenCode = (a: TextCandidate, b: TextCandidate): number => b.score - a.score || a.doc - b.doc;
