import { z } from 'zod';
import { BETOS_TERMS } from './explain-betos';
import { ACTION_TERMS, COVERAGE_TERMS, PRICING_TERMS, TYPE_OF_SERVICE_TERMS } from './explain-hcpcs-terms';
import {
  ASSISTANT_TERMS,
  BILATERAL_TERMS,
  CO_SURGEON_TERMS,
  GLOBAL_DAYS_TERMS,
  IMAGING_FAMILY_TERMS,
  MULTIPLE_PROCEDURE_TERMS,
  PCTC_TERMS,
  PFS_STATUS_TERMS,
  SUPERVISION_TERMS,
  TEAM_SURGERY_TERMS,
} from './explain-pfs-terms';
import { CLFS_INDICATOR_TERMS, DMEPOS_CATEGORY_TERMS, DMEPOS_JURISDICTION_TERMS, OPPS_STATUS_TERMS } from './explain-schedule-terms';

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

/** PFS multiple procedure, bilateral, assistant, co-surgeon and team surgery indicators, supervision and imaging family. */
export const explainMultipleProcedure = (code: string | null | undefined) => lookup(MULTIPLE_PROCEDURE_TERMS, code);
export const explainBilateral = (code: string | null | undefined) => lookup(BILATERAL_TERMS, code);
export const explainAssistant = (code: string | null | undefined) => lookup(ASSISTANT_TERMS, code);
export const explainCoSurgeon = (code: string | null | undefined) => lookup(CO_SURGEON_TERMS, code);
export const explainTeamSurgery = (code: string | null | undefined) => lookup(TEAM_SURGERY_TERMS, code);
export const explainSupervision = (code: string | null | undefined) => lookup(SUPERVISION_TERMS, code);
export const explainImagingFamily = (code: string | null | undefined) => lookup(IMAGING_FAMILY_TERMS, code);
/** OPPS status indicator (A, J1, N, Q3, …). */
export const explainOppsStatus = (code: string | null | undefined) => lookup(OPPS_STATUS_TERMS, code);
/** Clinical lab fee schedule indicator (N, L). */
export const explainClfsIndicator = (code: string | null | undefined) => lookup(CLFS_INDICATOR_TERMS, code);
/** DMEPOS payment category (IN, CR, PO, …) and jurisdiction (D, L, J). */
export const explainDmeposCategory = (code: string | null | undefined) => lookup(DMEPOS_CATEGORY_TERMS, code);
export const explainDmeposJurisdiction = (code: string | null | undefined) => lookup(DMEPOS_JURISDICTION_TERMS, code);

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
  multipleProcedure: Object.keys(MULTIPLE_PROCEDURE_TERMS),
  bilateral: Object.keys(BILATERAL_TERMS),
  assistant: Object.keys(ASSISTANT_TERMS),
  coSurgeon: Object.keys(CO_SURGEON_TERMS),
  teamSurgery: Object.keys(TEAM_SURGERY_TERMS),
  supervision: Object.keys(SUPERVISION_TERMS),
  imagingFamily: Object.keys(IMAGING_FAMILY_TERMS),
  oppsStatus: Object.keys(OPPS_STATUS_TERMS),
  clfsIndicator: Object.keys(CLFS_INDICATOR_TERMS),
  dmeposCategory: Object.keys(DMEPOS_CATEGORY_TERMS),
  dmeposJurisdiction: Object.keys(DMEPOS_JURISDICTION_TERMS),
} as const;
