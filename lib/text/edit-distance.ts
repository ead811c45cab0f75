/** Words longer than this are not compared (no catalogue word is; hostile input stays cheap). */
const MAX_WORD = 40;
let rowA = new Int32Array(MAX_WORD + 2);
let rowB = new Int32Array(MAX_WORD + 2);
let rowC = new Int32Array(MAX_WORD + 2);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "wheelchiar" is
 * one edit from "wheelchair"), giving up as soon as it must exceed `max`. Returns max + 1 then.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max || la > MAX_WORD || lb > MAX_WORD) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  let prev2 = rowA;
  let prev = rowB;
  let curr = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      const del = (prev[j] as number) + 1;
      if (del < value) value = del;
      const ins = (curr[j - 1] as number) + 1;
      if (ins < value) value = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const swap = (prev2[j - 2] as number) + 1;
        if (swap < value) value = swap;
      }
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = curr;
    curr = spare;
  }
  rowA = prev2;
  rowB = prev;
  rowC = curr;
  const result = prev[lb] as number;
  return result <= max ? result : max + 1;
}

/** How many edits a word of this length may have and still count as a typo of a catalogue word. */
export function allowedEdits(length: number): number {
  // "nope" must not become "node": short words need exact spelling
  if (length < 5) return 0;
  if (length < 9) return 1;
  return 2;
}
