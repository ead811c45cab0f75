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
  MAX_FUSE_TERMS,
  FUSE_TEXT_LIMIT,
  REPORTING_FACTOR,
  REPLACED_BY_FACTOR,
  KIND_HINT_FACTOR,
} from './ranking-weights';
import { CodeLookup } from './code-lookup';
import { normalizeQuery, type NormalizedQuery } from './normalize';
import { decodeSearchPayload, type SearchPayload } from './payload-format';
import { buildTextIndex } from './text-index';
import { thesaurusLookup, type CompiledThesaurus } from './thesaurus-lookup';
import { fuseRerank } from './fuse-rerank';
import { LayWords } from './query-plan';
import { TextCandidates } from './text-candidates';
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

class Engine implements Searcher {
  readonly size: number;
  private readonly entries: SearchEntry[];
  private readonly codes: CodeLookup;
  private readonly options: SearchOptions;
  private readonly fuseViews = new Map<number, SearchEntry>();
  private readonly text: TextCandidates;
  private ndc: Map<string, NdcHit> | null = null;

  constructor(entries: SearchEntry[], thesaurus: CompiledThesaurus, options: SearchOptions) {
    this.entries = entries;
    this.size = entries.length;
    this.options = options;
    const index = buildTextIndex(entries);
    const meanings = thesaurusLookup(thesaurus);
    this.text = new TextCandidates(entries, index, meanings, new LayWords(meanings, index));
    this.codes = new CodeLookup(entries);
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
    const { candidates, fuseTerms } = this.text.find(q, Math.max(MAX_LIMIT, this.options.candidates), exclude);
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
}

/** Builds a searcher from the payload the data step wrote (browser or Node). */
export function createSearcher(payload: SearchPayload, options: Partial<SearchOptions> = {}): Searcher {
  const { entries, thesaurus } = decodeSearchPayload(payload);
  return new Engine(entries, thesaurus, { ...DEFAULT_SEARCH_OPTIONS, ...options });
}
