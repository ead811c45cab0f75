/**
 * The in-memory inverted index the searcher builds from the payload on load, and the
 * candidate-term lookups (exact, prefix, typo-tolerant, British spelling) over its vocabulary.
 */
import type { SearchEntry } from './types';
import { analyze, stem } from './normalize';
import { allowedEdits, boundedEditDistance } from '../text/edit-distance';

/** How strongly a word in each field counts. */
export const FIELD_WEIGHTS = { title: 1, firstDescriptor: 0.9, otherDescriptors: 0.6, synonyms: 0.9, phrases: 0.8 } as const;

export interface TextIndex {
  /** Sorted vocabulary of stems. */
  terms: string[];
  termIds: Map<string, number>;
  /** Per term: the records it occurs in (ascending) and the best field weight there. */
  postingDocs: Int32Array[];
  postingWeights: Float32Array[];
  idf: Float64Array;
  /** Term ids grouped by term length, for typo search. */
  byLength: number[][];
  /** Index terms in each record's title and first descriptor. */
  docLength: Uint16Array;
  /** Per record, the term ids of its heads: its title, first descriptor and synonyms up to the first "for", "with", comma… */
  heads: Int32Array[];
  /** Per record, the term ids of its head nouns: the last word of the head of its title, first descriptor and synonyms. */
  headNouns: Int32Array[];
  avgDocLength: number;
  docCount: number;
}

/**
 * What a descriptor is about, as opposed to what it is for or used with: the words before the first comma, semicolon,
 * "for", "with", "used", "per" or "each". "Walker, folding…" is a walker; "Replacement, handgrip, cane, crutch, or
 * walker" is a handgrip; "Full face mask used with positive airway pressure device" is a mask.
 */
export function headOf(text: string): string {
  return text.split(/[,;:(]|\s(?:for|with|used|per|each|including|includes|that|which|to be)\s/i)[0] ?? '';
}

/**
 * The head noun of a descriptor: the last word of its head before any "of", "by", "in"… English puts the noun a phrase
 * is about last ("standard wheelchair" is a wheelchair, "wheelchair management training" is training, "insertion of a
 * bladder catheter" is an insertion), and CMS's inverted style puts it first ("Walker, folding…"), where it is also
 * the last word before the comma. A verb with its object ("placing a catheter") is about the verb.
 */
export function headNounOf(text: string): string | undefined {
  // "(SVN)" and "(indwelling)" qualify a word; they are not where the phrase ends
  const head = headOf(text.replace(/\([^)]*\)/g, ' ')).split(/\s(?:of|by|in|on|from|during|after|using|via|at|to)\s/i)[0] ?? '';
  // "Placing a Foley catheter", "Giving a shot": a verb and its object; the verb is what the phrase is about
  const gerund = /^\s*([a-z]+ing)\s+(?:a|an|the)\s/i.exec(head);
  return analyze(gerund ? gerund[1]! : head).at(-1);
}

export function buildTextIndex(entries: readonly SearchEntry[]): TextIndex {
  const postings = new Map<string, number[]>();
  const docLength = new Uint16Array(entries.length);
  let totalLength = 0;
  const headStems: string[][] = [];
  const headNounStems: string[][] = [];
  entries.forEach((entry, doc) => {
    // synonyms are names of the thing too: "Injection administration" is what 96372 is
    const named = [entry.title, entry.descriptors[0] ?? '', ...entry.synonyms];
    headStems.push(named.flatMap((name) => analyze(headOf(name))));
    headNounStems.push(named.map(headNounOf).filter((s): s is string => s !== undefined));
    const local = new Map<string, number>();
    const add = (text: string, weight: number): number => {
      const stems = analyze(text);
      for (const s of stems) if ((local.get(s) ?? 0) < weight) local.set(s, weight);
      return stems.length;
    };
    let length = add(entry.title, FIELD_WEIGHTS.title);
    entry.descriptors.forEach((d, i) => {
      const n = add(d, i === 0 ? FIELD_WEIGHTS.firstDescriptor : FIELD_WEIGHTS.otherDescriptors);
      if (i === 0) length = Math.max(length, n);
    });
    for (const s of entry.synonyms) add(s, FIELD_WEIGHTS.synonyms);
    for (const p of entry.phrases) add(p, FIELD_WEIGHTS.phrases);
    // the code itself is a word too ("e0110"), found by people pasting it into a longer query
    add(entry.code, FIELD_WEIGHTS.title);
    docLength[doc] = Math.min(length, 65535);
    totalLength += length;
    for (const [s, w] of local) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push(doc, w);
    }
  });

  const terms = [...postings.keys()].sort();
  const termIds = new Map<string, number>();
  const postingDocs: Int32Array[] = [];
  const postingWeights: Float32Array[] = [];
  const idf = new Float64Array(terms.length);
  const byLength: number[][] = [];
  const n = entries.length;
  terms.forEach((term, id) => {
    termIds.set(term, id);
    const list = postings.get(term) ?? [];
    const count = list.length / 2;
    const docs = new Int32Array(count);
    const weights = new Float32Array(count);
    for (let k = 0; k < count; k++) {
      docs[k] = list[2 * k] as number;
      weights[k] = list[2 * k + 1] as number;
    }
    postingDocs.push(docs);
    postingWeights.push(weights);
    idf[id] = Math.log(1 + (n - count + 0.5) / (count + 0.5));
    (byLength[term.length] ??= []).push(id);
  });
  const idsOf = (stems: string[]) => Int32Array.from(new Set(stems.flatMap((st) => termIds.get(st) ?? [])));
  const heads = headStems.map(idsOf);
  const headNouns = headNounStems.map(idsOf);
  return {
    terms,
    termIds,
    postingDocs,
    postingWeights,
    idf,
    byLength,
    docLength,
    heads,
    headNouns,
    avgDocLength: n ? totalLength / n : 1,
    docCount: n,
  };
}

