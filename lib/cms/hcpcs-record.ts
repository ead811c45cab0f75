import { z } from 'zod';
import { MODIFIER_PATTERN, RECORD_CODE_PATTERN } from '../codes/patterns';

const isoDate = z.iso.date();
const nonBlank = z.string().min(1);
const oneChar = z.string().length(1);

/** One HCPCS Level II procedure or modifier from the CMS fixed-width release file. */
export const hcpcsRecordSchema = z.strictObject({
  /** Five characters for a procedure (S9986), two for a modifier (GA). */
  code: z.union([z.string().regex(RECORD_CODE_PATTERN), z.string().regex(MODIFIER_PATTERN)]),
  kind: z.enum(['procedure', 'modifier']),
  /** Continuation lines joined with single spaces, whitespace collapsed. */
  longDescription: nonBlank,
  /** As CMS gives it, trimmed (28 characters or fewer). */
  shortDescription: nonBlank,
  /** 1–4 two-digit pricing indicators, blanks dropped (00, 11, 51, …). */
  pricingIndicators: z.array(z.string().regex(/^\d{2}$/)).max(4),
  multiplePricingIndicator: oneChar.nullable(),
  /** Coverage Issues Manual sections. */
  cimReferences: z.array(nonBlank).max(3),
  /** Medicare Carriers Manual sections. */
  mcmReferences: z.array(nonBlank).max(3),
  statute: nonBlank.nullable(),
  labCertifications: z.array(z.string().regex(/^\d{3}$/)).max(8),
  /** Cross-references, usually the code Medicare uses instead; modifiers point to modifiers, and P7001 says "CPT". */
  xrefs: z.array(nonBlank).max(5),
  /** C, D, I, M or S. */
  coverageCode: oneChar.nullable(),
  /** `YY` when approved for an ambulatory surgical center. */
  ascPaymentGroup: nonBlank.nullable(),
  ascEffectiveDate: isoDate.nullable(),
  oppsPaymentGroup: nonBlank.nullable(),
  oppsPaymentIndicator: oneChar.nullable(),
  oppsEffectiveDate: isoDate.nullable(),
  /** Four digits, a key into the processing notes, e.g. "0088". */
  processingNote: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  /** Berenson-Eggers type of service, e.g. "O1E". */
  betos: nonBlank.nullable(),
  typesOfService: z.array(oneChar).max(5),
  anesthesiaBaseUnits: z.number().int().nonnegative().nullable(),
  addedDate: isoDate.nullable(),
  actionEffectiveDate: isoDate.nullable(),
  /** Last date the code may be used; null while the code is valid. */
  terminationDate: isoDate.nullable(),
  actionCode: oneChar.nullable(),
});

export type HcpcsRecord = z.infer<typeof hcpcsRecordSchema>;

/** A parsed release file, procedures and modifiers in file order. */
export const hcpcsCatalogueSchema = z.strictObject({
  procedures: z.array(hcpcsRecordSchema),
  modifiers: z.array(hcpcsRecordSchema),
});

export type HcpcsCatalogue = z.infer<typeof hcpcsCatalogueSchema>;
