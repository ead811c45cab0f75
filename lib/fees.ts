/** Medicare PFS payment: RVU × conversion factor, rounded to cents. */
export function nationalPayment(totalRvu: number, conversionFactor: number): number {
  return Math.round(totalRvu * conversionFactor * 100) / 100;
}

export type Gpci = { work: number; pe: number; mp: number };
export type RvuParts = { work: number; pe: number; mp: number };

/** Locality payment: (work × work GPCI + PE × PE GPCI + MP × MP GPCI) × conversion factor. */
export function localityPayment(rvu: RvuParts, gpci: Gpci, conversionFactor: number): number {
  const adjusted = rvu.work * gpci.work + rvu.pe * gpci.pe + rvu.mp * gpci.mp;
  return Math.round(adjusted * conversionFactor * 100) / 100;
}

/** Dollars as CMS prints them: cents, or tenths of a cent where the file gives them (ASP limits: $59.726). */
export function formatUsd(amount: number): string {
  return amount.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 3 });
}