/** A vocabulary term a query word may stand for, and how much a match on it is worth (0–1). */
export interface TermAlternative {
  id: number;
  weight: number;
  /** How it was found, for tuning and tests. */
  via: 'exact' | 'prefix' | 'typo' | 'spelling';
}

/** Completions considered for one prefix; the most frequent are kept. */
const MAX_COMPLETIONS = 48;
const MAX_TYPO_MATCHES = 8;

function lowerBound(terms: string[], value: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vocabulary terms that start with `prefix`, most frequent first. */
export function completions(index: TextIndex, prefix: string, limit = MAX_COMPLETIONS): number[] {
  const found: number[] = [];
  for (let id = lowerBound(index.terms, prefix); id < index.terms.length; id++) {
    if (!(index.terms[id] as string).startsWith(prefix)) break;
    found.push(id);
  }
  if (found.length > limit) {
    found.sort((a, b) => (index.postingDocs[b]?.length ?? 0) - (index.postingDocs[a]?.length ?? 0));
    found.length = limit;
  }
  return found;
}

/** Vocabulary terms within the allowed edit distance of `word`, closest then most frequent first. */
export function typoMatches(index: TextIndex, word: string, maxEdits = allowedEdits(word.length)): { id: number; edits: number }[] {
  if (maxEdits === 0) return [];
  const found: { id: number; edits: number }[] = [];
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const id of index.byLength[length] ?? []) {
      const edits = boundedEditDistance(word, index.terms[id] as string, maxEdits);
      if (edits > 0 && edits <= maxEdits) found.push({ id, edits });
    }
  }
  found.sort((a, b) => a.edits - b.edits || (index.postingDocs[b.id]?.length ?? 0) - (index.postingDocs[a.id]?.length ?? 0));
  const best = found[0]?.edits ?? 0;
  return found.filter((f) => f.edits === best).slice(0, MAX_TYPO_MATCHES);
}

/** British → American spellings the catalogue uses: nebuliser → nebulizer, haemoglobin → hemoglobin. */
export function americanSpellings(word: string): string[] {
  const out = new Set<string>();
  const rules: [RegExp, string][] = [
    [/is(e|er|ed|ing|ation|ations)$/, 'iz$1'],
    [/yse(r|d|s)?$/, 'yze$1'],
    [/our(s|ed|ing)?$/, 'or$1'],
    [/(ae)/g, 'e'],
    [/(oe)/g, 'e'],
    [/tre(s)?$/, 'ter$1'],
    [/ogue(s)?$/, 'og$1'],
    [/lled$/, 'led'],
    [/lling$/, 'ling'],
    [/ence$/, 'ense'],
  ];
  for (const [pattern, replacement] of rules) {
    const next = word.replace(pattern, replacement);
    if (next !== word) out.add(next);
  }
  const all = [...out];
  // combinations such as "anaesthetised" → "anesthetized"
  for (const first of all) for (const [pattern, replacement] of rules) out.add(first.replace(pattern, replacement));
  out.delete(word);
  return [...out];
}

/**
 * What a query word may match in the vocabulary. `partial` marks the word still being typed,
 * which also matches longer words that start with it.
 */
/** Singulars of a Latin or Greek plural: -ses → -sis, -ices → -ix/-ex, -ae → -a, -a → -um, -i → -us. */
export function latinSingulars(word: string): string[] {
  const out: string[] = [];
  if (word.length > 5 && word.endsWith('ses')) out.push(`${word.slice(0, -3)}sis`);
  if (word.length > 5 && word.endsWith('ices')) out.push(`${word.slice(0, -4)}ix`, `${word.slice(0, -4)}ex`);
  if (word.length > 4 && word.endsWith('ae')) out.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('a')) out.push(`${word.slice(0, -1)}um`);
  if (word.length > 4 && word.endsWith('i')) out.push(`${word.slice(0, -1)}us`);
  return out;
}

export function termAlternatives(index: TextIndex, word: string, partial: boolean): TermAlternative[] {
  const s = stem(word);
  const out = new Map<number, TermAlternative>();
  const put = (id: number | undefined, weight: number, via: TermAlternative['via']): void => {
    if (id === undefined) return;
    const current = out.get(id);
    if (!current || current.weight < weight) out.set(id, { id, weight, via });
  };
  put(index.termIds.get(s), 1, 'exact');
  put(index.termIds.get(word), 1, 'exact');
  // Latin and Greek plurals the light stemmer leaves alone: prostheses → prosthesis, orthoses → orthosis
  for (const singular of latinSingulars(word)) put(index.termIds.get(singular), 1, 'exact');
  const exactCount = out.size ? Math.max(...[...out.keys()].map((id) => index.postingDocs[id]?.length ?? 0)) : 0;

  if (word.length >= 2 && (partial || exactCount === 0)) {
    for (const id of completions(index, word)) {
      const ratio = word.length / (index.terms[id] as string).length;
      put(id, partial ? 0.5 + 0.4 * ratio : 0.4 + 0.35 * ratio, 'prefix');
    }
  }
  if (exactCount === 0 && /[a-z]/.test(word)) {
    for (const variant of americanSpellings(word)) {
      put(index.termIds.get(stem(variant)), 0.95, 'spelling');
      put(index.termIds.get(variant), 0.95, 'spelling');
    }
  }
  // a rare exact word may itself be the typo ("hosptal" appears once in CMS text)
  if (exactCount <= 2 && /^[a-z]+$/.test(s)) {
    for (const { id, edits } of typoMatches(index, s)) put(id, edits === 1 ? (exactCount ? 0.7 : 0.8) : 0.6, 'typo');
  }
  return [...out.values()];
}
