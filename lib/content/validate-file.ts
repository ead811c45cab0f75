import type { z } from 'zod';
import { FIELD_LIMITS } from '../content-limits';
import type { ContentProblem } from './content-error';
import { describeIssue } from './describe-issue';
import { lineOfKey, readFrontMatter } from './front-matter';
import { readContentFile } from './read-content-file';
import { unsafeLines, unsafeValues } from './unsafe-text';

export type ValidatedFile<T> =
  { ok: true; value: T; body: string; raw: string } | { ok: false; problems: ContentProblem[]; data?: unknown };

/** The markdown after the front matter, within its cap. */
function checkBody(file: string, raw: string, body: string): ContentProblem[] {
  if (body.length <= FIELD_LIMITS.markdown) return [];
  const closing = raw.split('\n').indexOf('---', 1);
  return [
    {
      file,
      line: closing === -1 ? undefined : closing + 2,
      field: 'body',
      message: `expected at most ${FIELD_LIMITS.markdown.toLocaleString('en-US')} characters of markdown after the front matter, found ${body.length.toLocaleString('en-US')}`,
      fix: 'shorten it (the size caps are in lib/content-limits.ts)',
    },
  ];
}

/** Text → front matter → schema, with every problem described against the file. */
export function validateFile<S extends z.ZodObject>(
  file: string,
  source: string,
  schema: S,
  schemaFile = 'lib/content-schema.ts',
): ValidatedFile<z.infer<S>> {
  const unsafe = unsafeLines(file, source);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  const front = readFrontMatter(file, source);
  if (!front.ok) return { ok: false, problems: [front.problem] };
  if (front.data === null || typeof front.data !== 'object' || Array.isArray(front.data) || Object.keys(front.data).length === 0) {
    return {
      ok: false,
      problems: [
        { file, message: 'expected front matter fields, found none', fix: `add the fields between the two "---" lines; see ${schemaFile}` },
      ],
    };
  }
  const problems = [...unsafeValues(file, front.data, (key) => lineOfKey(front.raw, key)), ...checkBody(file, front.raw, front.body)];
  const result = schema.safeParse(front.data);
  if (result.success && problems.length === 0) return { ok: true, value: result.data, body: front.body, raw: front.raw };
  const knownKeys = Object.keys(schema.shape);
  const issues = result.success ? [] : result.error.issues;
  return {
    ok: false,
    data: front.data,
    problems: [...problems, ...issues.flatMap((issue) => describeIssue(file, front.raw, front.data, issue, knownKeys, schemaFile))],
  };
}

/** Reads one content file safely (readContentFile: no links, within `maxBytes`, UTF-8) and validates it. */
export function validateContentFile<S extends z.ZodObject>(
  path: string,
  file: string,
  maxBytes: number,
  schema: S,
): ValidatedFile<z.infer<S>> {
  const read = readContentFile(path, file, maxBytes);
  return read.ok ? validateFile(file, read.text, schema) : { ok: false, problems: [read.problem] };
}
