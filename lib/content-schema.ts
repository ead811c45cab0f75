import { z } from 'zod';

/** HCPCS Level II: one letter A–V then four digits (S9986). */
export const HCPCS_PATTERN = /^[A-V]\d{4}$/;
/** CPT: five digits, or four digits then F/T/U (96999, 0001F). */
export const CPT_PATTERN = /^\d{4}[0-9FTU]$/;
/** HCPCS/CPT modifier: two letters or digits (GA, 26). */
export const MODIFIER_PATTERN = /^[A-Z0-9]{2}$/;
/** Any code this site can carry, uppercase. */
export const ANY_CODE_PATTERN = /^(?:[A-V]\d{4}|\d{4}[0-9FTU]|[A-Z0-9]{2})$/;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text' });
const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const codeRef = z.string({ error: 'expected a code as a quoted string, such as "S9986"' }).regex(ANY_CODE_PATTERN, {
  error: 'expected an uppercase code such as "S9986", "96999" or "GA"',
});

export const codeSystemSchema = z.enum(['hcpcs', 'cpt', 'modifier'], { error: 'expected one of "hcpcs", "cpt" or "modifier"' });

export const faqItemSchema = z.strictObject({
  /** The question as a reader would ask it. */
  question: text,
  /** The answer, in markdown (raw HTML is not rendered). */
  answer: text,
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
  pricingIndicator: z.string().regex(/^\d{2}$/, { error: 'expected two digits such as "00"' }).optional(),
  /** Physician Fee Schedule status code (A, C, I, …). */
  pfsStatus: z.string().regex(/^[A-Z]$/, { error: 'expected one capital letter such as "I"' }).optional(),
  /** HCPCS added date. */
  addedDate: isoDate.optional(),
  /** HCPCS termination date; omit for an active code. */
  terminationDate: isoDate.optional(),
});

export const codeRecordSchema = z.strictObject({
  /** The code, uppercase, as a quoted string: "S9986", "96999", "GA". */
  code: codeRef,
  /** Which code set it belongs to. */
  system: codeSystemSchema,
  /** A short original title (never the AMA CPT descriptor). */
  title: text,
  /** The official CMS descriptor, verbatim. HCPCS Level II and modifiers only; CPT descriptors are AMA copyright. */
  descriptor: text.optional(),
  /** The category shown in breadcrumbs, e.g. "S codes: temporary national codes for private payers". */
  category: text,
  /** "Also known as" names people use for this code. */
  synonyms: z.array(text).default([]),
  /** Plain-language phrases a patient or student would use. */
  plainLanguage: z.array(text).default([]),
  /** One or two sentences saying what the code is for. */
  summary: text,
  /** Clinical context, in markdown. */
  clinicalContext: text,
  /** Billing guidance, in markdown. */
  billing: text,
  /** Documentation that supports the claim, in markdown. */
  documentation: text,
  /** Modifiers that commonly go with this code, and when to use each. */
  modifiers: z.array(z.strictObject({ code: codeRef, when: text })).default([]),
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
  question: text,
  /** The answer, in markdown. */
  answer: text,
});

export const guideRecordSchema = z.strictObject({
  /** Must equal the file name without .md. */
  slug: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a lowercase slug such as "medical-necessity"' }),
  /** Page title. */
  title: text,
  /** One-sentence description used for search results and link previews. */
  description: text,
  /** Codes the guide discusses; each must exist. */
  codes: z.array(codeRef).default([]),
  /** The questions and answers, in reading order. */
  questions: z.array(guideQuestionSchema).min(1, { error: 'expected at least one question' }),
  /** Where the facts come from. */
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
  /** When a person last reviewed the guide. */
  lastReviewed: isoDate,
});

export type CodeSystem = z.infer<typeof codeSystemSchema>;
export type CodeRecord = z.infer<typeof codeRecordSchema>;
export type GuideRecord = z.infer<typeof guideRecordSchema> & { intro: string };
export type Source = z.infer<typeof sourceSchema>;
export type CmsFacts = z.infer<typeof cmsFactsSchema>;
