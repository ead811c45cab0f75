/** One problem in one content file. Rendered as `file:line › field: problem. Fix: …`. */
export type ContentProblem = {
  file: string;
  /** Field path such as `faq[2].answer`; empty for a whole-file problem. */
  field?: string;
  /** 1-based line in the file, when it is known. */
  line?: number;
  /** What was wrong: "expected …, found …". */
  message: string;
  fix?: string;
};

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` › ${p.field}` : '';
  const fix = p.fix ? `. Fix: ${p.fix}` : '';
  return `${where}${field}: ${p.message}${fix}`;
}

/** Thrown by the data step when any content file is invalid; carries every problem found. */
export class ContentValidationError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

/** `['faq', 2, 'answer']` → `faq[2].answer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
