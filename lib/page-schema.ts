import { z } from 'zod';
import { codeRecordSchema, codeSystemSchema, guideRecordSchema, sourceSchema } from './content-schema';
import { aspFactsSchema, clfsFactsSchema, dmeposFactsSchema, explainedSchema, oppsCapSchema, oppsFactsSchema } from './payment-schema';

export { explainedSchema };
export type { Explained } from './payment-schema';

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
  /** The BETOS code in plain words. */
  betosGroup: explainedSchema.nullable(),
  typesOfService: z.array(explainedSchema),
  processingNote: z.strictObject({ number: z.string(), text: z.string().nullable() }).nullable(),
  addedDate: z.string().nullable(),
  actionEffectiveDate: z.string().nullable(),
  terminationDate: z.string().nullable(),
  action: explainedSchema.nullable(),
  /** Every cross-reference in the HCPCS file: for a terminated code its replacement, for an active one the code Medicare uses. */
  replacements: z.array(codeLinkSchema),
  /** Each cross-reference followed to a code that is still valid; `ends` says where the chain stops. */
  chains: z.array(z.strictObject({ steps: z.array(codeLinkSchema).min(1), ends: z.enum(['active', 'ended', 'loop']) })),
  /** The billing unit from the latest ASP file that lists the code ("1 MG"); null when no ASP file lists it. */
  dosageUnit: z.string().nullable(),
  statute: z.string().nullable(),
  /** Coverage references the HCPCS file gives, each explained: CIM and MCM sections and the statute. */
  references: z.array(z.strictObject({ kind: z.enum(['cim', 'mcm', 'statute']), value: z.string(), meaning: z.string() })),
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
  /** National payment (total RVUs × conversion factor, to the cent); null where CMS marks NA or Medicare does not pay from these RVUs. */
  nonFacilityPayment: z.number().nullable(),
  facilityPayment: z.number().nullable(),
});

/** Facts from the Physician Fee Schedule RVU file. */
export const feeFactsSchema = z.strictObject({
  source: z.string(),
  status: explainedSchema,
  /** Whether Medicare pays from these RVUs: only statuses A, R and T (RVU file documentation, "Status Code"). */
  payable: z.boolean(),
  globalDays: explainedSchema,
  /** Shares of the global surgical package before, during and after the operation (0–1); null when none are given. */
  shares: z.strictObject({ preOp: z.number(), intraOp: z.number(), postOp: z.number() }).nullable(),
  pcTc: explainedSchema,
  multipleProcedure: explainedSchema,
  bilateral: explainedSchema,
  assistant: explainedSchema,
  coSurgeon: explainedSchema,
  teamSurgery: explainedSchema,
  /** The endoscopic base code of the code's endoscopy family. */
  endoscopicBase: codeLinkSchema.nullable(),
  supervision: explainedSchema,
  imagingFamily: explainedSchema,
  conversionFactor: z.number(),
  rows: z.array(feeRowSchema),
  /** The OPPS cap on this imaging service, by locality; null when it does not apply. */
  oppsCap: oppsCapSchema.nullable(),
  /** For anesthesia services (status J): the national anesthesia conversion factor. */
  anesthesia: z.strictObject({ national: z.number(), source: z.string() }).nullable(),
});

/** What Medicare pays under the other fee schedules; each null when the code is not in that schedule's file. */
export const schedulesSchema = z.strictObject({
  dmepos: dmeposFactsSchema.nullable(),
  asp: aspFactsSchema.nullable(),
  clfs: clfsFactsSchema.nullable(),
  opps: oppsFactsSchema.nullable(),
});

