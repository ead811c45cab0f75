import { z } from 'zod';
import { ANY_CODE_PATTERN, CODE_SYSTEMS, CPT_PATTERN } from './codes/patterns';
import { FIELD_LIMITS } from './content-limits';
import { THESAURUS_KINDS } from './search/thesaurus';

/** Text of at most `max` characters (content-limits.ts); blank text counts as missing. */
const textUpTo = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'expected text' })
    .max(max, { error: `expected at most ${max.toLocaleString('en-US')} characters` });
const text = textUpTo(FIELD_LIMITS.markdown);
const listUpTo = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `expected at most ${max} items` });
const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const codeRef = z.string({ error: 'expected a code as a quoted string, such as "S9986"' }).regex(ANY_CODE_PATTERN, {
  error: 'expected an uppercase code such as "S9986", "96999" or "GA"',
});

export const codeSystemSchema = z.enum(CODE_SYSTEMS, { error: 'expected one of "hcpcs", "cpt" or "modifier"' });

export const faqItemSchema = z.strictObject({
  /** The question as a reader would ask it. */
  question: textUpTo(FIELD_LIMITS.question),
  /** The answer, in markdown (raw HTML is not rendered). */
  answer: textUpTo(FIELD_LIMITS.faqAnswer),
  /** Who asks it: "patient" for questions a patient would ask (is it covered, what will I pay, why is it on my bill). */
  audience: z.enum(['patient', 'professional'], { error: 'expected "patient" or "professional"' }).default('professional'),
});

export const sourceSchema = z.strictObject({
  /** Title of the cited document. */
  title: text,
  /** Who published it (CMS, AMA, a MAC…). */
  publisher: text,
  /** Where to read it, if it is online. */
  url: z.url({ protocol: /^https$/, error: 'expected an https:// address' }).optional(),
});

/** Facts that the CMS release must agree with; the data step fails the build if they differ. */
export const cmsFactsSchema = z.strictObject({
  /** HCPCS coverage code (C, D, I, M, S). */
  coverageCode: z.enum(['C', 'D', 'I', 'M', 'S'], { error: 'expected one of C, D, I, M or S' }).optional(),
  /** First HCPCS pricing indicator (00, 11, 13, …). */
  pricingIndicator: z
    .string()
    .regex(/^\d{2}$/, { error: 'expected two digits such as "00"' })
    .optional(),
  /** Physician Fee Schedule status code (A, C, I, …). */
  pfsStatus: z
    .string()
    .regex(/^[A-Z]$/, { error: 'expected one capital letter such as "I"' })
    .optional(),
  /** HCPCS added date. */
  addedDate: isoDate.optional(),
  /** HCPCS termination date; omit for an active code. */
  terminationDate: isoDate.optional(),
  /** PFS global surgery days (000, 010, 090, MMM, XXX, YYY, ZZZ). */
  globalDays: z
    .enum(['000', '010', '090', 'MMM', 'XXX', 'YYY', 'ZZZ'], { error: 'expected one of 000, 010, 090, MMM, XXX, YYY or ZZZ' })
    .optional(),
  /** PFS professional/technical component indicator (0–9). */
  pcTcIndicator: z.string().regex(/^\d$/, { error: 'expected one digit such as "1"' }).optional(),
});

