/**
 * The search engine the browser, the CLI and the benchmark all use.
 *
 * Ranking, in order:
 * 1. exact code matches (with any modifiers typed after them: "S9986-GA" → S9986, then GA);
 * 2. codes that start with what was typed ("E26" → E2601…), active first, in code order;
 * 3. text matches: an inverted index over stems finds candidates (exact words, the start of the
 *    word being typed, typos within 1–2 edits, British spellings, and thesaurus meanings), scores
 *    them by how much of the query they cover, weighted by word rarity; fuse.js then scores the
 *    best few per field and gives highlight ranges, and the two scores are blended.
 * Within text matches, a terminated code and a guide each lose a little score, so at equal text
 * an active code comes first and codes come before guides.
 */
import type { SearchEntry, SearchMatch, SearchResult, Searcher } from './types';
import {
  TERMINATED_FACTOR,
  GUIDE_FACTOR,
  EXPANSION_FACTOR,
  SPECIFIC_MEANING_BONUS,
  MIN_COVERAGE,
  MAX_FUSE_TERMS,
  FUSE_TEXT_LIMIT,
  PHRASE_CHECKED,
  ADJACENT_BONUS,
  WHOLE_FIELD_BONUS,
  LONG_RECORD,
  LONG_RECORD_FACTOR,
  HEAD_BONUS,
  REPORTING_FACTOR,
  REPLACED_BY_FACTOR,
  HEAD_NOUN_BONUS,
  KIND_HINT_FACTOR,
} from './ranking-weights';
import { CodeLookup } from './code-lookup';
import { analyze, normalizeQuery, type NormalizedQuery } from './normalize';
import { decodeSearchPayload, type SearchPayload } from './payload-format';
import { buildTextIndex, type TermAlternative, type TextIndex } from './text-index';
import { thesaurusLookup, type CompiledThesaurus } from './thesaurus-lookup';
import { fuseRerank } from './fuse-rerank';
import { LayWords, planQuery, type PhraseMatch } from './query-plan';
import { findNdc, ndcLookup, type NdcHit, type NdcTable } from './ndc';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface SearchOptions {
  /** Re-rank candidates with fuse.js (true) or use the index score alone (false). */
  fuse: boolean;
  /** Share of the final text score that comes from fuse.js (0–1). */
  fuseBlend: number;
  /** How many index candidates fuse.js scores (at least the result limit). */
  candidates: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { fuse: true, fuseBlend: 0.3, candidates: 20 };

interface TextCandidate {
  doc: number;
  score: number;
}

class Engine implements Searcher {
  readonly size: number;
  private readonly entries: SearchEntry[];
  private readonly index: TextIndex;
  private readonly thesaurus: Map<string, string[][]>;
  private readonly codes: CodeLookup;
  private readonly rowOf: Int32Array;
  private pool = new Float32Array(0);
  private readonly options: SearchOptions;
  private readonly stemCache = new Map<number, string[][]>();
  private readonly fuseViews = new Map<number, SearchEntry>();
  private readonly layWords: LayWords;
  private ndc: Map<string, NdcHit> | null = null;

  constructor(entries: SearchEntry[], thesaurus: CompiledThesaurus, options: SearchOptions) {
    this.entries = entries;
    this.size = entries.length;
    this.options = options;
    this.index = buildTextIndex(entries);
    this.thesaurus = thesaurusLookup(thesaurus);
    this.layWords = new LayWords(this.thesaurus, this.index);
    this.codes = new CodeLookup(entries);
    this.rowOf = new Int32Array(entries.length).fill(-1);
  }

  /** Adds the NDC table (published separately, fetched only when someone types an NDC). */
  attachNdc(table: NdcTable): void {
    this.ndc = ndcLookup(table);
  }

  search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const max = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number.isFinite(limit) ? limit : DEFAULT_LIMIT)));
    const q = normalizeQuery(query);
    const results: SearchResult[] = [];
    const taken = new Set<number>();
    for (const hit of this.ndc ? findNdc(query, this.ndc) : []) {
      const doc = this.codes.exact(hit.code)[0];
      const entry = doc === undefined ? undefined : this.entries[doc];
      if (!entry || results.length >= max) continue;
      const value = `${hit.drug} (NDC ${hit.ndc}): ${hit.unitsPerPackage} billing unit${hit.unitsPerPackage === 1 ? '' : 's'} of ${entry.code} per package`;
      results.push({
        code: entry.code,
        kind: entry.kind,
        title: value,
        href: `${entry.href}#ndc-${hit.ndc}`,
        active: entry.active,
        score: 1,
        matches: [],
      });
    }
    const push = (doc: number, score: number, matches: SearchMatch[]): void => {
      const entry = this.entries[doc];
      if (!entry || taken.has(doc) || results.length >= max) return;
      taken.add(doc);
      results.push({ code: entry.code, kind: entry.kind, title: entry.title, href: entry.href, active: entry.active, score, matches });
    };
    const codeMatch = (doc: number, length: number): SearchMatch[] => {
      const code = this.entries[doc]?.code ?? '';
      return [{ field: 'code', indices: [[0, Math.min(length, code.length) - 1]], value: code }];
    };

    for (const code of [...q.codes, ...q.modifiers]) {
      for (const doc of this.codes.exact(code)) push(doc, 1, codeMatch(doc, code.length));
    }
    if (q.prefix) {
      const found = this.codes.prefix(q.prefix, max + taken.size);
      found.forEach((doc, i) => push(doc, 0.99 - 0.08 * (i / found.length), codeMatch(doc, q.prefix?.length ?? 0)));
    }
    if (results.length < max && q.words.length) {
      for (const hit of this.textSearch(q, max - results.length + taken.size, taken)) push(hit.doc, hit.score, hit.matches);
    }
    return results;
  }

  /** Index candidates → fuse.js re-rank → ranking rules. */
  private textSearch(q: NormalizedQuery, limit: number, exclude: Set<number>): { doc: number; score: number; matches: SearchMatch[] }[] {
    // The same candidates whatever the limit, so the first five results do not depend on how many were asked for.
    const { candidates, fuseTerms } = this.candidates(q, Math.max(MAX_LIMIT, this.options.candidates), exclude);
    if (candidates.length === 0) return [];
    const docs = candidates.map((c) => this.entries[c.doc] as SearchEntry);
    const blend = this.options.fuse ? this.options.fuseBlend : 0;
    // fuse.js re-scores the best few; the rest keep their index score
    const fused = this.options.fuse
      ? fuseRerank(
          candidates.slice(0, this.options.candidates).map((c) => this.fuseView(c.doc)),
          fuseTerms.slice(0, MAX_FUSE_TERMS).join(' '),
        )
      : null;
    const ranked = candidates.map((c, i) => {
      const entry = docs[i] as SearchEntry;
      const fuse = fused?.[i];
      const text = (1 - blend) * c.score + blend * (fuse?.relevance ?? 0);
      let score = text;
      if (!entry.active) score *= TERMINATED_FACTOR;
      if (entry.reportingOnly) score *= REPORTING_FACTOR;
      if (entry.kind === 'guide') score *= GUIDE_FACTOR;
      if (q.kind && entry.kind === q.kind) score *= KIND_HINT_FACTOR;
      return { doc: c.doc, score: 0.89 * score, text, matches: fuse?.matches ?? [] };
    });
    this.inheritReplacements(ranked, exclude);
    // scores equal to 3 decimals are a tie: catalogue order then puts the general code first
    for (const r of ranked) r.score = Math.round(r.score * 1000) / 1000;
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return ranked.slice(0, limit);
  }

  /**
   * A terminated code that matches lends its score to the codes CMS cross-references it to, so they rank just above
   * it: "cologuard" finds the terminated G0464 by its words, and 81528, which replaced it, first.
   */
  private inheritReplacements(ranked: { doc: number; score: number; text: number; matches: SearchMatch[] }[], exclude: Set<number>): void {
    const byDoc = new Map(ranked.map((r) => [r.doc, r]));
    for (const r of ranked.slice()) {
      const entry = this.entries[r.doc] as SearchEntry;
      if (entry.active || !entry.replacedBy) continue;
      const inherited = 0.89 * r.text * REPLACED_BY_FACTOR;
      for (const code of entry.replacedBy) {
        for (const doc of this.codes.exact(code)) {
          if (exclude.has(doc) || !this.entries[doc]?.active) continue;
          const existing = byDoc.get(doc);
          if (existing) existing.score = Math.max(existing.score, inherited);
          else {
            const added = { doc, score: inherited, text: r.text, matches: [] };
            ranked.push(added);
            byDoc.set(doc, added);
          }
        }
      }
    }
  }

  /** What fuse.js sees of a record: long descriptors cut short, as scanning 4,000 characters buys nothing. */
  private fuseView(doc: number): SearchEntry {
    let view = this.fuseViews.get(doc);
    if (!view) {
      const entry = this.entries[doc] as SearchEntry;
      view = { ...entry, descriptors: entry.descriptors.map((d) => (d.length > FUSE_TEXT_LIMIT ? d.slice(0, FUSE_TEXT_LIMIT) : d)) };
      if (this.fuseViews.size > 2000) this.fuseViews.clear();
      this.fuseViews.set(doc, view);
    }
    return view;
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
  private candidates(q: NormalizedQuery, count: number, exclude: Set<number>): { candidates: TextCandidate[]; fuseTerms: string[] } {
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

/** Builds a searcher from the payload the data step wrote (browser or Node). */
export function createSearcher(payload: SearchPayload, options: Partial<SearchOptions> = {}): Searcher {
  const { entries, thesaurus } = decodeSearchPayload(payload);
  return new Engine(entries, thesaurus, { ...DEFAULT_SEARCH_OPTIONS, ...options });
}