/** The page's opening summary: coverage, who pays, the national figures and the releases behind them. */
export const glanceSchema = z.strictObject({
  /** Medicare coverage in plain words; null when no release says. */
  coverage: z.string().nullable(),
  /** One line per fee schedule that prices the code, in the order a reader needs them. */
  figures: z.array(
    z.strictObject({
      schedule: z.enum(['pfs', 'dmepos', 'asp', 'clfs', 'opps']),
      /** "Physician Fee Schedule, office (non-facility)". */
      label: z.string(),
      amount: z.number().nullable(),
      /** "per 1 MG", "a month (rental)"; null for a flat amount. */
      unit: z.string().nullable(),
      /** Range or caveat, e.g. "from $49.51 (…) to $53.27 (…) by state". */
      note: z.string().nullable(),
      /** The section of the page that shows it in full. */
      anchor: z.string(),
    }),
  ),
  /** When no loaded schedule gives a figure: who prices it, from the pricing indicator or status. */
  unpriced: z.string().nullable(),
  /** Every release behind the page, e.g. "HCPCS 2026 January". */
  releases: z.array(z.string()),
  /** Said once when the releases are from different years. */
  mixedYears: z.string().nullable(),
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
  schedules: schedulesSchema,
  /** Where two releases say different things about the code: both, with their periods. */
  disagreements: z.array(
    z.strictObject({ about: z.string(), statements: z.array(z.strictObject({ source: z.string(), says: z.string() })) }),
  ),
  glance: glanceSchema,
  /** For a CPT code: where it sits in our range table, and our own summary of it when an editor wrote one. */
  cpt: z
    .strictObject({
      place: z
        .strictObject({
          section: z.strictObject({ name: z.string(), slug: z.string(), href: z.string() }),
          subsection: z.strictObject({ name: z.string(), slug: z.string() }),
          range: z.strictObject({ name: z.string(), slug: z.string(), label: z.string(), href: z.string() }),
        })
        .nullable(),
      summary: z.strictObject({ text: z.string(), terms: z.array(z.string()), lastReviewed: z.string() }).nullable(),
    })
    .nullable(),
  /** Active codes whose descriptors share this code's rare words (lib/search/similar.ts), most alike first. */
  similar: z.array(codeLinkSchema),
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

export type CodeLink = z.infer<typeof codeLinkSchema>;
export type HcpcsFacts = z.infer<typeof hcpcsFactsSchema>;
export type FeeFacts = z.infer<typeof feeFactsSchema>;
export type FeeRow = z.infer<typeof feeRowSchema>;
export type Schedules = z.infer<typeof schedulesSchema>;
export type Glance = z.infer<typeof glanceSchema>;
export type CodePage = z.infer<typeof codePageSchema>;
export type CodeSummary = z.infer<typeof codeSummarySchema>;
export type GuidePage = z.infer<typeof guidePageSchema>;

/** What the build was made from; shown in the footer and carried by the JSON twins. */
export const siteMetaSchema = z.strictObject({
  hcpcsRelease: z.string().nullable(),
  feeSchedule: z.string().nullable(),
  builtOn: z.string(),
  counts: z.strictObject({ codes: z.number(), curated: z.number(), guides: z.number(), cptSummaries: z.number() }),
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
  /** False when the range is its series' only one: the series page lists its codes, and `href` is the series page. */
  ownPage: z.boolean(),
});

export const browseSeriesSchema = z.strictObject({
  letter: z.string().length(1),
  name: z.string(),
  href: z.string(),
  active: z.number().int().nonnegative(),
  terminated: z.number().int().nonnegative(),
  ranges: z.array(browseRangeSchema),
});

/** CPT codes by our own sections, subsections and ranges (content/cpt/ranges.md). */
export const browseCptSectionSchema = z.strictObject({
  name: z.string(),
  slug: z.string(),
  summary: z.string(),
  href: z.string(),
  count: z.number().int().nonnegative(),
  subsections: z.array(
    z.strictObject({
      name: z.string(),
      slug: z.string(),
      ranges: z.array(
        z.strictObject({
          name: z.string(),
          slug: z.string(),
          label: z.string(),
          /** Its page; for a range without one (ownPage false), the page that shows its codes instead. */
          href: z.string(),
          codes: z.array(z.string()),
          /** False for a range of one code (`href` is that code's page) and for a section's only range (the section page). */
          ownPage: z.boolean(),
        }),
      ),
    }),
  ),
});

/** The browse tree, computed by the data step. */
export const browseSchema = z.strictObject({
  series: z.array(browseSeriesSchema),
  cpt: z.array(browseCptSectionSchema),
  /** The address a range without its own page would have → the page that shows it; kept as redirects. */
  folded: z.record(z.string(), z.string()),
});

/** One Medicare payment locality and its GPCIs, as the locality picker uses them. */
export const localitySchema = z.strictObject({
  /** MAC and locality number, e.g. "01112-54". */
  id: z.string().regex(/^\d{5}-\d{2}$/),
  state: z.string().regex(/^[A-Z]{2}$/),
  /** The state's name as the locality–county file prints it, in title case ("New York"); the code when no file gives it. */
  stateName: z.string().min(1),
  /** CMS's locality name without its footnote asterisks. */
  name: z.string().min(1),
  /** The counties the locality covers ("All counties", "Kern"); null when no locality–county file was loaded. */
  counties: z.string().nullable(),
  work: z.number().positive(),
  pe: z.number().positive(),
  mp: z.number().positive(),
  /** The locality's anesthesia conversion factor; null when no anesthesia file was loaded. */
  anesthesiaCf: z.number().positive().nullable(),
});

/** One CMS file the build read, as the /data/ page lists it. */
export const loadedFileSchema = z.strictObject({
  /** What it is and its period: "DMEPOS fee schedule, January 2026". */
  label: z.string(),
  /** The file's name. */
  file: z.string(),
  /** Data rows read (codes, for the HCPCS file). */
  rows: z.number().int().nonnegative(),
  /** Of the file as read (compressed, if it is a .gz). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where on cms.gov it is published. */
  where: z.string(),
  url: z.string().nullable(),
});

export type LoadedFileInfo = z.infer<typeof loadedFileSchema>;
export type BrowseRange = z.infer<typeof browseRangeSchema>;
export type BrowseSeries = z.infer<typeof browseSeriesSchema>;
export type Browse = z.infer<typeof browseSchema>;
export type BrowseCptSection = z.infer<typeof browseCptSectionSchema>;
export type Locality = z.infer<typeof localitySchema>;
