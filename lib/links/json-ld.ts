/**
 * Serialises structured data for a <script type="application/ld+json"> element. JSON.stringify alone is not safe
 * there: a string containing "</script>" would end the element early. Escaping <, > and & as \u003c, \u003e and
 * \u0026 keeps the JSON identical once parsed; U+2028 and U+2029 are escaped too so the text is also valid JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
