/**
 * One shape for every problem the data step reports, whatever it is about: a content record, a CMS release file, a
 * thesaurus entry or the search payload. Printed as `file:line › field: message. Fix: fix`.
 */
export type Problem = {
  /** The file as the reader named it; a zip member is written `archive.zip!member.txt`. */
  file: string;
  /** 1-based line in the file, when it is known. */
  line?: number;
  /** Field path such as `faq[2].answer`; absent for a whole-file or whole-line problem. */
  field?: string;
  /** What was wrong, saying what was expected and what was found. */
  message: string;
  /** What to do about it. */
  fix?: string;
};

/** Control characters and bidi overrides in a value are shown escaped, so a log line cannot be rewritten by them. */
export function visible(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` › ${p.field}` : '';
  const fix = p.fix ? `. Fix: ${p.fix}` : '';
  return visible(`${where}${field}: ${p.message}${fix}`);
}

/** The base of every error that carries problems. `instanceof ProblemError` tells a known failure from a bug. */
export class ProblemError extends Error {
  constructor(
    readonly problems: Problem[],
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** "3 problems in content/:" followed by one indented line per problem. */
export function listProblems(heading: string, problems: Problem[]): string {
  return `${heading}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

/** The message a failed step prints: known errors as they are, anything else with its stack. */
export function reportError(error: unknown): string {
  if (error instanceof ProblemError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
