/**
 * Turns a normalized query into what the index is asked: one slot of term alternatives per query word, plus one
 * slot per word of every thesaurus meaning a run of query words has ("water pill" → diuretic). The searcher
 * then scores records against these slots.
 */
import { MAX_SLOTS, UNKNOWN_WORD_IDF } from './ranking-weights';
import type { NormalizedQuery } from './normalize';
import { termAlternatives, type TermAlternative, type TextIndex } from './text-index';
import { MAX_PHRASE_WORDS } from './thesaurus-lookup';
import { allowedEdits, boundedEditDistance } from '../text/edit-distance';

export interface Expansion {
  slots: number[];
  weights: number[];
  total: number;
}

/** A run of query words (positions start…end) and the thesaurus meanings it has. */
export interface PhraseMatch {
  start: number;
  end: number;
  expansions: Expansion[];
}

export interface QueryPlan {
  /** Slots 0…positions-1 are the query words; later slots are words of thesaurus meanings. */
  slotAlternatives: TermAlternative[][];
  /** How much each query word counts towards coverage (rarer words count more). */
  positionWeights: number[];
  totalWeight: number;
  phrases: PhraseMatch[];
  /** Words fuse.js re-scores and highlights. */
  fuseTerms: string[];
}

/** Thesaurus words that no record contains (lay and brand terms), so a typo of one can still find its meaning. */
export class LayWords {
  private readonly words = new Set<string>();

  constructor(thesaurus: Map<string, string[][]>, index: TextIndex) {
    for (const key of thesaurus.keys()) for (const word of key.split(' ')) if (!index.termIds.has(word)) this.words.add(word);
  }

  /** Lay words within typo distance of `word`: "rolator" → "rollator". */
  typos(word: string): string[] {
    const max = allowedEdits(word.length);
    if (max === 0 || this.words.has(word)) return [];
    const found: string[] = [];
    for (const candidate of this.words) {
      if (boundedEditDistance(word, candidate, max) <= max) found.push(candidate);
      if (found.length === 2) break;
    }
    return found;
  }
}

export function planQuery(q: NormalizedQuery, index: TextIndex, thesaurus: Map<string, string[][]>, layWords: LayWords): QueryPlan {
  const positions = q.terms.length;
  const slotAlternatives: TermAlternative[][] = [];
  const positionWeights: number[] = [];
  const fuseTerms = new Set<string>();

  q.terms.forEach((term, p) => {
    const word = q.words[p] ?? term;
    const partial = p === positions - 1 && q.partialLast;
    const alternatives = termAlternatives(index, word, partial);
    slotAlternatives.push(alternatives);
    const best = [...alternatives].sort((a, b) => b.weight - a.weight || index.idf[a.id]! - index.idf[b.id]!)[0];
    positionWeights.push(best ? 0.5 + (index.idf[best.id] ?? 0) : 0);
    if (best?.via === 'prefix') fuseTerms.add(word);
    for (const alt of alternatives)
      if (alt.via !== 'prefix' && alt.weight >= (best?.weight ?? 1) - 0.05) fuseTerms.add(index.terms[alt.id] ?? '');
  });

  // a misspelt word is looked up in the thesaurus by its corrections too ("insuline pump")
  const keyOptions = slotAlternatives.map((alternatives, p) => {
    const options = [q.terms[p] ?? ''];
    if (!alternatives.some((a) => a.via === 'exact')) {
      for (const alt of [...alternatives].sort((a, b) => b.weight - a.weight).slice(0, 2))
        if (alt.via !== 'prefix') options.push(index.terms[alt.id] ?? '');
      for (const fix of layWords.typos(q.words[p] ?? '')) options.push(fix);
    }
    return options;
  });
  const phrases: PhraseMatch[] = [];
  for (let start = 0; start < positions; start++) {
    for (let n = Math.min(MAX_PHRASE_WORDS, positions - start); n >= 1; n--) {
      let expansions: string[][] | undefined;
      for (const key of combinations(keyOptions.slice(start, start + n), 8)) if ((expansions = thesaurus.get(key))) break;
      if (!expansions) continue;
      const match: PhraseMatch = { start, end: start + n - 1, expansions: [] };
      for (const words of expansions) {
        if (slotAlternatives.length + words.length > MAX_SLOTS) break;
        const expansion: Expansion = { slots: [], weights: [], total: 0 };
        for (const word of words) {
          const id = index.termIds.get(word);
          const weight = 0.5 + (id === undefined ? UNKNOWN_WORD_IDF : (index.idf[id] ?? 0));
          expansion.slots.push(slotAlternatives.length);
          expansion.weights.push(weight);
          expansion.total += weight;
          slotAlternatives.push(id === undefined ? [] : [{ id, weight: 1, via: 'exact' }]);
          if (fuseTerms.size < 16) fuseTerms.add(word);
        }
        match.expansions.push(expansion);
      }
      phrases.push(match);
      for (let p = start; p <= match.end; p++) if (!positionWeights[p]) positionWeights[p] = 0.5 + UNKNOWN_WORD_IDF;
    }
  }
  const totalWeight = positionWeights.reduce((a, b) => a + b, 0);
  return { slotAlternatives, positionWeights, totalWeight, phrases, fuseTerms: [...fuseTerms].filter(Boolean) };
}

/** Space-joined picks of one option per position, at most `limit` of them. */
function combinations(options: string[][], limit: number): string[] {
  let out = [''];
  for (const choices of options) {
    const next: string[] = [];
    for (const prefix of out) for (const choice of choices) if (next.length < limit) next.push(prefix ? `${prefix} ${choice}` : choice);
    out = next;
  }
  return out;
}
