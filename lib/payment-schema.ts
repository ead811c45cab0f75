import { z } from 'zod';

/** A CMS value with its plain-language meaning; `meaning` is null when the site does not know the value. */
export const explainedSchema = z.strictObject({
  value: z.string(),
  label: z.string().nullable(),
  meaning: z.string().nullable(),
});

const money = z.number().nonnegative();

/** DMEPOS fee schedule facts for one code: one row per pricing modifier combination. */
export const dmeposFactsSchema = z.strictObject({
  /** "DMEPOS fee schedule, January 2026". */
  source: z.string(),
  category: explainedSchema,
  jurisdiction: explainedSchema,
  rows: z.array(
    z.strictObject({
      /** The pricing modifiers (NU, RR, UE, …) with what each means; empty for the code alone. */
      modifiers: z.array(z.strictObject({ code: z.string(), label: z.string().nullable() })),
      /** National ceiling and floor; null where the file gives none. */
      ceiling: money.nullable(),
      floor: money.nullable(),
      /** The lowest and highest non-rural fee across the states, with the states that have each. */
      range: z.strictObject({ min: money, minStates: z.array(z.string()), max: money, maxStates: z.array(z.string()) }).nullable(),
      /** State → [non-rural fee, rural fee]; null where the file gives no such fee. */
      fees: z.record(z.string(), z.tuple([money.nullable(), money.nullable()])),
    }),
  ),
});

/** ASP drug payment limits for one code. */
export const aspFactsSchema = z.strictObject({
  /** "ASP payment limits, 2026 Q1 (January 1 – March 31, 2026)": the latest quarter loaded. */
  source: z.string(),
  /** The latest quarter's row; null when the code is not in it (it was in an earlier one). */
  current: z
    .strictObject({ dosage: z.string(), limit: money.nullable(), coinsurance: z.number().nullable(), note: z.string().nullable() })
    .nullable(),
  /** Every quarter loaded, oldest first; limit null where the code was not listed or CMS gave no limit. */
  history: z.array(
    z.strictObject({ quarter: z.string(), from: z.string(), to: z.string(), dosage: z.string().nullable(), limit: money.nullable() }),
  ),
  /** The NDCs that bill under the code (ASP NDC–HCPCS crosswalk). */
  ndcs: z.array(
    z.strictObject({
      ndc: z.string(),
      labeler: z.string(),
      drugName: z.string(),
      packageSize: z.number(),
      packageQuantity: z.number(),
      billingUnitsPerPackage: z.number(),
    }),
  ),
  /** "ASP NDC–HCPCS crosswalk, 2026 Q1"; null when no crosswalk was loaded. */
  ndcSource: z.string().nullable(),
});

/** Clinical Laboratory Fee Schedule facts for one code. */
export const clfsFactsSchema = z.strictObject({
  /** "Clinical Laboratory Fee Schedule, 2025 Q2". */
  source: z.string(),
  rows: z.array(
    z.strictObject({ modifier: z.string().nullable(), rate: money.nullable(), indicator: explainedSchema, effectiveDate: z.string() }),
  ),
});

/** OPPS Addendum B facts for one code. */
export const oppsFactsSchema = z.strictObject({
  /** "OPPS Addendum B, October 2025". */
  source: z.string(),
  statusIndicator: explainedSchema,
  apc: z.string().nullable(),
  relativeWeight: z.number().nullable(),
  paymentRate: money.nullable(),
  nationalCopayment: money.nullable(),
  minimumCopayment: money.nullable(),
});

/** The OPPS cap on a PFS imaging service: per locality, Medicare pays the lesser of the PFS amount and the cap. */
export const oppsCapSchema = z.strictObject({
  /** "CY2025 OPPS cap on PFS imaging". */
  source: z.string(),
  /** Row ('' or TC) → locality id → [facility cap, non-facility cap]. */
  rows: z.record(z.string(), z.record(z.string(), z.tuple([money, money]))),
});

export type Explained = z.infer<typeof explainedSchema>;
export type DmeposFacts = z.infer<typeof dmeposFactsSchema>;
export type AspFacts = z.infer<typeof aspFactsSchema>;
export type ClfsFacts = z.infer<typeof clfsFactsSchema>;
export type OppsFacts = z.infer<typeof oppsFactsSchema>;
export type OppsCap = z.infer<typeof oppsCapSchema>;
