/** Splits a value into plain and highlighted parts from inclusive [start, end] ranges; for rendering as text, never HTML. */
export interface HighlightSegment {
  text: string;
  highlight: boolean;
}

export function highlightSegments(value: string, ranges: readonly (readonly [number, number])[]): HighlightSegment[] {
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, Math.floor(start)), Math.min(value.length - 1, Math.floor(end))] as const)
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end >= start)
    .sort((a, b) => a[0] - b[0]);
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end < at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: value.slice(at, from), highlight: false });
    out.push({ text: value.slice(from, end + 1), highlight: true });
    at = end + 1;
  }
  if (at < value.length) out.push({ text: value.slice(at), highlight: false });
  return out;
}
