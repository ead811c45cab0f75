/**
 * Text and query normalisation shared by the index builder and the searcher.
 * Everything here is pure and browser-safe.
 */

import { CPT_LAST, FULL_CODE_PATTERN, HCPCS_LETTERS, MODIFIER_PATTERN } from '../codes/patterns';
import type { SearchEntryKind } from './types';

/** Queries are cut to this many characters before any other work, so hostile input stays cheap. */
export const MAX_QUERY_LENGTH = 160;
/** At most this many words of a query are searched. */
export const MAX_QUERY_TERMS = 8;

/** Words too common to search on, in documents and queries alike. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'and',
  'or',
  'in',
  'on',
  'at',
  'by',
  'per',
  'as',
  'from',
  'into',
  'via',
  'with',
  'without',
  'is',
  'are',
  'be',
  'been',
  'was',
  'were',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'than',
  'then',
  'but',
  'also',
  'so',
  'such',
  'which',
  'who',
  'whom',
  'whose',
]);

/** Words people add to a query that say nothing about the code they want. */
export const QUERY_NOISE: ReadonlySet<string> = new Set([
  'code',
  'codes',
  'what',
  'whats',
  'how',
  'do',
  'does',
  'did',
  'i',
  'my',
  'me',
  'you',
  'your',
  'we',
  'our',
  'can',
  'get',
  'need',
  'needs',
  'want',
  'billing',
  'bill',
  'lookup',
  'find',
  // questions about coverage and payment ask for the code of the thing, not for records that mention Medicare
  'medicare',
  'medicaid',
  'insurance',
  'cover',
  'covers',
  'covered',
  'coverage',
  'pay',
  'pays',
  'paid',
  'payment',
  'reimbursement',
  'cost',
  'costs',
  'price',
  'will',
  'should',
  'which',
  'when',
  'where',
  'why',
  'there',
  'use',
  'using',
  'billed',
  'number',
  'please',
]);

/** Words that say which kind of code is wanted ("physical therapy modifier", "cpt code for a knee replacement"). */
const KIND_WORDS: Readonly<Record<string, SearchEntryKind>> = { modifier: 'modifier', modifiers: 'modifier', cpt: 'cpt', hcpcs: 'hcpcs' };

/** Lower-case, strip accents and compatibility forms ("Ｓ９９８６" → "s9986", "é" → "e"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words of a text, folded: "Vitamin B-12, 1,000 mcg" → ["vitamin", "b12", "1", "000", "mcg"]. */
export function tokenize(text: string): string[] {
  const folded = foldText(text)
    .replace(/['’`]/g, '')
    // a lone letter hyphenated to a number is one word: b-12, o-2, t-4
    .replace(/\b([a-z])-(?=\d)/g, '$1');
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/** A light English stemmer: folds plurals so "crutches" finds "crutch" and "batteries" finds "battery". */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|os|as|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Index terms of a text: stemmed words without stopwords. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenize(text)) if (!STOPWORDS.has(word)) out.push(stem(word));
  return out;
}

/** Whole query is a code, optionally followed by up to four two-character modifiers: "S9986-GA", "s9986 ga gy", "S9986GA". */
const CODE_WITH_MODIFIERS = new RegExp(
  `^(?:([${HCPCS_LETTERS}])[\\s.-]*(\\d{4})|(\\d{4}[${CPT_LAST}]))((?:[\\s._/-]*[a-z0-9]{2}\\b){0,4})[\\s._/-]*$`,
  'i',
);
/** Whole query is the start of a code: "E26", "a4", "969". */
const CODE_PREFIX = new RegExp(`^(?:[${HCPCS_LETTERS}]\\d{0,3}|\\d{1,4})$`);
/** A code inside a longer query: "e0110 crutches", "J-9271". */
const CODE_IN_TEXT = new RegExp(`\\b([${HCPCS_LETTERS}])[\\s.-]?(\\d{4})\\b|\\b(\\d{4}[${CPT_LAST}])\\b`, 'gi');

export interface NormalizedQuery {
  /** The query folded (lower case, no accents) with runs of space collapsed. */
  text: string;
  /** The query with spaces, hyphens, dots and slashes removed, upper case: "S 9986-ga" → "S9986GA". */
  compact: string;
  /** Full codes found in the query, upper case, in order: "S9986-GA" → ["S9986"]. */
  codes: string[];
  /** Modifiers that followed a code: "S9986-GA" → ["GA"]. */
  modifiers: string[];
  /** The start of a code when the whole query is one: "e26" → "E26"; otherwise null. */
  prefix: string | null;
  /** True when the whole query is a code, a code with modifiers, or a code prefix. */
  codeOnly: boolean;
  /** Searchable words as typed (folded, no stopwords or noise words), at most MAX_QUERY_TERMS. */
  words: string[];
  /** `words` stemmed, same order and length. */
  terms: string[];
  /** True when the query ends in a word still being typed (no trailing space or punctuation). */
  partialLast: boolean;
  /** The kind of code a word of the query asked for ("modifier", "cpt", "hcpcs"), or null. */
  kind: SearchEntryKind | null;
}

/** Turns anything a person types into the parts the searcher works with. Safe for any input. */
export function normalizeQuery(query: string): NormalizedQuery {
  const raw = typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '';
  const text = foldText(raw).replace(/\s+/g, ' ').trim();
  const compact = text.replace(/[\s\-._/,:;]+/g, '').toUpperCase();

  const codes: string[] = [];
  const modifiers: string[] = [];
  let prefix: string | null = null;
  let codeOnly = false;

  const whole = CODE_WITH_MODIFIERS.exec(text);
  if (whole) {
    codes.push((whole[3] ?? `${whole[1] ?? ''}${whole[2] ?? ''}`).toUpperCase());
    for (const pair of (whole[4] ?? '')
      .replace(/[\s._/-]+/g, '')
      .toUpperCase()
      .match(/../g) ?? [])
      modifiers.push(pair);
    codeOnly = true;
  } else if (CODE_PREFIX.test(compact)) {
    prefix = compact;
    codeOnly = true;
  } else if (MODIFIER_PATTERN.test(compact)) {
    // two characters can only be a modifier ("GA", "25") or a word
    codes.push(compact);
    codeOnly = true;
  } else {
    for (const match of text.matchAll(CODE_IN_TEXT)) {
      const code = (match[3] ?? `${match[1] ?? ''}${match[2] ?? ''}`).toUpperCase();
      if (FULL_CODE_PATTERN.test(code) && !codes.includes(code)) codes.push(code);
    }
  }

  const words: string[] = [];
  let kind: SearchEntryKind | null = null;
  for (const word of tokenize(text)) {
    if (Object.hasOwn(KIND_WORDS, word)) kind ??= KIND_WORDS[word]!;
    if (STOPWORDS.has(word) || QUERY_NOISE.has(word) || Object.hasOwn(KIND_WORDS, word)) continue;
    words.push(word);
    if (words.length === MAX_QUERY_TERMS) break;
  }
  // A query made only of stopwords ("not", "to be") still searches its words.
  if (words.length === 0 && !codeOnly) {
    for (const word of tokenize(text).slice(0, MAX_QUERY_TERMS)) if (word.length > 1) words.push(word);
  }

  return {
    text,
    compact,
    codes,
    modifiers,
    prefix,
    codeOnly,
    words,
    terms: words.map(stem),
    partialLast: /[\p{L}\p{N}]$/u.test(raw),
    kind,
  };
}

/** Is this string a full HCPCS or CPT code (upper case)? */
export function isFullCode(code: string): boolean {
  return FULL_CODE_PATTERN.test(code);
}
