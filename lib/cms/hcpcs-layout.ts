/** One field of the fixed-width record: 1-based inclusive columns; `occurs` repeats it back to back. */
type Field = { readonly from: number; readonly to: number; readonly occurs?: number };

/** Every HCPCS record line is exactly this long (a few carry trailing spaces past it). */
export const RECORD_LENGTH = 320;

/**
 * Column positions of the 320-character HCPCS contractor record, copied from CMS's record layout
 * (HCPC2026_recordlayout.txt, "HCPCS Contractor Record - 2026"; item numbers in the comments).
 * Positions are 1-based and inclusive, as CMS prints them. For a repeating field, from/to is the
 * first occurrence; the rest follow back to back (pricing indicator 1 is 120–121, 2 is 122–123…).
 */
export const HCPCS_FIELDS = {
  code: { from: 1, to: 5 }, // 1. HCPCS code (procedures)
  modifierFiller: { from: 1, to: 3 }, // 3. blank on modifier records
  modifier: { from: 4, to: 5 }, // 4. modifier code: modifiers sit in 4–5, not 1–2
  // 5. sequence number 6–10 (not kept)
  recordType: { from: 11, to: 11 }, // 6. 3/7 = first line of procedure/modifier, 4/8 = continuation
  longDescription: { from: 12, to: 91 }, // 7. continued on type 4/8 lines
  shortDescription: { from: 92, to: 119 }, // 8.
  pricingIndicator: { from: 120, to: 121, occurs: 4 }, // 9. 120–127
  multiplePricingIndicator: { from: 128, to: 128 }, // 10.
  cimReference: { from: 129, to: 134, occurs: 3 }, // 11. 129–146
  mcmReference: { from: 147, to: 154, occurs: 3 }, // 12. 147–170
  statute: { from: 171, to: 180 }, // 13.
  labCertification: { from: 181, to: 183, occurs: 8 }, // 14. 181–204
  xref: { from: 205, to: 209, occurs: 5 }, // 15. 205–229
  coverageCode: { from: 230, to: 230 }, // 16.
  ascPaymentGroup: { from: 231, to: 232 }, // 17.
  ascEffectiveDate: { from: 233, to: 240 }, // 18.
  oppsPaymentGroup: { from: 241, to: 243 }, // 19. "MOG payment group"
  oppsPaymentIndicator: { from: 244, to: 244 }, // 20. "MOG payment policy indicator"
  oppsEffectiveDate: { from: 245, to: 252 }, // 21. "MOG effective date"
  processingNote: { from: 253, to: 256 }, // 22.
  betos: { from: 257, to: 259 }, // 23. (260 is filler)
  typeOfService: { from: 261, to: 261, occurs: 5 }, // 25. 261–265
  anesthesiaBaseUnits: { from: 266, to: 268 }, // 26.
  addedDate: { from: 269, to: 276 }, // 27. YYYYMMDD
  actionEffectiveDate: { from: 277, to: 284 }, // 28. YYYYMMDD
  terminationDate: { from: 285, to: 292 }, // 29. YYYYMMDD
  actionCode: { from: 293, to: 293 }, // 30. (294–320 filler)
} as const satisfies Record<string, Field>;

export type HcpcsFieldName = keyof typeof HCPCS_FIELDS;

/** The field's text, trimmed ("" when blank). */
export function readField(line: string, name: HcpcsFieldName): string {
  const { from, to } = HCPCS_FIELDS[name];
  return line.slice(from - 1, to).trim();
}

/** Every occurrence of a repeating field, trimmed, blanks dropped. */
export function readRepeated(line: string, name: HcpcsFieldName): string[] {
  const field: Field = HCPCS_FIELDS[name];
  const width = field.to - field.from + 1;
  const values: string[] = [];
  for (let i = 0; i < (field.occurs ?? 1); i++) {
    const start = field.from - 1 + i * width;
    const value = line.slice(start, start + width).trim();
    if (value !== '') values.push(value);
  }
  return values;
}
