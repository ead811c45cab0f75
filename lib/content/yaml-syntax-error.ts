import { CST, Parser, type YAMLError } from 'yaml';

function isUnclosed(token: CST.Token | undefined): boolean {
  if (token?.type === 'flow-collection') return !token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
  if (token?.type === 'double-quoted-scalar' || token?.type === 'single-quoted-scalar') {
    return token.source.length < 2 || !token.source.endsWith(token.source[0]!);
  }
  return false;
}

/** Offset of the last quote or bracket opened before `offset` that is never closed. */
function unclosedBefore(text: string, offset: number): number | undefined {
  let found: number | undefined;
  const consider = (token: CST.Token | undefined) => {
    if (token && isUnclosed(token) && token.offset < offset && token.offset > (found ?? -1)) found = token.offset;
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    consider(token.value);
    CST.visit(token, (item) => {
      consider(item.key ?? undefined);
      consider(item.value);
    });
  }
  return found;
}

const GENERAL_FIX = 'correct the YAML at that line (check indentation, quotes and brackets)';

/**
 * The first YAML error in `text` (the front matter), told where the writer sees it: the parser notices a quote or
 * bracket that is never closed only lines later, or at the end, and a line indented under a plain value
 * (`title: x` then `  category: y`) at the value above it. `errors` are the document's errors, in order.
 */
export function describeYamlError(text: string, errors: readonly YAMLError[]): { offset: number; reason: string; fix: string } {
  const first = errors[0]!;
  const opening = unclosedBefore(text, first.pos[0]);
  if (opening !== undefined) {
    const char = text[opening]!;
    const quote = char === '"' || char === "'";
    return {
      offset: opening,
      reason: quote ? `the ${char} quote opened on this line is never closed` : `the ${char} opened on this line is never closed`,
      fix: quote
        ? `close the quote (inside ${char}…${char}, write the quote itself as ${char === '"' ? '\\"' : "''"})`
        : `close it with ${char === '[' ? ']' : '}'}, or quote the whole value if the ${char} is part of the text`,
    };
  }
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') {
    // The key the parser read runs from the value above to the indented field: its end is on the line to fix.
    const span = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
    return {
      offset: span ? span.pos[1] - 1 : first.pos[0],
      reason: 'this line is indented more than the field above it',
      fix: 'line the field up with the others at its level, or quote the value above if it runs over two lines',
    };
  }
  const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { offset: first.pos[0], reason, fix: first.code === 'TAB_AS_INDENT' ? 'indent with spaces, not tabs' : GENERAL_FIX };
}
