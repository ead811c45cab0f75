import { highlightSegments } from '@/lib/search/highlight';

/** Text with matched words in <mark>, built as React elements (React escapes the text; no HTML is injected). */
export function HighlightedText({ value, ranges }: { value: string; ranges: readonly (readonly [number, number])[] }) {
  return (
    <>
      {highlightSegments(value, ranges).map((segment, i) =>
        segment.highlight ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
