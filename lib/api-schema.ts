import { z } from 'zod';
import { codeSystemSchema, faqItemSchema, sourceSchema } from './content-schema';
import {
  codeLinkSchema,
  codePageSchema,
  feeFactsSchema,
  glanceSchema,
  hcpcsFactsSchema,
  schedulesSchema,
  siteMetaSchema,
} from './page-schema';

/**
 * The public JSON formats: /api/codes/<CODE>.json and /api/codes/index.json (documented on /developers/).
 * Other sites depend on these. Adding a field is fine; removing, renaming or changing the meaning of one
 * means bumping API_SCHEMA_VERSION and saying so on /developers/.
 */
export const API_SCHEMA_VERSION = 1;

const curatedSchema = codePageSchema.shape.curated.unwrap();

/** "active" until CMS terminates the code. */
export const codeStatusSchema = z.enum(['active', 'terminated']);

/** What the build was made from. */
export const apiReleaseSchema = siteMetaSchema.pick({ hcpcsRelease: true, feeSchedule: true, builtOn: true });

/** Names the release a group of facts comes from, e.g. "HCPCS 2026 January" or "CY2025 Physician Fee Schedule". */
const source = z.string().min(1);

export const codeTwinSchema = z.strictObject({
  /** Format version; see API_SCHEMA_VERSION. */
  schemaVersion: z.literal(API_SCHEMA_VERSION),
  code: z.string(),
  system: codeSystemSchema,
  /** The page title (our own wording for CPT codes). */
  title: z.string(),
  status: codeStatusSchema,
  /** Canonical page path, relative to the site origin; every other href in this file is too. */
  href: z.string(),
  /** Canonical page address, absolute. */
  url: z.url(),
  category: codePageSchema.shape.category,
  /** Editors' plain-language summary; null for a code no editor has reviewed. */
  summary: z.string().nullable(),
  synonyms: z.array(z.string()),
  plainLanguage: z.array(z.string()),
  /** The official descriptor; null for CPT codes (AMA copyright) and when no release or record gives one. */
  descriptor: z.strictObject({ long: z.string(), short: z.string().nullable(), source }).nullable(),
  /** Medicare status from the HCPCS file and the fee schedule; each null when that release was not loaded. */
  medicare: z.strictObject({
    hcpcs: hcpcsFactsSchema
      .pick({
        coverage: true,
        pricing: true,
        typesOfService: true,
        betos: true,
        processingNote: true,
        action: true,
        dosageUnit: true,
        statute: true,
        betosGroup: true,
        references: true,
      })
      .extend({ source })
      .nullable(),
    feeSchedule: feeFactsSchema
      .pick({
        status: true,
        payable: true,
        globalDays: true,
        shares: true,
        pcTc: true,
        multipleProcedure: true,
        bilateral: true,
        assistant: true,
        coSurgeon: true,
        teamSurgery: true,
        endoscopicBase: true,
        supervision: true,
        imagingFamily: true,
        oppsCap: true,
        anesthesia: true,
      })
      .extend({ source })
      .nullable(),
    /** The other fee schedules that price the code (DMEPOS with every state's fees, ASP, CLFS, OPPS), each naming its release. */
    schedules: schedulesSchema,
    /** The opening summary the page shows: coverage, the national figure from each schedule, and the releases. */
    glance: glanceSchema,
    /** Where two releases disagree about the code, both statements. */
    disagreements: codePageSchema.shape.disagreements,
  }),
  /** Dates from the HCPCS file, as YYYY-MM-DD. */
  dates: hcpcsFactsSchema.pick({ addedDate: true, actionEffectiveDate: true, terminationDate: true }).extend({ source }).nullable(),
  rvu: feeFactsSchema.pick({ conversionFactor: true, rows: true }).extend({ source }).nullable(),
  /** Answers are markdown. */
  faq: z.array(faqItemSchema),
  /** Editors' guidance (markdown); null for a code no editor has reviewed. */
  guidance: z
    .strictObject({
      source,
      lastReviewed: curatedSchema.shape.lastReviewed,
      clinicalContext: z.string(),
      billing: z.string(),
      documentation: z.string(),
      details: z.string(),
      specialties: z.array(z.string()),
      sitesOfService: z.array(z.string()),
      payerNotes: curatedSchema.shape.payerNotes,
      modifiers: curatedSchema.shape.modifiers,
      /** Modifiers to use instead of this code, or on the code billed in its place. */
      modifiersInstead: curatedSchema.shape.modifiersInstead,
      sources: z.array(sourceSchema),
    })
    .nullable(),
  links: z.strictObject({
    related: curatedSchema.shape.relatedCodes,
    /** Codes CMS cross-references a terminated code to. */
    replacements: z.array(codeLinkSchema),
    guides: curatedSchema.shape.relatedGuides,
    previous: codeLinkSchema.nullable(),
    next: codeLinkSchema.nullable(),
  }),
  release: apiReleaseSchema,
});

export const codeIndexEntrySchema = z.strictObject({
  code: z.string(),
  system: codeSystemSchema,
  title: z.string(),
  status: codeStatusSchema,
  /** The page. */
  href: z.string(),
  /** The page's JSON twin. */
  api: z.string(),
});

export const codeIndexSchema = z.strictObject({
  schemaVersion: z.literal(API_SCHEMA_VERSION),
  release: apiReleaseSchema,
  count: z.number().int().nonnegative(),
  codes: z.array(codeIndexEntrySchema),
});

export type CodeTwin = z.infer<typeof codeTwinSchema>;
export type CodeIndex = z.infer<typeof codeIndexSchema>;
export type CodeIndexEntry = z.infer<typeof codeIndexEntrySchema>;
export type ApiRelease = z.infer<typeof apiReleaseSchema>;