export const codeRecordSchema = z.strictObject({
  /** The code, uppercase, as a quoted string: "S9986", "96999", "GA". */
  code: codeRef,
  /** Which code set it belongs to. */
  system: codeSystemSchema,
  /** A short original title (never the AMA CPT descriptor). */
  title: textUpTo(FIELD_LIMITS.title),
  /** The official CMS descriptor, verbatim. HCPCS Level II and modifiers only; CPT descriptors are AMA copyright. */
  descriptor: text.optional(),
  /** The category shown in breadcrumbs, e.g. "S codes: temporary national codes for private payers". */
  category: text,
  /** "Also known as" names people use for this code. */
  synonyms: listUpTo(textUpTo(FIELD_LIMITS.synonym), FIELD_LIMITS.synonymCount).default([]),
  /** Plain-language phrases a patient or student would use. */
  plainLanguage: listUpTo(textUpTo(FIELD_LIMITS.plainLanguage), FIELD_LIMITS.plainLanguageCount).default([]),
  /** One or two sentences saying what the code is for. */
  summary: textUpTo(FIELD_LIMITS.summary),
  /** Clinical context, in markdown. */
  clinicalContext: text,
  /** Billing guidance, in markdown. */
  billing: text,
  /** Documentation that supports the claim, in markdown. */
  documentation: text,
  /** Modifiers that really go on this code's claim line, and when to use each. */
  modifiers: z.array(z.strictObject({ code: codeRef, when: text })).default([]),
  /** Modifiers to use instead of this code, or on another code in its place (S9986 → GA on the real service). */
  modifiersInstead: z.array(z.strictObject({ code: codeRef, when: text })).default([]),
  /** Specialties that commonly report the code. */
  specialties: z.array(text).default([]),
  /** Typical sites of service. */
  sitesOfService: z.array(text).default([]),
  /** Notes on how particular payers treat the code. */
  payerNotes: z.array(z.strictObject({ payer: text, note: text })).default([]),
  /** Frequently asked questions. */
  faq: z.array(faqItemSchema).default([]),
  /** Related codes, each with why it is related. */
  relatedCodes: z.array(z.strictObject({ code: codeRef, note: text })).default([]),
  /** Slugs of guides in content/guides that discuss this code. */
  relatedGuides: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a guide slug such as "medical-necessity"' })).default([]),
  /** Where the facts on the page come from. */
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
  /** When a person last reviewed the record against its sources. */
  lastReviewed: isoDate,
  /** CMS facts the record relies on; checked against the release files when they are loaded. */
  cmsFacts: cmsFactsSchema.optional(),
});

export const guideQuestionSchema = z.strictObject({
  /** Stable anchor id for the question, e.g. "what-is-an-abn". */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a lowercase anchor id such as "what-is-an-abn"' }),
  /** The question. */
  question: textUpTo(FIELD_LIMITS.question),
  /** The answer, in markdown. */
  answer: text,
});

export const guideRecordSchema = z.strictObject({
  /** Must equal the file name without .md. */
  slug: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a lowercase slug such as "medical-necessity"' }),
  /** Page title. */
  title: textUpTo(FIELD_LIMITS.title),
  /** One-sentence description used for search results and link previews. */
  description: textUpTo(FIELD_LIMITS.summary),
  /** Codes the guide discusses; each must exist. */
  codes: z.array(codeRef).default([]),
  /** The questions and answers, in reading order. */
  questions: z.array(guideQuestionSchema).min(1, { error: 'expected at least one question' }),
  /** Where the facts come from. */
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
  /** When a person last reviewed the guide. */
  lastReviewed: isoDate,
});

const cptCode = z.string({ error: 'expected a CPT code as a quoted string, such as "99213"' }).regex(CPT_PATTERN, {
  error: 'expected a CPT code: five digits, or four digits then F, T, U or M ("99213", "0633T")',
});
const slug = z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a lowercase slug such as "musculoskeletal"' });

/** One span of CPT codes with our own plain-language name; `from` and `to` are of the same kind (digits, F, T, U or M). */
export const cptRangeSchema = z.strictObject({
  /** First code of the range, inclusive. */
  from: cptCode,
  /** Last code of the range, inclusive. */
  to: cptCode,
  /** Our own name for what the range holds, e.g. "Femur and knee" (never AMA heading text copied verbatim). */
  name: text,
});

export const cptSubsectionSchema = z.strictObject({
  /** Our own name, e.g. "Musculoskeletal system". */
  name: text,
  /** Anchor on the section page, unique within the section. */
  slug,
  /** The ranges, in code order. */
  ranges: z.array(cptRangeSchema).min(1, { error: 'expected at least one range' }),
});

