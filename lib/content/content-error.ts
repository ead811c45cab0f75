import { listProblems, ProblemError, type Problem } from '../errors';

export { formatProblem } from '../errors';
/** One problem in one content file. */
export type ContentProblem = Problem;

/** Thrown by the data step when any content file is invalid; carries every problem found. */
export class ContentValidationError extends ProblemError {
  constructor(problems: ContentProblem[]) {
    super(problems, listProblems(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content/`, problems));
  }
}

/** `['faq', 2, 'answer']` → `faq[2].answer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}
