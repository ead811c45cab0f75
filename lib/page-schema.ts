import { z } from 'zod';
import { codeRecordSchema, codeSystemSchema, guideRecordSchema, sourceSchema } from './content-schema';

/** A CMS value with its plain-language meaning; `meaning` is null when the site does not know the value. */
export const explainedSchema = z.strictObject({
  value: z.string(),
  label: z.string().nullable(),
  meaning: z.string().nullable(),
});

export const codeLinkSchema = z.strictObject({
  code: z.string(),
  title: z.string(),
  /** Null when the site has no page for the code. */
  href: z.string().nullable(),
  active: z.boolean(),
});

/** Facts from the HCPCS Level II release file. */
export const hcpcsFactsSchema = z.strictObject({
  release: z.string(),
  longDescriptor: z.string(),
  shortDescriptor: z.string(),
  coverage: explainedSchema.nullable(),
  pricing: z.array(explainedSchema),
  betos: z.string().nullable(),
  typesOfService: z.array(explainedSchema),
  processingNote: z.strictObject({ number: z.string(), text: z.string().nullable() }).nullable(),
  addedDate: z.string().nullable(),
  actionEffectiveDate: z.string().nullable(),
  terminationDate: z.string().nullable(),
  action: explainedSchema.nullable(),
  replacements: z.array(codeLinkSchema),
  dosageUnit: z.string().nullable(),
  statute: z.string().nullable(),
});

export const feeRowSchema = z.strictObject({
  modifier: z.string(),
  work: z.number(),
  nonFacilityPe: z.number(),
  facilityPe: z.number(),
  malpractice: z.number(),
  nonFacilityTotal: z.number(),
  facilityTotal: z.number(),
  nonFacilityNa: z.boolean(),
  facilityNa: z.boolean(),
});

/** Facts from the Physician Fee Schedule RVU file. */
export const feeFactsSchema = z.strictObject({
  source: z.string(),
  status: explainedSchema,
  globalDays: explainedSchema,
  pcTc: explainedSchema,
  conversionFactor: z.number(),
  rows: z.array(feeRowSchema),
});

const modifierUseSchema = z.strictObject({ code: z.string(), when: z.string(), href: z.string().nullable() });

const curatedSchema = codeRecordSchema
  .omit({
    code: true,
    system: true,
    title: true,
    descriptor: true,
    cmsFacts: true,
    modifiers: true,
    modifiersInstead: true,
    relatedCodes: true,
    relatedGuides: true,
  })
  .extend({
    body: z.string(),
    modifiers: z.array(modifierUseSchema),
    modifiersInstead: z.array(modifierUseSchema),
    relatedCodes: z.array(codeLinkSchema.extend({ note: z.string() })),
    relatedGuides: z.array(z.strictObject({ slug: z.string(), title: z.string(), href: z.string() })),
  });

/** Everything one code page shows; written by the data step to .generated/code-pages.json, keyed by code. */
export const codePageSchema = z.strictObject({
  code: z.string(),
  system: codeSystemSchema,
  href: z.string(),
  title: z.string(),
  active: z.boolean(),
  category: z.strictObject({ label: z.string(), href: z.string() }),
  /** Curated descriptor when there is no CMS file loaded; HCPCS/modifier only. */
  descriptor: z.string().nullable(),
  curated: curatedSchema.nullable(),
  hcpcs: hcpcsFactsSchema.nullable(),
  fees: feeFactsSchema.nullable(),
  neighbours: z.strictObject({ previous: codeLinkSchema.nullable(), next: codeLinkSchema.nullable() }),
});

/** One row of the code list used by browse pages, routes and the 404 fallback. */
export const codeSummarySchema = z.strictObject({
  code: z.string(),
  system: codeSystemSchema,
  title: z.string(),
  href: z.string(),
  active: z.boolean(),
  curated: z.boolean(),
});

export const guidePageSchema = guideRecordSchema.extend({
  intro: z.string(),
  href: z.string(),
  codes: z.array(codeLinkSchema),
  sources: z.array(sourceSchema),
});

export type Explained = z.infer<typeof explainedSchema>;
export type CodeLink = z.infer<typeof codeLinkSchema>;
export type HcpcsFacts = z.infer<typeof hcpcsFactsSchema>;
export type FeeFacts = z.infer<typeof feeFactsSchema>;
export type FeeRow = z.infer<typeof feeRowSchema>;
export type CodePage = z.infer<typeof codePageSchema>;
export type CodeSummary = z.infer<typeof codeSummarySchema>;
export type GuidePage = z.infer<typeof guidePageSchema>;

/** What the build was made from; shown in the footer and carried by the JSON twins. */
export const siteMetaSchema = z.strictObject({
  hcpcsRelease: z.string().nullable(),
  feeSchedule: z.string().nullable(),
  builtOn: z.string(),
  counts: z.strictObject({ codes: z.number(), curated: z.number(), guides: z.number() }),
});
export type SiteMeta = z.infer<typeof siteMetaSchema>;

/** A browse page of HCPCS codes: one contiguous span of a series (lib/codes/series.ts groups them). */
export const browseRangeSchema = z.strictObject({
  /** Lowercase, e.g. "e0100-e0199". */
  slug: z.string().regex(/^[a-z]\d{4}-[a-z]\d{4}$/),
  /** e.g. "E0100–E0199". */
  label: z.string(),
  href: z.string(),
  /** The codes on the page, in order; their titles and status are in the code list. */
  codes: z.array(z.string()).min(1),
  /** Title of the first code, shown as a hint on the series page. */
  firstTitle: z.string(),
});

export const browseSeriesSchema = z.strictObject({
  letter: z.string().length(1),
  name: z.string(),
  href: z.string(),
  active: z.number().int().nonnegative(),
  terminated: z.number().int().nonnegative(),
  ranges: z.array(browseRangeSchema),
});

/** The browse tree, computed by the data step. */
export const browseSchema = z.strictObject({ series: z.array(browseSeriesSchema) });

/** One Medicare payment locality and its GPCIs, as the locality picker uses them. */
export const localitySchema = z.strictObject({
  /** MAC and locality number, e.g. "01112-54". */
  id: z.string().regex(/^\d{5}-\d{2}$/),
  state: z.string().regex(/^[A-Z]{2}$/),
  /** CMS's locality name without its footnote asterisks. */
  name: z.string().min(1),
  work: z.number().positive(),
  pe: z.number().positive(),
  mp: z.number().positive(),
});

export type BrowseRange = z.infer<typeof browseRangeSchema>;
export type BrowseSeries = z.infer<typeof browseSeriesSchema>;
export type Browse = z.infer<typeof browseSchema>;
export type Locality = z.infer<typeof localitySchema>;
