import type { z } from 'zod';
import { CmsFileError } from './cms-file-error';

type Where = { file: string; line: number; expected: string; fix: string };

/**
 * The row as `schema` reads it; otherwise a CmsFileError naming the first field that fails and the value it had.
 * With `withReason`, zod's message is added to what was expected.
 */
export function parseRow<T>(schema: z.ZodType<T>, candidate: Record<string, unknown>, where: Where & { withReason?: boolean }): T {
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  throw new CmsFileError({
    file: where.file,
    line: where.line,
    problem: `${key || 'the row'} is ${JSON.stringify(candidate[key] ?? '')}`,
    expected: where.withReason ? `${where.expected}: ${issue?.message ?? 'a valid row'}` : where.expected,
    fix: where.fix,
  });
}

/** Refuses a second row with the same key, naming the line of the first. */
export class UniqueRows {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly file: string,
    /** What one row stands for, e.g. "one row per code and modifier". */
    private readonly expected: string,
    private readonly fix: string,
  ) {}

  add(key: string, line: number): void {
    const earlier = this.seen.get(key);
    if (earlier !== undefined)
      throw new CmsFileError({
        file: this.file,
        line,
        problem: `${key} appears twice (also on line ${earlier})`,
        expected: this.expected,
        fix: this.fix,
      });
    this.seen.set(key, line);
  }
}