export const cptSectionSchema = z.strictObject({
  /** Our own name, e.g. "Surgery". */
  name: text,
  /** Browse page slug: /codes/cpt/<slug>/. */
  slug,
  /** One or two plain sentences on what the section covers. */
  summary: text,
  subsections: z.array(cptSubsectionSchema).min(1, { error: 'expected at least one subsection' }),
});

/** content/cpt/ranges.md: where every CPT code sits, in our own words. Every CPT code in the CMS files falls in exactly one range. */
export const cptRangesFileSchema = z.strictObject({
  title: text,
  /** When a person last reviewed the table. */
  lastReviewed: isoDate,
  sections: z.array(cptSectionSchema).min(1, { error: 'expected at least one section' }),
});

/** One CPT code described in our own words: never the AMA descriptor, nor CMS's short descriptor of it. */
export const cptSummarySchema = z.strictObject({
  code: cptCode,
  /** A short original title (at most 90 characters). */
  title: textUpTo(90),
  /** What the service is, in one to three plain sentences. */
  summary: textUpTo(FIELD_LIMITS.summary),
  /** What people type when they look for it: lay terms, abbreviations, common names. */
  terms: listUpTo(textUpTo(FIELD_LIMITS.synonym), FIELD_LIMITS.synonymCount).default([]),
  /** CMS facts the title and summary rely on; checked against the PFS file when it is loaded. */
  cmsFacts: cmsFactsSchema.pick({ pfsStatus: true, globalDays: true, pcTcIndicator: true }).optional(),
});

/** content/cpt/summaries/<group>.md: a group of CPT summaries. */
export const cptSummaryFileSchema = z.strictObject({
  /** What the group covers, e.g. "Office and hospital visits". */
  title: text,
  /** When a person last reviewed the group. */
  lastReviewed: isoDate,
  entries: z.array(cptSummarySchema).min(1, { error: 'expected at least one entry' }),
});

// The lay-term thesaurus (content/thesaurus/*.md): what people type → the words CMS descriptors use.
const phrase = z
  .string({ error: 'expected a phrase as text' })
  .trim()
  .min(1, { error: 'expected a phrase, found nothing' })
  .max(80, { error: 'expected at most 80 characters' });

export const thesaurusKindSchema = z.enum(THESAURUS_KINDS, {
  error: 'expected one of abbreviation, lay, brand, spelling',
});

export const thesaurusEntrySchema = z.strictObject({
  /** What people type: abbreviations, lay words, brand names, British spellings (at most four words each). */
  terms: z.array(phrase, { error: 'expected a list of phrases' }).min(1, { error: 'expected at least one term' }),
  /** The descriptor words each term stands for; every one is searched as an alternative. */
  means: z.array(phrase, { error: 'expected a list of phrases' }).min(1, { error: 'expected at least one meaning' }),
  /** What sort of mapping this is; defaults to the file's `kind`. */
  kind: thesaurusKindSchema.optional(),
});

export const thesaurusFileSchema = z.strictObject({
  /** What the file covers, e.g. "Durable medical equipment". */
  title: phrase,
  /** Default kind of the entries in this file. */
  kind: thesaurusKindSchema.default('lay'),
  /** The mappings. */
  entries: z.array(thesaurusEntrySchema, { error: 'expected a list of entries' }).min(1, { error: 'expected at least one entry' }),
});

export type ThesaurusFile = z.infer<typeof thesaurusFileSchema>;

export type CptRangesFile = z.infer<typeof cptRangesFileSchema>;
export type CptSummary = z.infer<typeof cptSummarySchema>;
export type CodeRecord = z.infer<typeof codeRecordSchema>;
export type GuideRecord = z.infer<typeof guideRecordSchema> & { intro: string };
export type Source = z.infer<typeof sourceSchema>;
export type CmsFacts = z.infer<typeof cmsFactsSchema>;
