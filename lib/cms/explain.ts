import { z } from 'zod';
import { BETOS_TERMS } from './explain-betos';
import { ACTION_TERMS, COVERAGE_TERMS, PRICING_TERMS, TYPE_OF_SERVICE_TERMS } from './explain-hcpcs-terms';
import { GLOBAL_DAYS_TERMS, PCTC_TERMS, PFS_STATUS_TERMS } from './explain-pfs-terms';

/** A CMS code value in plain language: a short label and one or two sentences. */
export const explanationSchema = z.strictObject({
  label: z.string().min(1),
  meaning: z.string().min(1),
});

export type Explanation = z.infer<typeof explanationSchema>;

type Terms = Readonly<Record<string, readonly [string, string]>>;

function lookup(terms: Terms, value: string | null | undefined): Explanation | null {
  if (value === null || value === undefined) return null;
  // Own keys only: "constructor" and friends must not count as known values.
  const term = Object.hasOwn(terms, value.trim()) ? terms[value.trim()] : undefined;
  return term ? { label: term[0], meaning: term[1] } : null;
}

// Each returns null for a value the site does not know; the caller then says so.

/** HCPCS coverage code: C, D, I, M, S. */
export const explainCoverage = (code: string | null | undefined) => lookup(COVERAGE_TERMS, code);
/** HCPCS pricing indicator: 00, 11, 12, 13, 21, 22, 31–40, 45, 46, 51–57, 99. */
export const explainPricingIndicator = (code: string | null | undefined) => lookup(PRICING_TERMS, code);
/** HCPCS action code: A, B, C, D, F, N, P, R, S, T. */
export const explainActionCode = (code: string | null | undefined) => lookup(ACTION_TERMS, code);
/** CMS type of service: 0–9, A–Z. */
export const explainTypeOfService = (code: string | null | undefined) => lookup(TYPE_OF_SERVICE_TERMS, code);
/** Berenson-Eggers type of service, e.g. O1E. */
export const explainBetos = (code: string | null | undefined) => lookup(BETOS_TERMS, code);
/** Physician Fee Schedule status code: A, B, C, D, E, F, G, H, I, J, M, N, P, R, T, X. */
export const explainPfsStatus = (code: string | null | undefined) => lookup(PFS_STATUS_TERMS, code);
/** PFS professional/technical component (PC/TC) indicator: 0–9. */
export const explainPcTc = (code: string | null | undefined) => lookup(PCTC_TERMS, code);
/** PFS global surgery days: 000, 010, 090, MMM, XXX, YYY, ZZZ. */
export const explainGlobalDays = (code: string | null | undefined) => lookup(GLOBAL_DAYS_TERMS, code);

/** Every value each explainer knows, for tests and for listing the codes on a glossary page. */
export const KNOWN_VALUES = {
  coverage: Object.keys(COVERAGE_TERMS),
  pricingIndicator: Object.keys(PRICING_TERMS),
  actionCode: Object.keys(ACTION_TERMS),
  typeOfService: Object.keys(TYPE_OF_SERVICE_TERMS),
  betos: Object.keys(BETOS_TERMS),
  pfsStatus: Object.keys(PFS_STATUS_TERMS),
  pcTc: Object.keys(PCTC_TERMS),
  globalDays: Object.keys(GLOBAL_DAYS_TERMS),
} as const;
