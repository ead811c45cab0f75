import type { z } from 'zod';
import { type ContentProblem, formatPath } from './content-error';
import { lineOfKey } from './front-matter';
import { nearest } from '../text/nearest';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** How a found value reads in an error message. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return value.trim() === '' ? 'nothing' : `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a group of fields';
}

function expectedFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'expected a list' : issue.expected === 'object' ? 'expected a group of fields' : issue.message;
    default:
      return issue.message;
  }
}

/** Turns one zod issue into a content problem with the field path, line, expected, found and fix. */
export function describeIssue(file: string, raw: string, data: unknown, issue: z.core.$ZodIssue, knownKeys: readonly string[], schemaFile: string): ContentProblem[] {
  const line = typeof issue.path[0] === 'string' ? lineOfKey(raw, issue.path[0]) : undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = issue.path.length === 0 ? nearest(key, knownKeys) : undefined;
      return {
        file,
        line: issue.path.length === 0 ? lineOfKey(raw, key) : line,
        field: formatPath([...issue.path, key]),
        message: `unknown field "${key}"`,
        fix: suggestion ? `did you mean "${suggestion}"? Rename the field` : `remove the field, or check its spelling against ${schemaFile}`,
      };
    });
  }
  const found = valueAt(data, issue.path);
  const field = formatPath(issue.path);
  if (issue.path[issue.path.length - 1] === 'code' && typeof found === 'number') {
    const rawValue = new RegExp(`code:\\s*([0-9A-Za-z]+)`).exec(raw.split(/\r?\n/)[(line ?? 1) - 1] ?? '')?.[1] ?? String(found);
    return [{
      file, line, field,
      message: `expected the code as a quoted string, found the number ${found}: YAML reads an unquoted ${rawValue} as a number${rawValue !== String(found) ? ' and drops its leading zeros' : ''}`,
      fix: `quote it: code: "${rawValue.padStart(5, '0')}"`,
    }];
  }
  if (issue.code === 'too_big' && (typeof found === 'string' || Array.isArray(found))) {
    const size = typeof found === 'string' ? `${found.trim().length.toLocaleString('en-US')} characters` : `${found.length} items`;
    return [{ file, line, field, message: `${issue.message}, found ${size}`, fix: `${typeof found === 'string' ? 'shorten it' : 'keep the ones that matter most'} (the size caps are in lib/content-limits.ts)` }];
  }
  const requiredMissing = found === undefined || (typeof found === 'string' && found.trim() === '');
  return [{
    file, line, field,
    message: `${expectedFor(issue)}, found ${describeFound(found)}`,
    fix: requiredMissing ? `add this field; see ${schemaFile} for what it holds` : undefined,
  }];
}
