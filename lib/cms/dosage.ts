/** Units as written in HCPCS descriptors → the short form shown on the site. */
const UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:mg|milligrams?)$/, 'mg'],
  [/^(?:mcg|micrograms?)$/, 'mcg'],
  [/^(?:g|gm|grams?)$/, 'g'],
  [/^(?:ml|milliliters?)$/, 'ml'],
  [/^cc$/, 'cc'],
  [/^(?:i\.u\.|iu)$/, 'IU'],
  [/^kiu$/, 'KIU'],
  [/^usp units?$/, 'USP units'],
  [/^million units?$/, 'million units'],
  [/^units?$/, 'unit'],
  [/^(?:mci|millicuries?)$/, 'mCi'],
  [/^(?:uci|microcuries?)$/, 'uCi'],
  [/^square centimeters?$/, 'sq cm'],
];

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const NOTE = String.raw`(?: \([^)]*\))?`;
// A part of the descriptor that is only a dose: "1 mg", "per 10 mg", "up to 1000 mcg", "per milligram",
// "5mg", "10 mg (for esrd on dialysis)".
const WHOLE = new RegExp(`^(?:per |up to )?(?:${AMOUNT} ?)?([a-z][a-z. ]*?)${NOTE}$`);
// The last part, ending in its only number: "burosumab-twza 1 mg", "(i.e., insulin pump) per 50 units".
const TAIL = new RegExp(`\\s(?:per |up to )?${AMOUNT} ?([a-z][a-z. ]*?)${NOTE}$`);

/**
 * The amount one billing unit stands for, from a HCPCS long descriptor:
 * "Injection, pembrolizumab, 1 mg" → "1 mg"; "…, per 10 mg" → "10 mg"; "…, up to 1000 mcg" →
 * "1000 mcg"; "…, per milligram" → "1 mg". Null when the descriptor has no single plain dose
 * (combination products such as "ceftolozane 50 mg and tazobactam 25 mg", "per vial", …).
 */
export function dosageUnit(longDescription: string): string | null {
  // Commas followed by a digit are thousands separators ("per 1,000 usp units"), not part breaks.
  const parts = longDescription
    .toLowerCase()
    .split(/,(?!\d)/)
    .map((part) => part.trim());
  for (const [index, part] of parts.reverse().entries()) {
    const numbers = part.match(/\d+(?:[.,]\d+)*/g) ?? [];
    const tail = index === 0 && numbers.length === 1 && !/\b(?:than|over|under|exceed)\b/.test(part);
    const match = WHOLE.exec(part) ?? (tail ? TAIL.exec(part) : null);
    const unit = match ? UNITS.find(([pattern]) => pattern.test((match[2] ?? '').trim()))?.[1] : undefined;
    if (match && unit !== undefined) {
      const amount = match[1] ?? '1';
      return `${amount} ${unit === 'unit' && amount !== '1' ? 'units' : unit}`;
    }
  }
  return null;
}
