import type { z } from 'zod';
import type { ContentProblem } from './content-error';
import { describeIssue } from './describe-issue';
import { readFrontMatter } from './front-matter';

export type ValidatedFile<T> = { ok: true; value: T; body: string; raw: string } | { ok: false; problems: ContentProblem[]; data?: unknown };

/** Front matter → schema, with every problem described against the file. */
export function validateFile<S extends z.ZodObject>(file: string, source: string, schema: S, schemaFile = 'lib/content-schema.ts'): ValidatedFile<z.infer<S>> {
  const front = readFrontMatter(file, source);
  if (!front.ok) return { ok: false, problems: [front.problem] };
  if (front.data === null || typeof front.data !== 'object' || Array.isArray(front.data) || Object.keys(front.data).length === 0) {
    return { ok: false, problems: [{ file, message: 'expected front matter fields, found none', fix: `add the fields between the two "---" lines; see ${schemaFile}` }] };
  }
  const result = schema.safeParse(front.data);
  if (result.success) return { ok: true, value: result.data, body: front.body, raw: front.raw };
  const knownKeys = Object.keys(schema.shape);
  return {
    ok: false,
    data: front.data,
    problems: result.error.issues.flatMap((issue) => describeIssue(file, front.raw, front.data, issue, knownKeys, schemaFile)),
  };
}
