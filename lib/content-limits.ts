/**
 * Size caps on content/, each several times the largest real value (measured 2026-11-25, noted beside it), so that
 * only a mistake trips one: a pasted log, a file saved twice over, a runaway script. Raise a cap here, in the one
 * place, when real writing needs it.
 */

/** Bytes per file, checked before the file is read, so a huge file fails at once. */
export const FILE_BYTES = {
  /** content/codes/*.md: largest 9,810 (S9986.md). */
  code: 64 * 1024,
  /** content/guides/*.md: largest 19,424 (medical-necessity.md). */
  guide: 128 * 1024,
  /** content/cpt/summaries/*.md: largest 16,745 (radiology-common.md). */
  cptSummaries: 128 * 1024,
  /** content/cpt/ranges.md: 42,217. */
  cptRanges: 256 * 1024,
  /** content/thesaurus/*.md: largest 12,432 (drugs.md). */
  thesaurus: 128 * 1024,
} as const;

/** Characters per text field (after trimming), and items per list. */
export const FIELD_LIMITS = {
  /** Titles of code records (largest 87), guides (80) and CPT summaries (89; those also keep their own 90). */
  title: 200,
  /** One synonym (largest 85) or CPT summary search term (47). */
  synonym: 200,
  /** Synonyms of one record (largest 6) or terms of one CPT summary (6). */
  synonymCount: 40,
  /** One plain-language phrase (largest 91). */
  plainLanguage: 200,
  /** Plain-language phrases of one record (largest 5). */
  plainLanguageCount: 40,
  /** Summaries of code records (largest 388) and CPT summaries (447), guide descriptions (377). */
  summary: 1_500,
  /** One FAQ or guide question (largest 97). */
  question: 300,
  /** One FAQ answer (largest 470). */
  faqAnswer: 5_000,
  /**
   * Markdown bodies: clinical context (largest 1,512), billing (1,317), documentation (889), guide answers (2,873), the
   * markdown after the front matter (guide intros, 813). Also the cap on every other text field (longest 2,873).
   */
  markdown: 20_000,
} as const;
