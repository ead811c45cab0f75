/** The tuning knobs of text ranking (lib/search/text-candidates.ts and searcher.ts). Measured with npm run bench:search. */

/** Score multipliers for the ranking rules. */
export const TERMINATED_FACTOR = 0.93;
export const GUIDE_FACTOR = 0.9;
/** A thesaurus meaning counts almost as much as the word itself. */
export const EXPANSION_FACTOR = 1;
/** Per extra word of a thesaurus meaning matched in full (up to three). */
export const SPECIFIC_MEANING_BONUS = 0;
/** Weight of a query word known only through the thesaurus. */
export const UNKNOWN_WORD_IDF = 5;
/** Text matches covering less than this share of the query are dropped. */
export const MIN_COVERAGE = 0.25;
export const MAX_SLOTS = 40;
/** fuse.js scores at most this many words of the query and its meanings. */
export const MAX_FUSE_TERMS = 8;
/** fuse.js reads at most this many characters of a descriptor. */
export const FUSE_TEXT_LIMIT = 400;
/** Candidates (by coverage) checked for the query's words side by side. */
export const PHRASE_CHECKED = 200;
/** Bonus for query words found next to each other, in order, in one field. */
export const ADJACENT_BONUS = 0.1;
/** Bonus for a field that says exactly what was typed (a synonym "maintenance therapy"). */
export const WHOLE_FIELD_BONUS = 0.1;
/** Records this many times longer than average lose a little, as their words match by accident more often. */
export const LONG_RECORD = 4;
export const LONG_RECORD_FACTOR = 0.95;
/** A record whose head (what it is, not what it is used with) holds the whole query gains this much. */
export const HEAD_BONUS = 0.25;
/** Codes that only report a quality measure (PFS status M, CPT Category II) lose a little to the service itself. */
export const REPORTING_FACTOR = 0.85;
/** A terminated code's CMS cross-references rank just above it: below an active code that matches as well, above the
 * terminated code (TERMINATED_FACTOR). */
export const REPLACED_BY_FACTOR = 0.97;
/** A record whose head noun (the last word of what it is: "standard wheelchair", "wheelchair management training") is
 * the query's own head noun (its last word) gains this much: the item, not a service or accessory named after it. */
export const HEAD_NOUN_BONUS = 0.1;
/** Records of the kind a query word asked for ("… modifier", "cpt …") gain this much. */
export const KIND_HINT_FACTOR = 1.3;
