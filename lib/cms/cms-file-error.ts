import { formatProblem, ProblemError } from '../errors';

/** What went wrong with a CMS file, where, and how to fix it. */
export type CmsFileProblem = {
  /** The file as the caller named it; a zip member is written `archive.zip!member.txt`. */
  file: string;
  /** 1-based line number, when the problem is on one line. */
  line?: number;
  /** What was wrong, e.g. `line is 120 characters long`. */
  problem: string;
  /** What the reader expected instead. */
  expected: string;
  /** What the operator should do. */
  fix: string;
};

/**
 * Every failure while reading a CMS release file. The message has the form
 * `<file>:<line>: <problem>; expected <expected>. Fix: <fix>` (no `:<line>` when the
 * problem is not on one line), so it reads well in a build log and editors can jump to it.
 */
export class CmsFileError extends ProblemError {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly expected: string;
  readonly fix: string;

  constructor(details: CmsFileProblem, options?: { cause?: unknown }) {
    const problem = {
      file: details.file,
      line: details.line,
      message: `${details.problem}; expected ${details.expected}`,
      fix: details.fix,
    };
    super([problem], formatProblem(problem), options);
    this.file = details.file;
    this.line = details.line;
    this.problem = details.problem;
    this.expected = details.expected;
    this.fix = details.fix;
  }
}

/** Standard advice when a file looks cut short or damaged. */
export const FIX_REDOWNLOAD = 're-download the file from CMS; it looks truncated or damaged';
